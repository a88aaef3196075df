import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Calls `refresh` every `seconds` while the host is on the page, the reader has not paused it
 * and the tab is visible. A reader who asks the system for reduced motion starts paused: content
 * that changes by itself is motion too, and they can still resume it. A list loads it apart
 * from itself, only when it refreshes.
 */
export class RefreshController implements ReactiveController {
  paused = false;

  private seconds = 0;
  private timer?: ReturnType<typeof setInterval>;
  private connected = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly refresh: () => void,
  ) {
    host.addController(this);
  }

  /** Sets the interval; 0 or less switches refreshing off. */
  every(seconds: number) {
    const next = Number.isFinite(seconds) && seconds > 0 ? seconds : 0;
    if (next === this.seconds) return;
    if (this.seconds === 0) this.paused = matchMedia('(prefers-reduced-motion: reduce)').matches;
    this.seconds = next;
    this.restart();
  }

  get active(): boolean {
    return this.seconds > 0;
  }

  toggle() {
    this.paused = !this.paused;
    this.restart();
    this.host.requestUpdate();
  }

  hostConnected() {
    this.connected = true;
    this.restart();
  }

  hostDisconnected() {
    this.connected = false;
    this.restart();
  }

  private restart() {
    clearInterval(this.timer);
    this.timer = undefined;
    if (!this.connected || this.paused || this.seconds === 0) return;
    this.timer = setInterval(() => {
      if (document.visibilityState !== 'hidden') this.refresh();
    }, this.seconds * 1000);
  }
}
