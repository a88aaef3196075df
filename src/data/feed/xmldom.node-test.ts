/**
 * The reference server reads feeds with @xmldom/xmldom instead of a browser. Run with
 * `node --import tsx --test src/data/xmldom.node-test.ts` (web-test-runner skips this file).
 */
import { DOMParser } from '@xmldom/xmldom';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { readFeed, type DOMParserLike } from '../feed.js';
import { asReceived, readerCases } from '../../../test/fixtures/feeds/reader-cases.js';
import { sharedSourceCases } from '../../../test/fixtures/feeds/shared-source-cases.js';

// xmldom reports recoverable HTML quirks on the console; the data layer copes with them.
const domParser: DOMParserLike = new DOMParser({ onError: () => {} });
const fixtures = new URL('../../../test/fixtures/feeds/', import.meta.url);
/** Real captures beside the project, absent from a user's clone (see its SOURCES.md). */
const sharedSources = new URL('../../../../shared/fixtures/sources/', import.meta.url);

async function fixture(file: string): Promise<string> {
  return readFile(new URL(file, fixtures), 'utf8');
}

describe('readFeed with xmldom', () => {
  it('reads the Bitrix RSS fixture as the browser does', async () => {
    const page = await readFeed(await fixture('bitrix-rss.xml'), {
      url: 'https://library.example/bitrix/rss.php',
      domParser,
    });
    assert.equal(page.title, 'Новости библиотеки');
    assert.equal(page.items.length, 3);
    const [exhibition, lecture, untitled] = page.items;
    assert.equal(exhibition.title, 'Выставка «Книжная графика» открылась в читальном зале');
    assert.equal(exhibition.url, 'https://library.example/news/vystavka-knizhnaya-grafika/');
    assert.equal(exhibition.datePublished?.toISOString(), '2025-11-25T07:00:00.000Z');
    assert.equal(exhibition.image?.url, 'https://library.example/upload/iblock/1a2/grafika.jpg');
    assert.equal(lecture.summary, 'Лекция состоится 2 декабря в 18:00. Вход свободный.');
    assert.equal(
      untitled.title,
      'Библиотека работает в праздничные дни по сокращённому графику с десяти до…',
    );
  });

  it('reads Atom, strips HTML from titles and reports broken XML as a parse error', async () => {
    const page = await readFeed(await fixture('atom.xml'), {
      url: 'https://events.example/atom.xml',
      domParser,
    });
    assert.equal(page.items[0].title, 'Reading club & tea');
    assert.equal(page.items[1].contentText, 'Poems by local authors.');
    await assert.rejects(
      readFeed('<rss><channel><item>', { url: 'https://a.example/', domParser }),
      {
        kind: 'parse',
      },
    );
  });
});

describe('RSS and Atom as feedparser reads them, with xmldom', () => {
  for (const readerCase of readerCases) {
    const { name, file, url, pick, expected } = readerCase;
    it(name, async () => {
      const body = asReceived(await fixture(file), readerCase);
      assert.deepEqual(pick(await readFeed(body, { url, domParser })), expected);
    });
  }
});

describe(
  'RSS from Russian CMSs against the real captures in ../shared, with xmldom',
  {
    skip: !existsSync(sharedSources) && 'no ../shared/fixtures/sources in this checkout',
  },
  () => {
    for (const { name, file, url, pick, expected } of sharedSourceCases) {
      it(name, async () => {
        const body = await readFile(new URL(file, sharedSources), 'utf8');
        assert.deepEqual(pick(await readFeed(body, { url, domParser })), expected);
      });
    }
  },
);
