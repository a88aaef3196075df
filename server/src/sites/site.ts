import type { CommentAuth, Moderation, Settings } from '../settings.js';
import type { Consent } from './consent.js';

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
  /** Present: a comment needs the reader's consent to the processing of personal data. */
  consent?: Consent;
}

/** The default site is the server's own settings, as a single-site server always used them. */
export function defaultSite(settings: Settings): Site {
  return {
    id: defaultSiteId,
    name: 'Default site',
    origins: settings.corsOrigins,
    moderation: settings.moderation,
    commentAuth: settings.commentAuth,
    tokenSecret: settings.tokenSecret,
    ...(settings.consent && { consent: settings.consent }),
  };
}

/** Lower-case letters, digits and inner hyphens: it stands in URLs and file names as it is. */
const siteIdPattern = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

export const isSiteId = (value: string): boolean => siteIdPattern.test(value);
