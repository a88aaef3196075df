import { createHmac } from 'node:crypto';
import type { Clock } from './clock.js';
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

export interface WebhookPolicy extends RetryPolicy {
  /** How long one try may take before it counts as failed. */
  timeoutMs: number;
}

export const defaultWebhookPolicy: WebhookPolicy = {
  attempts: 5,
  firstRetryMs: 1_000,
  timeoutMs: 5_000,
};

/** A receiver that is down or overloaded may answer later; one that refuses the request never will. */
const worthRetrying = (status: number) => status >= 500 || status === 408 || status === 429;

/**
 * POSTs `body` signed with `secret`, retrying with exponential backoff (1, 2, 4, 8 s by
 * default) after a 5xx, 408, 429, a timeout or a network error; any other answer is final.
 */
export async function deliverWebhook(
  url: string,
  secret: string,
  body: string,
  { event, deliveryId }: { event: string; deliveryId: string },
  clock: Clock,
  stop: AbortSignal,
  policy: WebhookPolicy = defaultWebhookPolicy,
): Promise<DeliveryResult> {
  const headers = {
    'Content-Type': 'application/json',
    'User-Agent': 'biblio-widgets-server',
    [signatureHeader]: webhookSignature(body, secret),
    'X-Biblio-Event': event,
    // The same on every retry, so a receiver can tell a retry from a new notification.
    'X-Biblio-Delivery': deliveryId,
  };
  const tryOnce = async (): Promise<Attempt> => {
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers,
        body,
        redirect: 'manual',
        signal: AbortSignal.any([AbortSignal.timeout(policy.timeoutMs), stop]),
      });
      await response.body?.cancel();
      return {
        delivered: response.ok,
        worthRetrying: worthRetrying(response.status),
        outcome: `HTTP ${response.status}`,
      };
    } catch (error) {
      const outcome =
        error instanceof DOMException && error.name === 'TimeoutError'
          ? `no answer in ${policy.timeoutMs} ms`
          : `${(error as Error).message}${causeOf(error)}`;
      return { delivered: false, worthRetrying: true, outcome };
    }
  };
  return deliverWithRetries(tryOnce, policy, clock, stop);
}

/** fetch says only "fetch failed"; the cause names the refused connection or the unknown host. */
function causeOf(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause ? `: ${cause.code ?? cause.message}` : '';
}
