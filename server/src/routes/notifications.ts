import { Hono } from 'hono';
import { ApiError } from '../http/api-error.js';
import type { AppEnv } from '../http/app-env.js';
import { parseInteger, parseNumericId, readJsonObject } from '../http/validate.js';
import {
  type SiteNotifications,
  mailLanguages,
  notificationLimits,
  notificationProblems,
  notifyModes,
} from '../notifications/site-notifications.js';
import type { Services } from '../services.js';

/** The settings as the API shows them: the webhook secret is said to be set, never shown. */
function toNotificationsJson(notifications: SiteNotifications, mailConfigured: boolean) {
  const { webhookSecret, ...shown } = notifications;
  return { ...shown, webhookSecretSet: webhookSecret !== undefined, mailConfigured };
}

function parseChoiceField<T extends string>(value: unknown, name: string, choices: readonly T[]) {
  if (!(choices as readonly unknown[]).includes(value))
    throw new ApiError(
      400,
      'invalid_notifications',
      `${name} must be one of ${choices.join(', ')}`,
    );
  return value as T;
}

function parseOptionalText(value: unknown, name: string): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string')
    throw new ApiError(400, 'invalid_notifications', `${name} must be a string`);
  return value.trim();
}

/**
 * A whole new set of settings. The webhook secret may be left out to keep the saved one, so
 * that a form which never saw it can still save the rest.
 */
function parseNotifications(
  body: Record<string, unknown>,
  saved: SiteNotifications,
  mailConfigured: boolean,
): SiteNotifications {
  const { emails, digestMinutes } = body;
  if (!Array.isArray(emails) || !emails.every((email) => typeof email === 'string'))
    throw new ApiError(400, 'invalid_notifications', 'emails must be an array of mailboxes');
  if (
    !Number.isInteger(digestMinutes) ||
    (digestMinutes as number) < 0 ||
    (digestMinutes as number) > notificationLimits.digestMinutes
  )
    throw new ApiError(
      400,
      'invalid_notifications',
      `digestMinutes must be a whole number from 0 to ${notificationLimits.digestMinutes}`,
    );
  const webhookUrl = parseOptionalText(body.webhookUrl, 'webhookUrl');
  const webhookSecret =
    parseOptionalText(body.webhookSecret, 'webhookSecret') ??
    (webhookUrl === undefined ? undefined : saved.webhookSecret);
  const notifications: SiteNotifications = {
    emails: (emails as string[]).map((email) => email.trim()).filter(Boolean),
    mode: parseChoiceField(body.mode, 'mode', notifyModes),
    digestMinutes: digestMinutes as number,
    language: parseChoiceField(body.language ?? saved.language, 'language', mailLanguages),
    ...(webhookUrl !== undefined && { webhookUrl }),
    ...(webhookSecret !== undefined && { webhookSecret }),
  };
  const problems = notificationProblems(
    notifications,
    { emails: 'emails', webhookUrl: 'webhookUrl', webhookSecret: 'webhookSecret' },
    mailConfigured,
  );
  if (problems.length) throw new ApiError(400, 'invalid_notifications', problems.join('; '));
  return notifications;
}

/** `/api/admin/notifications`: the addressed site's settings and delivery log, behind admin auth. */
export function notificationRoutes({ settings, notifications }: Services): Hono<AppEnv> {
  const { notifier } = notifications;
  const mailConfigured = settings.smtpUrl !== undefined && settings.mailFrom !== undefined;
  return new Hono<AppEnv>()
    .get('/', async (c) =>
      c.json({
        notifications: toNotificationsJson(
          await notifier.settingsOf(c.get('site').id),
          mailConfigured,
        ),
      }),
    )
    .put('/', async (c) => {
      const body = await readJsonObject(c);
      const saved = await notifier.settingsOf(c.get('site').id);
      const notifications = parseNotifications(body, saved, mailConfigured);
      await c
        .get('writes')
        .run((stores) => stores.notifications.saveSettings(notifications, new Date()));
      return c.json({ notifications: toNotificationsJson(notifications, mailConfigured) });
    })
    .get('/deliveries', async (c) => {
      const page = await c.get('stores').notifications.deliveries({
        before: parseNumericId(c.req.query('before'), 'before'),
        limit: parseInteger(c.req.query('limit'), 'limit', 20, 1, 100),
      });
      return c.json({
        deliveries: page.deliveries,
        ...(page.next !== undefined && { next: String(page.next) }),
      });
    });
}
