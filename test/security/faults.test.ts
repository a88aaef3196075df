import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/all.js';
import { FeedError, type FeedErrorKind, type FeedErrorReason } from '../../src/data/errors.js';
import { stringsFor } from '../../src/i18n/index.js';
import { describeError } from '../../src/internal/states.js';
import { stash, uniqueKey } from './stash.js';

/**
 * Network faults from test/middleware/faults-api.mjs against every element that loads data:
 * each shows its localized error (or its cached copy), recovers on Retry, and never leaves a
 * loading state behind. Comment drafts survive every failed submission and a reload.
 */

type Fault =
  '500' | '503' | '429' | 'truncated' | 'html' | 'empty' | 'drop' | 'timeout' | 'big' | 'drip';

/** The error each fault must be shown as; `big` and `drip` are slow but valid, so they load. */
const expectedError: Record<Fault, [FeedErrorKind, number?, FeedErrorReason?] | undefined> = {
  '500': ['http', 500],
  '503': ['http', 503],
  '429': ['http', 429],
  truncated: ['parse', undefined, 'brokenJson'],
  html: ['parse', undefined, 'htmlPage'],
  empty: ['parse'],
  drop: ['network'],
  timeout: ['timeout'],
  big: undefined,
  drip: undefined,
};

const en = stringsFor('en');
const tally = { tried: 0, recovered: 0, spinnersLeft: 0 };

function expectedMessage(kind: FeedErrorKind, status?: number, reason?: FeedErrorReason) {
  return describeError(new FeedError(kind, 'test', { status, reason }), en);
}

/** The next `times` requests for `key` meet `fault`; `all` until it is armed again. */
async function arm(key: string, fault: Fault, times: number | 'all') {
  await fetch(`/faults-api/arm/${encodeURIComponent(key)}?fault=${fault}&times=${times}`, {
    method: 'POST',
  });
}

const part = (el: Element, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

/** Waits until the element shows `done` or its error box: never a loading state forever. */
async function settle(el: Element, done: string, timeout = 10_000) {
  try {
    await waitUntil(() => part(el, done) || part(el, 'error'), `${el.localName} kept loading`, {
      timeout,
    });
  } catch (error) {
    tally.spinnersLeft += 1;
    throw error;
  }
}

function jsonFeed(prefix: string) {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Faults',
    items: [1, 2, 3].map((number) => ({
      id: `${prefix}-${number}`,
      url: `https://library.example/news/${prefix}-${number}`,
      title: `${prefix} item ${number}`,
      content_html: `<p>${prefix} body ${number}</p>`,
    })),
  };
}

/**
 * One fault against one element: every request meets the fault until the element shows the
 * expected localized error; then the network heals and Retry must show the content. Valid but
 * slow answers (`big`, `drip`) must simply load.
 */
async function checkFault(options: {
  fault: Fault;
  key: string;
  render: () => Promise<Element>;
  done: string;
  timeout?: number;
}) {
  const { fault, key, done } = options;
  tally.tried += 1;
  const expected = expectedError[fault];
  await arm(key, fault, expected ? 'all' : 1);
  const el = await options.render();
  await settle(el, done, options.timeout);
  if (!expected) {
    expect(part(el, 'error'), `${fault} should load`).to.equal(null);
    tally.recovered += 1;
    return el;
  }
  const error = part(el, 'error');
  expect(error, `${fault} should show an error`).to.exist;
  expect(error!.querySelector('p')!.textContent!.trim()).to.equal(expectedMessage(...expected));
  await arm(key, fault, 0);
  part(el, 'retry')!.click();
  await waitUntil(() => part(el, done), `${el.localName} did not recover from ${fault} on Retry`);
  expect(part(el, 'error')).to.equal(null);
  tally.recovered += 1;
  return el;
}

/** Presses Retry (or the send button) until `done` shows: a reader's patience, three times. */
async function retryUntil(el: Element, press: () => void, done: () => unknown, what: string) {
  for (let attempt = 0; attempt < 3 && !done(); attempt++) {
    press();
    await waitUntil(
      () => done() || part(el, 'error') || el.shadowRoot!.querySelector('#problem-top'),
      what,
      {
        timeout: 15_000,
      },
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  expect(done(), what).to.be.ok;
}

describe('network faults', function () {
  this.timeout(45_000);

  after(() => {
    console.log(
      `Faults: cases tried: ${tally.tried}, recovered: ${tally.recovered}, ` +
        `spinners left: ${tally.spinnersLeft}`,
    );
  });

  describe('<biblio-news-list>', () => {
    const quickFaults: Fault[] = [
      '500',
      '503',
      '429',
      'truncated',
      'html',
      'empty',
      'drop',
      'big',
      'drip',
    ];
    for (const fault of quickFaults) {
      it(`shows the ${fault} fault as its localized error, then recovers on Retry`, async () => {
        const key = uniqueKey(`news-${fault}`);
        const src = await stash(key, jsonFeed(key));
        const el = await checkFault({
          fault,
          key,
          done: 'item',
          render: () => fixture(html`<biblio-news-list lang="en" src=${src}></biblio-news-list>`),
        });
        expect(el.shadowRoot!.querySelectorAll('[part~="item"]').length).to.be.greaterThan(0);
      });
    }

    it('ends a request that never answers with the timeout error, then recovers', async () => {
      const key = uniqueKey('news-timeout');
      const src = await stash(key, jsonFeed(key));
      await checkFault({
        fault: 'timeout',
        key,
        done: 'item',
        timeout: 30_000,
        render: () => fixture(html`<biblio-news-list lang="en" src=${src}></biblio-news-list>`),
      });
    });

    it('keeps showing its cached copy when the feed fails on the next visit', async () => {
      const key = uniqueKey('news-cached');
      const src = await stash(key, jsonFeed(key));
      const first = await fixture(
        html`<biblio-news-list lang="en" src=${src} refresh="0"></biblio-news-list>`,
      );
      await settle(first, 'item');
      first.remove();
      tally.tried += 1;
      await arm(key, '500', 'all');
      const second = await fixture(
        html`<biblio-news-list lang="en" src=${src}></biblio-news-list>`,
      );
      await settle(second, 'item');
      expect(part(second, 'error')).to.equal(null);
      expect(second.shadowRoot!.textContent).to.contain(`${key} item 1`);
      await arm(key, '500', 0);
      tally.recovered += 1;
    });
  });

  describe('<biblio-article>', () => {
    for (const fault of ['500', 'truncated', 'html', 'empty', 'drop'] as Fault[]) {
      it(`shows the ${fault} fault as its localized error, then recovers on Retry`, async () => {
        const key = uniqueKey(`article-${fault}`);
        const feed = await stash(key, jsonFeed(key));
        const el = await checkFault({
          fault,
          key,
          done: 'body',
          render: () =>
            fixture(
              html`<biblio-article lang="en" feed=${feed} item-id=${`${key}-2`}></biblio-article>`,
            ),
        });
        expect(part(el, 'body')!.textContent).to.contain(`${key} body 2`);
      });
    }
  });

  describe('<biblio-partners>', () => {
    for (const fault of ['500', 'truncated', 'html', 'empty', 'drop'] as Fault[]) {
      it(`shows the ${fault} fault as its localized error, then recovers on Retry`, async () => {
        const key = uniqueKey(`partners-${fault}`);
        const src = await stash(key, {
          partners: [{ name: 'Музей', url: 'https://museum.example/' }],
        });
        const el = await checkFault({
          fault,
          key,
          done: 'link',
          render: () => fixture(html`<biblio-partners lang="en" src=${src}></biblio-partners>`),
        });
        expect(part(el, 'link')!.textContent!.trim()).to.equal('Музей');
      });
    }
  });

  describe('<biblio-view-counter>', () => {
    for (const fault of ['500', 'truncated', 'html', 'empty', 'drop'] as Fault[]) {
      it(`keeps the page's own text through the ${fault} fault and reports it, with no spinner`, async () => {
        tally.tried += 1;
        const key = uniqueKey(`views-${fault}`);
        const api = await stash(key, { itemId: 'news-1', views: 225 });
        await arm(key, fault, 'all');
        let reported: () => void = () => {};
        const errorReported = new Promise<void>((resolve) => (reported = resolve));
        const el = await fixture(
          html`<biblio-view-counter
            lang="en"
            api=${api}
            item-id="news-1"
            @biblio-error=${() => reported()}
            >Просмотров: 224</biblio-view-counter
          >`,
        );
        await errorReported;
        expect(part(el, 'count')).to.equal(null);
        expect(el.textContent!.trim()).to.equal('Просмотров: 224');
        await arm(key, fault, 0);
        const healed = await fixture(
          html`<biblio-view-counter lang="en" api=${api} item-id="news-1"></biblio-view-counter>`,
        );
        await waitUntil(() => part(healed, 'count'), 'the counter did not load once healed');
        expect(part(healed, 'count')!.textContent).to.equal('225 views');
        tally.recovered += 1;
      });
    }
  });

  describe('<biblio-comments>', () => {
    const api = '/fake-comments';

    async function setUp(thread: string, settings: Record<string, unknown>) {
      await fetch(`${api}/_setup/${thread}`, { method: 'POST', body: JSON.stringify(settings) });
    }

    const renderComments = (thread: string) =>
      fixture(html`<biblio-comments lang="en" api=${api} thread=${thread}></biblio-comments>`);

    for (const [name, fault] of [
      ['a 500', { method: 'GET', status: 500 }],
      ['a dropped connection', { method: 'GET', drop: true, times: 2 }],
      ['a 429', { method: 'GET', status: 429 }],
    ] as const) {
      it(`shows ${name} while loading as an error, then recovers on Retry`, async () => {
        const thread = uniqueKey('comments-load');
        tally.tried += 1;
        await setUp(thread, {
          comments: [{ id: 'c1', author: { name: 'Анна' }, text: 'Первый комментарий' }],
          faults: [fault],
        });
        const el = await renderComments(thread);
        await settle(el, 'text');
        await retryUntil(
          el,
          () => part(el, 'retry')!.click(),
          () => part(el, 'text'),
          'comments did not recover on Retry',
        );
        expect(part(el, 'text')!.textContent).to.contain('Первый комментарий');
        tally.recovered += 1;
      });
    }

    for (const [name, fault] of [
      ['a 500', { method: 'POST', status: 500 }],
      ['a 503', { method: 'POST', status: 503 }],
      ['a 429 with Retry-After', { method: 'POST', status: 429 }],
      ['a dropped connection', { method: 'POST', drop: true, times: 2 }],
    ] as const) {
      it(`keeps the draft through ${name} on sending and through a reload, then posts it`, async () => {
        const thread = uniqueKey('comments-draft');
        tally.tried += 1;
        await setUp(thread, { faults: [fault] });
        const text = `Черновик, который нельзя терять (${name})`;
        let el = await renderComments(thread);
        await settle(el, 'empty');
        const field = (id: string) =>
          el.shadowRoot!.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${id}`);
        const textarea = () => field('text-top')!;
        const submit = () =>
          textarea().closest('form')!.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
        for (const [id, value] of [
          ['name-top', 'Читатель'],
          ['text-top', text],
        ]) {
          if (!field(id)) continue;
          field(id)!.value = value;
          field(id)!.dispatchEvent(new Event('input'));
          await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
        }
        submit();
        await waitUntil(() => field('problem-top'), `no message after ${name}`, {
          timeout: 15_000,
        });
        expect(textarea().value).to.equal(text);
        el.remove();
        el = await renderComments(thread);
        await settle(el, 'empty');
        await waitUntil(() => textarea()?.value === text, 'the draft was lost on reload');
        await retryUntil(el, submit, () => part(el, 'text'), 'the draft was never posted');
        expect(part(el, 'text')!.textContent).to.contain(text);
        tally.recovered += 1;
      });
    }
  });
});
