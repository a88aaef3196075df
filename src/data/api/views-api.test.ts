import { expect } from '@open-wc/testing';
import { readViews, registerView, viewsUrl } from './views-api.js';

/** A fetch that answers every request with `body` and `status`, and records what was asked. */
function answering(body: string, status = 200) {
  const requests: Array<{ url: string; method?: string }> = [];
  const fetch = (async (url: string, init?: RequestInit) => {
    requests.push({ url, method: init?.method });
    return new Response(body, { status });
  }) as typeof globalThis.fetch;
  return { fetch, requests };
}

describe('views API client', () => {
  it('builds the contract URL, encoding the item id and tolerating a trailing slash', () => {
    expect(viewsUrl('https://lib.example/api/', 'news/7 a')).to.equal(
      'https://lib.example/api/views/news%2F7%20a',
    );
  });

  it('reads the count with GET and registers with POST', async () => {
    const read = answering('{"itemId":"7","views":225}');
    expect(await readViews('https://lib.example/api', '7', read)).to.deep.equal({
      itemId: '7',
      views: 225,
    });
    const posted = answering('{"itemId":"7","views":225,"counted":false}');
    expect(await registerView('https://lib.example/api', '7', posted)).to.deep.equal({
      itemId: '7',
      views: 225,
      counted: false,
    });
    expect([...read.requests, ...posted.requests]).to.deep.equal([
      { url: 'https://lib.example/api/views/7', method: 'GET' },
      { url: 'https://lib.example/api/views/7', method: 'POST' },
    ]);
  });

  it('turns the contract error body into a typed HTTP error that keeps the server’s reason', async () => {
    const { fetch } = answering('{"error":{"code":"rate_limited","message":"slow down"}}', 429);
    const error = await readViews('https://lib.example/api', '7', { fetch }).catch((e) => e);
    expect(error.kind).to.equal('http');
    expect(error.details.status).to.equal(429);
    expect(error.message).to.contain('rate_limited: slow down');
  });

  it('refuses answers without a usable count', async () => {
    for (const body of ['{"views":-1}', '{"views":"225"}', '{}']) {
      const error = await readViews('https://lib.example/api', '7', answering(body)).catch(
        (e) => e,
      );
      expect(error.kind, body).to.equal('unexpected');
    }
    const notJson = await readViews('https://lib.example/api', '7', answering('<html>')).catch(
      (e) => e,
    );
    expect(notJson.kind).to.equal('parse');
  });
});
