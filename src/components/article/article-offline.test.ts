import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import {
  browserRefetchesFailedModules,
  withFailingModules,
} from '../../../test/support/lazy-chunks.js';
import type { BiblioArticle } from './article.js';
import { part, poetryEvening } from '../../../test/support/article-alone.js';

/*
 * A module the page has loaded once cannot be made to fail, so these tests live apart from the
 * ones that load the same chunks successfully. Retry can load a chunk only in a browser that
 * downloads a failed module again; in one that keeps the failure, Retry must tell it again.
 */

/** Runs `retry` and expects the element to report the network error once more. */
async function expectFailureAgain(el: BiblioArticle, retry: () => void) {
  const again = oneEvent(el, 'biblio-error');
  retry();
  expect((await again).detail.error.kind).to.equal('network');
  await el.updateComplete;
}
describe('<biblio-article> when a lazy chunk cannot be downloaded', () => {
  it('shows its localized error with Retry when the sanitizer does not arrive, and Retry loads it', async () => {
    const el = await withFailingModules(['sanitize-with-purify'], async () => {
      const article = await fixture<BiblioArticle>(
        html`<biblio-article lang="ru"></biblio-article>`,
      );
      const failed = oneEvent(article, 'biblio-error');
      article.item = { ...poetryEvening, contentHtml: '<p>Абзац <b>из ленты</b>.</p>' };
      expect((await failed).detail.error.kind).to.equal('network');
      await waitUntil(() => part(article, 'error'), 'no error shown');
      expect(part(article, 'error')!.textContent).to.contain(
        'Нет соединения. Проверьте подключение и повторите попытку.',
      );
      expect(part(article, 'body')).to.be.null;
      await expect(article).to.be.accessible();
      return article;
    });
    if (!(await browserRefetchesFailedModules())) {
      await expectFailureAgain(el, () => part(el, 'retry')!.click());
      await waitUntil(() => part(el, 'error'), 'no error shown after Retry');
      expect(part(el, 'error')!.textContent).to.contain('Нет соединения.');
      return;
    }
    part(el, 'retry')!.click();
    await waitUntil(() => part(el, 'body'), 'Retry did not load the sanitizer', { timeout: 5000 });
    expect(part(el, 'body')!.querySelector('b')!.textContent).to.equal('из ленты');
  });

  it('shows its localized error with Retry when the share links do not arrive, and Retry loads them', async () => {
    const el = await withFailingModules(['share-links'], async () => {
      const article = await fixture<BiblioArticle>(
        html`<biblio-article lang="en" share="telegram"></biblio-article>`,
      );
      const failed = oneEvent(article, 'biblio-error');
      article.item = { ...poetryEvening, contentText: 'First paragraph.' };
      expect((await failed).detail.error.kind).to.equal('network');
      await waitUntil(() => part(article, 'error'), 'no error shown');
      expect(part(article, 'error')!.textContent).to.contain(
        'Could not connect. Check your connection and try again.',
      );
      expect(part(article, 'retry')!.textContent!.trim()).to.equal('Try again');
      expect(part(article, 'base')).to.be.null;
      await expect(article).to.be.accessible();
      return article;
    });
    if (!(await browserRefetchesFailedModules())) {
      await expectFailureAgain(el, () => part(el, 'retry')!.click());
      await waitUntil(() => part(el, 'error'), 'no error shown after Retry');
      expect(part(el, 'error')!.textContent).to.contain('Could not connect.');
      return;
    }
    part(el, 'retry')!.click();
    await waitUntil(() => part(el, 'share-link'), 'Retry did not load the share links', {
      timeout: 5000,
    });
    expect(part(el, 'share-link')!.textContent).to.contain('Telegram');
  });

  it('keeps the count written in the counter, and tells the page, when the counter does not arrive; the next item loads it', async () => {
    const el = await withFailingModules(['view-counter'], async () => {
      const article = await fixture<BiblioArticle>(
        html`<biblio-article lang="ru"></biblio-article>`,
      );
      const failed = oneEvent(article, 'biblio-error');
      article.item = { ...poetryEvening, contentText: 'Первый абзац.', views: 225 };
      expect((await failed).detail.error.kind).to.equal('network');
      await article.updateComplete;
      expect(part(article, 'error')).to.be.null;
      expect(part(article, 'body')!.textContent!.trim()).to.equal('Первый абзац.');
      expect(part(article, 'views')!.textContent!.trim()).to.equal('Просмотров: 225');
      expect(customElements.get('biblio-view-counter')).to.be.undefined;
      await expect(article).to.be.accessible();
      return article;
    });
    const next = { ...poetryEvening, id: 'news-226', contentText: 'Другая статья.', views: 12 };
    if (!(await browserRefetchesFailedModules())) {
      await expectFailureAgain(el, () => (el.item = next));
      await el.updateComplete;
      expect(part(el, 'views')!.textContent!.trim()).to.equal('Просмотров: 12');
      return;
    }
    el.item = next;
    await waitUntil(
      () => part(el, 'views')?.shadowRoot?.querySelector('[part="count"]'),
      'the next item did not load the counter',
      { timeout: 5000 },
    );
    expect(part(el, 'views')!.shadowRoot!.querySelector('[part="count"]')!.textContent).to.equal(
      'Просмотров: 12',
    );
  });
});
