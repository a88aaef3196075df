/**
 * An in-memory fake of the views contract (DESIGN.md section 3) for browser tests. Each test
 * takes its own namespace so counts and request logs never leak between tests, and picks a
 * behaviour in the path, so `api` alone sets it up:
 *
 *   {api} = /views-api/NAMESPACE/BEHAVIOUR
 *   GET  {api}/views/:itemId   -> { itemId, views }
 *   POST {api}/views/:itemId   -> { itemId, views, counted }  (one counted view per item)
 *
 * BEHAVIOUR: `ok`; `status-N` (every request answers N with the contract's error body);
 * `post-status-N` (only POST fails); `slow-MS` (answers after MS milliseconds); `malformed`
 * (200 without a views count); `offline` (the connection is dropped).
 *
 *   PUT /views-api/NAMESPACE/seed/:itemId/:views   sets a starting count
 *   GET /views-api/NAMESPACE/log                   every request so far: [{ method, itemId }]
 */
const counts = new Map();
const counted = new Set();
const logs = new Map();

function log(namespace) {
  if (!logs.has(namespace)) logs.set(namespace, []);
  return logs.get(namespace);
}

function fail(context, status) {
  context.status = status;
  context.body = { error: { code: `fake_${status}`, message: `fake failure ${status}` } };
}

export async function viewsApi(context, next) {
  const match = context.path.match(/^\/views-api\/([^/]+)\/(.+)$/);
  if (!match) return next();
  const [, namespace, rest] = match;
  context.set('cache-control', 'no-store');

  const seed = rest.match(/^seed\/([^/]+)\/(\d+)$/);
  if (seed) {
    counts.set(`${namespace}|${decodeURIComponent(seed[1])}`, Number(seed[2]));
    context.body = { ok: true };
    return;
  }
  if (rest === 'log') {
    context.body = log(namespace);
    return;
  }

  const call = rest.match(/^([\w-]+)\/views\/([^/]+)$/);
  if (!call) return next();
  const [, behaviour, encodedId] = call;
  const itemId = decodeURIComponent(encodedId);
  const { method } = context;
  log(namespace).push({ method, itemId });

  const status = behaviour.match(/^(post-)?status-(\d+)$/);
  if (status && (!status[1] || method === 'POST')) return fail(context, Number(status[2]));
  if (behaviour === 'offline') {
    context.status = 503;
    context.respond = false;
    context.req.socket.destroy();
    return;
  }
  if (behaviour.startsWith('slow-')) {
    await new Promise((resolve) => setTimeout(resolve, Number(behaviour.slice(5))));
  }
  if (behaviour === 'malformed') {
    context.body = { itemId, views: 'many' };
    return;
  }

  const key = `${namespace}|${itemId}`;
  const views = counts.get(key) ?? 0;
  if (method === 'GET') {
    context.body = { itemId, views };
  } else if (method === 'POST') {
    const isNew = !counted.has(key);
    counted.add(key);
    counts.set(key, views + (isNew ? 1 : 0));
    context.body = { itemId, views: counts.get(key), counted: isNew };
  } else {
    fail(context, 405);
  }
}
