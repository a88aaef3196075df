/**
 * Fake paged news feeds for the news-list browser tests, one per way real feeds page:
 *   /news-api/wp?total=T&per_page=P&page=N&search=Q   WordPress posts; X-WP-Total(Pages) headers
 *   /news-api/jsonfeed?total=T&per_page=P&page=N      JSON Feed with next_url
 *   /news-api/jsonapi?total=T&page[offset]=O&page[limit]=L   JSON:API with links.next
 *   /news-api/fresh/KEY?per_page=P                    JSON Feed that gains one item per request
 * Every route takes `delay=ms` (a slow answer) and `fail=STATUS` (an error answer).
 * Item n (1 = newest) is titled "Item n", dated n days before 2025-01-31, tagged "even"/"odd".
 */
const requests = new Map();

const day = 24 * 60 * 60 * 1000;
const newest = Date.UTC(2025, 0, 31, 9);

function newsItem(n) {
  return {
    n,
    title: `Item ${n}`,
    summary: `Summary of item ${n}: ${n % 3 === 0 ? 'concert' : 'reading'} at the library.`,
    date: new Date(newest - (n - 1) * day).toISOString(),
    tag: n % 2 === 0 ? 'even' : 'odd',
  };
}

function range(from, count, total) {
  const items = [];
  for (let n = from; n < Math.min(from + count, total + 1); n++) items.push(newsItem(n));
  return items;
}

function numberParam(query, name, fallback) {
  const value = Number(query[name]);
  return Number.isInteger(value) && value >= 0 ? value : fallback;
}

function matches(item, search) {
  return !search || `${item.title} ${item.summary}`.toLowerCase().includes(search.toLowerCase());
}

function wordpress(context, origin) {
  const perPage = numberParam(context.query, 'per_page', 10);
  const page = Math.max(1, numberParam(context.query, 'page', 1));
  const search = String(context.query.search ?? '');
  const all = range(1, numberParam(context.query, 'total', 25), Infinity).filter((item) =>
    matches(item, search),
  );
  const totalPages = Math.max(1, Math.ceil(all.length / perPage));
  context.set('x-wp-total', String(all.length));
  context.set('x-wp-totalpages', String(totalPages));
  if (page > totalPages && all.length > 0) {
    context.status = 400;
    context.body = { code: 'rest_post_invalid_page_number' };
    return;
  }
  context.body = all.slice((page - 1) * perPage, page * perPage).map((item) => ({
    id: item.n,
    date_gmt: item.date.slice(0, 19),
    slug: `item-${item.n}`,
    link: `${origin}/news/item-${item.n}/`,
    title: { rendered: item.title },
    excerpt: { rendered: `<p>${item.summary}</p>` },
    content: { rendered: `<p>${item.summary}</p>` },
  }));
}

function jsonFeedItem(item, origin) {
  return {
    id: String(item.n),
    url: `${origin}/news/${item.n}`,
    title: item.title,
    summary: item.summary,
    content_text: item.summary,
    date_published: item.date,
    tags: [item.tag],
  };
}

function jsonFeed(context, origin) {
  const perPage = numberParam(context.query, 'per_page', 10);
  const page = Math.max(1, numberParam(context.query, 'page', 1));
  const total = numberParam(context.query, 'total', 25);
  const items = range((page - 1) * perPage + 1, perPage, total);
  const next = new URL(context.url, origin);
  next.searchParams.set('page', String(page + 1));
  context.body = {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Library news',
    items: items.map((item) => jsonFeedItem(item, origin)),
    ...(page * perPage < total && { next_url: next.href }),
  };
}

function jsonApi(context, origin) {
  const limit = numberParam(context.query, 'page[limit]', 10) || 10;
  const offset = numberParam(context.query, 'page[offset]', 0);
  const total = numberParam(context.query, 'total', 25);
  const items = range(offset + 1, limit, total);
  const next = new URL(context.url, origin);
  next.searchParams.set('page[offset]', String(offset + limit));
  next.searchParams.set('page[limit]', String(limit));
  context.type = 'application/vnd.api+json';
  context.body = {
    jsonapi: { version: '1.0' },
    data: items.map((item) => ({
      type: 'node--article',
      id: `uuid-${item.n}`,
      attributes: {
        title: item.title,
        created: item.date,
        path: { alias: `/news/${item.n}` },
        body: { value: `<p>${item.summary}</p>`, summary: item.summary },
      },
    })),
    links: {
      self: { href: new URL(context.url, origin).href },
      ...(offset + limit < total && { next: { href: next.href } }),
    },
  };
}

/** Each request for KEY publishes one more item on top, as a live news feed does. */
function fresh(context, origin, key) {
  const served = (requests.get(key) ?? 0) + 1;
  requests.set(key, served);
  const perPage = numberParam(context.query, 'per_page', 5);
  const items = [];
  for (let n = served; n > Math.max(0, served - perPage); n--) {
    items.push({ ...newsItem(n), title: `Fresh ${n}` });
  }
  context.body = {
    version: 'https://jsonfeed.org/version/1.1',
    items: items.map((item) => jsonFeedItem(item, origin)),
  };
}

export async function newsApi(context, next) {
  const match = context.path.match(/^\/news-api\/(wp|jsonfeed|jsonapi|fresh)(?:\/([^/?]+))?$/);
  if (!match) return next();
  const [, route, key = ''] = match;
  const origin = `${context.protocol}://${context.host}`;
  context.set('cache-control', 'no-store');
  const delay = numberParam(context.query, 'delay', 0);
  if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
  const failure = numberParam(context.query, 'fail', 0);
  if (failure) {
    context.status = failure;
    context.body = { error: `status ${failure}` };
    return;
  }
  const routes = { wp: wordpress, jsonfeed: jsonFeed, jsonapi: jsonApi, fresh };
  routes[route](context, origin, key);
}
