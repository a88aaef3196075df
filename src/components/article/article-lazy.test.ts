import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { NewsItem } from '../../data/model.js';
import { downloadedModules, withSlowModules } from '../../../test/support/lazy-chunks.js';
import type { BiblioArticle } from './article.js';
import { part, poetryEvening } from '../../../test/support/article-alone.js';

const lazyModules = ['purify.es', 'sanitize-with-purify', 'view-counter', 'share-links'];
const lazyDownloads = () => downloadedModules().filter((name) => lazyModules.includes(name));

async function article(item: NewsItem, share?: string) {
  const el = await fixture<BiblioArticle>(
    html`<biblio-article lang="ru" share=${ifDefined(share)}></biblio-article>`,
  );
  el.item = item;
  await waitUntil(() => part(el, 'base'), 'article never shown', { timeout: 5000 });
  return el;
}

const textOnly: NewsItem = { ...poetryEvening, contentText: 'Первый абзац.' };

describe('<biblio-article> downloads only what it shows', () => {
  it('shows a text-only article without views or share links with none of its lazy chunks', async () => {
    const el = await article(textOnly);
    expect(part(el, 'body')!.textContent!.trim()).to.equal('Первый абзац.');
    expect(part(el, 'views')).to.be.null;
    expect(part(el, 'share')).to.be.null;
    expect(lazyDownloads()).to.deep.equal([]);
    expect(customElements.get('biblio-view-counter')).to.be.undefined;
  });

  it('writes the count inside the counter while its code loads, so nothing moves when it arrives', async () => {
    await withSlowModules(['view-counter'], async () => {
      const el = await article({ ...textOnly, views: 225 });
      const counter = part(el, 'views')!;
      expect(customElements.get('biblio-view-counter')).to.be.undefined;
      expect(counter.textContent!.trim()).to.equal('Просмотров: 225');
      const before = { article: el.offsetHeight, counter: counter.getBoundingClientRect() };
      expect(before.counter.width).to.be.greaterThan(0);
      await waitUntil(
        () => counter.shadowRoot?.querySelector('[part="count"]'),
        'the counter never took over',
        { timeout: 3000 },
      );
      expect(counter.shadowRoot!.querySelector('[part="count"]')!.textContent).to.equal(
        'Просмотров: 225',
      );
      const after = counter.getBoundingClientRect();
      expect(el.offsetHeight).to.equal(before.article);
      expect([after.x, after.y, after.height]).to.deep.equal([
        before.counter.x,
        before.counter.y,
        before.counter.height,
      ]);
      expect(after.width).to.be.closeTo(before.counter.width, 1);
      expect(lazyDownloads()).to.deep.equal(['view-counter']);
    });
  });

  it('has its share links at first paint, their code loaded alongside the item', async () => {
    await withSlowModules(['share-links'], async () => {
      const el = await article(textOnly, 'telegram copy');
      expect(
        [...el.shadowRoot!.querySelectorAll('[part="share-link"]')].map((link) =>
          link.textContent!.replace(/\(.*\)/, '').trim(),
        ),
      ).to.deep.equal(['Telegram', 'Скопировать ссылку']);
      expect(lazyDownloads().sort()).to.deep.equal(['share-links', 'view-counter']);
    });
  });

  it('downloads DOMPurify with its rules once an article has HTML to clean', async () => {
    const el = await article({ ...textOnly, contentHtml: '<p>Абзац <b>из ленты</b>.</p>' });
    expect(part(el, 'body')!.querySelector('b')!.textContent).to.equal('из ленты');
    expect(lazyDownloads().sort()).to.deep.equal([
      'purify.es',
      'sanitize-with-purify',
      'share-links',
      'view-counter',
    ]);
  });
});
