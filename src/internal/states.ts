import { initialState, Task, TaskStatus } from '@lit/task';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { toFeedError } from '../data/errors.js';
import { interpolate, type BaseStrings, type CommonStrings } from '../i18n/index.js';
import { announceError, announceLoad } from './events.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * One load of an element's data, and the page told how it went: `biblio-load` with how many
 * things the element now shows (when `count` says), or `biblio-error` with the failure as a
 * FeedError, which it then rejects with. A load aborted because a newer one began tells no one.
 *
 * Elements that never show a loading or an error state (the view counter, the comment count)
 * run it alone, not through createLoadTask: the Task class would add 0.7 KB brotli to each.
 */
export async function announcedLoad<Value>(
  host: HTMLElement,
  signal: AbortSignal,
  load: () => Promise<Value>,
  count?: (value: Value) => number,
): Promise<Value> {
  try {
    const value = await load();
    // Nothing to load (e.g. no `src`): the element shows what it has, and tells no one.
    if (value !== initialState && count) announceLoad(host, count(value));
    return value;
  } catch (error) {
    if (signal.aborted) throw error;
    const feedError = toFeedError(error);
    announceError(host, feedError);
    throw feedError;
  }
}

/**
 * A Task that loads an element's data and tells the page how it went (`biblio-load`,
 * `biblio-error`). Every failure becomes a FeedError so the error state can name it.
 */
export function createLoadTask<Args extends readonly unknown[], Value>(
  host: Host,
  options: {
    args: () => Args;
    load: (args: Args, signal: AbortSignal) => Promise<Value>;
    count: (value: Value) => number;
    /**
     * Whether a run is news to the page; by default every run is. A run that only adds to what
     * is already shown (a list's further page) tells no one, and shows its failure in place.
     */
    tells?: (args: Args) => boolean;
  },
): Task<Args, Value> {
  return new Task<Args, Value>(host, {
    args: options.args,
    task: (args, { signal }) => {
      const load = () => options.load(args, signal);
      return options.tells?.(args) === false
        ? load()
        : announcedLoad(host, signal, load, options.count);
    },
  });
}

/** The reader-facing sentence for an error: never the developer message. */
export function describeError(error: unknown, strings: CommonStrings): string {
  const feedError = toFeedError(error);
  const { status = '', path = '', attribute = '' } = feedError.details;
  const message = strings.errors[feedError.details.reason ?? feedError.kind];
  return interpolate(message, { status, path, attribute });
}

/** The error box with its Retry: one look for a failed load and for a bug while rendering. */
export function renderErrorBox(
  message: string,
  strings: BaseStrings,
  retry: () => void,
): TemplateResult {
  return html`<div part="error" role="alert">
    <p>${message}</p>
    <button part="retry" type="button" @click=${retry}>${strings.retry}</button>
  </div>`;
}

export function renderError(
  error: unknown,
  strings: CommonStrings,
  retry: () => void,
): TemplateResult {
  return renderErrorBox(describeError(error, strings), strings, retry);
}

export function renderSkeleton(strings: CommonStrings, lines = 3): TemplateResult {
  return html`<div part="loading" class="skeleton" role="status">
    <span class="visually-hidden">${strings.loading}</span>
    ${Array.from({ length: lines }, () => html`<div class="skeleton-line"></div>`)}
  </div>`;
}

export interface StateViews<Value> {
  strings: CommonStrings;
  /** The loaded view. */
  complete: (value: Value) => unknown;
  /** True when the loaded value has nothing to show. */
  isEmpty: (value: Value) => boolean;
  /** The sentence shown when there is nothing. */
  emptyMessage: string;
  /** How many skeleton lines reserve the space while loading. */
  skeletonLines?: number;
}

/**
 * Loading, empty, error (with Retry) and loaded, the same way in every element. While a reload
 * is pending the last value stays on screen (stale-while-revalidate), so nothing flickers.
 */
export function renderStates<Args extends readonly unknown[], Value>(
  task: Task<Args, Value>,
  views: StateViews<Value>,
) {
  const { strings } = views;
  const value = task.value;
  switch (task.status) {
    case TaskStatus.INITIAL:
      return nothing;
    case TaskStatus.ERROR:
      return renderError(task.error, strings, () => void task.run());
    case TaskStatus.PENDING:
      if (value === undefined) return renderSkeleton(strings, views.skeletonLines);
      break;
  }
  return renderValue(value, views);
}

/** The loaded view, or the empty message when there is nothing to show. */
export function renderValue<Value>(value: Value | undefined, views: StateViews<Value>) {
  if (value === undefined || views.isEmpty(value)) {
    return html`<p part="empty" role="status">${views.emptyMessage}</p>`;
  }
  return views.complete(value);
}
