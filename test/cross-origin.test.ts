import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/define/article.js';
import '../src/define/comment-count.js';
import '../src/define/comments.js';
import '../src/define/news-list.js';
import '../src/define/partners.js';
import '../src/define/view-counter.js';
import type { BiblioComments } from '../src/components/comments/comments.js';
import { clearMemoryCache } from '../src/data/feed/cache.js';

/*
 * Every element that reads over HTTP, reading from a second origin that answers as a static
 * host does: `Access-Control-Allow-Origin: *` and no preflight (see
 * test/middleware/cross-origin-api.mjs). The page is on localhost; 127.0.0.1 is another origin.
 */

interface Log {
  requests: Array<{ method: string; path: string }>;
  preflights: Array<{ path: string; headers?: string }>;
}

/** A fresh second-origin base per test, so logs never mix. */
function secondOrigin(): string {
  const key = Math.random().toString(36).slice(2);
  return `http://127.0.0.1:${location.port}/cross-origin/${key}`;
}

async function logOf(base: string): Promise<Log> {
  return (await fetch(`${base}/log`)).json();
}

const shadowText = (el: Element, selector: string) =>
  [...el.shadowRoot!.querySelectorAll(selector)].map((node) => node.textContent?.trim());

const shownText = (el: Element, selector: string) =>
  waitUntil(
    () => shadowText(el, selector).length > 0 || el.shadowRoot!.querySelector('[part="error"]'),
    `${el.localName} never loaded`,
  ).then(() => shadowText(el, selector));

describe('reading from another origin that only sends Access-Control-Allow-Origin: *', () => {
  before(() => {
    expect(new URL(secondOrigin()).origin, 'the test needs a second origin').not.to.equal(
      location.origin,
    );
  });

  it('the news list shows a cross-origin feed without a preflight, also when it revalidates', async () => {
    const base = secondOrigin();
    const src = `${base}/feed?fixture=bare-array.json`;
    const first = await fixture(html`<biblio-news-list lang="en" src=${src}></biblio-news-list>`);
    expect(await shownText(first, '[part="title"]')).to.deep.equal(['Book fair', 'Opening hours']);
    // The feed sent Last-Modified, which a cross-origin page can read: revalidating the stored
    // copy with it must not turn the next load into a preflighted one.
    clearMemoryCache();
    const storedKey = `biblio-feed:${src}`;
    const stored = JSON.parse(localStorage.getItem(storedKey)!);
    localStorage.setItem(storedKey, JSON.stringify({ ...stored, savedAt: 0 }));
    const second = await fixture(html`<biblio-news-list lang="en" src=${src}></biblio-news-list>`);
    expect(await shownText(second, '[part="title"]')).to.deep.equal(['Book fair', 'Opening hours']);
    const feedRequests = async () =>
      (await logOf(base)).requests.filter(({ path }) => path.endsWith('/feed')).length;
    await waitUntil(async () => (await feedRequests()) === 2, 'the stale copy was not revalidated');
    expect((await logOf(base)).preflights).to.deep.equal([]);
  });

  it('the article finds its item in a cross-origin feed and counts views there', async () => {
    const base = secondOrigin();
    const el = await fixture(
      html`<biblio-article
        lang="en"
        feed=${`${base}/feed?fixture=bare-array.json`}
        item-id="7"
        views-api=${`${base}/api`}
        register-view
      ></biblio-article>`,
    );
    expect(await shownText(el, '[part="title"]')).to.deep.equal(['Book fair']);
    const counter = await waitUntil(() => el.shadowRoot!.querySelector('biblio-view-counter')).then(
      () => el.shadowRoot!.querySelector('biblio-view-counter')!,
    );
    await waitUntil(() => /226/.test(shadowText(counter, '[part="count"]').join()), 'no count');
    const { requests, preflights } = await logOf(base);
    expect(requests.map(({ method }) => method)).to.include.members(['GET', 'POST']);
    expect(preflights).to.deep.equal([]);
  });

  it('the view counter reads and registers a view without a preflight', async () => {
    const base = secondOrigin();
    const el = await fixture(
      html`<biblio-view-counter
        lang="en"
        api=${`${base}/api`}
        item-id="news-1"
        register
      ></biblio-view-counter>`,
    );
    await waitUntil(() => /226 views/.test(shadowText(el, '[part="count"]').join()), 'no count');
    expect((await logOf(base)).preflights).to.deep.equal([]);
  });

  it('the comment count reads its batch without a preflight', async () => {
    const base = secondOrigin();
    const el = await fixture(
      html`<biblio-comment-count
        lang="en"
        api=${`${base}/api`}
        thread="news-1"
      ></biblio-comment-count>`,
    );
    await waitUntil(() => /3 comments/.test(el.shadowRoot!.textContent ?? ''), 'no count shown');
    expect((await logOf(base)).preflights).to.deep.equal([]);
  });

  it('the comment box lists comments without a preflight', async () => {
    const base = secondOrigin();
    const el = await fixture(
      html`<biblio-comments lang="en" api=${`${base}/api`} thread="news-1"></biblio-comments>`,
    );
    expect(await shownText(el, '[part="text"]')).to.have.length.greaterThan(0);
    expect((await logOf(base)).preflights).to.deep.equal([]);
  });

  it('the partners footer reads a cross-origin list without a preflight', async () => {
    const base = secondOrigin();
    const el = await fixture(
      html`<biblio-partners lang="ru" src=${`${base}/partners`}></biblio-partners>`,
    );
    expect(await shownText(el, '[part="name"]')).to.include('Министерство культуры');
    expect((await logOf(base)).preflights).to.deep.equal([]);
  });
});

describe('a comment box on a site the comment server does not allow', () => {
  async function refusedPost(lang: string): Promise<string> {
    const base = secondOrigin();
    const el = await fixture<BiblioComments>(
      html`<biblio-comments lang=${lang} api=${`${base}/api`} thread="news-1"></biblio-comments>`,
    );
    await shownText(el, '[part="text"]');
    const field = (id: string) =>
      el.shadowRoot!.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${id}`);
    await waitUntil(() => field('text-top'), 'no comment form');
    for (const [id, value] of [
      ['name-top', 'Мария'],
      ['text-top', 'Спасибо!'],
    ]) {
      const input = field(id);
      if (!input) continue;
      input.value = value;
      input.dispatchEvent(new Event('input'));
    }
    await el.updateComplete;
    field('text-top')!
      .closest('form')!
      .querySelector<HTMLButtonElement>('[part="submit"]')!
      .click();
    await waitUntil(() => el.shadowRoot!.querySelector('#problem-top'), 'no error shown', {
      timeout: 8000,
    });
    expect((await logOf(base)).preflights, 'the post was preflighted and refused').to.have.length(
      1,
    );
    return el.shadowRoot!.querySelector('#problem-top')!.textContent!.trim();
  }

  it('says the server refused this site, naming CORS_ORIGINS, not "check your connection"', async () => {
    const message = await refusedPost('en');
    expect(message).to.contain('CORS_ORIGINS');
    expect(message).to.contain(location.origin);
    expect(message).not.to.match(/check your connection/i);
  });

  it('says so when a logged-in read (its Authorization needs a preflight) is refused', async () => {
    const base = secondOrigin();
    const el = await fixture<BiblioComments>(
      html`<biblio-comments
        lang="en"
        api=${`${base}/api`}
        thread="news-1"
        .token=${'ok.reader.Reader'}
      ></biblio-comments>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('[part="error"]'), 'no error shown', {
      timeout: 8000,
    });
    const message = el.shadowRoot!.querySelector('[part="error"] p')!.textContent!;
    expect(message).to.contain('CORS_ORIGINS');
    expect(message).to.contain(location.origin);
  });

  it('says it in Russian too', async () => {
    const message = await refusedPost('ru');
    expect(message).to.contain('CORS_ORIGINS');
    expect(message).to.match(/не разрешает|не принимает/);
  });
});
