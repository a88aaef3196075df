import { expect } from '@open-wc/testing';
import {
  control,
  mountBuilder,
  pasteSample,
  readingDone,
  readTitles,
  renderInBlankPage,
  renderedTitles,
  snippetText,
  statusText,
  testScriptSrc,
  type,
  unmountBuilders,
} from './builder-helpers.js';

/**
 * The real feeds in ../shared/fixtures/feeds, listed by their SOURCES.md; absent from a user's
 * clone, where these tests skip.
 */
const feedsUrl = '/shared-fixtures/feeds/';
const sources = await fetch(`${feedsUrl}SOURCES.md`);
const listed = sources.ok
  ? [...(await sources.text()).matchAll(/^([\w./-]+\.json(?:\.invalid)?) \|/gm)].map(
      (match) => match[1],
    )
  : [];
const feeds = listed.filter((name) => !name.startsWith('invalid/'));
const brokenFeeds = listed.filter((name) => name.startsWith('invalid/'));

/** The mapping helper's pick for the title: a field named like one, else the first text. */
function likelyTitlePath(root: HTMLElement): string {
  const paths = [...control<HTMLSelectElement>(root, '#map-title').options]
    .map((option) => option.value)
    .filter(Boolean);
  return paths.find((path) => /(^|\.)(title|headline|name|text)$/.test(path)) ?? paths[0];
}

describe('snippet builder with the real feeds in ../shared/fixtures/feeds', function () {
  this.timeout(20000);
  afterEach(unmountBuilders);

  if (feeds.length === 0) {
    it.skip('skipped: ../shared/fixtures/feeds is not in this checkout');
    return;
  }

  for (const name of feeds) {
    it(`reads ${name} and gives a snippet that renders its first title, and no feed script, on a blank page`, async () => {
      const url = `${feedsUrl}${name}`;
      const { root } = mountBuilder();
      await pasteSample(root, url, await (await fetch(url)).text());
      if (root.querySelector('#mapping')) {
        const select = control<HTMLSelectElement>(root, '#map-title');
        select.value = likelyTitlePath(root);
        select.dispatchEvent(new Event('change', { bubbles: true }));
        await readingDone(root);
      }
      expect(statusText(root)).to.match(/: \d+ items? read\.$/);
      const [firstTitle] = readTitles(root);
      expect(firstTitle).to.be.a('string').and.not.equal('');
      type(root, '#option-script', testScriptSrc);
      const page = await renderInBlankPage(snippetText(root));
      expect(renderedTitles(page)[0]).to.equal(firstTitle);
      const shadow = page.querySelector('biblio-news-list')!.shadowRoot!;
      const handlers = [...shadow.querySelectorAll('*')].flatMap((element) =>
        element.getAttributeNames().filter((attribute) => attribute.startsWith('on')),
      );
      expect(shadow.querySelectorAll('script, iframe, object, embed')).to.have.length(0);
      expect(handlers).to.deep.equal([]);
    });
  }

  for (const name of brokenFeeds) {
    it(`says ${name} is broken or cut off, and offers no snippet-breaking map`, async () => {
      const url = `${feedsUrl}${name}`;
      const { root } = mountBuilder();
      await pasteSample(root, url, await (await fetch(url)).text());
      expect(statusText(root)).to.equal(
        'The JSON at this address is broken or cut off. Open the address in a browser to check it, or ask the site’s developer.',
      );
      expect(root.querySelector('#mapping')).to.equal(null);
      expect(snippetText(root)).not.to.contain('map=');
    });
  }
});
