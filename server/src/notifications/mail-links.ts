import type { CommentRow, CommentStatus } from '../comments/comment.js';
import type { Logger } from '../logger.js';
import type { Services } from '../services.js';
import {
  type ActionLink,
  type LinkAction,
  actionLinkLifetimeMs,
  newLinkId,
  signActionLink,
  verifyActionLink,
} from './action-links.js';
import type { Clock } from './clock.js';

/** Where the links in mails lead: routes/mail-actions.ts. */
export const mailActionsPath = '/mail-actions';

const statusAfter: Record<LinkAction, CommentStatus> = { approve: 'published', reject: 'rejected' };

/**
 * What following a link came to, or (`ready`) would come to. `used`: it (or its twin, the other action of the same mail)
 * was followed before; `decided`: the comment already had the status the link asks for;
 * `gone`: the comment was deleted.
 */
export type LinkOutcome =
  | { kind: 'ready' | 'done' | 'decided'; link: ActionLink; row: CommentRow }
  | { kind: 'used' | 'gone'; link: ActionLink }
  | { kind: 'invalid' | 'expired' };

/** Makes the Approve and Reject links of mails and webhooks, and carries them out. */
export class MailLinks {
  constructor(
    private readonly key: Buffer,
    private readonly services: Pick<Services, 'writes' | 'storesOf'>,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {}

  /** Links to `base` (the server as moderators reach it) for one comment, sharing one use. */
  linksFor(siteId: string, row: CommentRow, base: string): { approve?: string; reject: string } {
    const linkId = newLinkId();
    const expiresAt = new Date(this.clock.now().getTime() + actionLinkLifetimeMs);
    const url = (action: LinkAction) =>
      new URL(
        `${mailActionsPath}/` +
          signActionLink({ siteId, commentId: row.id, action, linkId, expiresAt }, this.key),
        base,
      ).href;
    return {
      ...(row.status === 'pending' && { approve: url('approve') }),
      reject: url('reject'),
    };
  }

  /** What following the link would do, without doing it: what the confirmation page shows. */
  async preview(token: string): Promise<LinkOutcome> {
    const check = verifyActionLink(token, this.key, this.clock.now());
    if (!check.valid) return { kind: check.refusal };
    const { link } = check;
    const stores = this.services.storesOf(link.siteId);
    const row = await stores.comments.get(link.commentId);
    if (!row) return { kind: 'gone', link };
    if (await stores.notifications.isActionLinkUsed(link.linkId)) return { kind: 'used', link };
    return { kind: row.status === statusAfter[link.action] ? 'decided' : 'ready', link, row };
  }

  /** Approves or rejects, once: the link is spent in the same write that changes the comment. */
  async follow(token: string): Promise<LinkOutcome> {
    const now = this.clock.now();
    const check = verifyActionLink(token, this.key, now);
    if (!check.valid) return { kind: check.refusal };
    const { link } = check;
    const outcome = await this.services.writes.run(
      link.siteId,
      async (stores): Promise<LinkOutcome> => {
        const row = await stores.comments.get(link.commentId);
        if (!row) return { kind: 'gone', link };
        if (!(await stores.notifications.claimActionLink(link.linkId, link.expiresAt, now)))
          return { kind: 'used', link };
        const status = statusAfter[link.action];
        if (row.status === status) return { kind: 'decided', link, row };
        return { kind: 'done', link, row: (await stores.comments.setStatus(row.id, status))! };
      },
    );
    if (outcome.kind === 'done')
      this.logger.info('moderation', {
        action: link.action,
        commentId: link.commentId,
        siteId: link.siteId,
        via: 'mail link',
      });
    return outcome;
  }
}
