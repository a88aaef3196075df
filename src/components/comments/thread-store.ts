import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  listComments,
  type Comment,
  type CommentSort,
  type CommentsRequest,
} from '../../data/api/comments-api.js';
import { FeedError, toFeedError } from '../../data/errors.js';
import { formatPlural, type CommonStrings, type Language, type Strings } from '../../i18n/index.js';
import { announceError, announceLoad } from '../../internal/events.js';
import { LazyPart } from '../../internal/lazy-part.js';
import { pageStorage } from '../../internal/page-storage.js';
import { describeError } from '../../internal/states.js';
import type { FormProblem } from './comment-form.js';
import { storedReaderKey } from './reader-key.js';
import {
  newDraftKey,
  readDrafts,
  readPending,
  writeDrafts,
  writePending,
  type Draft,
  type DraftSlot,
  type ThreadDrafts,
} from './drafts.js';

/** `none`: anonymous with a name; `required`: only readers the host site signed in; `optional`: both. */
export type CommentsAuth = 'none' | 'optional' | 'required';

export type CommentsStrings = CommonStrings & Pick<Strings, 'comments'>;

/** The comment box as its store sees it: its attributes, its updates, where events start. */
export interface ThreadHost extends ReactiveControllerHost, HTMLElement {
  api?: string;
  thread?: string;
  auth: CommentsAuth;
  maxLength: number;
  sort: CommentSort;
  pageSize: number;
  token?: string;
  tokenProvider?: string;
  consentHref?: string;
  credentials: boolean;
  disabled: boolean;
  hasUpdated: boolean;
}

/** What the element gives its store besides itself: words, and where the writing part is. */
export interface ThreadStoreOptions {
  locale: () => { language: Language; strings: CommentsStrings };
  loadWriter: () => Promise<{ addWriting: (store: ThreadStore) => Writing }>;
}

/** Sending, editing and deleting: what comment-writer.ts adds to a store once it has loaded. */
export interface Writing {
  /** The form whose post is in flight, and the id its comment is shown under meanwhile. */
  readonly sending?: { slot: DraftSlot; id: string };
  post(slot: DraftSlot, form: HTMLFormElement): Promise<void>;
  startEdit(comment: Comment): void;
  askDelete(id: string): void;
  isEditing(id: string): boolean;
  /** Tells screen readers the moment the text grows past the limit (the counter shows it). */
  announceLength(before: string, after: string): void;
  renderEditor(comment: Comment): unknown;
  renderConfirm(comment: Comment): unknown;
  renderNotice(id: string): unknown;
  /** The reader's comments on the whole site: count, download, delete all. */
  readonly ownCommentsPanel: { open(): Promise<void>; render(): unknown };
}

/** The id of "Your comments on this site", and of what it opens, for focus and errors. */
export const ownCommentsId = 'own-comments';

export const emptyDraft: Draft = { text: '', author: '', key: '' };

/** How long a comment awaiting moderation is remembered: moderators answer within days. */
const pendingKeptFor = 7 * 86_400_000;

/**
 * One thread as the comment box and its writing part both see it: the comments, paging, the
 * reader's drafts and problems, and the reader's own comments. Every change re-renders the host.
 */
export class ThreadStore implements ReactiveController {
  comments: Comment[] = [];
  total = 0;
  next?: string;
  loaded = false;
  loadError?: FeedError;
  loadingMore = false;
  moreError?: FeedError;
  drafts: ThreadDrafts = {};
  replyTo?: string;
  problems: Partial<Record<DraftSlot, FormProblem>> = {};
  signedIn = false;
  loginAsked = false;
  announcement = '';
  /** Why the writing part could not be loaded for a comment's Edit or Delete (or the reader's own comments), with Retry. */
  actionError?: { id: string; error: unknown; retry: () => void };
  /**
   * What the reader posted here lately. A list that loads while a post is in flight, or a
   * server that hides pending comments from anonymous readers, must not make them vanish
   * from the reader's screen; pending ones are kept in storage for the next visit.
   */
  ownComments: Comment[] = [];
  /**
   * The writing part. A failed fetch (offline) is forgotten so Send or Retry fetches again; the
   * idle-time fetch is tried once.
   */
  readonly writer: LazyPart<Writing>;
  private listController?: AbortController;

  constructor(
    readonly host: ThreadHost,
    private readonly options: ThreadStoreOptions,
  ) {
    this.writer = new LazyPart(() =>
      options.loadWriter().then(({ addWriting }) => addWriting(this)),
    );
    host.addController(this);
  }

  get language() {
    return this.options.locale().language;
  }

  get strings() {
    return this.options.locale().strings;
  }

  /** Changes the store and re-renders the host. */
  set(change: Partial<ThreadStore>) {
    Object.assign(this, change);
    this.host.requestUpdate();
  }

  hostConnected(): void {
    if (this.host.hasUpdated) void this.load();
  }

  hostDisconnected(): void {
    this.listController?.abort();
  }

  hostUpdated(): void {
    // A box that can write (or shows the reader's own comments) fetches the writing part when
    // the page is idle, so Send, Edit and Delete answer at once when the reader gets to them.
    const mayNeedWriter = this.mayWrite || this.comments.some((comment) => comment.mine);
    if (this.loaded && mayNeedWriter) this.writer.preloadWhenIdle();
  }

  /** Follows the host's attributes: another thread, reader, server or order. */
  follow(changed: Map<PropertyKey, unknown>) {
    const { thread } = this.host;
    if (changed.has('thread')) {
      this.drafts = thread ? readDrafts(pageStorage(), thread) : {};
      this.ownComments = thread ? readPending(pageStorage(), thread) : [];
      this.replyTo = this.drafts.reply?.parentId;
    }
    // A new token changes what the server shows: the reader's own and pending comments.
    const reader = changed.has('token') || changed.has('tokenProvider');
    if (reader) {
      this.loginAsked = false;
      void this.resolveToken().then((token) => this.set({ signedIn: Boolean(token) }));
    }
    if (reader || changed.has('api') || changed.has('thread') || changed.has('sort')) {
      void this.load();
    }
  }

  /** The token from the property, else from the page's provider function; never throws. */
  private async resolveToken(): Promise<string | undefined> {
    const { token, tokenProvider } = this.host;
    if (token) return token;
    const provider = tokenProvider
      ? (globalThis as unknown as Record<string, unknown>)[tokenProvider]
      : undefined;
    if (typeof provider !== 'function') return undefined;
    try {
      return (await provider()) || undefined;
    } catch {
      return undefined;
    }
  }

  async request(signal?: AbortSignal): Promise<CommentsRequest> {
    return {
      api: new URL(this.host.api ?? '', document.baseURI).href,
      token: await this.resolveToken(),
      credentials: this.host.credentials,
      signal,
    };
  }

  /** `max-length`, or the contract's default when the attribute is not a positive number. */
  get limit() {
    return this.host.maxLength >= 1 ? Math.floor(this.host.maxLength) : 2000;
  }

  get nameNeeded() {
    return this.host.auth !== 'required' && !this.signedIn;
  }

  get mayWrite() {
    const { disabled, auth, credentials } = this.host;
    return !disabled && (auth !== 'required' || this.signedIn || credentials);
  }

  /** The server can find this reader's comments: by their token, or by this browser's key. */
  get knowsReader() {
    return this.signedIn || storedReaderKey() !== undefined;
  }

  draft(slot: DraftSlot): Draft {
    return this.drafts[slot] ?? emptyDraft;
  }

  async load(more = false) {
    const { api, thread, sort, pageSize } = this.host;
    if (!api || !thread) {
      const loadError = new FeedError('config', 'biblio-comments needs api and thread', {
        attribute: api ? 'thread' : 'api',
      });
      this.set({ loadError });
      return announceError(this.host, loadError);
    }
    this.listController?.abort();
    const controller = (this.listController = new AbortController());
    if (more) this.set({ loadingMore: true, moreError: undefined });
    else this.set({ loaded: false, loadError: undefined });
    try {
      const page = await listComments(await this.request(controller.signal), thread, {
        after: more ? this.next : undefined,
        // `page-size` within the 1–100 the contract allows.
        limit: Math.min(100, Math.max(1, Math.round(pageSize) || 20)),
        sort,
      });
      const known = new Set(more ? this.comments.map((comment) => comment.id) : []);
      const fresh = page.comments.filter((comment) => !known.has(comment.id));
      let comments = [...this.comments, ...fresh];
      if (!more) {
        // The server now lists what it has published; keep only what it does not show.
        const listed = new Set(page.comments.map((comment) => comment.id));
        this.setOwnComments(this.ownComments.filter((comment) => !listed.has(comment.id)));
        comments = this.ownComments.reduce((list, own) => this.placeNew(list, own), fresh);
      }
      this.set({ comments, total: page.total, next: page.next, loaded: true });
      announceLoad(this.host, comments.length);
      if (more && fresh.length) {
        this.announce(formatPlural(this.strings.comments.shownMore, fresh.length, this.language));
        this.focusLater(`comment-${fresh[0].id}`);
      }
    } catch (error) {
      if (controller.signal.aborted) return;
      const feedError = toFeedError(error);
      this.set(more ? { moreError: feedError } : { loadError: feedError });
      announceError(this.host, feedError);
    } finally {
      if (this.listController === controller) this.set({ loadingMore: false });
    }
  }

  /** Newest-first threads show a new top-level comment first; everything else goes last. */
  private placeNew(list: Comment[], comment: Comment): Comment[] {
    return this.host.sort === 'newest' && !comment.parentId
      ? [comment, ...list]
      : [...list, comment];
  }

  /** Shows a new comment in its place and remembers it as the reader's own. */
  insert(comment: Comment) {
    this.set({ comments: this.placeNew(this.comments, comment) });
    this.setOwnComments([...this.ownComments, comment]);
  }

  /** Swaps a comment for `next` (or removes it) in the list and among the reader's own. */
  replace(id: string, next?: Comment) {
    const swap = (list: Comment[]) =>
      list.flatMap((shown) => (shown.id !== id ? [shown] : next ? [next] : []));
    this.set({ comments: swap(this.comments) });
    this.setOwnComments(swap(this.ownComments));
  }

  addToTotal(change: number) {
    this.set({ total: Math.max(0, this.total + change) });
  }

  private setOwnComments(comments: Comment[]) {
    this.ownComments = comments;
    const lately = Date.now() - pendingKeptFor;
    const pending = comments.filter(
      (comment) => comment.status === 'pending' && Date.parse(comment.createdAt) > lately,
    );
    if (this.host.thread) writePending(pageStorage(), this.host.thread, pending);
  }

  announce(message: string) {
    this.set({ announcement: message });
  }

  /** Moves focus to the element with `id` once the change that shows it is on screen. */
  focusLater(id: string) {
    void this.host.updateComplete.then(() => this.host.shadowRoot?.getElementById(id)?.focus());
  }

  updateDraft(slot: DraftSlot, change: Partial<Draft>) {
    const current = this.draft(slot);
    const draft = { ...current, ...change, key: newDraftKey() };
    this.setDraft(slot, draft);
    // Said by the writing part once it is here; typing alone never retries a failed load.
    void this.writer.requested?.then(
      (writing) => writing.announceLength(current.text, draft.text),
      () => undefined,
    );
    if (this.problems[slot] && !this.problems[slot].retry) this.setProblem(slot, undefined);
  }

  setDraft(slot: DraftSlot, draft: Draft | undefined) {
    this.set({ drafts: { ...this.drafts, [slot]: draft } });
    if (this.host.thread) writeDrafts(pageStorage(), this.host.thread, this.drafts);
  }

  /** Forgets a draft the server has accepted, and closes its reply form. */
  forgetDraft(slot: DraftSlot) {
    this.setDraft(slot, undefined);
    if (slot === 'reply') this.set({ replyTo: undefined });
  }

  setProblem(slot: DraftSlot, problem: FormProblem | undefined) {
    this.set({ problems: { ...this.problems, [slot]: problem } });
  }

  openReply(comment: Comment) {
    this.set({ replyTo: comment.id });
    this.setDraft('reply', { ...this.draft('reply'), parentId: comment.id });
    this.focusLater('text-reply');
  }

  closeReply() {
    const parentId = this.replyTo;
    this.set({ replyTo: undefined });
    // The text stays for the next reply; only the open form is forgotten.
    const draft = this.drafts.reply;
    if (draft) this.setDraft('reply', { text: draft.text, author: draft.author, key: draft.key });
    this.setProblem('reply', undefined);
    this.focusLater(`reply-${parentId}`);
  }

  /**
   * Runs `use` with the writing part: at once when it is here, else once it has loaded. When
   * it cannot load, `failed` shows why where the reader acted.
   */
  private withWriter(use: (writing: Writing) => unknown, failed: (error: unknown) => void) {
    if (this.writer.value) return void use(this.writer.value);
    this.writer.get().then(use, (error: unknown) => failed(toFeedError(error)));
  }

  submit(slot: DraftSlot, form: HTMLFormElement) {
    this.withWriter(
      (writing) => writing.post(slot, form),
      (error) => {
        const message = describeError(error, this.strings);
        this.setProblem(slot, { field: 'text', message, retry: true });
      },
    );
  }

  /**
   * Runs what the reader asked of a comment (Edit, Delete) or of their own comments, `id`;
   * when the writing part cannot load, says so there, with Retry.
   */
  act(id: string, use: (writing: Writing) => void) {
    this.set({ actionError: undefined });
    this.withWriter(use, (error) => {
      this.set({ actionError: { id, error, retry: () => this.act(id, use) } });
    });
  }
}
