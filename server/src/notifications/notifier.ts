import { toCommentJson, type CommentRow } from '../comments/comment.js';
import type { Logger } from '../logger.js';
import type { Services } from '../services.js';
import type { Settings } from '../settings.js';
import { defaultSiteId } from '../sites/site.js';
import type { Clock, Timer } from './clock.js';
import type { Delivery } from './delivery.js';
import { type SendMail, tryMail } from './mail.js';
import { type NotifiedComment, composeMail } from './mail-message.js';
import type { MailLinks } from './mail-links.js';
import type { SiteNotifications } from './site-notifications.js';
import { forgetDeliveries, forgetExpiredActionLinks, sitesWithQueuedDigests } from './store.js';
import { deliverWebhook } from './webhook.js';
import { newLinkId } from './action-links.js';
import { type RetryPolicy, deliverWithRetries } from './retry.js';

/** How long the delivery log remembers a delivery. */
const deliveryLogDays = 30;
const hourMs = 3_600_000;

/**
 * A mail server that is down, or greylists a new sender with a 4xx, is tried again after
 * 30 s, 1, 2 and 4 minutes: greylisting asks for a few minutes, and a moderator still hears
 * within the quarter hour.
 */
const mailRetries: RetryPolicy = { attempts: 5, firstRetryMs: 30_000 };

/** A site nobody configured hears of nothing. */
const silent: SiteNotifications = { emails: [], mode: 'pending', digestMinutes: 0, language: 'ru' };

export interface NotifierParts {
  services: Pick<Services, 'writes' | 'storesOf' | 'db'>;
  settings: Settings;
  logger: Logger;
  links: MailLinks;
  /** None when SMTP_URL is not set. */
  sendMail?: SendMail;
  clock: Clock;
}

/**
 * Tells moderators of new comments by mail and webhook, after the comment is committed and
 * apart from the reader's request: the request only starts the work, whose failures are
 * logged (and kept in the delivery log), never answered.
 */
export class Notifier {
  private readonly running = new Set<Promise<void>>();
  private readonly digestTimers = new Map<string, Timer>();
  private cleanup: Timer | undefined;
  /** Aborted at close: mail and webhook retries stop instead of holding up the shutdown. */
  private readonly stopping = new AbortController();
  private closed = false;

  constructor(private readonly parts: NotifierParts) {}

  /** The settings a site has: saved ones, else (default site) the environment's, else none. */
  async settingsOf(siteId: string): Promise<SiteNotifications> {
    const saved = await this.parts.services.storesOf(siteId).notifications.settings();
    return saved ?? (siteId === defaultSiteId ? this.parts.settings.notifications : silent);
  }

  /** Call once the comment is committed. Returns at once; nothing it does reaches the reader. */
  commentPosted(siteId: string, row: CommentRow, origin: string): void {
    this.inBackground('comment notification', { siteId, commentId: row.id }, () =>
      this.notify(siteId, row, origin),
    );
  }

  /** Schedules the digests that were waiting when the server last stopped, and the hourly cleanup. */
  async resume(): Promise<void> {
    this.scheduleCleanup();
    for (const siteId of await sitesWithQueuedDigests(this.parts.services.db)) {
      const { digestMinutes } = await this.settingsOf(siteId);
      await this.scheduleDigest(siteId, digestMinutes);
    }
  }

  /**
   * Stops the digest timers and the retries, and waits for the notifications under way to
   * be logged (a mail being sent has its timeout).
   */
  async close(): Promise<void> {
    this.closed = true;
    this.stopping.abort();
    this.cleanup?.cancel();
    for (const timer of this.digestTimers.values()) timer.cancel();
    this.digestTimers.clear();
    while (this.running.size) await Promise.allSettled([...this.running]);
  }

  /** Forgets old deliveries and the used links that have expired anyway. */
  private scheduleCleanup(): void {
    this.cleanup = this.parts.clock.after(hourMs, () => {
      const now = this.parts.clock.now();
      const { db } = this.parts.services;
      this.inBackground('notification cleanup', {}, async () => {
        await forgetDeliveries(db, new Date(now.getTime() - deliveryLogDays * 24 * hourMs));
        await forgetExpiredActionLinks(db, now);
      });
      this.scheduleCleanup();
    });
  }

  private inBackground(what: string, fields: Record<string, unknown>, task: () => Promise<void>) {
    if (this.closed) return;
    const running = task()
      .catch((error: unknown) => this.parts.logger.error(`${what} failed`, { ...fields, error }))
      .finally(() => this.running.delete(running));
    this.running.add(running);
  }

  private async notify(siteId: string, row: CommentRow, origin: string): Promise<void> {
    const notifications = await this.settingsOf(siteId);
    if (notifications.mode === 'pending' && row.status !== 'pending') return;
    const base = this.parts.settings.publicUrl ?? origin;
    const comment = await this.describe(siteId, row, base);
    const mailing = this.parts.sendMail !== undefined && notifications.emails.length > 0;
    await Promise.all([
      notifications.webhookUrl && this.sendWebhook(siteId, notifications, comment, base),
      mailing &&
        (notifications.digestMinutes > 0
          ? this.queueForDigest(siteId, row, origin, notifications.digestMinutes)
          : this.sendMail(siteId, notifications, [comment], base)),
    ]);
  }

  private async describe(siteId: string, row: CommentRow, base: string): Promise<NotifiedComment> {
    const titles = await this.parts.services.storesOf(siteId).news.titles([row.thread]);
    const title = titles.get(row.thread);
    return {
      row,
      ...(title !== undefined && { title }),
      links: this.parts.links.linksFor(siteId, row, base),
    };
  }

  private async log(siteId: string, delivery: Delivery): Promise<void> {
    await this.parts.services.writes.run(siteId, (stores) =>
      stores.notifications.logDelivery(delivery),
    );
    if (delivery.status === 'failed')
      this.parts.logger.warn('notification not delivered', {
        siteId,
        channel: delivery.channel,
        attempts: delivery.attempts,
        outcome: delivery.outcome,
      });
  }

  private async sendMail(
    siteId: string,
    notifications: SiteNotifications,
    comments: NotifiedComment[],
    base: string,
  ): Promise<void> {
    const startedAt = this.parts.clock.now();
    const message = composeMail(comments, {
      to: notifications.emails,
      language: notifications.language,
      moderationUrl: new URL('/moderation/', base).href,
    });
    const result = await deliverWithRetries(
      () => tryMail(this.parts.sendMail!, message),
      mailRetries,
      this.parts.clock,
      this.stopping.signal,
    );
    await this.log(siteId, {
      channel: 'email',
      target: notifications.emails.join(', '),
      commentIds: comments.map((comment) => comment.row.id),
      status: result.delivered ? 'delivered' : 'failed',
      attempts: result.attempts,
      outcome: result.outcome,
      startedAt,
      finishedAt: this.parts.clock.now(),
    });
  }

  private async sendWebhook(
    siteId: string,
    notifications: SiteNotifications,
    comment: NotifiedComment,
    base: string,
  ): Promise<void> {
    const startedAt = this.parts.clock.now();
    const event = `comment.${comment.row.status}`;
    const body = JSON.stringify({
      event,
      site: siteId,
      comment: { ...toCommentJson(comment.row), status: comment.row.status },
      ...(comment.title !== undefined && { newsItem: { title: comment.title } }),
      links: comment.links,
      moderationUrl: new URL('/moderation/', base).href,
    });
    const result = await deliverWebhook(
      {
        url: notifications.webhookUrl!,
        secret: notifications.webhookSecret!,
        body,
        event,
        deliveryId: newLinkId(),
        publicOnly: this.parts.settings.webhookPrivateAddresses === 'refuse',
      },
      this.parts.clock,
      this.stopping.signal,
    );
    await this.log(siteId, {
      channel: 'webhook',
      target: notifications.webhookUrl!,
      commentIds: [comment.row.id],
      status: result.delivered ? 'delivered' : 'failed',
      attempts: result.attempts,
      outcome: result.outcome,
      startedAt,
      finishedAt: this.parts.clock.now(),
    });
  }

  private async queueForDigest(
    siteId: string,
    row: CommentRow,
    origin: string,
    digestMinutes: number,
  ): Promise<void> {
    const now = this.parts.clock.now();
    await this.parts.services.writes.run(siteId, (stores) =>
      stores.notifications.queueForDigest(row.id, origin, now),
    );
    await this.scheduleDigest(siteId, digestMinutes);
  }

  /** One timer per site, due `digestMinutes` after the oldest comment waiting for it. */
  private async scheduleDigest(siteId: string, digestMinutes: number): Promise<void> {
    if (this.digestTimers.has(siteId) || this.closed) return;
    const oldest = await this.parts.services.storesOf(siteId).notifications.oldestQueued();
    if (!oldest || this.digestTimers.has(siteId)) return;
    const due = oldest.getTime() + digestMinutes * 60_000 - this.parts.clock.now().getTime();
    this.digestTimers.set(
      siteId,
      this.parts.clock.after(Math.max(0, due), () => {
        this.digestTimers.delete(siteId);
        this.inBackground('digest', { siteId }, () => this.sendDigest(siteId));
      }),
    );
  }

  private async sendDigest(siteId: string): Promise<void> {
    const queued = await this.parts.services.writes.run(siteId, (stores) =>
      stores.notifications.takeQueued(),
    );
    const notifications = await this.settingsOf(siteId);
    if (!queued.length || !this.parts.sendMail || !notifications.emails.length) return;
    const comments = this.parts.services.storesOf(siteId).comments;
    const described: NotifiedComment[] = [];
    for (const { commentId, origin } of queued) {
      const row = await comments.get(commentId);
      // A comment deleted, or already moderated on the page, needs no one's attention.
      if (!row || (notifications.mode === 'pending' && row.status !== 'pending')) continue;
      described.push(await this.describe(siteId, row, this.parts.settings.publicUrl ?? origin));
    }
    if (described.length)
      await this.sendMail(
        siteId,
        notifications,
        described,
        this.parts.settings.publicUrl ?? queued[0]!.origin,
      );
  }
}
