import { addStoryRoute } from './story-network.js';

/**
 * A views server inside the story, so counters work offline from the static build:
 * `api="story-network:views/225"` starts every item at 225 views and counts one POST per item;
 * `api="story-network:views/fail"` answers 503 with the contract's error body.
 */
const counted = new Map<string, number>();

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

addStoryRoute('views/', (route, init) => {
  const [, behaviour = '', , itemId = ''] = route.split('/');
  if (behaviour === 'fail') {
    return json({ error: { code: 'unavailable', message: 'story failure' } }, 503);
  }
  const key = `${behaviour}|${itemId}`;
  const isNew = init?.method === 'POST' && !counted.has(key);
  if (isNew) counted.set(key, Number(behaviour) + 1);
  const views = counted.get(key) ?? Number(behaviour);
  return json({ itemId, views, ...(init?.method === 'POST' && { counted: isNew }) });
});

export const storyViewsApi = (startingViews: number | 'fail') =>
  `story-network:views/${startingViews}`;
