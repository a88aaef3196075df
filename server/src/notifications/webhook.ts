import { createHmac } from 'node:crypto';
import type { Clock } from './clock.js';

export const signatureHeader = 'X-Biblio-Signature';

/** `sha256=<hex HMAC-SHA256 of the body>`, as GitHub signs its webhooks: a bot checks it in a line. */
export const webhookSignature = (body: string, secret: string): string =>
  `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;

export interface WebhookPolicy {
  /** Tries in all, the first included. */
  attempts: number;
  /** The wait before the first retry; each later one waits twice as long. */
  firstRetryMs: number;
  /** How long one try may take before it counts as failed. */
  timeoutMs: number;
}

export const defaultWebhookPolicy: WebhookPolicy = {
  attempts: 5,
  firstRetryMs: 1_000,
  timeoutMs: 5_000,
};

export interface WebhookResult {
  delivered: boolean;
  attempts: number;
  /** `HTTP 200`, or why the last try failed. */
  outcome: string;
}

/** A receiver that is down or overloaded may answer later; one that refuses the request never will. */
const worthRetrying = (status: number) => status >= 500 || status === 408 || status === 429;

/** Waits `ms`, or less when `stop` aborts first. */
const sleep = (clock: Clock, ms: number, stop: AbortSignal) =>
  new Promise<void>((resolve) => {
    const done = () => {
      timer.cancel();
      stop.removeEventListener('abort', done);
      resolve();
    };
    const timer = clock.after(ms, done);
    stop.addEventListener('abort', done);
  });

/**
 * POSTs `body` signed with `secret`, retrying with exponential backoff (1, 2, 4, 8 s by
 * default) after a 5xx, 408, 429, a timeout or a network error; any other answer is final.
 * `stop` (the server stopping) ends the retries at once, so a dead receiver never holds up a
 * shutdown.
 */
export async function deliverWebhook(
  url: string,
  secret: string,
  body: string,
  { event, deliveryId }: { event: string; deliveryId: string },
  clock: Clock,
  stop: AbortSignal,
  policy: WebhookPolicy = defaultWebhookPolicy,
): Promise<WebhookResult> {
  const headers = {
    'Content-Type': 'application/json',
    'User-Agent': 'biblio-widgets-server',
    [signatureHeader]: webhookSignature(body, secret),
    'X-Biblio-Event': event,
    // The same on every retry, so a receiver can tell a retry from a new notification.
    'X-Biblio-Delivery': deliveryId,
  };
  let outcome = '';
  for (let attempt = 1; attempt <= policy.attempts; attempt++) {
    if (attempt > 1) await sleep(clock, policy.firstRetryMs * 2 ** (attempt - 2), stop);
    if (stop.aborted)
      return {
        delivered: false,
        attempts: attempt - 1,
        outcome: outcome ? `${outcome}; the server stopped` : 'the server stopped',
      };
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers,
        body,
        redirect: 'manual',
        signal: AbortSignal.any([AbortSignal.timeout(policy.timeoutMs), stop]),
      });
      await response.body?.cancel();
      outcome = `HTTP ${response.status}`;
      if (response.ok) return { delivered: true, attempts: attempt, outcome };
      if (!worthRetrying(response.status)) return { delivered: false, attempts: attempt, outcome };
    } catch (error) {
      outcome =
        error instanceof DOMException && error.name === 'TimeoutError'
          ? `no answer in ${policy.timeoutMs} ms`
          : `${(error as Error).message}${causeOf(error)}`;
    }
  }
  return { delivered: false, attempts: policy.attempts, outcome };
}

/** fetch says only "fetch failed"; the cause names the refused connection or the unknown host. */
function causeOf(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause ? `: ${cause.code ?? cause.message}` : '';
}
