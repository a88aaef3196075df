import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { withFailingModules } from '../../../test/support/lazy-chunks.js';
import type { BiblioArticle } from './article.js';
import { part, poetryEvening } from '../../../test/support/article-alone.js';

/*
 * A browser keeps a module it failed to fetch as failed for the rest of the page (Chromium 156
 * does), so these tests live apart from the ones that load the same chunks successfully.
 */
describe('<biblio-article> when a lazy chunk cannot be downloaded', () => {
  it('shows its localized error with Retry when the sanitizer does not arrive', async () => {
    await withFailingModules(['sanitize-with-purify'], async () => {
      const el = await fixture<BiblioArticle>(html`<biblio-article lang="ru"></biblio-article>`);
      const failed = oneEvent(el, 'biblio-error');
      el.item = { ...poetryEvening, contentHtml: '<p>Абзац из ленты.</p>' };
      expect((await failed).detail.error.kind).to.equal('network');
      await waitUntil(() => part(el, 'error'), 'no error shown');
      expect(part(el, 'error')!.textContent).to.contain(
        'Нет соединения. Проверьте подключение и повторите попытку.',
      );
      expect(part(el, 'body')).to.be.null;
      await expect(el).to.be.accessible();
      const failedAgain = oneEvent(el, 'biblio-error');
      part(el, 'retry')!.click();
      expect((await failedAgain).detail.error.kind).to.equal('network');
      await waitUntil(() => part(el, 'retry'), 'no Retry after retrying');
    });
  });

  it('shows its localized error with Retry when the share links do not arrive', async () => {
    await withFailingModules(['share-links'], async () => {
      const el = await fixture<BiblioArticle>(
        html`<biblio-article lang="en" share></biblio-article>`,
      );
      const failed = oneEvent(el, 'biblio-error');
      el.item = { ...poetryEvening, contentText: 'First paragraph.' };
      expect((await failed).detail.error.kind).to.equal('network');
      await waitUntil(() => part(el, 'error'), 'no error shown');
      expect(part(el, 'error')!.textContent).to.contain(
        'Could not connect. Check your connection and try again.',
      );
      expect(part(el, 'retry')!.textContent!.trim()).to.equal('Try again');
      expect(part(el, 'base')).to.be.null;
      await expect(el).to.be.accessible();
    });
  });

  it('keeps the count written in the counter, and tells the page, when the counter does not arrive', async () => {
    await withFailingModules(['view-counter'], async () => {
      const el = await fixture<BiblioArticle>(html`<biblio-article lang="ru"></biblio-article>`);
      const failed = oneEvent(el, 'biblio-error');
      el.item = { ...poetryEvening, contentText: 'Первый абзац.', views: 225 };
      expect((await failed).detail.error.kind).to.equal('network');
      await el.updateComplete;
      expect(part(el, 'error')).to.be.null;
      expect(part(el, 'body')!.textContent!.trim()).to.equal('Первый абзац.');
      expect(part(el, 'views')!.textContent!.trim()).to.equal('Просмотров: 225');
      expect(customElements.get('biblio-view-counter')).to.be.undefined;
      await expect(el).to.be.accessible();
    });
  });
});
