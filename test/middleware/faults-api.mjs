/**
 * Network faults for the hardening tests (test/security), served by web-test-runner. A test
 * stores a body under a key of its own, then asks for it through a fault:
 *
 *   PUT  /faults-api/body/KEY                 stores the request body and its Content-Type
 *   GET  /faults-api/body/KEY[/anything]      answers the stored body (so it can stand for an
 *                                             API root too: `api="/faults-api/body/KEY"`)
 *   POST /faults-api/arm/KEY?fault=F&times=N  the next N requests for KEY (default 1; `all` for
 *                                             every one) get fault F; the URL stays the same, so
 *                                             an element's cached copy of it still counts
 *   GET  /faults-api/count/KEY                { count } of requests KEY has had
 *
 * Faults: `timeout` (never answers; the connection stays open until the client gives up),
 * `500`, `503`, `429` (with `Retry-After: 1`), `truncated` (half the body), `html` (a CMS error
 * page with status 200), `empty` (200 with no body), `big` (a valid 10 MB JSON Feed), `drip`
 * (the body in small pieces over about two seconds), `drop` (the connection is cut).
 */
const prefix = '/faults-api/';
const bodies = new Map();
const counts = new Map();
/** KEY -> { fault, remaining } */
const armed = new Map();

const htmlErrorPage =
  '<!DOCTYPE html><html><head><title>Ошибка</title></head><body><h1>Сайт временно недоступен</h1></body></html>';

let bigFeed;

/** A valid JSON Feed of about 10 MB: long enough to test size, cheap to build once. */
function tenMegabyteFeed() {
  bigFeed ??= JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Big feed',
    items: Array.from({ length: 2000 }, (_, index) => ({
      id: `big-${index}`,
      url: `https://library.example/news/${index}`,
      title: `Big item ${index}`,
      content_text: 'Библиотека. '.repeat(440),
    })),
  });
  return bigFeed;
}

async function readBody(request) {
  const chunks = [];
  for await (const chunk of request) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

function waitForClose(context) {
  return new Promise((resolve) => {
    context.req.on('close', resolve);
    setTimeout(resolve, 60_000);
  });
}

async function* drip(text) {
  const pieces = 20;
  const size = Math.ceil(text.length / pieces);
  for (let start = 0; start < text.length; start += size) {
    yield text.slice(start, start + size);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Tells Koa the answer was handled here, so it does not log a 404 for it. */
function leaveUnanswered(context) {
  context.status = 204;
  context.respond = false;
}

async function answerWithFault(context, fault, stored) {
  switch (fault) {
    case 'timeout':
      await waitForClose(context);
      return leaveUnanswered(context);
    case 'drop':
      context.req.socket.destroy();
      return leaveUnanswered(context);
    case '500':
    case '503':
      context.status = Number(fault);
      context.type = 'application/json';
      context.body = JSON.stringify({ error: { code: 'server_error' } });
      return;
    case '429':
      context.status = 429;
      context.set('retry-after', '1');
      context.type = 'application/json';
      context.body = JSON.stringify({ error: { code: 'rate_limited' } });
      return;
    case 'truncated':
      context.type = stored.type;
      context.body = stored.body.slice(0, Math.floor(stored.body.length / 2));
      return;
    case 'html':
      context.type = 'text/html; charset=utf-8';
      context.body = htmlErrorPage;
      return;
    case 'empty':
      context.status = 200;
      context.type = stored.type;
      context.body = '';
      return;
    case 'big':
      context.type = 'application/feed+json';
      context.body = tenMegabyteFeed();
      return;
    case 'drip': {
      const { Readable } = await import('node:stream');
      context.type = stored.type;
      context.body = Readable.from(drip(stored.body));
      return;
    }
    default:
      context.status = 400;
      context.body = `unknown fault ${fault}`;
  }
}

export async function faultsApi(context, next) {
  if (!context.path.startsWith(prefix)) return next();
  const [route, key] = context.path.slice(prefix.length).split('/').map(decodeURIComponent);
  context.set('cache-control', 'no-store');
  if (route === 'count') {
    context.body = { count: counts.get(key) ?? 0 };
    return;
  }
  if (route === 'arm' && key) {
    const { fault, times = '1' } = context.query;
    armed.set(key, { fault: String(fault), remaining: times === 'all' ? Infinity : Number(times) });
    context.status = 204;
    return;
  }
  if (route !== 'body' || !key) return next();
  if (context.method === 'PUT') {
    bodies.set(key, {
      body: await readBody(context.req),
      type: context.get('content-type') || 'application/json',
    });
    context.status = 204;
    return;
  }
  const count = (counts.get(key) ?? 0) + 1;
  counts.set(key, count);
  const stored = bodies.get(key) ?? { body: '', type: 'application/json' };
  const fault = armed.get(key);
  if (fault && fault.remaining > 0) {
    fault.remaining -= 1;
    return answerWithFault(context, fault.fault, stored);
  }
  if (!bodies.has(key)) return next();
  context.type = stored.type;
  context.body = stored.body;
}
