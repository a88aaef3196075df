import { FeedError } from '../errors.js';
import { request } from '../request.js';

/** How many times an item has been read, as the views contract reports it. */
export interface ViewCount {
  itemId: string;
  views: number;
}

/** The answer to registering a view: `counted` is false when the server already had it. */
export interface RegisteredView extends ViewCount {
  counted: boolean;
}

export interface ViewsRequestOptions {
  signal?: AbortSignal;
  /** Milliseconds before the request is abandoned with a `timeout` error. */
  timeout?: number;
  /** The page's `fetch`, or a test's. */
  fetch?: typeof fetch;
}

/** `{api}/views/{itemId}`; `api` must already be absolute (the element resolves it). */
export function viewsUrl(api: string, itemId: string): string {
  return `${api.replace(/\/+$/, '')}/views/${encodeURIComponent(itemId)}`;
}

/** The contract's error body `{ error: { code, message } }`, when the server sent one. */
function describeErrorBody(body: unknown): string | undefined {
  const error = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  if (!error || typeof error !== 'object') return undefined;
  return [error.code, error.message].filter((part) => typeof part === 'string').join(': ');
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

async function requestViews(
  method: 'GET' | 'POST',
  url: string,
  options: ViewsRequestOptions,
): Promise<Record<string, unknown>> {
  const response = await request(url, options, {
    method,
    headers: { accept: 'application/json' },
    credentials: 'omit',
  });
  const body = parseJson(await response.text());
  if (!response.ok) {
    const reason = describeErrorBody(body) ?? response.statusText;
    throw new FeedError('http', `HTTP ${response.status} from ${url}: ${reason}`, {
      status: response.status,
      url,
    });
  }
  if (body === undefined) throw new FeedError('parse', `${url} did not answer JSON`, { url });
  return body as Record<string, unknown>;
}

function toViewCount(body: Record<string, unknown>, itemId: string, url: string): ViewCount {
  const { views } = body;
  if (typeof views !== 'number' || !Number.isFinite(views) || views < 0) {
    throw new FeedError('unexpected', `${url} answered without a "views" count`, { url });
  }
  return { itemId: typeof body.itemId === 'string' ? body.itemId : itemId, views };
}

/**
 * One call of the views contract on `{api}/views/:itemId`: both answer with the item's count,
 * which `answer` completes from the rest of the body.
 */
function viewsCall<Answer>(
  method: 'GET' | 'POST',
  answer: (count: ViewCount, body: Record<string, unknown>) => Answer,
) {
  return async (
    api: string,
    itemId: string,
    options: ViewsRequestOptions = {},
  ): Promise<Answer> => {
    const url = viewsUrl(api, itemId);
    const body = await requestViews(method, url, options);
    return answer(toViewCount(body, itemId, url), body);
  };
}

/** `GET {api}/views/:itemId`: the current count. */
export const readViews = viewsCall('GET', (count): ViewCount => count);

/** `POST {api}/views/:itemId`: records one view; the server dedupes per visitor per day. */
export const registerView = viewsCall('POST', (count, body): RegisteredView => ({
  ...count,
  counted: body.counted === true,
}));
