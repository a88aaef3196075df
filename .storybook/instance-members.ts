/** The part of a Custom Elements Manifest this filter reads and keeps. */
interface Manifest {
  modules: { declarations?: { members?: { static?: boolean }[] }[] }[];
}

/**
 * The published manifest lists only public members (custom-elements-manifest.config.mjs), but
 * static ones too: `tagName` and `define()` are public API of the class. Storybook makes a
 * control of each field, and stories show what a page sets on an element: instance members.
 */
export function withInstanceMembersOnly<M extends Manifest>(manifest: M): M {
  return {
    ...manifest,
    modules: manifest.modules.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) => ({
        ...declaration,
        members: declaration.members?.filter((member) => !member.static),
      })),
    })),
  };
}
