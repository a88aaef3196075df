/**
 * Stories must work offline from the static build, yet show the loading and error states.
 * URLs with the `story-network:` scheme never reach the network: `story-network:pending` never
 * answers, `story-network:status/503` answers with that status. Real URLs pass through.
 */
/** A story's own fake endpoint: gets the route after `story-network:` and the request init. */
export type StoryRoute = (route: string, init?: RequestInit) => Response | Promise<Response>;

const storyRoutes = new Map<string, StoryRoute>();

/** Answers every `story-network:<prefix>…` request with `answer`, e.g. a fake comments API. */
export function addStoryRoute(prefix: string, answer: StoryRoute): void {
  storyRoutes.set(prefix, answer);
}

export function installStoryNetwork(): void {
  const realFetch = globalThis.fetch.bind(globalThis);
  globalThis.fetch = (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    if (!url.startsWith('story-network:')) return realFetch(input, init);
    const route = url.slice('story-network:'.length);
    const custom = [...storyRoutes].find(([prefix]) => route.startsWith(prefix));
    if (custom) return Promise.resolve(custom[1](route, init));
    if (route.startsWith('status/')) {
      return Promise.resolve(new Response('{}', { status: Number(route.slice(7)) }));
    }
    return new Promise(() => {});
  };
}

/** Fixture files served to the stories by Storybook's static folder. */
export const fixtureUrl = (name: string) => new URL(`fixtures/${name}`, document.baseURI).href;
