/** Run with `node --import tsx --test src/data/decode-body.node-test.ts`. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { encodeLegacy } from '../../../test/support/legacy-encoding.js';
import { decodeBody } from './decode-body.js';

const title = 'Новости библиотеки: "Ёлка" и щедрые читатели';
const rss = (declaration: string) =>
  `${declaration}<rss><channel><title>${title}</title></channel></rss>`;

describe('decodeBody', () => {
  for (const encoding of ['windows-1251', 'koi8-r']) {
    it(`reads ${encoding} named by the Content-Type charset`, () => {
      const bytes = encodeLegacy(rss('<?xml version="1.0"?>'), encoding);
      assert.equal(
        decodeBody(bytes, `application/rss+xml; charset=${encoding}`),
        rss('<?xml version="1.0"?>'),
      );
    });

    it(`reads ${encoding} named by the XML declaration alone`, () => {
      const text = rss(`<?xml version="1.0" encoding="${encoding.toUpperCase()}"?>`);
      assert.equal(
        decodeBody(encodeLegacy(text, encoding).buffer as ArrayBuffer, 'text/xml'),
        text,
      );
    });
  }

  it('lets the Content-Type charset win over the XML declaration', () => {
    const text = rss('<?xml version="1.0" encoding="koi8-r"?>');
    assert.equal(
      decodeBody(encodeLegacy(text, 'windows-1251'), 'text/xml; charset="windows-1251"'),
      text,
    );
  });

  it('lets a byte-order mark win over any label, and drops it', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(title)]);
    assert.equal(decodeBody(bytes, 'text/xml; charset=windows-1251'), title);
  });

  it('reads UTF-8 when nothing names the encoding or the name is unknown', () => {
    const bytes = new TextEncoder().encode(title);
    assert.equal(decodeBody(bytes), title);
    assert.equal(decodeBody(bytes, 'text/xml; charset=x-unknown-cyrillic'), title);
  });
});
