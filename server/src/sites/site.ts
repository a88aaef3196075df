import type { CommentAuth, Moderation } from '../settings.js';

/** The site `/api/...` serves: the one a single-site server always was, made from settings. */
export const defaultSiteId = 'default';

/** One library's site: what it owns is stored under its id, and it has settings of its own. */
export interface Site {
  id: string;
  name: string;
  /** Origins whose pages may call this site's API from a browser. */
  origins: string[];
  moderation: Moderation;
  commentAuth: CommentAuth;
  /** The secret the library's own site signs reader tokens with; none: no signed-in readers. */
  tokenSecret?: string;
}
