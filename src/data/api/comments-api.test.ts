import { expect } from '@open-wc/testing';
import {
  CommentsError,
  deleteOwnComments,
  postComment,
  readOwnComments,
} from './comment-changes.js';
import { listComments, loadCommentCounts, type CommentsRequest } from './comments-api.js';
import { FeedError } from '../errors.js';

interface Sent {
  url: string;
  init: RequestInit;
}

/** A fetch that records what it was asked and answers with `respond`. */
function fakeFetch(respond: () => Response | Promise<Response>) {
  const sent: Sent[] = [];
  const fetch = (async (url: string, init: RequestInit) => {
    sent.push({ url, init });
    return respond();
  }) as typeof globalThis.fetch;
  return { sent, fetch };
}

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers });

const comment = {
  id: 7,
  thread: 'news 1',
  author: { name: 'Анна', id: 'u1' },
  text: 'Текст',
  createdAt: '2024-03-01T09:15:00Z',
  status: 'published',
  mine: true,
};

async function failure(promise: Promise<unknown>): Promise<FeedError> {
  try {
    await promise;
  } catch (error) {
    return error as FeedError;
  }
  throw new Error('expected a failure');
}

const request = (fetch: typeof globalThis.fetch, extra: Partial<CommentsRequest> = {}) => ({
  api: 'https://api.example/api/',
  fetch,
  ...extra,
});

describe('comments API client', () => {
  it('reads a page, encoding the thread and the query', async () => {
    const { sent, fetch } = fakeFetch(() => json({ comments: [comment], next: 'c2', total: 9 }));
    const page = await listComments(request(fetch), 'news 1', {
      after: 'c1',
      limit: 5,
      sort: 'newest',
    });
    expect(sent[0].url).to.equal(
      'https://api.example/api/comments/news%201?after=c1&limit=5&sort=newest',
    );
    expect(page).to.deep.equal({
      comments: [{ ...comment, id: '7' }],
      next: 'c2',
      total: 9,
    });
  });

  it('posts with the token, the idempotency key and cookies when asked', async () => {
    const { sent, fetch } = fakeFetch(() => json({ comment }, 201));
    const posted = await postComment(
      request(fetch, { token: 'abc.def', credentials: true }),
      'news-1',
      { text: 'Текст', website: '' },
      'key-12345678',
    );
    expect(posted.pending).to.be.false;
    const headers = sent[0].init.headers as Record<string, string>;
    expect(headers.authorization).to.equal('Bearer abc.def');
    expect(headers['idempotency-key']).to.equal('key-12345678');
    expect(sent[0].init.credentials).to.equal('include');
    expect(JSON.parse(String(sent[0].init.body))).to.deep.equal({ text: 'Текст', website: '' });
  });

  it('marks a 202 answer as pending moderation', async () => {
    const { fetch } = fakeFetch(() => json({ comment: { ...comment }, status: 'pending' }, 202));
    const posted = await postComment(request(fetch), 'news-1', { text: 'x', website: '' }, 'k');
    expect(posted.pending).to.be.true;
    expect(posted.comment.status).to.equal('pending');
  });

  it('turns refused changes into CommentsErrors with a reason the element can explain', async () => {
    const cases: Array<[Response, string, string]> = [
      [
        json({ error: { code: 'text_too_long', message: 'm' } }, 400),
        'text_too_long',
        'text_too_long',
      ],
      [
        json({ error: { code: 'token_expired', message: 'm' } }, 401),
        'token_expired',
        'token_invalid',
      ],
      [json({ error: { code: 'banned', message: 'm' } }, 403), 'banned', 'forbidden'],
      [json({ error: { code: 'busy', message: 'm' } }, 409), 'busy', 'conflict'],
      [new Response('<html>Bad gateway</html>', { status: 502 }), 'http_502', 'server'],
    ];
    for (const [response, code, reason] of cases) {
      const { fetch } = fakeFetch(() => response);
      const post = postComment(request(fetch), 'news-1', { text: 'x', website: '' }, 'k');
      const error = await failure(post);
      expect(error).to.be.instanceOf(CommentsError);
      expect(error.kind).to.equal('http');
      expect([(error as CommentsError).code, (error as CommentsError).reason]).to.deep.equal([
        code,
        reason,
      ]);
    }
  });

  it('reports a refused list by its HTTP status, which is all the reader is told', async () => {
    const { fetch } = fakeFetch(() => json({ error: { code: 'banned', message: 'm' } }, 403));
    const error = await failure(listComments(request(fetch), 'news-1'));
    expect(error).not.to.be.instanceOf(CommentsError);
    expect([error.kind, error.details.status]).to.deep.equal(['http', 403]);
  });

  it('reads Retry-After on 429', async () => {
    const { fetch } = fakeFetch(() =>
      json({ error: { code: 'rate_limited', message: 'slow down' } }, 429, { 'retry-after': '30' }),
    );
    const error = (await failure(
      postComment(request(fetch), 'news-1', { text: 'x', website: '' }, 'k'),
    )) as CommentsError;
    expect([error.reason, error.retryAfter, error.details.status]).to.deep.equal([
      'rate_limited',
      30,
      429,
    ]);
  });

  it('calls a failed connection a network error', async () => {
    const { fetch } = fakeFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    const error = await failure(listComments(request(fetch), 'news-1'));
    expect(error).not.to.be.instanceOf(CommentsError);
    expect(error.kind).to.equal('network');
  });

  it('refuses answers it cannot show as format errors', async () => {
    for (const body of [{ items: [] }, { comments: [{ id: 1, text: 'no author' }] }]) {
      const { fetch } = fakeFetch(() => json(body));
      expect((await failure(listComments(request(fetch), 'news-1'))).kind).to.equal('unexpected');
    }
  });

  it('passes the caller’s abort through untouched', async () => {
    const controller = new AbortController();
    const { fetch } = fakeFetch(() => {
      controller.abort(new DOMException('gone', 'AbortError'));
      return Promise.reject(new DOMException('aborted', 'AbortError'));
    });
    const error = await failure(
      listComments(request(fetch, { signal: controller.signal }), 'news-1'),
    );
    expect((error as unknown as DOMException).message).to.equal('gone');
  });

  it('asks for many counts at once and counts missing threads as zero', async () => {
    const { sent, fetch } = fakeFetch(() => json({ counts: { a: 3 } }));
    expect(await loadCommentCounts(request(fetch), ['a', 'b,c'])).to.deep.equal({
      a: 3,
      'b,c': 0,
    });
    expect(sent[0].url).to.equal('https://api.example/api/comments/counts?threads=a,b%2Cc');
  });

  it('asks for the reader’s own comments by key, keeping the answer as it came for download', async () => {
    const answer = { comments: [{ ...comment, consent: { at: '2024-03-01T09:15:00Z' } }] };
    const { sent, fetch } = fakeFetch(() => json(answer));
    const own = await readOwnComments(request(fetch), 'k'.repeat(22));
    expect(sent[0].url).to.equal('https://api.example/api/comments/mine');
    expect(new Headers(sent[0].init.headers).get('x-reader-key')).to.equal('k'.repeat(22));
    expect(own.comments.map((mine) => mine.id)).to.deep.equal(['7']);
    expect(JSON.parse(own.json)).to.deep.equal(answer);
  });

  it('sends no key for a signed-in reader, whose token says who they are', async () => {
    const { sent, fetch } = fakeFetch(() => json({ deleted: 3 }));
    expect(await deleteOwnComments(request(fetch, { token: 't' }))).to.equal(3);
    expect(sent[0].init.method).to.equal('DELETE');
    const headers = new Headers(sent[0].init.headers);
    expect(headers.get('authorization')).to.equal('Bearer t');
    expect(headers.has('x-reader-key')).to.be.false;
  });

  it('refuses own-comment answers it cannot read, and names a reader it cannot know', async () => {
    for (const body of [{ items: [] }, { comments: {} }]) {
      const { fetch } = fakeFetch(() => json(body));
      expect((await failure(readOwnComments(request(fetch)))).kind).to.equal('unexpected');
    }
    for (const body of [{}, { deleted: -1 }, { deleted: 'all' }]) {
      const { fetch } = fakeFetch(() => json(body));
      expect((await failure(deleteOwnComments(request(fetch)))).kind).to.equal('unexpected');
    }
    const refusal = { error: { code: 'reader_required', message: 'who?' } };
    const { fetch } = fakeFetch(() => json(refusal, 401));
    const error = await failure(readOwnComments(request(fetch)));
    expect(error).to.be.instanceOf(CommentsError);
    expect((error as CommentsError).code).to.equal('reader_required');
  });
});
