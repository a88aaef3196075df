import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { BiblioComments } from './comments.js';
import { forgetCommentStorage } from '../../../test/support/comment-storage.js';

/*
 * Sending, editing and deleting arrive in a chunk of their own (comment-writer.ts). These boxes
 * stand in loaders that count, hold or fail the way a slow or offline network would.
 */

const api = '/fake-comments';
let threadNumber = 0;
const newThread = () => `lazy${Date.now().toString(36)}-${threadNumber++}`;

const realLoader = BiblioComments.loadWriter;
const offlineError = () => new TypeError('Failed to fetch dynamically imported module');

/** A box whose writing part loads only when the test says, and fails while "offline". */
class ControlledComments extends BiblioComments {
  static loads = 0;
  static arrived = 0;
  static offline = false;
  static held?: Promise<void>;
  static override loadWriter = async () => {
    ControlledComments.loads += 1;
    await ControlledComments.held;
    if (ControlledComments.offline) throw offlineError();
    const writing = await realLoader();
    ControlledComments.arrived += 1;
    return writing;
  };
}
ControlledComments.define('biblio-test-lazy-comments');

const reader = `ok.42.${encodeURIComponent('Читатель')}`;

async function setUp(thread: string, settings: Record<string, unknown> = {}) {
  await fetch(`${api}/_setup/${thread}`, { method: 'POST', body: JSON.stringify(settings) });
}

async function posts(thread: string) {
  const { requests } = await (await fetch(`${api}/_log/${thread}`)).json();
  return (requests as Array<{ method: string; body?: { text?: string; website?: string } }>).filter(
    (request) => request.method === 'POST',
  );
}

const part = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);

const texts = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('[part="text"]')].map((text) => text.textContent);

async function mount(thread: string, properties: Partial<BiblioComments> = {}) {
  const el = await fixture<BiblioComments>(
    html`<biblio-test-lazy-comments
      api=${api}
      thread=${thread}
      lang="en"
      .token=${properties.token}
      ?disabled=${properties.disabled ?? false}
      auth=${properties.auth ?? 'none'}
      max-length=${properties.maxLength ?? 2000}
    ></biblio-test-lazy-comments>`,
  );
  await waitUntil(() => part(el, '[part="list"], [part="empty"]'), 'comments never loaded');
  await el.updateComplete;
  return el;
}

async function type(el: BiblioComments, id: string, value: string) {
  const field = part<HTMLInputElement | HTMLTextAreaElement>(el, `#${id}`)!;
  field.value = value;
  field.dispatchEvent(new Event('input'));
  await el.updateComplete;
}

const idle = () => new Promise((resolve) => requestIdleCallback(resolve));

/**
 * A wait that includes importing the writing chunk and rendering with it, which on a loaded CI
 * machine takes longer than waitUntil's one-second default even once the chunk is compiled.
 */
const chunkArrival = { timeout: 5000 };

describe('<biblio-comments> writing part, loaded apart', () => {
  // The test server compiles the chunk and its imports on first request, which took over five
  // seconds on a loaded CI machine: that happens here, once, not inside a test's wait.
  before(() => realLoader());

  beforeEach(() => {
    ControlledComments.loads = 0;
    ControlledComments.arrived = 0;
    ControlledComments.offline = false;
    ControlledComments.held = undefined;
  });

  afterEach(forgetCommentStorage);

  it('is never loaded by a box that only shows comments', async () => {
    const thread = newThread();
    await setUp(thread, { comments: [{ id: 'a1', author: { name: 'Анна' }, text: 'Привет' }] });
    const closed = await mount(thread, { disabled: true });
    const loginFirst = await mount(thread, { auth: 'required' });
    await idle();
    await idle();
    expect(texts(closed)).to.deep.equal(['Привет']);
    expect(part(loginFirst, '[part="login"]')).to.exist;
    expect(ControlledComments.loads).to.equal(0);
  });

  it('is fetched once the page is idle by a box that can write', async () => {
    const el = await mount(newThread());
    await waitUntil(() => ControlledComments.loads === 1, 'writing part not preloaded');
    await idle();
    expect(ControlledComments.loads).to.equal(1);
    expect(part(el, 'form[part="form"]')).to.exist;
  });

  it('changes nothing on screen when it arrives, so nothing shifts', async () => {
    let arrive!: () => void;
    ControlledComments.held = new Promise((resolve) => (arrive = resolve));
    const thread = newThread();
    await setUp(thread, {
      comments: [{ id: 'own1', author: { name: 'Читатель', id: '42' }, text: 'Моё' }],
    });
    const el = await mount(thread, { token: reader });
    await waitUntil(() => part(el, '#edit-own1'), 'own comment not shown');
    await waitUntil(() => ControlledComments.loads === 1, 'writing part never asked for');
    const before = el.shadowRoot!.innerHTML;
    const height = el.getBoundingClientRect().height;
    arrive();
    await waitUntil(
      () => ControlledComments.arrived === 1,
      'writing part never arrived',
      chunkArrival,
    );
    await idle();
    await el.updateComplete;
    expect(el.getBoundingClientRect().height).to.equal(height);
    expect(el.shadowRoot!.innerHTML).to.equal(before);
  });

  it('keeps every keystroke and the honeypot while it loads, then sends on Ctrl+Enter', async () => {
    let arrive!: () => void;
    ControlledComments.held = new Promise((resolve) => (arrive = resolve));
    const thread = newThread();
    const el = await mount(thread);
    await type(el, 'name-top', 'Мария');
    await type(el, 'text-top', 'Пишу, пока форма догружается');
    part<HTMLInputElement>(el, '#website-top')!.value = 'bot.example';
    part(el, '#text-top')!.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true }),
    );
    expect(part<HTMLTextAreaElement>(el, '#text-top')!.value).to.equal(
      'Пишу, пока форма догружается',
    );
    expect(part(el, '#count-top')!.textContent).to.equal('28 of 2,000 characters');
    expect(localStorage.getItem(`biblio-comments:${thread}`)).to.contain('догружается');
    expect(await posts(thread)).to.deep.equal([]);
    arrive();
    await waitUntil(() => texts(el).length === 1, 'the held Ctrl+Enter never sent', chunkArrival);
    await waitUntil(async () => (await posts(thread)).length === 1, 'nothing posted');
    const [sent] = await posts(thread);
    expect(sent.body).to.include({ text: 'Пишу, пока форма догружается', website: 'bot.example' });
  });

  it('announces text going over the limit once it has arrived', async () => {
    let arrive!: () => void;
    ControlledComments.held = new Promise((resolve) => (arrive = resolve));
    const el = await mount(newThread(), { maxLength: 10 });
    await waitUntil(() => ControlledComments.loads === 1, 'writing part never asked for');
    await type(el, 'text-top', 'Одиннадцать');
    const status = () => part(el, '[role="status"].visually-hidden')!.textContent;
    expect(part(el, '#count-top')!.classList.contains('over')).to.be.true;
    expect(status()).to.equal('');
    arrive();
    await waitUntil(() => status() !== '', 'going over the limit never announced');
    expect(status()).to.equal('The comment is 1 character too long: at most 10 are allowed.');
  });

  it('says so with Try again when it cannot load (offline), keeps the text, then sends', async () => {
    ControlledComments.offline = true;
    const thread = newThread();
    const el = await mount(thread);
    await type(el, 'name-top', 'Пётр');
    await type(el, 'text-top', 'Отправлю, когда появится сеть');
    const submit = () => part<HTMLButtonElement>(el, '[part="submit"]')!;
    submit().click();
    await waitUntil(() => part(el, '#problem-top'), 'no message while offline');
    expect(part(el, '#problem-top')!.textContent!.trim()).to.equal(
      'Could not connect. Check your connection and try again.',
    );
    expect(submit().textContent!.trim()).to.equal('Try again');
    expect(part<HTMLTextAreaElement>(el, '#text-top')!.value).to.equal(
      'Отправлю, когда появится сеть',
    );
    expect(texts(el)).to.deep.equal([]);
    await expect(el).to.be.accessible();
    ControlledComments.offline = false;
    submit().click();
    await waitUntil(() => texts(el)[0] === 'Отправлю, когда появится сеть', 'retry did not send');
    await waitUntil(() => part(el, '[part="badge"]') === null, 'post never confirmed');
    expect(await posts(thread)).to.have.length(1);
  });

  it('shows a localized error with Retry under a comment whose Edit cannot load', async () => {
    ControlledComments.offline = true;
    const thread = newThread();
    await setUp(thread, {
      comments: [{ id: 'own1', author: { name: 'Читатель', id: '42' }, text: 'Моё' }],
    });
    const el = document.createElement('biblio-test-lazy-comments') as BiblioComments;
    Object.assign(el, { api, thread, token: reader, lang: 'ru' });
    document.body.append(el);
    await waitUntil(() => part(el, '#edit-own1'), 'own comment not shown');
    part<HTMLButtonElement>(el, '#edit-own1')!.click();
    await waitUntil(() => part(el, 'article [part="error"]'), 'no error under the comment');
    expect(part(el, 'article [part="error"] p')!.textContent).to.equal(
      'Нет соединения. Проверьте подключение и повторите попытку.',
    );
    expect(texts(el)).to.deep.equal(['Моё']);
    await expect(el).to.be.accessible();
    ControlledComments.offline = false;
    part<HTMLButtonElement>(el, 'article [part="retry"]')!.click();
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'edit-text', 'edit never opened');
    expect(part(el, 'article [part="error"]')).to.be.null;
    el.remove();
  });
});
