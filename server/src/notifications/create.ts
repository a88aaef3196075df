import type { Logger } from '../logger.js';
import { readServerKey } from '../privacy.js';
import type { Services } from '../services.js';
import type { Settings } from '../settings.js';
import { type Clock, systemClock } from './clock.js';
import { createSendMail } from './mail.js';
import { MailLinks } from './mail-links.js';
import { Notifier } from './notifier.js';

/** A mail server gets this long for each step (connecting, greeting, each reply). */
const mailTimeoutMs = 10_000;

export interface Notifications {
  notifier: Notifier;
  links: MailLinks;
}

/** The notifier and its mail links, with the digests left waiting by the last run scheduled. */
export async function createNotifications(
  services: Pick<Services, 'writes' | 'storesOf' | 'db'>,
  settings: Settings,
  logger: Logger,
  clock: Clock = systemClock,
): Promise<Notifications> {
  const links = new MailLinks(
    await readServerKey(services.db, 'action_link_key'),
    services,
    clock,
    logger,
  );
  const { smtpUrl, mailFrom } = settings;
  const notifier = new Notifier({
    services,
    settings,
    logger,
    links,
    ...(smtpUrl !== undefined &&
      mailFrom !== undefined && { sendMail: createSendMail(smtpUrl, mailFrom, mailTimeoutMs) }),
    clock,
  });
  await notifier.resume();
  return { notifier, links };
}
