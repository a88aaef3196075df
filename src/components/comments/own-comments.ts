import { html, type ReactiveController } from 'lit';
import {
  deleteOwnComments,
  readOwnComments,
  type OwnComments,
} from '../../data/api/comment-changes.js';
import { formatPlural, stringsIn } from '../../i18n/index.js';
import { pageStorage } from '../../internal/page-storage.js';
import { forgetPending } from './drafts.js';
import { storedReaderKey } from './reader-key.js';
import { ownCommentsId, type ThreadStore } from './thread-store.js';
import { writingStrings } from './writing-strings.js';

/** Where the reader is in looking at, downloading or deleting their comments on the site. */
type Step =
  | { name: 'closed' }
  | { name: 'loading' }
  | { name: 'failed'; message: string; retry: () => void }
  | { name: 'found' | 'confirming' | 'deleting'; own: OwnComments; download: string }
  | { name: 'deleted'; count: number };

/**
 * The reader's own comments on the whole site (every thread), from the server: how many there
 * are, a download of exactly what the server holds, and deleting them all, as 152-FZ and the
 * GDPR let a person ask. A signed-in reader is known by their token; an anonymous one by the
 * key this browser posted with.
 */
export class OwnCommentsPanel implements ReactiveController {
  private step: Step = { name: 'closed' };

  constructor(
    private readonly store: ThreadStore,
    /** Why a request failed, in the reader's words (the writer's own explanation). */
    private readonly reason: (error: unknown) => string,
  ) {
    store.host.addController(this);
  }

  /** A box taken off the page lets go of the download it made; it opens closed if it returns. */
  hostDisconnected() {
    if ('download' in this.step) URL.revokeObjectURL(this.step.download);
    this.step = { name: 'closed' };
  }

  private get words() {
    return stringsIn(writingStrings, this.store.language, 'writing').own;
  }

  private go(step: Step, focus = 'own-status') {
    if ('download' in this.step && !('download' in step && step.download === this.step.download)) {
      URL.revokeObjectURL(this.step.download);
    }
    this.step = step;
    this.store.host.requestUpdate();
    this.store.focusLater(focus);
  }

  async open() {
    this.go({ name: 'loading' });
    try {
      const own = await readOwnComments(await this.store.request(), storedReaderKey());
      const file = new Blob([own.json], { type: 'application/json' });
      this.go({ name: 'found', own, download: URL.createObjectURL(file) });
    } catch (error) {
      this.go({ name: 'failed', message: this.reason(error), retry: () => void this.open() });
    }
  }

  private close() {
    this.go({ name: 'closed' }, ownCommentsId);
  }

  private async deleteAll(own: OwnComments, download: string) {
    this.go({ name: 'deleting', own, download });
    try {
      const count = await deleteOwnComments(await this.store.request(), storedReaderKey());
      this.forgetOnScreen(own);
      this.go({ name: 'deleted', count });
    } catch (error) {
      const retry = () => void this.deleteAll(own, download);
      this.go({ name: 'failed', message: this.reason(error), retry });
    }
  }

  /**
   * Forgets the deleted comments in every thread's storage, and lists this thread again: the
   * server deleted the replies under them too, which only it knows, and says the new total.
   */
  private forgetOnScreen(own: OwnComments) {
    const { store } = this;
    for (const comment of own.comments) {
      if (comment.thread === store.host.thread) store.replace(comment.id);
    }
    forgetPending(pageStorage(), own.comments);
    void store.load();
  }

  /** What the step says; a status, so screen readers hear each change. */
  private message(step: Exclude<Step, { name: 'closed' }>) {
    const { words } = this;
    const language = this.store.language;
    switch (step.name) {
      case 'loading':
        return this.store.strings.loading;
      case 'failed':
        return step.message;
      case 'deleted':
        return formatPlural(words.deleted, step.count, language);
      case 'confirming':
        return formatPlural(words.confirmDelete, step.own.comments.length, language);
      default:
        return step.own.comments.length
          ? formatPlural(words.count, step.own.comments.length, language)
          : words.none;
    }
  }

  private actions(step: Exclude<Step, { name: 'closed' }>) {
    const strings = this.store.strings;
    const { words } = this;
    const close = html`<button type="button" class="quiet" @click=${() => this.close()}>
      ${words.close}
    </button>`;
    switch (step.name) {
      case 'failed':
        return html`<button type="button" @click=${step.retry}>${strings.retry}</button>${close}`;
      case 'confirming':
      case 'deleting': {
        const busy = step.name === 'deleting';
        return html`<button
            type="button"
            aria-disabled=${busy ? 'true' : 'false'}
            @click=${() => !busy && this.deleteAll(step.own, step.download)}
          >
            ${busy ? strings.loading : words.deleteAll}
          </button>
          <button type="button" class="quiet" @click=${() => this.go({ ...step, name: 'found' })}>
            ${strings.comments.cancel}
          </button>`;
      }
      case 'found':
        return step.own.comments.length
          ? html`<a part="download" href=${step.download} download="my-comments.json"
                >${words.download}</a
              >
              <button
                type="button"
                class="quiet"
                @click=${() => this.go({ ...step, name: 'confirming' })}
              >
                ${words.deleteAll}
              </button>
              ${close}`
          : close;
      default:
        return step.name === 'loading' ? '' : close;
    }
  }

  /** The panel in place of "Your comments on this site", or undefined while it is closed. */
  render() {
    const { step } = this;
    if (step.name === 'closed') return undefined;
    return html`<div
      part="own-comments-panel"
      role="group"
      aria-labelledby="own-status"
      aria-busy=${step.name === 'loading' || step.name === 'deleting' ? 'true' : 'false'}
    >
      <p id="own-status" role=${step.name === 'failed' ? 'alert' : 'status'} tabindex="-1">
        ${this.message(step)}
      </p>
      <div part="actions">${this.actions(step)}</div>
    </div>`;
  }
}
