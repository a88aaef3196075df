/**
 * A stand-in for the reference server's feed proxy, for the snippet builder's tests:
 *   /builder-proxy/feed?url=…   a JSON Feed 1.1 whose one item names the feed it was asked for
 * (400 without `url`), the way GET /api/feed answers any allow-listed feed as JSON Feed.
 */
export async function builderFeedProxy(context, next) {
  if (context.path !== '/builder-proxy/feed') return next();
  const url = context.query.url;
  context.set('cache-control', 'no-store');
  if (typeof url !== 'string' || url === '') {
    context.status = 400;
    context.body = { error: 'url is required' };
    return;
  }
  context.type = 'application/feed+json';
  context.body = {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Proxied feed',
    items: [{ id: '1', title: `Через прокси: ${url}`, url: 'https://library.example/news/1' }],
  };
}
