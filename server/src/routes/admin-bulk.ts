import { toModerationJson } from '../comments/comment.js';
import type { Stores } from '../db/stores.js';
import { ApiError } from '../http/api-error.js';
import { parseChoice, parseNumericId } from '../http/validate.js';

export const bulkActions = ['approve', 'reject', 'delete'] as const;
export type BulkAction = (typeof bulkActions)[number];

/** One page of the list at its largest: a moderator selects from what they see. */
export const maxBulkIds = 200;

export interface BulkRequest {
  action: BulkAction;
  ids: number[];
}

/** What happened to one id: its comment as it is now, or why it was left alone. */
export type BulkResult =
  | { id: string; ok: true; comment?: ReturnType<typeof toModerationJson> }
  | { id: string; ok: false; error: { code: string; message: string } };

/** `{action, ids}` checked whole before anything is written; a repeated id counts once. */
export function parseBulkRequest(body: Record<string, unknown>): BulkRequest {
  if (typeof body.action !== 'string')
    throw new ApiError(400, 'invalid_parameter', `action must be one of ${bulkActions.join(', ')}`);
  const action = parseChoice(body.action, 'action', bulkActions);
  const { ids } = body;
  if (!Array.isArray(ids) || ids.length === 0 || !ids.every((id) => typeof id === 'string'))
    throw new ApiError(400, 'invalid_parameter', 'ids must be a non-empty array of comment ids');
  const unique = [...new Set(ids)];
  if (unique.length > maxBulkIds)
    throw new ApiError(
      400,
      'too_many_ids',
      `At most ${maxBulkIds} comments at once; ${unique.length} were sent`,
    );
  return { action, ids: unique.map((id) => parseNumericId(id, 'each of ids')!) };
}

const statusOf = { approve: 'published', reject: 'rejected' } as const;

/**
 * Applies the action to each id of the addressed site in one write transaction. An id that is
 * no comment of this site (another site's, or one deleted with its parent earlier in the list)
 * is reported and skipped, so the others still apply.
 */
export async function runBulk(stores: Stores, { action, ids }: BulkRequest): Promise<BulkResult[]> {
  const results: BulkResult[] = [];
  for (const id of ids) {
    const row = await stores.comments.get(id);
    if (!row) {
      results.push({
        id: String(id),
        ok: false,
        error: { code: 'comment_not_found', message: `No comment ${id}` },
      });
    } else if (action === 'delete') {
      await stores.comments.delete(id);
      results.push({ id: String(id), ok: true });
    } else {
      const changed = (await stores.comments.setStatus(id, statusOf[action]))!;
      results.push({ id: String(id), ok: true, comment: toModerationJson(changed) });
    }
  }
  return results;
}
