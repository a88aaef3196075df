import type { FeedError } from '../data/errors.js';

/** Detail of `biblio-load`: how many things the element now shows. */
export interface LoadEventDetail {
  count: number;
}

/** Detail of `biblio-error`: the typed error, as shown to the reader in words. */
export interface ErrorEventDetail {
  error: FeedError;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'biblio-load': CustomEvent<LoadEventDetail>;
    'biblio-error': CustomEvent<ErrorEventDetail>;
  }
}

/** Creates a public event: it bubbles and crosses shadow roots so the host page can listen. */
export function publicEvent<T>(type: string, detail: T, cancelable = false): CustomEvent<T> {
  return new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable });
}
