import { expect } from '@open-wc/testing';
import { attribute } from '../../demo/builder/html-escape.js';
import { defaultSettings, type BuilderSettings } from '../../demo/builder/settings.js';
import { buildSnippet, elementTags } from '../../demo/builder/snippet.js';

function settingsWith(change: (settings: BuilderSettings) => void): BuilderSettings {
  const settings = defaultSettings();
  change(settings);
  return settings;
}

/** The snippet as a browser reads it: what a CMS page would really contain. */
function parsed(html: string) {
  return new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html').body;
}

const attributesOf = (element: Element) =>
  Object.fromEntries([...element.attributes].map((item) => [item.name, item.value]));

const hostileValues = [
  'https://library.example/feed?a=1&b=2',
  'https://library.example/"><script>alert(1)</script>',
  "https://library.example/it's'><img src=x onerror=alert(1)>",
  `mixed "double" and 'single' quotes & <tags>`,
  '&quot; already escaped &amp; text',
];

describe('attribute', () => {
  for (const value of hostileValues) {
    it(`keeps ${JSON.stringify(value)} whole and inside its attribute`, () => {
      const body = parsed(`<div ${attribute('data-value', value)}></div>`);
      expect(body.children).to.have.length(1);
      expect(attributesOf(body.children[0])).to.deep.equal({ 'data-value': value });
    });
  }

  it('writes JSON in single quotes so it reads as JSON', () => {
    expect(attribute('map', '{"title":"headline"}')).to.equal(`map='{"title":"headline"}'`);
  });

  it('escapes quotes only where they would end the attribute', () => {
    expect(attribute('src', '/a?b=1&c=2')).to.equal('src="/a?b=1&amp;c=2"');
    expect(attribute('label', `it's "it"`)).to.equal(`label="it's &quot;it&quot;"`);
  });
});

describe('buildSnippet', () => {
  it('is the script tag and a news list with its layout, page size and fields', () => {
    const snippet = buildSnippet(settingsWith((s) => void (s.newsList.src = '/news.json')));
    expect(snippet).to.equal(
      '<script type="module" src="/js/biblio-widgets.js"></script>\n\n' +
        '<biblio-news-list src="/news.json" layout="list" page-size="10" show="date,image,summary,tags"></biblio-news-list>',
    );
  });

  it('survives a feed URL and a map full of quotes: one element, the exact values', () => {
    const src = hostileValues[1];
    const map = JSON.stringify({ items: `data."news"`, title: "it's" });
    const snippet = buildSnippet(
      settingsWith((s) => {
        s.newsList.src = src;
        s.newsList.map = map;
        s.scriptSrc = hostileValues[2];
      }),
    );
    const body = parsed(snippet);
    expect([...body.children].map((element) => element.localName)).to.deep.equal([
      'script',
      'biblio-news-list',
    ]);
    expect(body.querySelector('script')!.getAttribute('src')).to.equal(hostileValues[2]);
    const list = body.querySelector('biblio-news-list')!;
    expect(list.getAttribute('src')).to.equal(src);
    expect(JSON.parse(list.getAttribute('map')!)).to.deep.equal(JSON.parse(map));
    expect(Object.keys(attributesOf(list))).to.deep.equal([
      'src',
      'map',
      'layout',
      'page-size',
      'show',
    ]);
  });

  it('leaves out what follows the page and what is at its default', () => {
    const tags = elementTags(settingsWith((s) => void (s.newsList.show = [])));
    expect(tags).to.equal('<biblio-news-list layout="list" page-size="10"></biblio-news-list>');
  });

  it('adds an article from the same feed and map, counting views when a server is given', () => {
    const tags = elementTags(
      settingsWith((s) => {
        s.newsList.src = '/news.json';
        s.newsList.map = '{"title":"headline"}';
        s.article = { enabled: true, itemId: '7', archiveHref: '/news/', viewsApi: '/api' };
      }),
    );
    expect(attributesOf(parsed(tags).children[1])).to.deep.equal({
      feed: '/news.json',
      map: '{"title":"headline"}',
      'item-id': '7',
      'archive-href': '/news/',
      'views-api': '/api',
      'register-view': '',
    });
  });

  it('adds the view counter and comments with their server settings when asked', () => {
    const tags = elementTags(
      settingsWith((s) => {
        s.viewCounter = { enabled: true, api: '/api', itemId: 'news "1"' };
        s.comments = { enabled: true, api: '/api', thread: 'news-1', auth: 'none' };
        s.language = 'en';
      }),
    );
    const [list, counter, comments] = parsed(tags).children;
    expect(list.getAttribute('lang')).to.equal('en');
    expect(attributesOf(counter)).to.deep.equal({
      api: '/api',
      'item-id': 'news "1"',
      register: '',
      lang: 'en',
    });
    expect(attributesOf(comments)).to.deep.equal({
      api: '/api',
      thread: 'news-1',
      auth: 'none',
      lang: 'en',
    });
  });
});
