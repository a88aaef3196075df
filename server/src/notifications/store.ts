import type { Selectable } from 'kysely';
import type { Database, Db } from '../db/schema.js';
import type { Delivery, DeliveryJson } from './delivery.js';
import type { SiteNotifications } from './site-notifications.js';

type DeliveryRow = Selectable<Database['notification_deliveries']>;

function toDeliveryJson(row: DeliveryRow): DeliveryJson {
  return {
    id: String(row.id),
    channel: row.channel,
    target: row.target,
    commentIds: (JSON.parse(row.comment_ids) as number[]).map(String),
    status: row.status,
    attempts: row.attempts,
    outcome: row.outcome,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
  };
}

/** A comment waiting for its site's next digest mail. */
export interface QueuedComment {
  commentId: number;
  /** Where the comment was posted, for the links in the mail when PUBLIC_URL is not set. */
  origin: string;
  queuedAt: Date;
}

/** One site's notification settings, delivery log and digest queue. */
export class NotificationStore {
  constructor(
    private readonly db: Db,
    private readonly siteId: string,
  ) {}

  /** The settings saved for the site, or none: then it has the defaults (settings.ts). */
  async settings(): Promise<SiteNotifications | undefined> {
    const row = await this.db
      .selectFrom('site_notifications')
      .selectAll()
      .where('site_id', '=', this.siteId)
      .executeTakeFirst();
    if (!row) return undefined;
    return {
      emails: JSON.parse(row.emails) as string[],
      mode: row.mode,
      digestMinutes: row.digest_minutes,
      language: row.language,
      ...(row.webhook_url !== null && { webhookUrl: row.webhook_url }),
      ...(row.webhook_secret !== null && { webhookSecret: row.webhook_secret }),
    };
  }

  async saveSettings(settings: SiteNotifications, now: Date): Promise<void> {
    const values = {
      emails: JSON.stringify(settings.emails),
      mode: settings.mode,
      digest_minutes: settings.digestMinutes,
      language: settings.language,
      webhook_url: settings.webhookUrl ?? null,
      webhook_secret: settings.webhookSecret ?? null,
      updated_at: now.toISOString(),
    };
    await this.db
      .insertInto('site_notifications')
      .values({ site_id: this.siteId, ...values })
      .onConflict((conflict) => conflict.column('site_id').doUpdateSet(values))
      .execute();
  }

  async logDelivery(delivery: Delivery): Promise<void> {
    await this.db
      .insertInto('notification_deliveries')
      .values({
        site_id: this.siteId,
        channel: delivery.channel,
        target: delivery.target,
        comment_ids: JSON.stringify(delivery.commentIds),
        status: delivery.status,
        attempts: delivery.attempts,
        outcome: delivery.outcome,
        started_at: delivery.startedAt.toISOString(),
        finished_at: delivery.finishedAt.toISOString(),
      })
      .execute();
  }

  /** The latest deliveries first. */
  async deliveries(options: { before?: number; limit: number }): Promise<{
    deliveries: DeliveryJson[];
    next?: number;
  }> {
    let query = this.db
      .selectFrom('notification_deliveries')
      .selectAll()
      .where('site_id', '=', this.siteId)
      .orderBy('id', 'desc')
      .limit(options.limit + 1);
    if (options.before !== undefined) query = query.where('id', '<', options.before);
    const rows = await query.execute();
    const page = rows.slice(0, options.limit);
    return {
      deliveries: page.map(toDeliveryJson),
      ...(rows.length > options.limit && { next: page.at(-1)!.id }),
    };
  }

  async queueForDigest(commentId: number, origin: string, now: Date): Promise<void> {
    await this.db
      .insertInto('notification_digest')
      .values({
        site_id: this.siteId,
        comment_id: commentId,
        origin,
        queued_at: now.toISOString(),
      })
      .onConflict((conflict) => conflict.doNothing())
      .execute();
  }

  /** When the oldest comment waiting for a digest was queued, or none waits. */
  async oldestQueued(): Promise<Date | undefined> {
    const row = await this.db
      .selectFrom('notification_digest')
      .select('queued_at')
      .where('site_id', '=', this.siteId)
      .orderBy('queued_at')
      .limit(1)
      .executeTakeFirst();
    return row ? new Date(row.queued_at) : undefined;
  }

  /** Empties the site's digest queue, returning what was in it: run it in a write. */
  async takeQueued(): Promise<QueuedComment[]> {
    const rows = await this.db
      .deleteFrom('notification_digest')
      .where('site_id', '=', this.siteId)
      .returningAll()
      .execute();
    return rows
      .map((row) => ({
        commentId: row.comment_id,
        origin: row.origin,
        queuedAt: new Date(row.queued_at),
      }))
      .sort((a, b) => a.commentId - b.commentId);
  }

  async isActionLinkUsed(linkId: string): Promise<boolean> {
    const row = await this.db
      .selectFrom('used_action_links')
      .select('link_id')
      .where('link_id', '=', linkId)
      .executeTakeFirst();
    return row !== undefined;
  }

  /**
   * Marks a mail link used, once: true the first time, false ever after. Run it in the same
   * write as the action the link takes, so a link cannot act twice nor be spent for nothing.
   */
  async claimActionLink(linkId: string, expiresAt: Date, now: Date): Promise<boolean> {
    const result = await this.db
      .insertInto('used_action_links')
      .values({ link_id: linkId, used_at: now.toISOString(), expires_at: expiresAt.toISOString() })
      .onConflict((conflict) => conflict.doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0n) === 1;
  }
}

/** The sites whose comments wait for a digest: after a restart their digests are due again. */
export async function sitesWithQueuedDigests(db: Db): Promise<string[]> {
  const rows = await db.selectFrom('notification_digest').select('site_id').distinct().execute();
  return rows.map((row) => row.site_id);
}

/** Used links past their expiry: their signature refuses them now, the row is no longer needed. */
export async function forgetExpiredActionLinks(db: Db, now: Date): Promise<void> {
  await db.deleteFrom('used_action_links').where('expires_at', '<', now.toISOString()).execute();
}

/** Deliveries older than `before`, of every site: the log is for seeing what happened lately. */
export async function forgetDeliveries(db: Db, before: Date): Promise<void> {
  await db
    .deleteFrom('notification_deliveries')
    .where('finished_at', '<', before.toISOString())
    .execute();
}
