/**
 * The moderation page: lists comments by status and approves, rejects, deletes or bans them
 * through /api/admin. Plain DOM and textContent only (comment text is never HTML); every
 * control is a native button or field, so it works with a keyboard and a screen reader.
 */
const tokenKey = 'biblio-admin-token';
const $ = (id) => document.getElementById(id);
const loginForm = $('login');
const queue = $('queue');
const list = $('comments');
const statusSelect = $('status');
const announcer = $('announcer');
const moreButton = $('more');
let next;

const announce = (message) => {
  announcer.textContent = message;
};

async function api(path, method = 'GET') {
  const response = await fetch(`/api/admin${path}`, {
    method,
    headers: { authorization: `Bearer ${sessionStorage.getItem(tokenKey)}` },
  });
  if (response.status === 401) {
    signOut();
    throw new Error('Неверный токен администратора');
  }
  const body = response.status === 204 ? {} : await response.json();
  if (!response.ok) throw new Error(body.error?.message ?? `HTTP ${response.status}`);
  return body;
}

const actions = {
  approve: {
    label: 'Одобрить',
    run: (id) => api(`/comments/${id}/approve`, 'POST'),
    done: 'одобрен',
  },
  reject: {
    label: 'Отклонить',
    run: (id) => api(`/comments/${id}/reject`, 'POST'),
    done: 'отклонён',
  },
  remove: { label: 'Удалить', run: (id) => api(`/comments/${id}`, 'DELETE'), done: 'удалён' },
  ban: {
    label: 'Заблокировать адрес',
    run: (id) => api(`/comments/${id}/ban`, 'POST'),
    done: 'отклонён, адрес заблокирован',
  },
};

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function renderComment(comment) {
  const item = element('li');
  item.tabIndex = -1;
  const heading = element('h3', '', `${comment.author.name} — «${comment.thread}»`);
  const date = new Date(comment.createdAt).toLocaleString('ru');
  const meta = element('p', 'meta', `№ ${comment.id}, ${date}, адрес ${comment.ipHash}`);
  if (comment.parentId) meta.textContent += `, ответ на № ${comment.parentId}`;
  const text = element('p', 'text', comment.text);
  const buttons = element('div', 'actions');
  for (const [name, action] of Object.entries(actions)) {
    if (comment.status === 'published' && name === 'approve') continue;
    if (comment.status === 'rejected' && name === 'reject') continue;
    const button = element('button', '', action.label);
    button.type = 'button';
    button.setAttribute('aria-describedby', `comment-${comment.id}`);
    button.addEventListener('click', () => act(item, comment, action));
    buttons.append(button);
  }
  heading.id = `comment-${comment.id}`;
  item.append(heading, meta, text, buttons);
  return item;
}

async function act(item, comment, action) {
  try {
    await action.run(comment.id);
    // Keep the keyboard where the reader was: on the next comment, or the list's heading.
    const following = item.nextElementSibling ?? item.previousElementSibling;
    item.remove();
    (following?.querySelector('button') ?? $('queue-heading')).focus?.();
    announce(`Комментарий № ${comment.id} ${action.done}.`);
  } catch (error) {
    announce(`Не получилось: ${error.message}`);
  }
}

async function load(append = false) {
  try {
    const query = new URLSearchParams({ status: statusSelect.value });
    if (append && next) query.set('after', next);
    const page = await api(`/comments?${query}`);
    if (!append) list.replaceChildren();
    list.append(...page.comments.map(renderComment));
    next = page.next;
    moreButton.hidden = !next;
    announce(list.children.length ? `Комментариев: ${list.children.length}.` : 'Комментариев нет.');
  } catch (error) {
    announce(`Не получилось загрузить: ${error.message}`);
  }
}

function signOut() {
  sessionStorage.removeItem(tokenKey);
  queue.hidden = true;
  loginForm.hidden = false;
}

function signIn() {
  loginForm.hidden = true;
  queue.hidden = false;
  $('queue-heading').tabIndex = -1;
  void load();
}

loginForm.addEventListener('submit', (event) => {
  event.preventDefault();
  sessionStorage.setItem(tokenKey, $('token').value.trim());
  signIn();
});
statusSelect.addEventListener('change', () => load());
$('refresh').addEventListener('click', () => load());
moreButton.addEventListener('click', () => load(true));
$('logout').addEventListener('click', signOut);
if (sessionStorage.getItem(tokenKey)) signIn();
