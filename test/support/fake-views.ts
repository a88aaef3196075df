/**
 * The browser side of test/middleware/views-api.mjs: a private namespace on the fake views
 * server, so counts and request logs never leak between tests.
 */
export function fakeViews(behaviour = 'ok') {
  const namespace = `ns-${Math.random().toString(36).slice(2)}`;
  const root = `/views-api/${namespace}`;
  return {
    /** The `api` to give an element: `{api}/views/:itemId` answers with `behaviour`. */
    api: `${root}/${behaviour}`,
    seed: (itemId: string, views: number) =>
      fetch(`${root}/seed/${encodeURIComponent(itemId)}/${views}`, { method: 'PUT' }),
    /** How many views were posted so far. */
    posts: async () =>
      ((await (await fetch(`${root}/log`)).json()) as Array<{ method: string }>).filter(
        (request) => request.method === 'POST',
      ).length,
  };
}
