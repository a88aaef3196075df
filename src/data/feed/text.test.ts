import { expect } from '@open-wc/testing';
import { firstWords, toPlainText } from './text.js';

describe('toPlainText', () => {
  const parser = new DOMParser();

  it('strips markup, skips scripts and styles, decodes entities, spaces blocks (nbsp included)', () => {
    expect(toPlainText('<script>alert(1)</script>Feed', parser)).to.equal('Feed');
    expect(
      toPlainText('<style>p{}</style><p>One</p><p>Two&nbsp;&amp;&#8211;three</p>', parser),
    ).to.equal('One Two &–three');
    expect(toPlainText('Tom &amp; Jerry', parser)).to.equal('Tom & Jerry');
  });

  it('keeps plain text as it is, apart from runs of whitespace', () => {
    expect(toPlainText('  a < b  \n c ', parser)).to.equal('a < b c');
    expect(toPlainText(42, parser)).to.equal('42');
    expect(toPlainText(null, parser)).to.be.undefined;
    expect(toPlainText('<img src=x>', parser)).to.be.undefined;
  });
  it('still gives plain text when the parser refuses strings (Trusted Types enforced)', () => {
    const refusing = {
      parseFromString(): never {
        throw new TypeError("This document requires 'TrustedHTML' assignment.");
      },
    };
    expect(
      toPlainText('<script>alert(1)</script><p>Tom &amp; Jerry&nbsp;&#8211;&#x41;</p>', refusing),
    ).to.equal('Tom & Jerry –A');
  });
});

describe('firstWords', () => {
  it('cuts at a word boundary and marks the cut', () => {
    expect(firstWords('short', 80)).to.equal('short');
    expect(firstWords('one two three four', 10)).to.equal('one two…');
    expect(firstWords('один, два, три', 9)).to.equal('один, два…');
  });
});
