/**
 * The moderation page: lists comments by status and approves, rejects, deletes or bans them
 * through /api/admin. Plain DOM and textContent only (comment text is never HTML); every
 * control is a native button or field, so it works with a keyboard and a screen reader.
 */
import { language, strings } from './moderation-strings.js';

const tokenKey = 'biblio-admin-token';
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
let next;

/** A 401: the token is not (or no longer) the server's. */
class WrongTokenError extends Error {}

const announce = (message) => {
  announcer.textContent = message;
};

function localize() {
  document.documentElement.lang = language;
  document.title = strings.title;
  for (const node of document.querySelectorAll('[data-text]')) {
    node.textContent = strings[node.dataset.text];
  }
}

/** What to tell the moderator: a fetch that never reached the server is "server down". */
const describe = (error) => {
  if (error instanceof WrongTokenError) return strings.wrongToken;
  if (error instanceof TypeError) return strings.serverDown;
  return strings.failed(error.message);
};

async function api(path, method = 'GET', token = sessionStorage.getItem(tokenKey)) {
  const response = await fetch(`/api/admin${path}`, {
    method,
    headers: { authorization: `Bearer ${token}` },
  });
  if (response.status === 401) throw new WrongTokenError();
  const body = response.status === 204 ? {} : await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(body.error?.message ?? `HTTP ${response.status}`);
  return body;
}

const actions = {
  approve: { run: (id) => api(`/comments/${id}/approve`, 'POST') },
  reject: { run: (id) => api(`/comments/${id}/reject`, 'POST') },
  remove: { run: (id) => api(`/comments/${id}`, 'DELETE') },
  ban: { run: (id) => api(`/comments/${id}/ban`, 'POST') },
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
  const heading = element('h3', '', `${comment.author.name} — `);
  heading.append(threadName(comment));
  heading.id = `comment-${comment.id}`;
  const date = new Date(comment.createdAt).toLocaleString(language);
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
    button.addEventListener('click', () => act(item, comment, name, action));
    buttons.append(button);
  }
  item.append(heading, meta, text, buttons);
  return item;
}

function showEmptyState() {
  emptyState.hidden = list.children.length > 0;
  emptyState.textContent =
    statusSelect.value === 'pending' ? strings.emptyPending : strings.emptyOther;
}

async function act(item, comment, name, action) {
  try {
    await action.run(comment.id);
    queueError.textContent = '';
    // Keep the keyboard where the reader was: on the next comment, or the list's heading.
    const following = item.nextElementSibling ?? item.previousElementSibling;
    item.remove();
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
  if (append && next) query.set('after', next);
  const page = await api(`/comments?${query}`, 'GET', token);
  if (!append) list.replaceChildren();
  list.append(...page.comments.map(renderComment));
  next = page.next;
  moreButton.hidden = !next;
  queueError.textContent = '';
  showEmptyState();
  announce(list.children.length ? strings.count(list.children.length) : '');
}

function failed(error) {
  if (error instanceof WrongTokenError) {
    signOut();
    loginError.textContent = strings.wrongToken;
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
  list.replaceChildren();
  showSignedIn(false);
  tokenField.focus();
}

/** Checks the token by loading the queue with it: only a token that works is kept. */
async function signIn(token) {
  loginError.textContent = '';
  try {
    await fetchPage(false, token);
  } catch (error) {
    if (error instanceof WrongTokenError) sessionStorage.removeItem(tokenKey);
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
$('logout').addEventListener('click', signOut);
if (sessionStorage.getItem(tokenKey)) void signIn(sessionStorage.getItem(tokenKey));
