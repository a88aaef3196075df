import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../define/news-list.js';
import { part } from '../../../test/support/news-list-queries.js';
import type { BiblioNewsList } from './news-list.js';

/** A feed address that answers `body` with `type`, unique so no cached copy is shared. */
const served = (body: string, type: string) =>
  `/test-api/text/${Math.random().toString(36).slice(2)}?${new URLSearchParams({ body, type })}`;

async function errorMessage(src: string, lang: string): Promise<string> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement('biblio-news-list') as BiblioNewsList;
  el.lang = lang;
  el.src = src;
  wrapper.append(el);
  await waitUntil(() => part(el, 'error'), 'the list showed no error', { timeout: 6000 });
  return part(el, 'error')!.querySelector('p')!.textContent!;
}

const errorPage = '<!DOCTYPE html><html><body><h1>Сайт временно недоступен</h1></body></html>';
const cutOffFeed = '{"version":"https://jsonfeed.org/version/1.1","items":[{"id":"1","title":"Выст';

describe('<biblio-news-list> names what is wrong with a feed', () => {
  it('says an HTML page is a web page, not a feed, whatever its Content-Type', async () => {
    for (const type of ['text/html', 'text/plain', 'application/octet-stream']) {
      expect(await errorMessage(served(errorPage, type), 'en'), type).to.equal(
        'The address opens a web page, not data. Check the address: it must lead to the RSS or JSON file itself, not to a page of the site.',
      );
    }
    expect(await errorMessage(served(errorPage, 'text/plain'), 'ru')).to.contain(
      'открывается веб-страница, а не данные',
    );
  });

  it('recognises an XHTML page behind its XML declaration and a comment', async () => {
    const xhtml = `<?xml version="1.0" encoding="utf-8"?>\n<!-- Bitrix -->\n${errorPage.replace('<!DOCTYPE html>', '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">')}`;
    expect(await errorMessage(served(xhtml, 'application/xml'), 'en')).to.contain(
      'opens a web page, not data',
    );
  });

  it('says a feed whose JSON is cut off is broken, not that it is not JSON', async () => {
    expect(await errorMessage(served(cutOffFeed, 'application/feed+json'), 'en')).to.equal(
      'The JSON at this address is broken or cut off. Open the address in a browser to check it, or ask the site’s developer.',
    );
    expect(await errorMessage(served(cutOffFeed, 'application/json'), 'ru')).to.contain(
      'JSON по этому адресу повреждён или оборван',
    );
  });

  it('says a feed the proxy refused as over 5 MB is too large', async () => {
    expect(await errorMessage('/test-api/status/413', 'en')).to.equal(
      'The feed is too large (over 5 MB). Put fewer items in it or split it into pages.',
    );
    expect(await errorMessage('/test-api/status/413', 'ru')).to.equal(
      'Лента слишком большая (больше 5 МБ). Оставьте в ней меньше записей или разбейте её на страницы.',
    );
  });
});
