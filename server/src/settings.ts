/**
 * Every setting of the server comes from an environment variable, is checked once at start,
 * and a bad value stops the server with a message that names the variable. docs/server.md
 * describes each one.
 */
import { isSender } from './notifications/address.js';
import { type Consent, parseConsent } from './sites/consent.js';
import {
  type SiteNotifications,
  mailLanguages,
  notificationLimits,
  notificationProblems,
  notifyModes,
} from './notifications/site-notifications.js';

export const moderations = ['post', 'pre'] as const;
export type Moderation = (typeof moderations)[number];
export const commentAuths = ['optional', 'required'] as const;
export type CommentAuth = (typeof commentAuths)[number];
export type Synchronous = 'FULL' | 'NORMAL';

export interface Settings {
  host: string;
  port: number;
  databasePath: string;
  /** postgres://… selects PostgreSQL; without it the server uses SQLite at `databasePath`. */
  databaseUrl?: string;
  synchronous: Synchronous;
  seed: boolean;
  corsOrigins: string[];
  trustProxy: boolean;
  adminToken?: string;
  /** Manages every site, the default one included. */
  networkAdminToken?: string;
  tokenSecret?: string;
  commentAuth: CommentAuth;
  /** The default site's consent to personal-data processing: CONSENT_POLICY_URL and _VERSION. */
  consent?: Consent;
  moderation: Moderation;
  commentMaxLength: number;
  authorMaxLength: number;
  editWindowMinutes: number;
  rateLimitWindowSeconds: number;
  rateLimitRequests: number;
  rateLimitComments: number;
  bodyLimitBytes: number;
  feedAllowedHosts: string[];
  feedCacheSeconds: number;
  feedTimeoutMs: number;
  newsItemUrl: string;
  logLevel: LogLevel;
  /** A VK service or community token for `wall.get`; without it `source=vk` is refused. */
  vkAccessToken?: string;
  vkApiVersion: string;
  /** Where `wall.get` is called: VK itself, or a loopback fake in tests and the demo. */
  vkApiUrl: string;
  /** Where public channels' previews are read: `https://t.me/s/`, or a loopback fake. */
  telegramPreviewUrl: string;
  /** The mail server notifications go through (smtp:// or smtps://); none: no mail. */
  smtpUrl?: string;
  mailFrom?: string;
  /** The server's address as moderators reach it, for the links in mails; none: as posted to. */
  publicUrl?: string;
  /** The default site's notifications, until the admin API saves others for it. */
  notifications: SiteNotifications;
  /**
   * `refuse`: webhooks reach only public addresses, so no site's admin can make the server call
   * this machine or its network; `allow`: for a bot on the same machine or network.
   */
  webhookPrivateAddresses: 'refuse' | 'allow';
}

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

export class SettingsError extends Error {
  override readonly name = 'SettingsError';
  constructor(readonly problems: string[]) {
    super(`Invalid settings:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  }
}

type Env = Record<string, string | undefined>;

class SettingsReader {
  readonly problems: string[] = [];
  constructor(private readonly env: Env) {}

  private raw(name: string): string | undefined {
    const value = this.env[name]?.trim();
    return value === '' ? undefined : value;
  }

  string(name: string, fallback: string): string {
    return this.raw(name) ?? fallback;
  }

  optionalString(name: string): string | undefined {
    return this.raw(name);
  }

  optionalSecret(name: string, minLength: number): string | undefined {
    const value = this.raw(name);
    if (value !== undefined && value.length < minLength) {
      this.problems.push(`${name} must be at least ${minLength} characters long`);
    }
    return value;
  }

  integer(name: string, fallback: number, min: number, max: number): number {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    const number = Number(value);
    if (!/^\d+$/.test(value) || number < min || number > max) {
      this.problems.push(`${name} must be a whole number from ${min} to ${max}, got "${value}"`);
      return fallback;
    }
    return number;
  }

  boolean(name: string, fallback: boolean): boolean {
    const value = this.raw(name)?.toLowerCase();
    if (value === undefined) return fallback;
    if (['1', 'true', 'yes', 'on'].includes(value)) return true;
    if (['0', 'false', 'no', 'off'].includes(value)) return false;
    this.problems.push(`${name} must be true or false, got "${value}"`);
    return fallback;
  }

  choice<T extends string>(name: string, fallback: T, choices: readonly T[]): T {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    if ((choices as readonly string[]).includes(value)) return value as T;
    this.problems.push(`${name} must be one of ${choices.join(', ')}, got "${value}"`);
    return fallback;
  }

  list(name: string, fallback: string[], check: (item: string) => boolean, what: string): string[] {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    const items = value
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean);
    for (const item of items) {
      if (!check(item)) this.problems.push(`${name}: "${item}" is not ${what}`);
    }
    return items;
  }
}

export function isOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return ['http:', 'https:'].includes(url.protocol) && url.origin === value;
  } catch {
    return false;
  }
}

/** A base URL that ends in `/`, so that a method or channel name resolves below it. */
function isBaseUrl(value: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol) && value.endsWith('/');
  } catch {
    return false;
  }
}

function isPostgresUrl(value: string): boolean {
  return URL.canParse(value) && ['postgres:', 'postgresql:'].includes(new URL(value).protocol);
}

function isHost(value: string): boolean {
  return /^[a-z0-9.-]+(:\d{1,5})?$/i.test(value);
}

function mailProblems({ smtpUrl, mailFrom, publicUrl, notifications }: Settings): string[] {
  const problems = notificationProblems(
    notifications,
    { emails: 'NOTIFY_EMAIL', webhookUrl: 'WEBHOOK_URL', webhookSecret: 'WEBHOOK_SECRET' },
    smtpUrl !== undefined && mailFrom !== undefined,
  );
  if (
    smtpUrl !== undefined &&
    !(URL.canParse(smtpUrl) && ['smtp:', 'smtps:'].includes(new URL(smtpUrl).protocol))
  )
    problems.push(
      'SMTP_URL must be an smtp:// or smtps:// URL, like smtps://user:password@smtp.example.org',
    );
  if (smtpUrl !== undefined && mailFrom === undefined)
    problems.push('SMTP_URL needs MAIL_FROM, the sender of the notifications');
  if (mailFrom !== undefined && !isSender(mailFrom))
    problems.push(`MAIL_FROM must be a mailbox or "Name <mailbox>", got "${mailFrom}"`);
  if (publicUrl !== undefined && !isOrigin(publicUrl.replace(/\/$/, '')))
    problems.push(
      `PUBLIC_URL must be an origin like https://comments.library.example.org, got "${publicUrl}"`,
    );
  return problems;
}

export const defaultCorsOrigins = ['http://127.0.0.1:5173', 'http://localhost:5173'];

export function readSettings(env: Env = process.env): Settings {
  const read = new SettingsReader(env);
  const settings: Settings = {
    host: read.string('HOST', '127.0.0.1'),
    port: read.integer('PORT', 8787, 0, 65535),
    databasePath: read.string('DATABASE_PATH', 'data/biblio.sqlite'),
    databaseUrl: read.optionalString('DATABASE_URL'),
    synchronous: read.choice('DB_SYNCHRONOUS', 'FULL', ['FULL', 'NORMAL'] as const),
    seed: read.boolean('SEED', true),
    corsOrigins: read.list(
      'CORS_ORIGINS',
      defaultCorsOrigins,
      isOrigin,
      'an origin like https://library.example.org',
    ),
    trustProxy: read.boolean('TRUST_PROXY', false),
    adminToken: read.optionalSecret('ADMIN_TOKEN', 16),
    networkAdminToken: read.optionalSecret('NETWORK_ADMIN_TOKEN', 16),
    tokenSecret: read.optionalSecret('TOKEN_SECRET', 32),
    commentAuth: read.choice('COMMENT_AUTH', 'optional', commentAuths),
    moderation: read.choice('MODERATION', 'post', moderations),
    commentMaxLength: read.integer('COMMENT_MAX_LENGTH', 2000, 1, 100_000),
    authorMaxLength: read.integer('AUTHOR_MAX_LENGTH', 60, 2, 200),
    editWindowMinutes: read.integer('COMMENT_EDIT_WINDOW_MINUTES', 15, 0, 10_080),
    rateLimitWindowSeconds: read.integer('RATE_LIMIT_WINDOW_SECONDS', 60, 1, 86_400),
    rateLimitRequests: read.integer('RATE_LIMIT_REQUESTS', 300, 1, 10_000_000),
    rateLimitComments: read.integer('RATE_LIMIT_COMMENTS', 5, 1, 10_000_000),
    bodyLimitBytes: read.integer('BODY_LIMIT_BYTES', 16_384, 256, 10_485_760),
    feedAllowedHosts: read.list(
      'FEED_ALLOWED_HOSTS',
      [],
      isHost,
      'a host name like news.example.org',
    ),
    feedCacheSeconds: read.integer('FEED_CACHE_SECONDS', 300, 0, 86_400),
    feedTimeoutMs: read.integer('FEED_TIMEOUT_MS', 10_000, 100, 120_000),
    newsItemUrl: read.string('NEWS_ITEM_URL', '/demo/article.html?id={id}'),
    logLevel: read.choice('LOG_LEVEL', 'info', [
      'debug',
      'info',
      'warn',
      'error',
      'silent',
    ] as const),
    vkAccessToken: read.optionalSecret('VK_ACCESS_TOKEN', 16),
    vkApiVersion: read.string('VK_API_VERSION', '5.199'),
    vkApiUrl: read.string('VK_API_URL', 'https://api.vk.com/method/'),
    telegramPreviewUrl: read.string('TELEGRAM_PREVIEW_URL', 'https://t.me/s/'),
    smtpUrl: read.optionalString('SMTP_URL'),
    mailFrom: read.optionalString('MAIL_FROM'),
    publicUrl: read.optionalString('PUBLIC_URL'),
    notifications: {
      // Checked with the other notification settings, as the admin API checks them.
      emails: read.list('NOTIFY_EMAIL', [], () => true, 'a mailbox'),
      mode: read.choice('NOTIFY_MODE', 'pending', notifyModes),
      digestMinutes: read.integer('NOTIFY_DIGEST_MINUTES', 0, 0, notificationLimits.digestMinutes),
      language: read.choice('NOTIFY_LANGUAGE', 'ru', mailLanguages),
      webhookUrl: read.optionalString('WEBHOOK_URL'),
      webhookSecret: read.optionalString('WEBHOOK_SECRET'),
    },
    webhookPrivateAddresses: read.choice('WEBHOOK_PRIVATE_ADDRESSES', 'refuse', [
      'refuse',
      'allow',
    ] as const),
  };
  read.problems.push(...mailProblems(settings));
  if (!/^\d+\.\d+$/.test(settings.vkApiVersion)) {
    read.problems.push(`VK_API_VERSION must look like 5.199, got "${settings.vkApiVersion}"`);
  }
  for (const [name, value] of [
    ['VK_API_URL', settings.vkApiUrl],
    ['TELEGRAM_PREVIEW_URL', settings.telegramPreviewUrl],
  ]) {
    if (!isBaseUrl(value))
      read.problems.push(`${name} must be an http(s) URL ending in /, got "${value}"`);
  }
  if (settings.databaseUrl !== undefined && !isPostgresUrl(settings.databaseUrl)) {
    read.problems.push(
      'DATABASE_URL must be a postgres:// or postgresql:// URL (unset it to use SQLite at DATABASE_PATH)',
    );
  }
  const consent = parseConsent(
    read.optionalString('CONSENT_POLICY_URL'),
    read.optionalString('CONSENT_POLICY_VERSION'),
    { url: 'CONSENT_POLICY_URL', version: 'CONSENT_POLICY_VERSION' },
  );
  read.problems.push(...consent.problems);
  if (consent.consent) settings.consent = consent.consent;
  if (settings.commentAuth === 'required' && !settings.tokenSecret) {
    read.problems.push('COMMENT_AUTH=required needs TOKEN_SECRET, or nobody could comment');
  }
  if (!settings.newsItemUrl.includes('{id}')) {
    read.problems.push('NEWS_ITEM_URL must contain {id}');
  }
  if (read.problems.length) throw new SettingsError(read.problems);
  return settings;
}
