import { FeedError } from '../../../src/data/errors.js';
import { ApiError } from '../http/api-error.js';
import type { JsonFeedPage } from '../json-feed.js';
import type { FeedJob, FeedRead } from './proxy.js';
import { telegramPreviewToFeedPage } from './sources/telegram.js';
import { vkWallToFeedPage } from './sources/vk.js';
import {
  type UpstreamOptions,
  type Validators,
  allowedFeedUrl,
  fetchUpstream,
} from './upstream.js';

export interface SourceSettings {
  vkAccessToken?: string;
  vkApiVersion: string;
  vkApiUrl: string;
  telegramPreviewUrl: string;
}

/** The query of `/api/feed` that names a source: `source=vk&wall=…` or `source=telegram&channel=…`. */
export type SourceQuery = Record<string, string | undefined>;

/** The proxy's own address of a source page, for `feed_url` and `next_url`. */
export type SourceUrl = (params: Record<string, string>) => string;

const vkPageSize = 20;

function invalid(message: string): ApiError {
  return new ApiError(400, 'invalid_parameter', message);
}

function pageNumber(value: string | undefined, name: string): number | undefined {
  if (value === undefined || value === '') return undefined;
  if (!/^\d{1,9}$/.test(value)) throw invalid(`${name} must be a whole number`);
  return Number(value);
}

/**
 * Which wall: a numeric id (negative for a community, as VK writes it, or `club123`/`public123`)
 * or a screen name. VK calls the first `owner_id` and the second `domain`.
 */
function vkWall(value: string | undefined): { param: 'owner_id' | 'domain'; value: string } {
  const [, kind, id] = value?.match(/^(club|public|id)?(-?\d+)$/) ?? [];
  if (id) return { param: 'owner_id', value: kind && kind !== 'id' ? `-${id}` : id };
  if (value && /^[A-Za-z0-9_.]{2,64}$/.test(value)) return { param: 'domain', value };
  throw invalid('wall must be a VK screen name like "library" or an id like "-123456"');
}

function vkHomePage(wall: ReturnType<typeof vkWall>): string {
  if (wall.param === 'domain') return `https://vk.com/${wall.value}`;
  const id = Number(wall.value);
  return id < 0 ? `https://vk.com/club${-id}` : `https://vk.com/id${id}`;
}

/**
 * A VK wall through `wall.get`. The token goes in a POST body to the API, never into a URL, the
 * cache key or a feed: the page that shows the wall never sees it.
 */
function vkJob(
  query: SourceQuery,
  settings: SourceSettings,
  upstream: UpstreamOptions,
  self: SourceUrl,
): FeedJob {
  const wall = vkWall(query.wall);
  const offset = pageNumber(query.offset, 'offset') ?? 0;
  const { vkAccessToken } = settings;
  if (!vkAccessToken) {
    throw new ApiError(
      503,
      'source_not_configured',
      'VK_ACCESS_TOKEN is not set: VK walls cannot be read',
    );
  }
  const api = allowedFeedUrl(new URL('wall.get', settings.vkApiUrl).href, upstream.allowedHosts);
  const form = new URLSearchParams({
    [wall.param]: wall.value,
    offset: String(offset),
    count: String(vkPageSize),
    extended: '1',
    v: settings.vkApiVersion,
    access_token: vkAccessToken,
  });
  const params = { source: 'vk', wall: query.wall! };
  return {
    key: JSON.stringify(['vk', api.href, wall, offset]),
    // A POST to VK's API, which sends no validators: every read is a whole one.
    async read(): Promise<FeedRead> {
      const response = await fetchUpstream(api, { ...upstream, form });
      const page = vkWallToFeedPage(parseJson(response.body, api.href));
      const next = offset + vkPageSize;
      const feed: JsonFeedPage = {
        title: page.title ?? vkHomePage(wall),
        feedUrl: self(offset ? { ...params, offset: String(offset) } : params),
        homePageUrl: vkHomePage(wall),
        ...(page.total !== undefined &&
          next < page.total && { nextUrl: self({ ...params, offset: String(next) }) }),
        items: page.items,
        total: page.total,
      };
      return { page: feed, validators: {} };
    },
  };
}

function parseJson(body: string, url: string): unknown {
  try {
    return JSON.parse(body);
  } catch (error) {
    throw new FeedError('parse', `Could not parse ${url}`, { url, cause: error });
  }
}

/** A public Telegram channel through its web preview, `t.me/s/<channel>`: no token needed. */
function telegramJob(
  query: SourceQuery,
  settings: SourceSettings,
  upstream: UpstreamOptions,
  self: SourceUrl,
): FeedJob {
  const channel = query.channel ?? '';
  if (!/^[A-Za-z][A-Za-z0-9_]{3,31}$/.test(channel)) {
    throw invalid('channel must be a public Telegram channel name like "library_news"');
  }
  const before = pageNumber(query.before, 'before');
  const preview = allowedFeedUrl(
    new URL(channel, settings.telegramPreviewUrl).href,
    upstream.allowedHosts,
  );
  if (before !== undefined) preview.searchParams.set('before', String(before));
  const params = { source: 'telegram', channel };
  return {
    key: JSON.stringify(['telegram', preview.href]),
    async read(validators?: Validators): Promise<FeedRead> {
      const response = await fetchUpstream(preview, upstream, validators);
      if ('notModified' in response) return response;
      const page = telegramPreviewToFeedPage(response.body);
      const feed: JsonFeedPage = {
        title: page.title ?? `t.me/${channel}`,
        feedUrl: self(before === undefined ? params : { ...params, before: String(before) }),
        homePageUrl: `https://t.me/${channel}`,
        ...(page.before && { nextUrl: self({ ...params, before: page.before }) }),
        items: page.items,
      };
      return { page: feed, validators: response.validators };
    },
  };
}

export const sources = { vk: vkJob, telegram: telegramJob };

export function isSource(name: string): name is keyof typeof sources {
  return Object.hasOwn(sources, name);
}
