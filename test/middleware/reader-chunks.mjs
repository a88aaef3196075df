/**
 * Makes the lazy feed-reader chunks fail on demand, as a CDN hiccup does after the page loaded:
 *   /reader-chunks/fail?module=rss2json-reader   the next request for src/data/adapters/<module>
 *                                                answers 503 (once; then it is served again)
 */
const failing = new Set();

export async function readerChunks(context, next) {
  if (context.path === '/reader-chunks/fail') {
    failing.add(String(context.query.module));
    context.set('cache-control', 'no-store');
    context.body = { failing: [...failing] };
    return;
  }
  const module = context.path.match(/^\/src\/data\/adapters\/([\w-]+)\.[jt]s$/)?.[1];
  if (module && failing.delete(module)) {
    // The test runner marks every file path cacheable for a year once answered; renamed, the
    // failure is not cached, or it would outlive this one request.
    context.path = '/reader-chunks/unavailable';
    context.status = 503;
    context.set('cache-control', 'no-store');
    context.body = 'reader chunk unavailable';
    return;
  }
  return next();
}
