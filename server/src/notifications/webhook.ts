import { createHmac } from 'node:crypto';
import { fetch } from 'undici';
import type { Clock } from './clock.js';
import { NotPublicError, notPublicHost, publicOnlyAgent } from './public-address.js';
import {
  type Attempt,
  type DeliveryResult,
  type RetryPolicy,
  deliverWithRetries,
} from './retry.js';

export const signatureHeader = 'X-Biblio-Signature';

/** `sha256=<hex HMAC-SHA256 of the body>`, as GitHub signs its webhooks: a bot checks it in a line. */
export const webhookSignature = (body: string, secret: string): string =>
  `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;

/** Five tries, after 1, 2, 4 and 8 s: a bot restarting is back within the quarter minute. */
const webhookPolicy: RetryPolicy = { attempts: 5, firstRetryMs: 1_000 };
/** How long one try may take before it counts as failed. */
const timeoutMs = 5_000;

/** A receiver that is down or overloaded may answer later; one that refuses the request never will. */
const worthRetrying = (status: number) => status >= 500 || status === 408 || status === 429;

export interface WebhookDelivery {
  url: string;
  secret: string;
  body: string;
  /** `comment.pending` or `comment.published`. */
  event: string;
  /** The same on every retry, so a receiver can tell a retry from a new notification. */
  deliveryId: string;
  /**
   * Call only receivers on the public internet: a site's admin, not the server's operator,
   * chose the URL, and must not reach this machine or its network through it.
   */
  publicOnly: boolean;
}

/** Not called, and not retried: another try would be refused again. */
const notCalled = (error: NotPublicError): Attempt => ({
  delivered: false,
  worthRetrying: false,
  outcome: `${error.message}, not called (WEBHOOK_PRIVATE_ADDRESSES=allow permits it)`,
});

/**
 * POSTs the body signed with the secret, retrying with exponential backoff after a 5xx, 408,
 * 429, a timeout or a network error; any other answer is final.
 */
export async function deliverWebhook(
  delivery: WebhookDelivery,
  clock: Clock,
  stop: AbortSignal,
): Promise<DeliveryResult> {
  const { url, secret, body, event, deliveryId, publicOnly } = delivery;
  const headers = {
    'Content-Type': 'application/json',
    'User-Agent': 'biblio-widgets-server',
    [signatureHeader]: webhookSignature(body, secret),
    'X-Biblio-Event': event,
    'X-Biblio-Delivery': deliveryId,
  };
  const tryOnce = async (): Promise<Attempt> => {
    const privateHost = publicOnly ? notPublicHost(url) : undefined;
    if (privateHost) return notCalled(new NotPublicError(privateHost));
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers,
        body,
        redirect: 'manual',
        signal: AbortSignal.any([AbortSignal.timeout(timeoutMs), stop]),
        ...(publicOnly && { dispatcher: publicOnlyAgent }),
      });
      await response.body?.cancel();
      return {
        delivered: response.ok,
        worthRetrying: worthRetrying(response.status),
        outcome: `HTTP ${response.status}`,
      };
    } catch (error) {
      const cause = (error as { cause?: unknown }).cause;
      if (cause instanceof NotPublicError) return notCalled(cause);
      const outcome =
        error instanceof DOMException && error.name === 'TimeoutError'
          ? `no answer in ${timeoutMs} ms`
          : `${(error as Error).message}${causeOf(error)}`;
      return { delivered: false, worthRetrying: true, outcome };
    }
  };
  return deliverWithRetries(tryOnce, webhookPolicy, clock, stop);
}

/** fetch says only "fetch failed"; the cause names the refused connection or the unknown host. */
function causeOf(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause ? `: ${cause.code ?? cause.message}` : '';
}
