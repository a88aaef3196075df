import { FeedError } from '../../data/errors.js';
import { interpolate, type CommonStrings, type Strings } from '../../i18n/index.js';
import { describeError } from '../../internal/states.js';

/**
 * A browser reports a CORS refusal exactly as a lost connection. Online, a failed request to a
 * comment server on another origin most likely was refused for this site: the server does not
 * list it (`CORS_ORIGINS` on the reference server), and only its administrator can fix that.
 */
function refusedByCors(error: unknown): boolean {
  if (!(error instanceof FeedError) || error.kind !== 'network' || !navigator.onLine) return false;
  const { url } = error.details;
  return url !== undefined && new URL(url).origin !== location.origin;
}

/** The reader-facing sentence for a failed comments request, naming a refused site as such. */
export function describeCommentsError(
  error: unknown,
  strings: CommonStrings & Pick<Strings, 'comments'>,
): string {
  if (!refusedByCors(error)) return describeError(error, strings);
  return interpolate(strings.comments.siteRefused, { origin: location.origin });
}
