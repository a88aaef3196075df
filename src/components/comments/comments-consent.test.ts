import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { nothing } from 'lit';
import '../../define/comments.js';
import type { BiblioComments } from './comments.js';
import { forgetCommentStorage } from '../../../test/support/comment-storage.js';

const api = '/fake-comments';
const policy = 'https://library.example/personal-data';

interface LoggedRequest {
  method: string;
  readerKey?: string;
  body?: { text?: string; consent?: boolean };
}

let threadNumber = 0;
const newThread = () => `consent-${Date.now().toString(36)}-${threadNumber++}`;

async function setUp(thread: string, settings: Record<string, unknown> = {}) {
  await fetch(`${api}/_setup/${thread}`, { method: 'POST', body: JSON.stringify(settings) });
}

async function posts(thread: string): Promise<LoggedRequest[]> {
  const { requests } = await (await fetch(`${api}/_log/${thread}`)).json();
  return (requests as LoggedRequest[]).filter((request) => request.method === 'POST');
}

const part = <T extends Element = HTMLElement>(el: BiblioComments, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);

async function render(thread: string, options: { lang?: string; href?: string } = {}) {
  const el = await fixture<BiblioComments>(
    html`<biblio-comments
      api=${api}
      thread=${thread}
      lang=${options.lang ?? 'en'}
      consent-href=${options.href ?? nothing}
    ></biblio-comments>`,
  );
  await waitUntil(() => part(el, '[part="empty"], [part="list"]'), 'comments never loaded');
  await el.updateComplete;
  return el;
}

async function type(el: BiblioComments, id: string, value: string) {
  const field = part<HTMLInputElement | HTMLTextAreaElement>(el, `#${id}`)!;
  field.value = value;
  field.dispatchEvent(new Event('input'));
  await el.updateComplete;
}

async function write(el: BiblioComments, text: string) {
  await type(el, 'name-top', 'Мария');
  await type(el, 'text-top', text);
}

async function send(el: BiblioComments) {
  part<HTMLButtonElement>(el, '[part="submit"]')!.click();
  await el.updateComplete;
}

async function problem(el: BiblioComments) {
  await waitUntil(() => part(el, '#problem-top'), 'no error shown');
  return part(el, '#problem-top')!.textContent!.trim();
}

const checkbox = (el: BiblioComments) => part<HTMLInputElement>(el, '#consent-top')!;

describe('<biblio-comments consent-href>', () => {
  afterEach(forgetCommentStorage);

  it('asks for no consent without consent-href', async () => {
    const el = await render(newThread());
    expect(part(el, '#consent-top')).to.be.null;
  });

  it('shows a required checkbox labelled by the localized sentence with the policy link', async () => {
    const el = await render(newThread(), { href: policy, lang: 'ru' });
    const box = checkbox(el);
    expect(box.type).to.equal('checkbox');
    expect(box.required).to.be.true;
    expect(box.checked).to.be.false;
    const label = part(el, 'label[for="consent-top"]')!;
    expect(label.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Даю согласие на обработку моих персональных данных в соответствии с политикой конфиденциальности.',
    );
    expect(label.querySelector('a')!.href).to.equal(policy);
    await expect(el).to.be.accessible();
  });

  it('lets the site replace the sentence through the consent slot', async () => {
    const el = await fixture<BiblioComments>(
      html`<biblio-comments api=${api} thread=${newThread()} lang="en" consent-href=${policy}
        ><span slot="consent"
          >I accept the <a href="/rules">library's rules</a>.</span
        ></biblio-comments
      >`,
    );
    await waitUntil(() => part(el, '#consent-top'), 'no form');
    const slot = part<HTMLSlotElement>(el, 'slot[name="consent"]')!;
    expect(slot.assignedElements()[0]!.textContent).to.equal("I accept the library's rules.");
  });

  it('does not send without the tick, says why, and keeps the text', async () => {
    const thread = newThread();
    await setUp(thread, { requireConsent: true });
    const el = await render(thread, { href: policy });
    await write(el, 'Спасибо за выставку');
    await send(el);
    expect(await problem(el)).to.equal(
      'Tick the box to agree to the processing of your personal data: this site publishes no comment without it.',
    );
    expect(checkbox(el).getAttribute('aria-invalid')).to.equal('true');
    expect(checkbox(el).getAttribute('aria-describedby')).to.equal('problem-top');
    await waitUntil(() => el.shadowRoot!.activeElement === checkbox(el), 'focus not on the box');
    expect(await posts(thread)).to.have.length(0);
    expect(part<HTMLTextAreaElement>(el, '#text-top')!.value).to.equal('Спасибо за выставку');
    await expect(el).to.be.accessible();
  });

  it("shows the server's consent_required refusal localized, and keeps the draft", async () => {
    const thread = newThread();
    await setUp(thread, {
      requireConsent: true,
      faults: [{ method: 'POST', status: 422, code: 'consent_required' }],
    });
    const el = await render(thread, { href: policy, lang: 'ru' });
    await write(el, 'Черновик остаётся');
    checkbox(el).click();
    await el.updateComplete;
    await send(el);
    expect(await problem(el)).to.equal(
      'Комментарий не отправлен, текст сохранён. Отметьте согласие на обработку персональных данных: без него сайт не публикует комментарии.',
    );
    expect(part<HTMLTextAreaElement>(el, '#text-top')!.value).to.equal('Черновик остаётся');
    expect(part(el, '[part="text"]')).to.be.null;
    const stored = JSON.parse(localStorage.getItem(`biblio-comments:${thread}`)!);
    expect(stored.top.text).to.equal('Черновик остаётся');
    await expect(el).to.be.accessible();
  });

  it('sends consent: true once ticked, with the reader key kept beside the drafts', async () => {
    const thread = newThread();
    await setUp(thread, { requireConsent: true });
    const el = await render(thread, { href: policy });
    await write(el, 'С согласием');
    checkbox(el).click();
    await el.updateComplete;
    await send(el);
    await waitUntil(() => part(el, '[part="text"]'), 'the comment never showed');
    const [sent] = await posts(thread);
    expect(sent!.body!.consent).to.be.true;
    expect(sent!.readerKey).to.match(/^[0-9a-f]{32}$/);
    expect(localStorage.getItem('biblio-comments:reader-key')).to.equal(sent!.readerKey);
    expect(localStorage.getItem(`biblio-comments:${thread}`)).to.be.null;
  });
});
