import { type Context, Hono } from 'hono';
import type { AppEnv } from '../http/app-env.js';
import { linkPage, outcomeStatus, pageLanguage } from '../notifications/link-page.js';
import type { LinkOutcome, MailLinks } from '../notifications/mail-links.js';

/**
 * The Approve and Reject links of mails. GET only shows what the link would do, with a button:
 * mail scanners and link previews fetch every link in a mail, and must not moderate. The
 * button's POST acts, once.
 */
export function mailActionRoutes(links: MailLinks): Hono<AppEnv> {
  const answer = (c: Context<AppEnv>, outcome: LinkOutcome) => {
    const language = pageLanguage(c.req.header('accept-language'));
    c.header('Cache-Control', 'no-store');
    return c.html(linkPage(outcome, language, c.req.path), outcomeStatus[outcome.kind]);
  };
  return new Hono<AppEnv>()
    .get('/:token', async (c) => answer(c, await links.preview(c.req.param('token'))))
    .post('/:token', async (c) => answer(c, await links.follow(c.req.param('token'))));
}
