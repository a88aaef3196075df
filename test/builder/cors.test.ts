import { expect } from '@open-wc/testing';
import { looksLikeCors, proxyUrl } from '../../demo/builder/cors.js';
import { FeedError } from '../../src/data/errors.js';

describe('CORS help', () => {
  const page = 'https://builder.example/demo/builder.html';
  const networkError = (url: string) => new FeedError('network', 'failed', { url });

  it('suspects CORS for a network failure on another origin only', () => {
    expect(looksLikeCors(networkError('https://library.example/feed'), page)).to.equal(true);
    expect(looksLikeCors(networkError('/feed.json'), page)).to.equal(false);
    expect(looksLikeCors(networkError('https://builder.example:8443/feed'), page)).to.equal(true);
    const http = new FeedError('http', 'HTTP 500', { url: 'https://library.example/feed' });
    expect(looksLikeCors(http, page)).to.equal(false);
  });

  it('builds the proxy address with the feed URL encoded whole', () => {
    const feed = 'https://library.example/rss?a=1&b=2#top';
    expect(proxyUrl(feed, '/api')).to.equal(
      '/api/feed?url=https%3A%2F%2Flibrary.example%2Frss%3Fa%3D1%26b%3D2%23top',
    );
    expect(
      new URL(proxyUrl(feed, 'https://server.example/api//'), page).searchParams.get('url'),
    ).to.equal(feed);
  });
});
