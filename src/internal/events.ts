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

/** Tells the page an element now shows its data: the one place `biblio-load` is sent from. */
export function announceLoad(host: EventTarget, count: number): void {
  host.dispatchEvent(publicEvent('biblio-load', { count }));
}

/**
 * Tells the page an element could not load: the one place `biblio-error` is sent from. The
 * reader sees a sentence; the webmaster debugging the page also gets the cause in the console.
 */
export function announceError(host: HTMLElement, error: FeedError): void {
  console.warn(`biblio-widgets: <${host.localName}> could not load its data`, error);
  host.dispatchEvent(publicEvent('biblio-error', { error }));
}
