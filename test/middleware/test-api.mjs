/**
 * A small fault-injecting API for browser tests, served by web-test-runner:
 *   /test-api/status/503          answers with that status
 *   /test-api/slow/2000           answers `[]` after that many milliseconds
 *   /test-api/flaky/KEY?failures=N&then=/test/fixtures/x.json
 *                                 fails with 500 N times for KEY, then redirects to `then`
 *   /test-api/count/KEY           how many requests KEY has had (for "one request" tests)
 *   /test-api/text?body=...&type=...  answers with that body and content type
 */
const hits = new Map();

export async function testApi(context, next) {
  const match = context.path.match(/^\/test-api\/(\w+)(?:\/([^/?]+))?/);
  if (!match) return next();
  const [, route, argument = ''] = match;
  const count = (hits.get(argument) ?? 0) + 1;
  if (route !== 'count') hits.set(argument, count);
  context.set('cache-control', 'no-store');
  switch (route) {
    case 'status':
      context.status = Number(argument);
      context.body = { error: `status ${argument}` };
      return;
    case 'slow':
      await new Promise((resolve) => setTimeout(resolve, Number(argument)));
      context.body = [];
      return;
    case 'flaky':
      if (count <= Number(context.query.failures ?? 1)) {
        context.status = 500;
        context.body = { error: 'flaky' };
      } else {
        context.redirect(String(context.query.then));
      }
      return;
    case 'count':
      context.body = { count: hits.get(argument) ?? 0 };
      return;
    case 'text':
      context.type = String(context.query.type ?? 'text/plain');
      context.body = String(context.query.body ?? '');
      return;
    default:
      return next();
  }
}
