import { isMailbox } from './address.js';

/** `pending`: mail only about comments that wait for a moderator; `all`: about every comment. */
export type NotifyMode = 'pending' | 'all';
export const notifyModes = ['pending', 'all'] as const satisfies readonly NotifyMode[];

export type MailLanguage = 'ru' | 'en';
export const mailLanguages = ['ru', 'en'] as const satisfies readonly MailLanguage[];

/** Who hears of a site's new comments, and how. */
export interface SiteNotifications {
  /** Moderators' mailboxes; none: no mail. */
  emails: string[];
  mode: NotifyMode;
  /** 0: one mail per comment; more: one mail per this many minutes, listing what came. */
  digestMinutes: number;
  language: MailLanguage;
  /** Where a signed JSON copy of each notification is POSTed; none: no webhook. */
  webhookUrl?: string;
  webhookSecret?: string;
}

export const notificationLimits = {
  recipients: 20,
  digestMinutes: 1440,
  webhookSecretLength: 16,
} as const;

export function isWebhookUrl(value: string): boolean {
  return URL.canParse(value) && ['http:', 'https:'].includes(new URL(value).protocol);
}

/**
 * What is wrong with a site's notification settings, each problem naming the field as `name`
 * calls it (an environment variable at start, a JSON field in the admin API).
 */
export function notificationProblems(
  notifications: SiteNotifications,
  name: Record<'emails' | 'webhookUrl' | 'webhookSecret', string>,
  mailConfigured: boolean,
): string[] {
  const problems: string[] = [];
  for (const email of notifications.emails)
    if (!isMailbox(email))
      problems.push(
        `${name.emails}: "${email}" is not a mailbox like moderator@library.example.org`,
      );
  if (notifications.emails.length > notificationLimits.recipients)
    problems.push(`${name.emails}: at most ${notificationLimits.recipients} recipients`);
  if (notifications.emails.length && !mailConfigured)
    problems.push(`${name.emails} needs SMTP_URL and MAIL_FROM: without them no mail can be sent`);
  const { webhookUrl, webhookSecret } = notifications;
  if (webhookUrl !== undefined && !isWebhookUrl(webhookUrl))
    problems.push(`${name.webhookUrl} must be an http(s) URL, got "${webhookUrl}"`);
  if (webhookUrl !== undefined && webhookSecret === undefined)
    problems.push(`${name.webhookUrl} needs ${name.webhookSecret}, which signs every delivery`);
  if (webhookSecret !== undefined && webhookSecret.length < notificationLimits.webhookSecretLength)
    problems.push(
      `${name.webhookSecret} must be at least ${notificationLimits.webhookSecretLength} characters long`,
    );
  return problems;
}
