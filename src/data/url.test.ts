import { expect } from '@open-wc/testing';
import { isExternalUrl, toSafeUrl } from './url.js';

describe('toSafeUrl', () => {
  const base = 'https://library.example/news/feed.json';

  it('resolves relative URLs against the document they came from', () => {
    expect(toSafeUrl('/img/a.png', base, 'image')).to.equal('https://library.example/img/a.png');
    expect(toSafeUrl('item/1', base)).to.equal('https://library.example/news/item/1');
  });

  it('allows http, https and (for links only) mailto', () => {
    expect(toSafeUrl('http://a.example/', base)).to.equal('http://a.example/');
    expect(toSafeUrl('mailto:info@library.example', base)).to.equal('mailto:info@library.example');
    expect(toSafeUrl('mailto:info@library.example', base, 'image')).to.be.undefined;
  });

  it('refuses script and data schemes however they are disguised', () => {
    const hostile = [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      'vbscript:msgbox(1)',
      'data:text/html,<script>alert(1)</script>',
      'data:image/svg+xml,<svg onload=alert(1)>',
    ];
    expect(hostile.map((url) => toSafeUrl(url, base))).to.deep.equal(hostile.map(() => undefined));
  });

  it('ignores values that are not strings or are empty', () => {
    expect(toSafeUrl(undefined, base)).to.be.undefined;
    expect(toSafeUrl(42, base)).to.be.undefined;
    expect(toSafeUrl('   ', base)).to.be.undefined;
  });

  it('tells external URLs from same-origin ones', () => {
    expect(isExternalUrl('https://library.example/a', 'https://library.example')).to.be.false;
    expect(isExternalUrl('https://other.example/a', 'https://library.example')).to.be.true;
  });
});
