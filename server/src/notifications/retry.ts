import type { Clock } from './clock.js';

/** How many times, and how patiently, a notification is tried. */
export interface RetryPolicy {
  /** Tries in all, the first included. */
  attempts: number;
  /** The wait before the first retry; each later one waits twice as long. */
  firstRetryMs: number;
}

/** What one try came to. */
export interface Attempt {
  delivered: boolean;
  /** A failure the other side may get over (down, overloaded, greylisting); any other is final. */
  worthRetrying: boolean;
  /** What the other side answered, or why the try failed. */
  outcome: string;
}

/** What all the tries came to, as the delivery log keeps it. */
export interface DeliveryResult {
  delivered: boolean;
  attempts: number;
  /** The last try's outcome. */
  outcome: string;
}

/** Waits `ms`, or less when `stop` aborts first (or has already). */
const sleep = (clock: Clock, ms: number, stop: AbortSignal) =>
  new Promise<void>((resolve) => {
    if (stop.aborted) {
      resolve();
      return;
    }
    const done = () => {
      timer.cancel();
      stop.removeEventListener('abort', done);
      resolve();
    };
    const timer = clock.after(ms, done);
    stop.addEventListener('abort', done);
  });

/**
 * Tries until delivered, a final failure, or the policy's last attempt, waiting twice as long
 * before each retry. `stop` (the server stopping) ends the waiting at once, so a dead receiver
 * never holds up a shutdown.
 */
export async function deliverWithRetries(
  tryOnce: () => Promise<Attempt>,
  policy: RetryPolicy,
  clock: Clock,
  stop: AbortSignal,
): Promise<DeliveryResult> {
  let outcome = '';
  for (let attempt = 1; attempt <= policy.attempts; attempt++) {
    if (attempt > 1) await sleep(clock, policy.firstRetryMs * 2 ** (attempt - 2), stop);
    if (stop.aborted)
      return {
        delivered: false,
        attempts: attempt - 1,
        outcome: outcome ? `${outcome}; the server stopped` : 'the server stopped',
      };
    const tried = await tryOnce();
    outcome = tried.outcome;
    if (tried.delivered || !tried.worthRetrying)
      return { delivered: tried.delivered, attempts: attempt, outcome };
  }
  return { delivered: false, attempts: policy.attempts, outcome };
}
