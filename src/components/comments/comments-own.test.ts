import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../define/comments.js';
import type { BiblioComments } from './comments.js';
import { forgetCommentStorage } from '../../../test/support/comment-storage.js';

const api = '/fake-comments';
const readerKeyItem = 'biblio-comments:reader-key';
let threadNumber = 0;
const newThread = () => `own-${Date.now().toString(36)}-${threadNumber++}`;

/**
 * A reader of their own: the fake server keeps every thread for the whole run, and `/mine`
 * looks across all of them. Its token is "signed" as test/middleware/comments-api.mjs expects.
 */
let readerNumber = 0;
function newReader() {
  const id = `own-reader-${Date.now().toString(36)}-${readerNumber++}`;
  return { id, token: `ok.${id}.${encodeURIComponent('Анна')}` };
}

async function setUp(thread: string, settings: Record<string, unknown>) {
  await fetch(`${api}/_setup/${thread}`, { method: 'POST', body: JSON.stringify(settings) });
}

const part = <T extends Element = HTMLElement>(el: BiblioComments, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);

const textOf = (el: BiblioComments, selector: string) =>
  part(el, selector)?.textContent!.replace(/\s+/g, ' ').trim();

async function render(
  thread: string,
  options: { token?: string; lang?: string; disabled?: boolean } = {},
) {
  const el = await fixture<BiblioComments>(
    html`<biblio-comments
      api=${api}
      thread=${thread}
      lang=${options.lang ?? 'en'}
      .token=${options.token}
      ?disabled=${options.disabled ?? false}
    ></biblio-comments>`,
  );
  await waitUntil(() => part(el, '[part="empty"], [part="list"]'), 'comments never loaded');
  await el.updateComplete;
  return el;
}

const ownButton = (el: BiblioComments) => part<HTMLButtonElement>(el, '[part="own-comments"]');

async function openOwn(el: BiblioComments) {
  await waitUntil(() => ownButton(el), 'no "Your comments on this site"');
  ownButton(el)!.click();
  await waitUntil(
    () => part(el, '#own-status') && !part(el, '[part="own-comments-panel"][aria-busy="true"]'),
    'own comments never loaded',
  );
  return textOf(el, '#own-status');
}

function buttonNamed(el: BiblioComments, name: string) {
  const button = [...el.shadowRoot!.querySelectorAll('button')].find(
    (candidate) => candidate.textContent!.trim() === name,
  );
  if (!button) throw new Error(`no button "${name}"`);
  return button;
}

const seeds = (thread: string, reader: { id: string }) => [
  { id: `${thread}-a`, author: { name: 'Анна', id: reader.id }, text: 'Спасибо за вечер!' },
  { id: `${thread}-b`, author: { name: 'Пётр', id: '8' }, text: 'Приду ещё' },
  { id: `${thread}-c`, parentId: `${thread}-a`, author: { name: 'Иван' }, text: 'И вам спасибо' },
];

/** Two threads where the reader wrote one comment each, among others' comments and a reply. */
async function twoThreads(reader: { id: string }) {
  const here = newThread();
  const elsewhere = newThread();
  await setUp(here, { comments: seeds(here, reader) });
  await setUp(elsewhere, { comments: seeds(elsewhere, reader) });
  return { here, elsewhere };
}

/** A signed-in reader's box on a thread with one comment of theirs, the panel open. */
async function signedInAndOpen() {
  const reader = newReader();
  const here = newThread();
  await setUp(here, { comments: seeds(here, reader) });
  const el = await render(here, { token: reader.token });
  await openOwn(el);
  return el;
}

describe('<biblio-comments>: the reader’s own comments on the site', () => {
  afterEach(forgetCommentStorage);

  it('offers nothing to an anonymous reader this browser never posted for', async () => {
    const el = await render(newThread());
    expect(ownButton(el)).to.be.null;
  });

  it('offers them once an anonymous reader has posted, and finds them by the browser’s key', async () => {
    const thread = newThread();
    const el = await render(thread);
    part<HTMLInputElement>(el, '#name-top')!.value = 'Гость';
    part(el, '#name-top')!.dispatchEvent(new Event('input'));
    part<HTMLTextAreaElement>(el, '#text-top')!.value = 'Когда следующая встреча?';
    part(el, '#text-top')!.dispatchEvent(new Event('input'));
    await el.updateComplete;
    part<HTMLButtonElement>(el, '[part="submit"]')!.click();
    await waitUntil(() => textOf(el, '[part="list"]')?.includes('Когда следующая'), 'not posted');
    expect(localStorage.getItem(readerKeyItem)).to.be.a('string');
    expect(await openOwn(el)).to.equal('The server holds 1 comment of yours on this site.');
  });

  it('tells a signed-in reader how many they have across threads, and downloads what the server holds', async () => {
    const reader = newReader();
    const { here, elsewhere } = await twoThreads(reader);
    const el = await render(here, { token: reader.token });
    expect(await openOwn(el)).to.equal('The server holds 2 comments of yours on this site.');
    const link = part<HTMLAnchorElement>(el, '[part="download"]')!;
    expect(link.getAttribute('download')).to.equal('my-comments.json');
    const file = await (await fetch(link.href)).json();
    expect(file.comments.map((comment: { id: string }) => comment.id)).to.have.members([
      `${here}-a`,
      `${elsewhere}-a`,
    ]);
    expect(file.comments[0].status).to.equal('published');
    await expect(el).to.be.accessible();
  });

  it('deletes them all after asking, says so, and lists the thread again without them and their replies', async () => {
    const reader = newReader();
    const { here, elsewhere } = await twoThreads(reader);
    const el = await render(here, { token: reader.token, lang: 'ru' });
    expect(textOf(el, '[part="heading"]')).to.include('3');
    await openOwn(el);
    buttonNamed(el, 'Удалить все').click();
    await el.updateComplete;
    expect(textOf(el, '#own-status')).to.equal(
      'Удалить все ваши комментарии на этом сайте (2) насовсем? Ответы на них тоже будут удалены.',
    );
    expect(el.shadowRoot!.querySelectorAll('[part="comment"]')).to.have.length(3);
    buttonNamed(el, 'Удалить все').click();
    await waitUntil(() => textOf(el, '#own-status') === 'Удалено 2 комментария.', 'not deleted');
    await waitUntil(() => part(el, '[part="list"]'), 'thread not listed again');
    expect(textOf(el, '[part="list"]')).not.to.include('Спасибо за вечер');
    expect(textOf(el, '[part="list"]')).not.to.include('И вам спасибо');
    expect(textOf(el, '[part="list"]')).to.include('Приду ещё');
    expect(textOf(el, '[part="heading"]')).to.include('1');
    expect(part(el, '#own-status')!.getAttribute('role')).to.equal('status');
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'own-status', 'focus not moved');
    const other = await render(elsewhere, { token: reader.token });
    expect(textOf(other, '[part="list"]')).not.to.include('Спасибо за вечер');
  });

  it('cancels the deletion without a request, and Close returns focus to the button', async () => {
    const el = await signedInAndOpen();
    buttonNamed(el, 'Delete them all').click();
    await el.updateComplete;
    buttonNamed(el, 'Cancel').click();
    await el.updateComplete;
    expect(textOf(el, '#own-status')).to.equal('The server holds 1 comment of yours on this site.');
    buttonNamed(el, 'Close').click();
    await waitUntil(() => el.shadowRoot!.activeElement === ownButton(el), 'focus not back');
    expect(el.shadowRoot!.querySelectorAll('[part="comment"]')).to.have.length(3);
  });

  it('says the server holds none, with nothing to download or delete', async () => {
    const el = await render(newThread(), { token: 'ok.nobody.Nobody' });
    expect(await openOwn(el)).to.equal('The server holds no comments of yours on this site.');
    expect(part(el, '[part="download"]')).to.be.null;
  });

  it('shows a server error as an alert with Retry, which then succeeds', async () => {
    const reader = newReader();
    const here = newThread();
    await setUp(here, { comments: seeds(here, reader) });
    await setUp('mine', { faults: [{ method: 'GET', status: 500 }] });
    const el = await render(here, { token: reader.token });
    const failed = await openOwn(el);
    expect(part(el, '#own-status')!.getAttribute('role')).to.equal('alert');
    expect(failed).to.be.a('string').and.not.to.be.empty;
    buttonNamed(el, 'Try again').click();
    await waitUntil(
      () => textOf(el, '#own-status')?.startsWith('The server holds 1'),
      'retry did not load',
    );
  });

  it('explains a key the server no longer knows', async () => {
    localStorage.setItem(readerKeyItem, 'never-posted-with-this-key');
    const el = await render(newThread());
    expect(await openOwn(el)).to.equal('The server holds no comments of yours on this site.');
    await setUp('mine', { faults: [{ method: 'GET', status: 401, code: 'reader_required' }] });
    buttonNamed(el, 'Close').click();
    expect(await openOwn(el)).to.equal(
      'This browser holds no key to your comments, and you are not logged in: log in, or use the browser you wrote them in.',
    );
  });

  it('keeps the offer on a closed thread', async () => {
    const reader = newReader();
    const el = await render(newThread(), { token: reader.token, disabled: true });
    expect(part(el, '[part="closed"]')).not.to.be.null;
    await waitUntil(() => ownButton(el), 'no button on a closed thread');
  });

  it('forgets the deleted comments awaiting moderation in every thread’s storage', async () => {
    const reader = newReader();
    const here = newThread();
    const elsewhere = newThread();
    const pending = {
      id: `${elsewhere}-p`,
      thread: elsewhere,
      author: { name: 'Анна', id: reader.id },
      text: 'Жду проверки',
      createdAt: new Date().toISOString(),
      status: 'pending',
    };
    await setUp(elsewhere, { comments: [pending] });
    localStorage.setItem(`biblio-comments:${elsewhere}:pending`, JSON.stringify([pending]));
    const el = await render(here, { token: reader.token });
    await openOwn(el);
    buttonNamed(el, 'Delete them all').click();
    await el.updateComplete;
    buttonNamed(el, 'Delete them all').click();
    await waitUntil(() => textOf(el, '#own-status') === '1 comment deleted.', 'not deleted');
    expect(localStorage.getItem(`biblio-comments:${elsewhere}:pending`)).to.be.null;
  });

  it('lets go of the download when the box leaves the page, and comes back closed', async () => {
    const el = await signedInAndOpen();
    const href = part<HTMLAnchorElement>(el, '[part="download"]')!.href;
    const parent = el.parentNode!;
    el.remove();
    let failed = false;
    await fetch(href).catch(() => (failed = true));
    expect(failed, 'the object URL still answers').to.be.true;
    parent.appendChild(el);
    await el.updateComplete;
    await waitUntil(() => ownButton(el), 'the box came back open');
    expect(part(el, '[part="own-comments-panel"]')).to.be.null;
  });
});
