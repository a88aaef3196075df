/**
 * The demo site's own behaviour, the way a library site would have it: a language and theme
 * switch that only change `lang` (with `dir`) and `theme` on <html> (the elements follow), and
 * the site's own login form, which gets a signed token from the site's backend and hands it to
 * the comment box.
 */
import { renderSiteHeaders } from './site-header.js';
import { siteText, translatePage } from './site-texts.js';

const root = document.documentElement;
renderSiteHeaders();

for (const select of document.querySelectorAll<HTMLSelectElement>('select[data-switch]')) {
  const attribute = select.dataset.switch as 'lang' | 'theme';
  const saved = localStorage.getItem(`demo-${attribute}`);
  if (saved) select.value = saved;
  // A saved choice the switch no longer offers leaves it empty: take the page's first.
  if (!select.value) select.selectedIndex = 0;
  const apply = () => {
    localStorage.setItem(`demo-${attribute}`, select.value);
    if (attribute === 'lang') {
      translatePage(select.value);
      renderLogin();
    } else {
      root.setAttribute(attribute, select.value);
    }
  };
  select.addEventListener('change', apply);
  apply();
}

interface SiteSession {
  name: string;
  token: string;
}

const sessionKey = 'demo-site-session';

function readSession(): SiteSession | undefined {
  try {
    return JSON.parse(sessionStorage.getItem(sessionKey) ?? 'null') ?? undefined;
  } catch {
    return undefined;
  }
}

/** The comment boxes post as the signed-in reader: the site hands them its token. */
function shareToken(session: SiteSession | undefined) {
  for (const comments of document.querySelectorAll('biblio-comments')) {
    comments.token = session?.token;
  }
}

function renderLogin() {
  const form = document.querySelector<HTMLFormElement>('#login');
  const status = document.querySelector<HTMLElement>('#login-status');
  if (!form || !status) return;
  const session = readSession();
  form.hidden = Boolean(session);
  status.hidden = !session;
  if (session) {
    status.querySelector('[data-name]')!.textContent = session.name;
  }
  shareToken(session);
}

document.querySelector<HTMLFormElement>('#login')?.addEventListener('submit', async (event) => {
  event.preventDefault();
  const form = event.currentTarget as HTMLFormElement;
  const response = await fetch('/site/login', { method: 'POST', body: new FormData(form) });
  if (!response.ok) {
    form.querySelector('output')!.textContent = siteText(root.lang, 'loginFailed');
    return;
  }
  sessionStorage.setItem(sessionKey, JSON.stringify(await response.json()));
  renderLogin();
});

document.querySelector('#sign-out')?.addEventListener('click', () => {
  sessionStorage.removeItem(sessionKey);
  renderLogin();
});

renderLogin();

/** The article page of a CMS knows its item id from the URL; so does the demo's. */
const itemId = new URLSearchParams(location.search).get('id');
if (itemId) {
  document
    .querySelector('biblio-article')
    ?.setAttribute('src', `/api/news/${encodeURIComponent(itemId)}`);
  document.querySelector('biblio-comments')?.setAttribute('thread', itemId);
}
