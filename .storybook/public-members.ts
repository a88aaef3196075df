/** The part of a Custom Elements Manifest this filter reads and keeps. */
interface Manifest {
  modules: { declarations?: { members?: { static?: boolean; privacy?: string }[] }[] }[];
}

/**
 * The manifest lists every class member, static, private and protected ones too, and Storybook
 * makes a control of each field. Stories show what a page can set: public instance members.
 */
export function withPublicMembersOnly<M extends Manifest>(manifest: M): M {
  return {
    ...manifest,
    modules: manifest.modules.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) => ({
        ...declaration,
        members: declaration.members?.filter(
          (member) => !member.static && (member.privacy ?? 'public') === 'public',
        ),
      })),
    })),
  };
}
