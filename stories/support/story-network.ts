/**
 * Stories must work offline from the static build, yet show the loading and error states.
 * URLs with the `story-network:` scheme never reach the network: `story-network:pending` never
 * answers, `story-network:status/503` answers with that status. Real URLs pass through.
 */
export function installStoryNetwork(): void {
  const realFetch = globalThis.fetch.bind(globalThis);
  globalThis.fetch = (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    if (!url.startsWith('story-network:')) return realFetch(input, init);
    const route = url.slice('story-network:'.length);
    if (route.startsWith('status/')) {
      return Promise.resolve(new Response('{}', { status: Number(route.slice(7)) }));
    }
    return new Promise(() => {});
  };
}

/** Fixture files served to the stories by Storybook's static folder. */
export const fixtureUrl = (name: string) => new URL(`fixtures/${name}`, document.baseURI).href;
