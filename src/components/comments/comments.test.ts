import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { nothing } from 'lit';
import '../../define/comments.js';
import type { BiblioComments } from './comments.js';
import { forgetCommentStorage } from '../../../test/support/comment-storage.js';

const api = '/fake-comments';
const seed = new URL('/test/fixtures/comments.json', location.href).href;

interface LoggedRequest {
  method: string;
  authorization?: string;
  idempotencyKey?: string;
  body?: { text?: string; author?: string; parentId?: string; website?: string };
}

/** The fake server's stand-in for a token the host site signed: ASCII, as headers must be. */
const reader = `ok.42.${encodeURIComponent('Читатель')}`;

let threadNumber = 0;
const newThread = () => `t${Date.now().toString(36)}-${threadNumber++}`;

async function setUp(thread: string, settings: Record<string, unknown> = {}) {
  await fetch(`${api}/_setup/${thread}`, { method: 'POST', body: JSON.stringify(settings) });
}

async function seeded(thread: string, settings: Record<string, unknown> = {}) {
  const { comments } = await (await fetch(seed)).json();
  await setUp(thread, { comments, ...settings });
}

async function requests(thread: string, method = 'POST'): Promise<LoggedRequest[]> {
  const { requests } = await (await fetch(`${api}/_log/${thread}`)).json();
  return (requests as LoggedRequest[]).filter((request) => request.method === method);
}

const part = <T extends Element = HTMLElement>(el: BiblioComments, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);

const all = (el: BiblioComments, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(selector),
];

const texts = (el: BiblioComments) => all(el, '[part="text"]').map((text) => text.textContent);

async function settled(el: BiblioComments) {
  await waitUntil(
    () => part(el, '[part="list"], [part="empty"], [part="error"]'),
    'comments never loaded',
  );
  await el.updateComplete;
  return el;
}

async function render(
  thread: string,
  options: {
    auth?: string;
    loginHref?: string;
    maxLength?: number;
    pageSize?: number;
    lang?: string;
  } = {},
) {
  return settled(
    await fixture<BiblioComments>(
      html`<biblio-comments
        api=${api}
        thread=${thread}
        lang=${options.lang ?? 'en'}
        auth=${options.auth ?? nothing}
        login-href=${options.loginHref ?? nothing}
        max-length=${options.maxLength ?? nothing}
        page-size=${options.pageSize ?? nothing}
      ></biblio-comments>`,
    ),
  );
}

async function type(el: BiblioComments, id: string, value: string) {
  const field = part<HTMLInputElement | HTMLTextAreaElement>(el, `#${id}`)!;
  field.value = value;
  field.dispatchEvent(new Event('input'));
  await el.updateComplete;
}

async function write(el: BiblioComments, text: string, name = 'Мария') {
  if (part(el, '#name-top')) await type(el, 'name-top', name);
  await type(el, 'text-top', text);
}

const submitButton = (el: BiblioComments, slot = 'top') =>
  part<HTMLButtonElement>(el, `form[aria-label] #text-${slot}`)!
    .closest('form')!
    .querySelector<HTMLButtonElement>('[part="submit"]')!;

async function openReply(el: BiblioComments, commentId: string) {
  part<HTMLButtonElement>(el, `#reply-${commentId}`)!.click();
  await el.updateComplete;
}

async function problemOf(el: BiblioComments, slot = 'top') {
  await waitUntil(() => part(el, `#problem-${slot}`), 'no error shown');
  return part(el, `#problem-${slot}`)!.textContent!.trim();
}

describe('<biblio-comments>', () => {
  afterEach(forgetCommentStorage);

  describe('the list', () => {
    it('shows comments with replies one level deep and the total in Russian plurals', async () => {
      const thread = newThread();
      await seeded(thread);
      const el = await render(thread, { lang: 'ru' });
      expect(part(el, '[part="heading"]')!.textContent!.trim()).to.equal('4 комментария');
      const topLevel = all(el, 'section > ul > li > article [part="author"]');
      expect(topLevel.map((author) => author.textContent)).to.deep.equal(['Анна Петрова', 'Игорь']);
      const replies = all(el, '.replies [part="author"]').map((author) => author.textContent);
      // c4 answers the reply c2, so it joins c1's thread rather than nesting a second level.
      expect(replies).to.deep.equal(['Библиотека', 'Анна Петрова']);
      expect(all(el, '.replies .replies')).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('links http(s) addresses in the text and keeps everything else as text', async () => {
      const thread = newThread();
      await seeded(thread);
      const el = await render(thread);
      const links = all(el, '[part="text-link"]') as HTMLAnchorElement[];
      expect(links.map((link) => link.href)).to.deep.equal([
        'https://library.example/exhibitions/2024',
      ]);
      expect(links[0].rel).to.equal('nofollow ugc noopener noreferrer');
      const hostile = part(el, '#comment-c3 [part="text"]')!;
      expect(hostile.querySelector('b')).to.be.null;
      expect(hostile.textContent).to.equal(
        '<b>Не HTML</b> и javascript:alert(1) остаются текстом.\nВторая строка.',
      );
    });

    it('shows a relative date with the absolute date beside it for assistive technology', async () => {
      const thread = newThread();
      await seeded(thread);
      const el = await render(thread);
      const date = part(el, 'time')!;
      expect(date.getAttribute('datetime')).to.equal('2024-03-01T09:15:00Z');
      expect(date.textContent).to.match(/ago, March 1, 2024/);
      expect(date.title).to.match(/^March 1, 2024/);
    });

    it('reserves space with an accessible skeleton while the list loads', async () => {
      const thread = newThread();
      await setUp(thread, { faults: [{ method: 'GET', delay: 1500 }] });
      const el = await fixture<BiblioComments>(
        html`<biblio-comments api=${api} thread=${thread}></biblio-comments>`,
      );
      const skeleton = part(el, '[part="loading"]')!;
      expect(skeleton.textContent).to.contain('Loading');
      expect(skeleton.getBoundingClientRect().height).to.be.greaterThan(40);
      await expect(el).to.be.accessible();
    });

    it('shows the empty state and the form when nobody has commented', async () => {
      const el = await render(newThread());
      expect(part(el, '[part="empty"]')!.textContent).to.equal('No comments yet. Be the first.');
      expect(part(el, '[part="heading"]')!.textContent!.trim()).to.equal('0 comments');
      expect(part(el, '#text-top')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('shows a localized error with Retry when the list fails, and recovers', async () => {
      const thread = newThread();
      await seeded(thread, { faults: [{ method: 'GET', status: 500 }] });
      const el = document.createElement('biblio-comments');
      Object.assign(el, { api, thread, lang: 'ru' });
      const failed = oneEvent(el, 'biblio-error');
      document.body.append(el);
      expect((await failed).detail.error.details.status).to.equal(500);
      await settled(el);
      expect(part(el, '[part="error"]')!.textContent).to.contain('Сервер ответил ошибкой (500)');
      await expect(el).to.be.accessible();
      part<HTMLButtonElement>(el, '[part="retry"]')!.click();
      await waitUntil(() => texts(el).length === 4, 'retry did not load the comments');
      el.remove();
    });

    it('says which attribute is missing instead of showing nothing', async () => {
      const el = await settled(
        await fixture<BiblioComments>(html`<biblio-comments api=${api}></biblio-comments>`),
      );
      expect(part(el, '[part="error"]')!.textContent).to.contain('“thread” attribute is missing');
    });

    it('loads the next page with "Show more" and moves focus to the first new comment', async () => {
      const thread = newThread();
      const comments = Array.from({ length: 25 }, (_, index) => ({
        id: `m${index}`,
        author: { name: `Reader ${index}` },
        text: `Comment ${index}`,
        createdAt: new Date(Date.UTC(2024, 0, 1, 0, index)).toISOString(),
      }));
      await setUp(thread, { comments });
      const el = await render(thread, { pageSize: 10 });
      await waitUntil(() => texts(el).length === 10, 'first page not shown');
      part<HTMLButtonElement>(el, '[part="show-more"]')!.click();
      await waitUntil(() => texts(el).length === 20, 'second page not shown');
      await waitUntil(() => el.shadowRoot!.activeElement?.id === 'comment-m10', 'focus not moved');
      expect(part(el, '[role="status"].visually-hidden')!.textContent).to.equal(
        '10 more comments shown',
      );
      part<HTMLButtonElement>(el, '[part="show-more"]')!.click();
      await waitUntil(() => texts(el).length === 25, 'last page not shown');
      expect(part(el, '[part="show-more"]')).to.be.null;
      expect(part(el, '[part="heading"]')!.textContent!.trim()).to.equal('25 comments');
    });

    it('fits a 320 px column with text at 200 %', async () => {
      const thread = newThread();
      await seeded(thread);
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: 320px; --biblio-font-scale: 2">
          <biblio-comments api=${api} thread=${thread} lang="ru"></biblio-comments>
        </div>`,
      );
      const el = await settled(wrapper.querySelector('biblio-comments')!);
      await openReply(el, 'c1');
      const overflowing = all(el, '*').filter(
        (node) => node.getBoundingClientRect().right > wrapper.getBoundingClientRect().right + 1,
      );
      expect(overflowing.map((node) => node.id || node.getAttribute('part') || node.tagName)).to.be
        .empty;
      expect(el.scrollWidth).to.be.at.most(320);
    });

    it('reverses the order when the reader picks newest first', async () => {
      const thread = newThread();
      await seeded(thread);
      const el = await render(thread);
      const select = part<HTMLSelectElement>(el, '[part="sort"] select')!;
      select.value = 'newest';
      select.dispatchEvent(new Event('change'));
      await waitUntil(
        () => all(el, 'section > ul > li > article [part="author"]')[0]?.textContent === 'Игорь',
        'order not reversed',
      );
      expect(el.sort).to.equal('newest');
    });
  });

  describe('posting', () => {
    it('shows the comment at once, then confirms it and clears the draft', async () => {
      const thread = newThread();
      await setUp(thread, { faults: [{ method: 'POST', delay: 1500 }] });
      const el = await render(thread);
      await write(el, 'Очень интересно, спасибо!');
      const posted = oneEvent(el, 'biblio-comment-posted');
      submitButton(el).click();
      // The sending part may still be on its way (it loads apart): the comment shows once it is.
      await waitUntil(() => texts(el).length === 1, 'the comment did not show before the answer');
      expect(texts(el)).to.deep.equal(['Очень интересно, спасибо!']);
      expect(part(el, '[part="badge"]')!.textContent).to.equal('Sending…');
      expect(submitButton(el).getAttribute('aria-disabled')).to.equal('true');
      expect(part<HTMLTextAreaElement>(el, '#text-top')!.readOnly).to.be.true;
      await expect(el).to.be.accessible();
      expect(part(el, '[part="badge"]'), 'still sending during the check').to.exist;
      const { detail } = await posted;
      expect(detail.pending).to.be.false;
      await el.updateComplete;
      expect(part(el, '[part="badge"]')).to.be.null;
      expect(part(el, '[part="author"]')!.textContent).to.equal('Мария');
      expect(part<HTMLTextAreaElement>(el, '#text-top')!.value).to.equal('');
      expect(localStorage.getItem(`biblio-comments:${thread}`)).to.be.null;
      expect(part(el, '[part="heading"]')!.textContent!.trim()).to.equal('1 comment');
      await waitUntil(
        () => el.shadowRoot!.activeElement?.id === `comment-${detail.comment.id}`,
        'focus not moved to the new comment',
      );
      expect(part(el, '[role="status"].visually-hidden')!.textContent).to.equal(
        'Your comment is published.',
      );
      await expect(el).to.be.accessible();
    });

    it('keeps the draft across a reload of the page', async () => {
      const thread = newThread();
      const first = await render(thread);
      await write(first, 'Черновик, который нельзя потерять', 'Пётр');
      first.remove();
      const second = await render(thread);
      expect(part<HTMLTextAreaElement>(second, '#text-top')!.value).to.equal(
        'Черновик, который нельзя потерять',
      );
      expect(part<HTMLInputElement>(second, '#name-top')!.value).to.equal('Пётр');
      expect(part(second, '#count-top')!.textContent).to.equal('33 of 2,000 characters');
      await expect(second).to.be.accessible();
    });

    it('keeps an open reply and its text across a reload', async () => {
      const thread = newThread();
      await seeded(thread);
      const first = await render(thread);
      await openReply(first, 'c3');
      await type(first, 'text-reply', 'Ответ Игорю');
      first.remove();
      const second = await render(thread);
      const reply = part<HTMLTextAreaElement>(second, '#text-reply')!;
      expect(reply.value).to.equal('Ответ Игорю');
      expect(reply.closest('li')!.querySelector('[part="author"]')!.textContent).to.equal('Игорь');
    });

    it('keeps the text after a server error, says so, and sends again with the same key', async () => {
      const thread = newThread();
      await setUp(thread, { faults: [{ method: 'POST', status: 500 }] });
      const el = await render(thread);
      await write(el, 'Текст, который сервер не принял');
      submitButton(el).click();
      expect(await problemOf(el)).to.equal(
        'Your comment was not sent; your text is kept. The comment server failed (500). Try again.',
      );
      expect(texts(el)).to.deep.equal([]);
      const field = part<HTMLTextAreaElement>(el, '#text-top')!;
      expect(field.value).to.equal('Текст, который сервер не принял');
      expect(field.getAttribute('aria-describedby')).to.contain('problem-top');
      expect(el.shadowRoot!.activeElement).to.equal(field);
      expect(localStorage.getItem(`biblio-comments:${thread}`)).to.contain('сервер не принял');
      expect(submitButton(el).textContent!.trim()).to.equal('Try again');
      await expect(el).to.be.accessible();
      submitButton(el).click();
      await waitUntil(() => texts(el).length === 1, 'retry did not post');
      const posts = await requests(thread);
      expect(posts).to.have.length(2);
      expect(posts[1].idempotencyKey).to.equal(posts[0].idempotencyKey);
    });

    it('keeps the text when the network drops', async () => {
      const thread = newThread();
      // Chromium resends a POST whose reused keep-alive connection closes before any answer
      // (the same idempotency key makes that harmless), so every attempt is dropped.
      await setUp(thread, { faults: [{ method: 'POST', drop: true, times: 10 }] });
      const el = await render(thread, { lang: 'ru' });
      await write(el, 'Связь пропала, а текст остался');
      submitButton(el).click();
      expect(await problemOf(el)).to.contain('Нет соединения');
      expect(part<HTMLTextAreaElement>(el, '#text-top')!.value).to.equal(
        'Связь пропала, а текст остался',
      );
      expect(texts(el)).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('posts once however many times Send is pressed', async () => {
      const thread = newThread();
      await setUp(thread, { faults: [{ method: 'POST', delay: 300 }] });
      const el = await render(thread);
      await write(el, 'Один комментарий');
      const button = submitButton(el);
      button.click();
      button.click();
      part(el, '#text-top')!.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true }),
      );
      await waitUntil(
        () => texts(el).length === 1 && part(el, '[part="badge"]') === null,
        'post never finished',
      );
      expect(await requests(thread)).to.have.length(1);
      expect(texts(el)).to.deep.equal(['Один комментарий']);
    });

    it('sends with Ctrl+Enter or Cmd+Enter', async () => {
      const thread = newThread();
      const el = await render(thread);
      await write(el, 'Отправлено с клавиатуры');
      part(el, '#text-top')!.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'Enter', metaKey: true }),
      );
      await waitUntil(() => texts(el).length === 1, 'shortcut did not send');
      expect((await requests(thread))[0].body!.text).to.equal('Отправлено с клавиатуры');
    });

    it('refuses over-long text before sending, with the field marked and a clear message', async () => {
      const thread = newThread();
      const el = await render(thread, { maxLength: 20 });
      await write(el, 'Двадцать пять знаков тут!');
      expect(part(el, '#count-top')!.textContent).to.equal('25 of 20 characters');
      expect(part(el, '#count-top')!.classList.contains('over')).to.be.true;
      submitButton(el).click();
      expect(await problemOf(el)).to.equal(
        'The comment is 5 characters too long: at most 20 are allowed.',
      );
      const field = part(el, '#text-top')!;
      expect(field.getAttribute('aria-invalid')).to.equal('true');
      expect(field.getAttribute('aria-describedby')).to.equal('problem-top count-top hint-top');
      expect(await requests(thread)).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('asks for a name and for text before sending anonymously', async () => {
      const thread = newThread();
      const el = await render(thread, { lang: 'ru' });
      await type(el, 'text-top', 'Без имени');
      submitButton(el).click();
      expect(await problemOf(el)).to.equal('Укажите имя.');
      expect(el.shadowRoot!.activeElement?.id).to.equal('name-top');
      await type(el, 'name-top', 'Оля');
      await type(el, 'text-top', '   ');
      submitButton(el).click();
      expect(await problemOf(el)).to.equal('Сначала напишите комментарий.');
      expect(await requests(thread)).to.have.length(0);
    });

    it('marks the name when the server refuses it, and offers no retry for it', async () => {
      const thread = newThread();
      await setUp(thread, { faults: [{ method: 'POST', status: 400, code: 'name_invalid' }] });
      const el = await render(thread);
      await write(el, 'Текст', 'http://spam.example');
      submitButton(el).click();
      expect(await problemOf(el)).to.equal(
        'Your comment was not sent; your text is kept. A name needs at least two letters and no links.',
      );
      const name = part(el, '#name-top')!;
      expect(name.getAttribute('aria-invalid')).to.equal('true');
      expect(name.getAttribute('aria-describedby')).to.equal('problem-top');
      expect(el.shadowRoot!.activeElement).to.equal(name);
      expect(submitButton(el).textContent!.trim()).to.equal('Send');
      await expect(el).to.be.accessible();
    });

    it('explains a rate limit without blaming the text', async () => {
      const thread = newThread();
      await setUp(thread, { faults: [{ method: 'POST', status: 429 }] });
      const el = await render(thread, { lang: 'ru' });
      await write(el, 'Третий комментарий за минуту');
      submitButton(el).click();
      expect(await problemOf(el)).to.contain(
        'Слишком много комментариев за короткое время. Повторите через 30 с.',
      );
      expect(part(el, '#text-top')!.getAttribute('aria-invalid')).to.equal('false');
      expect(submitButton(el).textContent!.trim()).to.equal('Повторить');
    });

    it('closes a reply with Escape, returns focus to its button and keeps the text', async () => {
      const thread = newThread();
      await seeded(thread);
      const el = await render(thread);
      await openReply(el, 'c1');
      await type(el, 'text-reply', 'Передумал');
      part(el, '#text-reply')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
      await el.updateComplete;
      expect(part(el, '#text-reply')).to.be.null;
      await waitUntil(() => el.shadowRoot!.activeElement?.id === 'reply-c1', 'focus not returned');
      await openReply(el, 'c3');
      expect(part<HTMLTextAreaElement>(el, '#text-reply')!.value).to.equal('Передумал');
    });

    it('sends the honeypot field so the server can drop bots', async () => {
      const thread = newThread();
      const el = await render(thread);
      await write(el, 'Купите слонов');
      const honeypot = part<HTMLInputElement>(el, 'input[name="website"]')!;
      expect(honeypot.tabIndex).to.equal(-1);
      expect(honeypot.closest('[aria-hidden="true"]')).to.exist;
      honeypot.value = 'https://spam.example/';
      submitButton(el).click();
      await waitUntil(async () => (await requests(thread)).length === 1, 'not sent');
      expect((await requests(thread))[0].body!.website).to.equal('https://spam.example/');
    });

    it('replies inline under the comment', async () => {
      const thread = newThread();
      await seeded(thread);
      const el = await render(thread);
      await openReply(el, 'c3');
      await waitUntil(() => el.shadowRoot!.activeElement?.id === 'text-reply', 'reply not focused');
      expect(part(el, '#text-reply')!.closest('form')!.getAttribute('aria-label')).to.equal(
        'Reply to Игорь',
      );
      await type(el, 'name-reply', 'Вера');
      await type(el, 'text-reply', 'Согласна!');
      submitButton(el, 'reply').click();
      await waitUntil(() => part(el, '#text-reply') === null, 'reply form still open');
      const thirdThread = all(el, 'section > ul > li')[1];
      expect(
        [...thirdThread.querySelectorAll('.replies [part="text"]')].map((text) => text.textContent),
      ).to.deep.equal(['Согласна!']);
      expect((await requests(thread))[0].body).to.include({ parentId: 'c3', author: 'Вера' });
      await expect(el).to.be.accessible();
    });
  });

  describe('pre-moderation', () => {
    it('marks the new comment as awaiting moderation and says so', async () => {
      const thread = newThread();
      await setUp(thread, { moderate: true });
      const el = await render(thread, { lang: 'ru' });
      await write(el, 'Проверьте меня');
      const posted = oneEvent(el, 'biblio-comment-posted');
      submitButton(el).click();
      expect((await posted).detail.pending).to.be.true;
      await el.updateComplete;
      expect(part(el, '[part="badge"]')!.textContent).to.equal('Ожидает проверки модератором');
      expect(part(el, '[role="status"].visually-hidden')!.textContent).to.equal(
        'Спасибо! Комментарий появится после проверки модератором.',
      );
      expect(part(el, '[part="heading"]')!.textContent!.trim()).to.equal('0 комментариев');
      await expect(el).to.be.accessible();
    });

    it('still shows an anonymous reader their pending comment on the next visit', async () => {
      const thread = newThread();
      await setUp(thread, { moderate: true });
      const first = await render(thread);
      await write(first, 'Проверьте, пожалуйста');
      const posted = oneEvent(first, 'biblio-comment-posted');
      submitButton(first).click();
      const { comment } = (await posted).detail;
      first.remove();
      const second = await render(thread);
      expect(texts(second)).to.deep.equal(['Проверьте, пожалуйста']);
      expect(part(second, '[part="badge"]')!.textContent).to.equal('Awaiting moderation');
      expect(part<HTMLTextAreaElement>(second, '#text-top')!.value).to.equal('');
      second.remove();
      // Once the moderator publishes it, the server's copy is the one shown, once.
      await setUp(thread, { comments: [{ ...comment, status: 'published' }] });
      const third = await render(thread);
      expect(texts(third)).to.deep.equal(['Проверьте, пожалуйста']);
      expect(part(third, '[part="badge"]')).to.be.null;
      expect(localStorage.getItem(`biblio-comments:${thread}:pending`)).to.be.null;
    });

    it('keeps the pending comment on screen when the list reloads without it', async () => {
      const thread = newThread();
      await setUp(thread, { moderate: true });
      const el = await render(thread);
      await write(el, 'Жду модератора');
      const posted = oneEvent(el, 'biblio-comment-posted');
      submitButton(el).click();
      await posted;
      el.sort = 'newest';
      await waitUntil(async () => (await requests(thread, 'GET')).length === 2, 'no reload');
      await settled(el);
      expect(texts(el)).to.deep.equal(['Жду модератора']);
      expect(part(el, '[part="badge"]')!.textContent).to.equal('Awaiting moderation');
    });
  });

  describe('login', () => {
    it('asks to log in with a link to the site form, then posts with the token', async () => {
      const thread = newThread();
      await setUp(thread, { requireToken: true });
      const el = await render(thread, { auth: 'required', loginHref: '#login', lang: 'ru' });
      const prompt = part(el, '[part="login"]')!;
      expect(prompt.textContent).to.equal(
        'Чтобы оставить комментарий, войдите на сайт через форму выше.',
      );
      expect(prompt.querySelector('a')!.getAttribute('href')).to.equal('#login');
      expect(part(el, 'form')).to.be.null;
      await expect(el).to.be.accessible();

      el.token = reader;
      await waitUntil(() => part(el, '#text-top'), 'form not shown after login');
      expect(part(el, '[part="login"]')).to.be.null;
      expect(part(el, '#name-top')).to.be.null;
      await type(el, 'text-top', 'Пишу как читатель сайта');
      submitButton(el).click();
      await waitUntil(() => texts(el).length === 1, 'not posted');
      const [post] = await requests(thread);
      expect(post.authorization).to.equal(`Bearer ${reader}`);
      expect(post.body!.author).to.be.undefined;
      expect(part(el, '[part="author"]')!.textContent).to.equal('Читатель');
      await expect(el).to.be.accessible();
    });

    it('asks a token-provider function on the page before posting', async () => {
      const thread = newThread();
      const global = globalThis as unknown as Record<string, unknown>;
      global.biblioTestToken = () => Promise.resolve('ok.7.Provider');
      const el = await settled(
        await fixture<BiblioComments>(
          html`<biblio-comments
            api=${api}
            thread=${thread}
            auth="required"
            token-provider="biblioTestToken"
          ></biblio-comments>`,
        ),
      );
      await waitUntil(() => part(el, '#text-top'), 'provider token not used');
      await type(el, 'text-top', 'Via provider');
      submitButton(el).click();
      await waitUntil(async () => (await requests(thread)).length === 1, 'not posted');
      expect((await requests(thread))[0].authorization).to.equal('Bearer ok.7.Provider');
      delete global.biblioTestToken;
    });

    it('keeps the text and shows the login link when the server wants a login', async () => {
      const thread = newThread();
      await setUp(thread, { requireToken: true });
      const el = await render(thread, { auth: 'optional', loginHref: '/login' });
      await write(el, 'Anonymous attempt');
      submitButton(el).click();
      expect(await problemOf(el)).to.contain('Log in to leave a comment.');
      expect(part(el, '[part="login"] a')!.getAttribute('href')).to.equal('/login');
      expect(part<HTMLTextAreaElement>(el, '#text-top')!.value).to.equal('Anonymous attempt');
      await expect(el).to.be.accessible();
    });
  });

  describe('own comments', () => {
    const own = {
      id: 'own1',
      author: { name: 'Читатель', id: '42' },
      text: 'Первый вариант',
    };

    it('edits the reader’s own comment', async () => {
      const thread = newThread();
      await setUp(thread, { comments: [own] });
      const el = document.createElement('biblio-comments');
      Object.assign(el, { api, thread, token: reader, auth: 'required' });
      document.body.append(el);
      await settled(el);
      part<HTMLButtonElement>(el, '#edit-own1')!.click();
      await waitUntil(() => el.shadowRoot!.activeElement?.id === 'edit-text', 'edit not focused');
      await expect(el).to.be.accessible();
      await type(el, 'edit-text', 'Исправленный вариант');
      part<HTMLFormElement>(el, 'form.edit')!.requestSubmit();
      await waitUntil(() => texts(el)[0] === 'Исправленный вариант', 'edit not saved');
      expect(part(el, '.muted')!.textContent).to.equal('(edited)');
      el.remove();
    });

    it('shows the reader’s own comments as such once a token arrives after the list', async () => {
      const thread = newThread();
      await setUp(thread, { comments: [own] });
      const el = await render(thread, { auth: 'optional' });
      expect(part(el, '#edit-own1')).to.be.null;
      el.token = reader;
      await waitUntil(() => part(el, '#edit-own1'), 'own comment not recognised');
      expect((await requests(thread, 'GET')).at(-1)!.authorization).to.equal(`Bearer ${reader}`);
    });

    it('says clearly when the time to edit has passed', async () => {
      const thread = newThread();
      await setUp(thread, { comments: [own], editWindow: 0 });
      const el = document.createElement('biblio-comments');
      Object.assign(el, { api, thread, token: reader, lang: 'ru' });
      document.body.append(el);
      await settled(el);
      part<HTMLButtonElement>(el, '#edit-own1')!.click();
      await waitUntil(() => part(el, '#edit-text'), 'edit form not shown');
      await type(el, 'edit-text', 'Поздно');
      part<HTMLFormElement>(el, 'form.edit')!.requestSubmit();
      await waitUntil(() => part(el, '#edit-problem'), 'no message');
      expect(part(el, '#edit-problem')!.textContent).to.equal(
        'Время, когда комментарий можно изменить или удалить, истекло.',
      );
      await expect(el).to.be.accessible();
      el.remove();
    });

    it('deletes after confirmation and offers no buttons on others’ comments', async () => {
      const thread = newThread();
      const others = { id: 'x1', author: { name: 'Другой', id: '9' }, text: 'Чужой' };
      await setUp(thread, { comments: [own, others] });
      const el = document.createElement('biblio-comments');
      Object.assign(el, { api, thread, token: reader });
      document.body.append(el);
      await settled(el);
      expect(part(el, '#edit-x1')).to.be.null;
      part<HTMLButtonElement>(el, '#delete-own1')!.click();
      await waitUntil(() => part(el, '[role="group"]'), 'no confirmation asked');
      expect(part(el, '[role="group"]')!.textContent).to.contain('Delete this comment for good?');
      await expect(el).to.be.accessible();
      part<HTMLButtonElement>(el, '[role="group"] button')!.click();
      await waitUntil(() => texts(el).length === 1, 'not deleted');
      expect(texts(el)).to.deep.equal(['Чужой']);
      expect(el.shadowRoot!.activeElement?.id).to.equal('heading');
      el.remove();
    });

    it('takes the replies off with a deleted comment, as the server deletes them', async () => {
      const thread = newThread();
      const reply = { id: 'r1', parentId: 'own1', author: { name: 'Другой' }, text: 'Ответ' };
      const later = { id: 'r2', parentId: 'r1', author: { name: 'Третий' }, text: 'Ещё ответ' };
      const others = { id: 'x1', author: { name: 'Другой', id: '9' }, text: 'Чужой' };
      await setUp(thread, { comments: [own, reply, later, others] });
      const el = await render(thread, { auth: 'optional' });
      el.token = reader;
      await waitUntil(() => part(el, '#delete-own1'), 'own comment not recognised');
      expect(part(el, '[part="heading"]')!.textContent!.trim()).to.equal('4 comments');
      part<HTMLButtonElement>(el, '#delete-own1')!.click();
      await waitUntil(() => part(el, '[role="group"] button'), 'no confirmation asked');
      part<HTMLButtonElement>(el, '[role="group"] button')!.click();
      await waitUntil(() => texts(el).length === 1, 'replies left on screen');
      expect(texts(el)).to.deep.equal(['Чужой']);
      expect(part(el, '[part="heading"]')!.textContent!.trim()).to.equal('1 comment');
      const reloaded = await render(thread);
      expect(texts(reloaded)).to.deep.equal(['Чужой']);
    });
  });

  describe('closed', () => {
    it('shows the comments without a form when disabled', async () => {
      const thread = newThread();
      await seeded(thread);
      const el = await render(thread);
      el.disabled = true;
      await el.updateComplete;
      expect(part(el, 'form')).to.be.null;
      expect(all(el, '[part="actions"]')).to.have.length(0);
      expect(part(el, '[part="closed"]')!.textContent).to.equal('Commenting is closed.');
      await expect(el).to.be.accessible();
    });
  });
});
