import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import {
  builderStylesLoaded,
  choose,
  control,
  mountBuilder,
  pasteSample,
  previewTitles,
  readFeedUrl,
  readTitles,
  readingDone,
  renderInBlankPage,
  renderedTitles,
  snippetText,
  statusText,
  testScriptSrc,
  type,
  unmountBuilders,
} from './builder-helpers.js';

const fixtures = '/test/builder/fixtures';
const wordpressUrl = `${fixtures}/wordpress-posts.json`;
const customUrl = `${fixtures}/custom-news.json`;
const fixtureText = async (url: string) => (await fetch(url)).text();

describe('snippet builder', () => {
  afterEach(unmountBuilders);

  describe('a pasted WordPress sample', () => {
    it('is detected as WordPress, and its first items are shown and announced', async () => {
      const { root } = mountBuilder();
      await pasteSample(root, wordpressUrl, await fixtureText(wordpressUrl));
      const status = control(root, '#reading-status');
      expect(status.getAttribute('role')).to.equal('status');
      expect(statusText(root)).to.equal('WordPress REST API: 2 items read.');
      expect(readTitles(root)).to.deep.equal(['Библионочь — 2025', 'Новый читальный зал открыт']);
      expect(root.querySelector('.read-items')!.textContent).to.contain('November 12, 2025');
      expect(root.querySelector('#mapping')).to.equal(null);
    });

    it('gives a snippet that renders the same first title on a blank page', async () => {
      const { root } = mountBuilder();
      await pasteSample(root, wordpressUrl, await fixtureText(wordpressUrl));
      type(root, '#option-script', testScriptSrc);
      const snippet = snippetText(root);
      expect(snippet).to.contain(`<script type="module" src="${testScriptSrc}"></script>`);
      expect(snippet).to.contain(`<biblio-news-list src="${wordpressUrl}"`);
      expect(renderedTitles(await renderInBlankPage(snippet))[0]).to.equal('Библионочь — 2025');
    });

    it('gives a snippet that works with the built one-file script too', async function () {
      const built = '/dist/cdn/biblio-widgets.js';
      if (!(await fetch(built, { method: 'HEAD' })).ok) {
        this.skip(); // dist/cdn is not built in this checkout: `npm run build:cdn` makes it.
      }
      const { root } = mountBuilder();
      await pasteSample(root, wordpressUrl, await fixtureText(wordpressUrl));
      type(root, '#option-script', built);
      expect(renderedTitles(await renderInBlankPage(snippetText(root)))).to.deep.equal([
        'Библионочь — 2025',
        'Новый читальный зал открыт',
      ]);
    });

    it('is previewed with the real element while the snippet keeps the feed address', async () => {
      const { root } = mountBuilder();
      await pasteSample(
        root,
        'https://library.example/wp-json/wp/v2/posts',
        await fixtureText(wordpressUrl),
      );
      expect(await previewTitles(root)).to.deep.equal([
        'Библионочь — 2025',
        'Новый читальный зал открыт',
      ]);
      expect(root.querySelector('#preview biblio-news-list')!.getAttribute('src')).to.match(
        /^blob:/,
      );
      expect(snippetText(root)).to.contain('src="https://library.example/wp-json/wp/v2/posts"');
    });
  });

  describe('the article page', () => {
    it('starts from the first item read and renders the chosen item on a blank page', async () => {
      const { root } = mountBuilder();
      await pasteSample(root, wordpressUrl, await fixtureText(wordpressUrl));
      expect(root.querySelector('.read-items')!.textContent).to.contain('id 412');
      control<HTMLInputElement>(root, '#article-enabled').click();
      expect(control<HTMLInputElement>(root, '#article-item-id').value).to.equal('412');
      type(root, '#article-item-id', 'reading-room');
      type(root, '#article-archive-href', '/news/');
      type(root, '#article-views-api', '');
      type(root, '#option-script', testScriptSrc);
      const snippet = snippetText(root);
      expect(snippet).to.contain(
        `<biblio-article feed="${wordpressUrl}" item-id="reading-room" archive-href="/news/"></biblio-article>`,
      );
      const page = await renderInBlankPage(snippet);
      await waitUntil(() => renderedTitles(page, 'biblio-article').length > 0, 'no article shown');
      expect(renderedTitles(page, 'biblio-article')).to.deep.equal(['Новый читальный зал открыт']);
    });
  });

  describe('a feed address', () => {
    it('is read as the elements read it and previewed from the address itself', async () => {
      const { root } = mountBuilder();
      await readFeedUrl(root, wordpressUrl);
      expect(statusText(root)).to.equal('WordPress REST API: 2 items read.');
      expect((await previewTitles(root))[0]).to.equal('Библионочь — 2025');
      expect(root.querySelector('#preview biblio-news-list')!.getAttribute('src')).to.equal(
        wordpressUrl,
      );
    });

    it('is not loaded into the preview while it is being typed', async () => {
      const { root } = mountBuilder();
      type(root, '#feed-url', '/test-api/count/half-typed');
      await new Promise((resolve) => setTimeout(resolve, 600));
      expect(root.querySelector('#preview biblio-news-list')).to.equal(null);
      expect(await (await fetch('/test-api/count/half-typed')).json()).to.deep.equal({ count: 0 });
    });

    it('that answers with an error says so in the reader’s words, without CORS advice', async () => {
      const { root } = mountBuilder();
      await readFeedUrl(root, '/test-api/status/404');
      expect(statusText(root)).to.equal('The server answered with an error (404).');
      expect(root.querySelector('#cors-help')).to.equal(null);
    });

    it('that is a web page says so, not that it is not JSON', async () => {
      const { root } = mountBuilder('ru');
      await readFeedUrl(
        root,
        '/test-api/text?body=%3Chtml%3E%3Cbody%3Elogin%3C/body%3E&type=text/html',
      );
      expect(statusText(root)).to.equal(
        'По адресу открывается веб-страница, а не данные. Проверьте адрес: он должен вести на сам файл RSS или JSON, а не на страницу сайта.',
      );
    });

    it('on another site that the browser may not read explains CORS and offers the proxy', async () => {
      const { root } = mountBuilder();
      const feed = 'http://127.0.0.1:9/news.json?a=1&b="2"';
      await readFeedUrl(root, feed);
      expect(statusText(root)).to.equal('Your browser was not allowed to read this feed.');
      expect(control(root, '#cors-help').textContent).to.contain('CORS');
      expect(control(root, '#proxy-url').textContent).to.equal(
        `/api/feed?url=${encodeURIComponent(feed)}`,
      );
      type(root, '#api-base', 'https://server.library.example/api/');
      expect(control(root, '#proxy-url').textContent).to.equal(
        `https://server.library.example/api/feed?url=${encodeURIComponent(feed)}`,
      );
      await expect(root).to.be.accessible();
    });

    it('read through the proxy gives a snippet that renders the proxied feed', async () => {
      const { root } = mountBuilder();
      const feed = 'http://127.0.0.1:9/news.rss';
      await readFeedUrl(root, feed);
      type(root, '#api-base', '/builder-proxy');
      control<HTMLButtonElement>(control(root, '#cors-help'), 'button').click();
      const proxied = `/builder-proxy/feed?url=${encodeURIComponent(feed)}`;
      expect(control<HTMLInputElement>(root, '#feed-url').value).to.equal(proxied);
      await waitUntil(() => statusText(root).startsWith('JSON Feed'), 'the proxy was not read');
      expect(statusText(root)).to.equal('JSON Feed: 1 item read.');
      expect(root.querySelector('#cors-help')).to.equal(null);
      type(root, '#option-script', testScriptSrc);
      const snippet = snippetText(root);
      expect(snippet).to.contain(`src="${proxied}"`);
      expect(renderedTitles(await renderInBlankPage(snippet))).to.deep.equal([
        `Через прокси: ${feed}`,
      ]);
    });
  });

  describe('a JSON no format fits', () => {
    it('opens the mapping helper with the paths found in the document', async () => {
      const { root } = mountBuilder();
      await pasteSample(root, customUrl, await fixtureText(customUrl));
      expect(statusText(root)).to.contain('We do not recognise this feed’s format');
      const list = control<HTMLSelectElement>(root, '#map-list');
      expect([...list.options].map((option) => option.textContent!.trim())).to.deep.equal([
        'payload.records[] (2 items)',
      ]);
      const titleOptions = [...control<HTMLSelectElement>(root, '#map-title').options];
      expect(titleOptions.map((option) => option.value)).to.deep.equal([
        '',
        'caption_text',
        'when',
        'target.page',
        'annotation_text',
      ]);
      expect(titleOptions[1].textContent!.trim()).to.equal(
        'payload.records[].caption_text — Встреча с писателем',
      );
      expect(snippetText(root)).not.to.contain('map=');
    });

    it('is mapped by picking paths, and the snippet renders it on a blank page', async () => {
      const { root } = mountBuilder();
      await pasteSample(root, customUrl, await fixtureText(customUrl));
      choose(root, '#map-title', 'caption_text');
      choose(root, '#map-date', 'when');
      choose(root, '#map-url', 'target.page');
      choose(root, '#map-summary', 'annotation_text');
      await readingDone(root);
      expect(statusText(root)).to.equal('JSON described by your field choices: 2 items read.');
      expect(readTitles(root)).to.deep.equal(['Встреча с писателем', 'Выставка редких книг']);
      type(root, '#option-script', testScriptSrc);
      const snippet = snippetText(root);
      expect(snippet).to.contain(
        `map='{"items":"payload.records","title":"caption_text","date":"when","url":"target.page","summary":"annotation_text"}'`,
      );
      expect(renderedTitles(await renderInBlankPage(snippet))[0]).to.equal('Встреча с писателем');
      await expect(root).to.be.accessible();
    });

    it('goes back to detection when the mapping is dropped', async () => {
      const { root } = mountBuilder();
      await pasteSample(root, customUrl, await fixtureText(customUrl));
      choose(root, '#map-title', 'caption_text');
      control<HTMLButtonElement>(control(root, '#mapping'), 'button').click();
      await readingDone(root);
      expect(root.querySelector('#mapping')).to.equal(null);
      expect(snippetText(root)).not.to.contain('map=');
      expect(statusText(root)).to.contain('We do not recognise');
    });

    it('can also be chosen by hand for a feed that was detected', async () => {
      const { root } = mountBuilder();
      await pasteSample(root, wordpressUrl, await fixtureText(wordpressUrl));
      [...root.querySelectorAll('button')]
        .find((b) => b.textContent!.includes('Choose the fields'))!
        .click();
      choose(root, '#map-title', 'slug');
      await readingDone(root);
      expect(readTitles(root)).to.deep.equal(['biblionight', 'reading-room']);
      expect(snippetText(root)).to.contain(`map='{"title":"slug","date":"date","url":"link"}'`);
    });

    it('starts from the fields the reader guessed when they are chosen by hand', async () => {
      const { root } = mountBuilder();
      const news = [
        { title: 'Библионочь', date: '2025-04-19', link: '/news/1', description: 'Всю ночь.' },
        { title: 'Читальный зал', date: '2025-04-01', link: '/news/2', picture: '/img/2.jpg' },
      ];
      await pasteSample(root, '/news.json', JSON.stringify({ news }));
      const guessedTitles = readTitles(root);
      [...root.querySelectorAll('button')]
        .find((b) => b.textContent!.includes('Choose the fields'))!
        .click();
      await readingDone(root);
      const picked = (field: string) => control<HTMLSelectElement>(root, `#map-${field}`).value;
      expect(['title', 'date', 'url', 'summary', 'image'].map(picked)).to.deep.equal([
        'title',
        'date',
        'link',
        'description',
        'picture',
      ]);
      expect(statusText(root)).to.equal('JSON described by your field choices: 2 items read.');
      expect(readTitles(root)).to.deep.equal(guessedTitles);
      expect(snippetText(root)).to.contain(
        `map='{"items":"news","title":"title","date":"date","url":"link","summary":"description","image":"picture"}'`,
      );
    });
  });

  describe('an uploaded feed file', () => {
    it('is read like a pasted sample and fills the sample box', async () => {
      const { root } = mountBuilder();
      const text = await fixtureText(wordpressUrl);
      const files = new DataTransfer();
      files.items.add(new File([text], 'posts.json', { type: 'application/json' }));
      const input = control<HTMLInputElement>(root, '#feed-file');
      input.files = files.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await waitUntil(() => statusText(root).startsWith('WordPress'), 'the file was not read');
      expect(control<HTMLTextAreaElement>(root, '#feed-sample').value).to.equal(text);
      expect(readTitles(root)[0]).to.equal('Библионочь — 2025');
    });
  });

  describe('broken samples', () => {
    it('says a truncated JSON is broken or cut off and offers no mapping', async () => {
      const { root } = mountBuilder();
      await pasteSample(root, customUrl, '{"items": [{"title": "cut off');
      expect(statusText(root)).to.equal(
        'The JSON at this address is broken or cut off. Open the address in a browser to check it, or ask the site’s developer.',
      );
      expect(control(root, '#reading-status').classList.contains('problem')).to.equal(true);
      expect(root.querySelector('#mapping')).to.equal(null);
      expect(root.textContent).not.to.contain('Choose the fields myself');
    });

    it('says an XML it does not know is not recognised', async () => {
      const { root } = mountBuilder();
      await pasteSample(root, customUrl, '<catalog><book>One</book></catalog>');
      expect(statusText(root)).to.contain('This feed format is not recognised');
    });
  });

  describe('options', () => {
    it('write the attributes of every chosen element into the snippet', async () => {
      const { root } = mountBuilder();
      type(root, '#feed-url', '/news.json');
      choose(root, '#option-layout', 'grid');
      type(root, '#option-page-size', '6');
      control<HTMLInputElement>(root, '#show-views').click();
      control<HTMLInputElement>(root, '#show-image').click();
      control<HTMLInputElement>(root, '#option-search').click();
      type(root, '#option-article-href', '/news/?id={id}');
      choose(root, '#option-language', 'ru');
      choose(root, '#option-theme', 'dark');
      control<HTMLInputElement>(root, '#comments-enabled').click();
      type(root, '#comments-thread', 'news-42');
      choose(root, '#comments-auth', 'required');
      control<HTMLInputElement>(root, '#views-enabled').click();
      type(root, '#views-api', 'https://stats.library.example/api');
      type(root, '#views-item-id', 'news-42');
      expect(snippetText(root)).to.equal(
        [
          '<script type="module" src="/js/biblio-widgets.js"></script>',
          '',
          '<biblio-news-list src="/news.json" layout="grid" page-size="6" show="date,summary,tags,views" search article-href="/news/?id={id}" lang="ru" theme="dark"></biblio-news-list>',
          '<biblio-view-counter api="https://stats.library.example/api" item-id="news-42" register lang="ru" theme="dark"></biblio-view-counter>',
          '<biblio-comments api="/api" thread="news-42" auth="required" lang="ru" theme="dark"></biblio-comments>',
        ].join('\n'),
      );
    });

    it('say what “as the page” speaks on a page without lang, and how a page sets it', () => {
      const browserLanguages = (value: readonly string[]) =>
        Object.defineProperty(navigator, 'languages', { value, configurable: true });
      const pageOption = (root: HTMLElement) =>
        control<HTMLSelectElement>(root, '#option-language').options[0].textContent!.trim();
      try {
        // Languages the elements do not speak, so a page without lang gives them Russian.
        browserLanguages(['pt-BR', 'it']);
        const { root } = mountBuilder();
        expect(pageOption(root)).to.equal('As the page (Russian without lang)');
        const hint = control(root, '#option-language-hint').textContent!;
        expect(hint).to.contain('lang="ru" or lang="en" on <html>');
        expect(hint).to.contain('<meta http-equiv="content-language">');
        expect(hint).to.contain('in your browser, Russian');
        expect(control(root, '#option-language').getAttribute('aria-describedby')).to.equal(
          'option-language-hint',
        );
        browserLanguages(['en-GB']);
        expect(pageOption(mountBuilder('ru').root)).to.equal(
          'Как у страницы (без lang — английский)',
        );
        browserLanguages(['de-DE']);
        expect(pageOption(mountBuilder('ru').root)).to.equal(
          'Как у страницы (без lang — немецкий)',
        );
      } finally {
        delete (navigator as { languages?: unknown }).languages;
      }
    });

    it('ask for the feed address while the snippet has none', () => {
      const { root } = mountBuilder();
      expect(control(root, '#snippet-needs-source').textContent).to.contain(
        'Give the feed address',
      );
      type(root, '#feed-url', '/news.json');
      expect(root.querySelector('#snippet-needs-source')).to.equal(null);
    });

    it('ignore a page size that is not a whole number from 1 to 100', () => {
      const { root } = mountBuilder();
      type(root, '#option-page-size', '0');
      type(root, '#option-page-size', '2.5');
      expect(snippetText(root)).to.contain('page-size="10"');
    });
  });

  describe('Copy', () => {
    const realClipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')!;
    const fakeClipboard = (writeText: (text: string) => Promise<void>) =>
      Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    afterEach(() => {
      delete (navigator as { clipboard?: unknown }).clipboard;
      Object.defineProperty(Navigator.prototype, 'clipboard', realClipboard);
    });

    it('copies exactly the snippet shown and announces it', async () => {
      const { root, app } = mountBuilder();
      type(root, '#feed-url', '/news.json');
      let copied = '';
      fakeClipboard(async (text) => {
        copied = text;
      });
      control<HTMLButtonElement>(root, '.primary').click();
      await waitUntil(() => control(root, '#copy-status').textContent!.trim() !== '');
      expect(copied).to.equal(snippetText(root));
      expect(copied).to.equal(app.snippet);
      expect(control(root, '#copy-status').textContent!.trim()).to.equal(
        'The HTML is copied. Paste it into your site.',
      );
    });

    it('selects the snippet for Ctrl+C when the browser refuses to copy', async () => {
      const { root } = mountBuilder();
      fakeClipboard(() => Promise.reject(new DOMException('denied', 'NotAllowedError')));
      control<HTMLButtonElement>(root, '.primary').click();
      await waitUntil(() => control(root, '#copy-status').textContent!.trim() !== '');
      expect(control(root, '#copy-status').textContent).to.contain('press Ctrl+C');
      expect(getSelection()!.toString()).to.equal(snippetText(root));
    });
  });

  describe('the page', () => {
    it('switches between Russian and English', () => {
      const { root } = mountBuilder('ru');
      expect(root.lang).to.equal('ru');
      expect(root.querySelector('h1')!.textContent).to.equal(
        'Новости вашей библиотеки на любом сайте',
      );
      choose(root, '#interface-language', 'en');
      expect(root.lang).to.equal('en');
      expect(root.querySelector('h1')!.textContent).to.equal('Put your library’s news on any site');
      expect(control(root, 'label[for="feed-url"]').textContent).to.equal('Feed address');
    });

    it('works from the keyboard: type the address, Enter reads it, Tab reaches the options', async () => {
      const { root } = mountBuilder();
      control<HTMLInputElement>(root, '#feed-url').focus();
      await sendKeys({ type: wordpressUrl });
      await sendKeys({ press: 'Enter' });
      await waitUntil(
        () => statusText(root).startsWith('WordPress'),
        'Enter did not read the feed',
      );
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(control(root, '#read-url'));
      control<HTMLElement>(root, '#option-search').focus();
      await sendKeys({ press: 'Space' });
      expect(snippetText(root)).to.contain(' search');
    });

    it('labels every control and passes the accessibility audit in both languages', async () => {
      for (const language of ['ru', 'en'] as const) {
        const { root } = mountBuilder(language);
        control<HTMLInputElement>(root, '#article-enabled').click();
        control<HTMLInputElement>(root, '#comments-enabled').click();
        control<HTMLInputElement>(root, '#views-enabled').click();
        for (const field of root.querySelectorAll('input, select, textarea')) {
          expect(root.querySelector(`label[for="${field.id}"]`), field.id).to.exist;
        }
        await expect(root).to.be.accessible();
        unmountBuilders();
      }
    });

    it('passes the accessibility audit (contrast included) in dark mode', async () => {
      await builderStylesLoaded;
      await emulateMedia({ colorScheme: 'dark' });
      try {
        const { root } = mountBuilder();
        await pasteSample(root, customUrl, await fixtureText(customUrl));
        expect(getComputedStyle(control(root, '.step')).backgroundColor).to.equal(
          'rgb(29, 30, 36)',
        );
        await expect(root).to.be.accessible();
      } finally {
        await emulateMedia({ colorScheme: 'light' });
      }
    });

    it('fits a 320 px screen without sideways scrolling', async () => {
      await builderStylesLoaded;
      await setViewport({ width: 320, height: 640 });
      try {
        const { root } = mountBuilder();
        await pasteSample(root, customUrl, await fixtureText(customUrl));
        choose(root, '#map-title', 'caption_text');
        type(
          root,
          '#feed-url',
          'https://library.example/a/very/long/address/of/the/news/feed.json',
        );
        for (const element of root.querySelectorAll<HTMLElement>(
          'fieldset, section, select, pre',
        )) {
          expect(
            element.getBoundingClientRect().right,
            element.id || element.tagName,
          ).to.be.at.most(320);
        }
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  });
});
