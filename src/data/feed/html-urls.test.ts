import { expect } from '@open-wc/testing';
import { resolveHtmlUrls } from './html-urls.js';

describe('resolveHtmlUrls', () => {
  const base = 'http://hypercritical.co/feeds/main';

  it('makes links, images and srcset absolute against the feed', () => {
    expect(
      resolveHtmlUrls('<p><a href="/about">About</a> <img src=\'2016/a.jpg\' alt="A"></p>', base),
    ).to.equal(
      '<p><a href="http://hypercritical.co/about">About</a> <img src="http://hypercritical.co/feeds/2016/a.jpg" alt="A"></p>',
    );
    expect(resolveHtmlUrls('<img srcset="/s.jpg 1x, /l.jpg 2x">', base)).to.equal(
      '<img srcset="http://hypercritical.co/s.jpg 1x, http://hypercritical.co/l.jpg 2x">',
    );
  });

  it('drops script URLs and leaves in-page anchors and other attributes alone', () => {
    expect(resolveHtmlUrls('<a href="javascript:alert(1)" title="x">x</a>', base)).to.equal(
      '<a title="x">x</a>',
    );
    expect(resolveHtmlUrls('<a href="#notes" class="ref">1</a>', base)).to.equal(
      '<a href="#notes" class="ref">1</a>',
    );
    expect(resolveHtmlUrls('<iframe src=//www.youtube.com/embed/x></iframe>', base)).to.equal(
      '<iframe src="http://www.youtube.com/embed/x"></iframe>',
    );
  });

  it('only rewrites inside tags, never text that looks like an attribute', () => {
    expect(resolveHtmlUrls('<p>Write href="/x" in HTML</p>', base)).to.equal(
      '<p>Write href="/x" in HTML</p>',
    );
  });
});
