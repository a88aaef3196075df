/** A pending timer: cancelled when the server stops. */
export interface Timer {
  cancel(): void;
}

/** Time as notifications see it; tests pass a clock they move themselves. */
export interface Clock {
  now(): Date;
  /** Runs `task` after `ms`; the timer does not keep the process alive. */
  after(ms: number, task: () => void): Timer;
}

export const systemClock: Clock = {
  now: () => new Date(),
  after(ms, task) {
    const timer = setTimeout(task, ms);
    timer.unref();
    return { cancel: () => clearTimeout(timer) };
  },
};
