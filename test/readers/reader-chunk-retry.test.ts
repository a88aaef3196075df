import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/define/news-list.js';
import { browserRefetchesFailedModules, withFailingModules } from '../support/lazy-chunks.js';
import { part, titles } from '../support/news-list-queries.js';

/**
 * A page that lost its connection after loading: the news list's reader chunk cannot be
 * fetched (test/middleware/lazy-chunks.mjs fails it). The reader sees the localized
 * network error, and Retry fetches the chunk again (in a browser that keeps a failed download
 * until the page reloads, Retry tells the error again).
 */
describe('<biblio-news-list> when its feed reader cannot load', () => {
  it('shows the localized network error with Retry, and Retry loads the reader and the feed', async () => {
    const unhandled: unknown[] = [];
    const record = (event: PromiseRejectionEvent) => unhandled.push(event.reason);
    window.addEventListener('unhandledrejection', record);
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('biblio-news-list');
      el.lang = 'ru';
      await withFailingModules(['array-reader'], async () => {
        const failed = oneEvent(el, 'biblio-error');
        el.src = '/test/fixtures/feeds/bare-array.json';
        wrapper.append(el);
        expect((await failed).detail.error.kind).to.equal('network');
      });
      await waitUntil(() => part(el, 'error'), 'no error shown');
      expect(part(el, 'error')!.textContent).to.contain('Нет соединения. Проверьте подключение');
      await expect(el).to.be.accessible();
      if (await browserRefetchesFailedModules()) {
        part(el, 'retry')!.click();
        await waitUntil(() => titles(el).length > 0, 'Retry did not load the reader');
        expect(titles(el)).to.have.length(2);
      } else {
        const again = oneEvent(el, 'biblio-error');
        part(el, 'retry')!.click();
        expect((await again).detail.error.kind).to.equal('network');
        await waitUntil(() => part(el, 'error'), 'no error shown after Retry');
      }
      expect(unhandled).to.deep.equal([]);
    } finally {
      window.removeEventListener('unhandledrejection', record);
    }
  });
});
