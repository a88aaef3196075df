import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../all.js';
import type { BiblioElement } from '../index.js';

/**
 * Each element laid out right to left, measured: what sits at the start of a line in Russian
 * (a news picture, a reply's indent, the first partner, the back arrow) sits at its right in
 * Arabic, and what means no direction (the eye of the low-vision switch, logos) is not flipped.
 * Every check runs in both directions, so a layout that ignores direction fails one of them.
 * `dir` on an ancestor is how a page (and the element for an RTL language) sets the direction;
 * `:dir()` follows that attribute into the shadow root, the CSS direction property alone not.
 */

type Direction = 'ltr' | 'rtl';

const fixtures = new URL('/test/fixtures/', location.href).href;

const inner = <T extends Element = HTMLElement>(host: BiblioElement, selector: string) =>
  host.shadowRoot!.querySelector<T>(selector)!;

const allInner = (host: BiblioElement, selector: string) => [
  ...host.shadowRoot!.querySelectorAll<HTMLElement>(selector),
];

const box = (element: Element) => element.getBoundingClientRect();

/** How far `inner` sits from the side lines start from (left in Russian, right in Arabic). */
function fromStart(innerBox: DOMRect, outerBox: DOMRect, dir: Direction): number {
  return dir === 'rtl' ? outerBox.right - innerBox.right : innerBox.left - outerBox.left;
}

/** How far `inner` sits from the side lines end at. */
function fromEnd(innerBox: DOMRect, outerBox: DOMRect, dir: Direction): number {
  return dir === 'rtl' ? innerBox.left - outerBox.left : outerBox.right - innerBox.right;
}

/** Whether `first` comes wholly before `second` along a line read in `dir`. */
function precedes(first: Element, second: Element, dir: Direction): boolean {
  const [a, b] = [box(first), box(second)];
  return dir === 'rtl' ? a.left >= b.right - 1 : a.right <= b.left + 1;
}

/** Gives a thread of the fake comment server the four comments of the fixture, one a reply. */
async function seed(thread: string) {
  const { comments } = await (await fetch(`${fixtures}comments.json`)).json();
  await fetch(`/fake-comments/_setup/${thread}`, {
    method: 'POST',
    body: JSON.stringify({ comments }),
  });
}

async function rendered<T extends BiblioElement>(
  dir: Direction,
  template: ReturnType<typeof html>,
  ready: string,
): Promise<T> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div dir=${dir} lang="ru" style="width: 48rem">${template}</div>`,
  );
  const host = wrapper.firstElementChild as T;
  await waitUntil(
    () => host.shadowRoot?.querySelector(ready),
    `${host.localName} never showed ${ready}`,
    { timeout: 5000 },
  );
  await host.updateComplete;
  return host;
}

/** Resolves once every image in the shadow root has loaded (or failed), so boxes hold still. */
async function imagesSettled(host: BiblioElement) {
  await Promise.all(
    allInner(host, 'img').map((image) => (image as HTMLImageElement).decode().catch(() => {})),
  );
}

/** Whether the first words of `element` run left to right: their last letter right of the first. */
function readsLeftToRight(element: Element): boolean {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  let text = walker.nextNode() as Text;
  while (!text.data.trim()) text = walker.nextNode() as Text;
  const letterBox = (index: number) => {
    const range = document.createRange();
    range.setStart(text, index);
    range.setEnd(text, index + 1);
    return range.getBoundingClientRect();
  };
  const first = text.data.length - text.data.trimStart().length;
  const last = text.data.trimEnd().length - 1;
  return letterBox(last).left > letterBox(first).right;
}

for (const dir of ['ltr', 'rtl'] as const) {
  describe(`laid out ${dir}`, () => {
    it('the news list puts each picture at the start of its item and the text after it', async () => {
      const list = await rendered(
        dir,
        html`<biblio-news-list
          src="${fixtures}news.json"
          show="date,image,summary,tags"
        ></biblio-news-list>`,
        '.title a',
      );
      await imagesSettled(list);
      const card = inner(list, '.card:has(> .image:not([hidden]))');
      const image = card.querySelector('.image')!;
      const title = card.querySelector('.title')!;
      expect(fromStart(box(image), box(card), dir)).to.be.closeTo(0, 1);
      expect(precedes(image, title, dir), 'the title after the picture').to.be.true;
      const tagged = allInner(list, '.tags').find((tags) => tags.children.length > 1)!;
      const [firstTag, secondTag] = tagged.children;
      expect(precedes(firstTag, secondTag, dir), 'tags in reading order').to.be.true;
    });

    it('the comments indent replies from the start side, with the line on that side', async () => {
      const thread = `rtl-${dir}-${Date.now().toString(36)}`;
      await seed(thread);
      const comments = await rendered(
        dir,
        html`<biblio-comments api="/fake-comments" thread=${thread}></biblio-comments>`,
        '#comment-c2',
      );
      const parent = box(inner(comments, '#comment-c1'));
      const reply = box(inner(comments, '#comment-c2'));
      expect(fromStart(reply, parent, dir), 'indented from the start side').to.be.greaterThan(20);
      expect(fromEnd(reply, parent, dir), 'flush with its parent at the end').to.be.closeTo(0, 1);
      const replies = getComputedStyle(inner(comments, '.replies'));
      const [start, end] = dir === 'rtl' ? ['right', 'left'] : ['left', 'right'];
      expect(replies.getPropertyValue(`border-${start}-width`)).to.equal('2px');
      expect(replies.getPropertyValue(`border-${end}-width`)).to.equal('0px');
    });

    it('the comments show a Russian comment left to right, its full stop at its end', async () => {
      const thread = `rtl-text-${dir}-${Date.now().toString(36)}`;
      await seed(thread);
      const comments = await rendered(
        dir,
        html`<biblio-comments api="/fake-comments" thread=${thread}></biblio-comments>`,
        '#comment-c4 [part="text"]',
      );
      const text = inner(comments, '#comment-c4 [part="text"]');
      expect(text.textContent).to.equal('Обязательно приду.');
      expect(readsLeftToRight(text)).to.be.true;
    });

    it('the news list and the article show a Russian feed’s title and text left to right', async () => {
      const list = await rendered(
        dir,
        html`<biblio-news-list src="${fixtures}news.json" show="summary"></biblio-news-list>`,
        '.title a',
      );
      expect(readsLeftToRight(inner(list, '.title a')), 'title').to.be.true;
      expect(readsLeftToRight(inner(list, '.summary')), 'summary').to.be.true;
      const article = await rendered(
        dir,
        html`<biblio-article
          .item=${{ id: 'a', title: 'Читальный зал открыт.', tags: [], contentText: 'Ждём вас.' }}
        ></biblio-article>`,
        '[part="body"]',
      );
      expect(readsLeftToRight(inner(article, '[part="title"]')), 'article title').to.be.true;
      expect(readsLeftToRight(inner(article, '[part="body"] > *')), 'article body').to.be.true;
    });

    it('the comment form hides its honeypot without scrolling the page sideways', async () => {
      const comments = await rendered(
        dir,
        html`<biblio-comments api="/fake-comments" thread="rtl-honeypot"></biblio-comments>`,
        '.honeypot',
      );
      try {
        for (const pageDir of ['ltr', 'rtl']) {
          document.documentElement.dir = pageDir;
          const root = document.scrollingElement!;
          expect(root.scrollWidth, `on a ${pageDir} page`).to.equal(root.clientWidth);
        }
      } finally {
        document.documentElement.removeAttribute('dir');
      }
      expect(box(inner(comments, '.honeypot')).bottom, 'above the page').to.be.below(0);
    });

    it('the partners grid starts its rows at the start side and leaves logos unflipped', async () => {
      const partners = await rendered(
        dir,
        html`<biblio-partners src="${fixtures}partners.json" layout="grid"></biblio-partners>`,
        '[part="link"]',
      );
      await imagesSettled(partners);
      const [first, second] = allInner(partners, '[part="link"]');
      expect(box(first).top).to.equal(box(second).top);
      expect(precedes(first, second, dir), 'the first partner first').to.be.true;
      const list = box(inner(partners, '[part="list"]'));
      expect(fromStart(box(first), list, dir)).to.be.closeTo(0, 1);
      for (const logo of allInner(partners, 'img')) {
        expect(getComputedStyle(logo).transform).to.equal('none');
      }
    });

    it('the partners show a Russian name left to right, its closing quote at its end', async () => {
      const partners = await rendered(
        dir,
        html`<biblio-partners src="${fixtures}partners.json" layout="list"></biblio-partners>`,
        '[part="name"]',
      );
      const name = allInner(partners, '[part="name"]').find((element) =>
        element.textContent!.trim().endsWith('»'),
      )!;
      expect(readsLeftToRight(name)).to.be.true;
    });

    it('the article points its back arrow the way reading came from', async () => {
      const article = await rendered(
        dir,
        html`<biblio-article
          src="${fixtures}article/wordpress-post.json"
          archive-href="/news/"
        ></biblio-article>`,
        '[part="archive"]',
      );
      const link = inner(article, '[part="archive"]');
      const arrow = link.querySelector('[aria-hidden]')!;
      expect(fromStart(box(arrow), box(link), dir)).to.be.closeTo(0, 1);
      expect(getComputedStyle(arrow).transform).to.equal(
        dir === 'rtl' ? 'matrix(-1, 0, 0, 1, 0, 0)' : 'none',
      );
      const title = box(inner(article, '[part="title"]'));
      const body = box(inner(article, 'article'));
      expect(fromStart(title, body, dir), 'the title starts at the start side').to.be.closeTo(0, 1);
    });

    it('the low-vision switch keeps its eye unflipped, before its words', async () => {
      const panel = await rendered(
        dir,
        html`<biblio-vision-panel></biblio-vision-panel>`,
        '[part="toggle"] svg',
      );
      const toggle = inner(panel, '[part="toggle"]');
      const eye = toggle.querySelector('svg')!;
      expect(getComputedStyle(eye).transform).to.equal('none');
      const { paddingInlineStart, borderInlineStartWidth } = getComputedStyle(toggle);
      expect(fromStart(box(eye), box(toggle), dir)).to.be.closeTo(
        parseFloat(paddingInlineStart) + parseFloat(borderInlineStartWidth),
        1,
      );
      toggle.click();
      await waitUntil(() => panel.shadowRoot!.querySelector('[part="panel"] label'), 'no panel', {
        timeout: 5000,
      });
      const [firstOption, secondOption] = allInner(panel, '[part="panel"] .options label');
      expect(precedes(firstOption, secondOption, dir), 'options in reading order').to.be.true;
    });

    it('the counters read in the direction of their line', async () => {
      const thread = `rtl-count-${dir}-${Date.now().toString(36)}`;
      await seed(thread);
      const wrapper = await fixture<HTMLParagraphElement>(
        html`<p dir=${dir} lang="ru">
          <biblio-view-counter count="225"></biblio-view-counter>
          <biblio-comment-count api="/fake-comments" thread=${thread}></biblio-comment-count>
        </p>`,
      );
      const counters = [...wrapper.querySelectorAll<BiblioElement>('*')];
      await waitUntil(
        () => counters.every((counter) => counter.shadowRoot?.querySelector('[part="base"]')),
        'a counter never showed its count',
        { timeout: 5000 },
      );
      for (const counter of counters) {
        expect(getComputedStyle(inner(counter, '[part="base"]')).direction).to.equal(dir);
      }
      expect(inner(counters[1], '[part="base"]').textContent).to.contain('4');
    });
  });
}

it('an Arabic element, with no dir on the page, lays itself out right to left', async () => {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="width: 48rem">
      <biblio-article
        lang="ar"
        src="${fixtures}article/wordpress-post.json"
        archive-href="/news/"
      ></biblio-article>
    </div>`,
  );
  const article = wrapper.firstElementChild as BiblioElement;
  await waitUntil(
    () => article.shadowRoot?.querySelector('[part="archive"]')?.textContent?.includes('الأخبار'),
    'the article never spoke Arabic',
    { timeout: 5000 },
  );
  const link = inner(article, '[part="archive"]');
  const arrow = link.querySelector('[aria-hidden]')!;
  expect(getComputedStyle(arrow).transform).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
  expect(fromStart(box(arrow), box(link), 'rtl')).to.be.closeTo(0, 1);
  const body = box(inner(article, 'article'));
  expect(fromStart(box(inner(article, '[part="title"]')), body, 'rtl')).to.be.closeTo(0, 1);
});

it('a dir on the element itself turns its layout as one on the page does', async () => {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div lang="ru" style="width: 48rem">
      <biblio-article
        dir="rtl"
        src="${fixtures}article/wordpress-post.json"
        archive-href="/news/"
      ></biblio-article>
    </div>`,
  );
  const article = wrapper.firstElementChild as BiblioElement;
  await waitUntil(() => article.shadowRoot?.querySelector('[part="archive"]'), 'no article', {
    timeout: 5000,
  });
  const arrow = inner(article, '[part="archive"] [aria-hidden]');
  expect(getComputedStyle(arrow).transform).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
});
