/** True when the reader can actually see `target`: on screen, not transparent or hidden. */
function isShown(entry: IntersectionObserverEntry): boolean {
  if (!entry.isIntersecting) return false;
  const target = entry.target;
  return typeof target.checkVisibility === 'function'
    ? target.checkVisibility({ opacityProperty: true, visibilityProperty: true })
    : true;
}

/**
 * Resolves once `target` is on screen while the tab is in the foreground, so an article opened
 * in a background tab or scrolled out of view is not counted as read. Rejects with the signal's
 * reason if it aborts first, releasing every observer.
 */
export function whenSeen(target: Element, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    let shown = false;
    const check = () => {
      if (!shown || document.visibilityState !== 'visible') return;
      stop();
      resolve();
    };
    const observer = new IntersectionObserver((entries) => {
      shown = entries.some(isShown);
      check();
    });
    const abort = () => {
      stop();
      reject(signal.reason);
    };
    const stop = () => {
      observer.disconnect();
      document.removeEventListener('visibilitychange', check);
      signal.removeEventListener('abort', abort);
    };
    observer.observe(target);
    document.addEventListener('visibilitychange', check);
    signal.addEventListener('abort', abort);
  });
}
