/**
 * The moderation page: lists comments by status, searches them by text and author, and
 * approves, rejects, deletes or bans them through the site's admin API (moderation-api.js), one
 * at a time or the ticked ones together. Plain DOM and textContent only (comment text is never
 * HTML); every control is a native button or field, so it works with a keyboard and a screen
 * reader.
 */
import {
  adminFetch,
  describe,
  isWrongToken,
  siteId,
  storedToken,
  tokenKey,
} from './moderation-api.js';
import { language, locale, strings } from './moderation-strings.js';

const $ = (id) => document.getElementById(id);
const loginForm = $('login');
const tokenField = $('token');
const loginError = $('login-error');
const session = $('session');
const queue = $('queue');
const queueError = $('queue-error');
const list = $('comments');
const emptyState = $('empty');
const statusSelect = $('status');
const announcer = $('announcer');
const moreButton = $('more');
const searchForm = $('search');
const searchClear = $('search-clear');
const bulkBar = $('bulk');
const selectAll = $('select-all');
const bulkCount = $('bulk-count');
const bulkButtons = bulkBar.querySelectorAll('[data-bulk]');
let next;
/** The search the list shows: what was submitted, not what is being typed. */
let terms = { q: '', author: '' };

const announce = (message) => {
  announcer.textContent = message;
};

function localize() {
  document.documentElement.lang = language;
  document.title = strings.title;
  for (const node of document.querySelectorAll('[data-text]')) {
    node.textContent = strings[node.dataset.text];
  }
  if (siteId) $('token-hint').textContent = strings.siteTokenHint(siteId);
}

/** The header names the site the moderator signed in to, and so does the tab's title. */
function showSite(site) {
  $('site-name').textContent = strings.siteName(site.name);
  document.title = `${strings.title}: ${site.name}`;
}

async function api(path, { method = 'GET', token, json } = {}) {
  const response = await adminFetch(path, {
    method,
    token,
    ...(json !== undefined && {
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(json),
    }),
  });
  return response.status === 204 ? {} : response.json().catch(() => ({}));
}

const actions = {
  approve: { run: (id) => api(`/comments/${id}/approve`, { method: 'POST' }) },
  reject: { run: (id) => api(`/comments/${id}/reject`, { method: 'POST' }) },
  remove: { run: (id) => api(`/comments/${id}`, { method: 'DELETE' }) },
  ban: { run: (id) => api(`/comments/${id}/ban`, { method: 'POST' }) },
};

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The news item's title linked to its article, or the thread's slug when it is no news item. */
function threadName(comment) {
  if (!comment.newsItem) return element('span', 'thread', `«${comment.thread}»`);
  const link = element('a', 'thread', `«${comment.newsItem.title}»`);
  link.href = comment.newsItem.url;
  return link;
}

function renderComment(comment) {
  const item = element('li', 'card');
  item.tabIndex = -1;
  item.dataset.id = comment.id;
  if (comment.parentId) item.dataset.parent = comment.parentId;
  const heading = element('h3', '', `${comment.author.name} — `);
  heading.append(threadName(comment));
  heading.id = `comment-${comment.id}`;
  const select = element('input', 'select');
  select.type = 'checkbox';
  select.setAttribute('aria-label', strings.selectComment(comment.id, comment.author.name));
  select.addEventListener('change', showSelection);
  const head = element('div', 'comment-head');
  head.append(select, heading);
  const date = new Date(comment.createdAt).toLocaleString(locale);
  const meta = element('p', 'meta', strings.meta(comment.id, date, comment.ipHash));
  if (comment.parentId) meta.textContent += strings.replyTo(comment.parentId);
  const text = element('p', 'text', comment.text);
  const buttons = element('div', 'actions');
  for (const [name, action] of Object.entries(actions)) {
    if (comment.status === 'published' && name === 'approve') continue;
    if (comment.status === 'rejected' && name === 'reject') continue;
    const button = element('button', name, strings[name]);
    button.type = 'button';
    button.setAttribute('aria-describedby', heading.id);
    button.addEventListener('click', () => act(comment, name, action));
    buttons.append(button);
  }
  item.append(head, meta, text, buttons);
  return item;
}

const searching = () => Boolean(terms.q || terms.author);

function showEmptyState() {
  emptyState.hidden = list.children.length > 0;
  if (searching()) emptyState.textContent = strings.noResults;
  else
    emptyState.textContent =
      statusSelect.value === 'pending' ? strings.emptyPending : strings.emptyOther;
  showSelection();
}

/**
 * Takes a comment off the list, and with a deletion its replies, which the server deleted too.
 * Returns the comment to move on to: the next one left, or else the one before.
 */
function takeOffList(id, deleted) {
  const item = list.querySelector(`li[data-id="${id}"]`);
  if (!item) return undefined;
  const gone = new Set([
    item,
    ...(deleted ? list.querySelectorAll(`li[data-parent="${id}"]`) : []),
  ]);
  const siblings = [...list.children];
  const at = siblings.indexOf(item);
  const following =
    siblings.slice(at + 1).find((node) => !gone.has(node)) ??
    siblings.slice(0, at).findLast((node) => !gone.has(node));
  for (const node of gone) node.remove();
  return following;
}

const checkboxes = () => [...list.querySelectorAll('input.select')];

/** The bar counts the ticked comments; its buttons wait until one is ticked. */
function showSelection() {
  const boxes = checkboxes();
  const ticked = boxes.filter((box) => box.checked).length;
  bulkBar.hidden = boxes.length === 0;
  bulkCount.textContent = strings.selected(ticked);
  selectAll.checked = ticked > 0 && ticked === boxes.length;
  selectAll.indeterminate = ticked > 0 && ticked < boxes.length;
  for (const button of bulkButtons) button.disabled = ticked === 0;
}

/** One call for all ticked comments; those the server could not change stay ticked in the list. */
async function actOnSelected(action) {
  const ticked = checkboxes().filter((box) => box.checked);
  const ids = ticked.map((box) => box.closest('li').dataset.id);
  try {
    const { results } = await api('/comments/bulk', { method: 'POST', json: { action, ids } });
    queueError.textContent = '';
    const failedIds = results.filter((result) => !result.ok).map((result) => result.id);
    for (const result of results.filter((each) => each.ok))
      takeOffList(result.id, action === 'delete');
    showEmptyState();
    const done = strings.bulkDone[action](results.length - failedIds.length);
    announce(failedIds.length ? `${done} ${strings.bulkFailed(failedIds)}` : done);
    // The bar stays where the keyboard was; with the list emptied, its heading takes focus.
    (bulkBar.hidden ? $('queue-heading') : selectAll).focus();
  } catch (error) {
    failed(error);
  }
}

async function act(comment, name, action) {
  try {
    await action.run(comment.id);
    queueError.textContent = '';
    // Keep the keyboard where the reader was: on the next comment, or the list's heading.
    const following = takeOffList(comment.id, name === 'remove');
    (following?.querySelector('button') ?? $('queue-heading')).focus?.();
    showEmptyState();
    announce(strings.done[name](comment.id));
  } catch (error) {
    failed(error);
  }
}

/** Fills the list from the server; throws, so that signing in can report why it failed. */
async function fetchPage(append, token) {
  const query = new URLSearchParams({ status: statusSelect.value });
  if (terms.q) query.set('q', terms.q);
  if (terms.author) query.set('author', terms.author);
  if (append && next) query.set('after', next);
  const page = await api(`/comments?${query}`, { token });
  if (!append) list.replaceChildren();
  list.append(...page.comments.map(renderComment));
  next = page.next;
  moreButton.hidden = !next;
  queueError.textContent = '';
  showEmptyState();
  const shown = list.children.length;
  if (searching()) announce(shown ? strings.found(shown) : strings.noResults);
  else announce(shown ? strings.count(shown) : '');
}

function failed(error) {
  if (isWrongToken(error)) {
    signOut();
    loginError.textContent = describe(error);
    return;
  }
  queueError.textContent = describe(error);
}

const load = (append = false) => fetchPage(append).catch(failed);

function showSignedIn(signedIn) {
  loginForm.hidden = signedIn;
  session.hidden = !signedIn;
  queue.hidden = !signedIn;
}

function signOut() {
  sessionStorage.removeItem(tokenKey);
  document.title = strings.title;
  list.replaceChildren();
  showSignedIn(false);
  tokenField.focus();
}

/**
 * Checks the token by asking for its site, then loads the queue with it: only a token that works
 * is kept.
 */
async function signIn(token) {
  loginError.textContent = '';
  try {
    showSite(await api('/site', { token }));
    await fetchPage(false, token);
  } catch (error) {
    if (isWrongToken(error)) sessionStorage.removeItem(tokenKey);
    loginError.textContent = describe(error);
    return;
  }
  sessionStorage.setItem(tokenKey, token);
  // A password left in the field is one more place for it to leak from (or be re-sent).
  loginForm.reset();
  showSignedIn(true);
  $('queue-heading').tabIndex = -1;
  $('queue-heading').focus();
}

localize();
loginForm.addEventListener('submit', (event) => {
  event.preventDefault();
  const token = tokenField.value.trim();
  if (token) void signIn(token);
  else loginError.textContent = strings.emptyToken;
});
statusSelect.addEventListener('change', () => load());
$('refresh').addEventListener('click', () => load());
moreButton.addEventListener('click', () => load(true));
searchForm.addEventListener('submit', (event) => {
  event.preventDefault();
  terms = { q: $('search-text').value.trim(), author: $('search-author').value.trim() };
  searchClear.hidden = !searching();
  void load();
});
searchClear.addEventListener('click', () => {
  searchForm.reset();
  terms = { q: '', author: '' };
  searchClear.hidden = true;
  $('search-text').focus();
  void load();
});
selectAll.addEventListener('change', () => {
  for (const box of checkboxes()) box.checked = selectAll.checked;
  showSelection();
});
for (const button of bulkButtons)
  button.addEventListener('click', () => actOnSelected(button.dataset.bulk));
$('logout').addEventListener('click', signOut);
if (storedToken()) void signIn(storedToken());
