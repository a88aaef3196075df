import { expect, fixture, html } from '@open-wc/testing';
import type { Comment } from '../../data/api/comments-api.js';
import { formatPlural, stringsFor } from '../../i18n/index.js';
import { linkify } from './comment-text.js';
import { readDrafts, writeDrafts } from './drafts.js';
import { formatRelativeTime } from './relative-time.js';
import { arrangeThreads } from './threads.js';

async function rendered(text: string) {
  return fixture<HTMLParagraphElement>(html`<p>${linkify(text)}</p>`);
}

const comment = (id: string, parentId?: string, minute = 0): Comment => ({
  id,
  thread: 't',
  ...(parentId && { parentId }),
  author: { name: id },
  text: id,
  createdAt: new Date(Date.UTC(2024, 0, 1, 0, minute)).toISOString(),
  status: 'published',
});

describe('comment text', () => {
  it('links http(s) addresses without the punctuation that ends the sentence', async () => {
    const p = await rendered('См. https://a.example/x, и (https://b.example/y). Конец');
    expect([...p.querySelectorAll('a')].map((link) => link.getAttribute('href'))).to.deep.equal([
      'https://a.example/x',
      'https://b.example/y',
    ]);
    expect(p.textContent).to.equal('См. https://a.example/x, и (https://b.example/y). Конец');
  });

  it('keeps a bracket that belongs to the link', async () => {
    const p = await rendered('https://ru.wikipedia.org/wiki/Меркурий_(планета).');
    expect(p.querySelector('a')!.textContent).to.equal(
      'https://ru.wikipedia.org/wiki/Меркурий_(планета)',
    );
  });

  it('never turns markup or other schemes into elements or links', async () => {
    const p = await rendered('<img src=x onerror=alert(1)> javascript:alert(1) data:text/html,x');
    expect(p.children).to.have.length(0);
    expect(p.textContent).to.equal(
      '<img src=x onerror=alert(1)> javascript:alert(1) data:text/html,x',
    );
  });
});

describe('comment threads', () => {
  it('nests replies one level deep under their top-level ancestor, oldest first', () => {
    const threads = arrangeThreads([
      comment('a', undefined, 0),
      comment('b', undefined, 1),
      comment('a2', 'a1', 5),
      comment('a1', 'a', 3),
      comment('orphan', 'elsewhere', 4),
    ]);
    expect(
      threads.map(({ comment, replies }) => [comment.id, replies.map((r) => r.id)]),
    ).to.deep.equal([
      ['a', ['a1', 'a2']],
      ['b', []],
      ['orphan', []],
    ]);
  });

  it('survives a cycle in parent ids', () => {
    const threads = arrangeThreads([comment('x', 'y'), comment('y', 'x')]);
    expect(
      threads.flatMap(({ comment, replies }) => [comment.id, ...replies.map((r) => r.id)]),
    ).to.have.members(['x', 'y']);
  });
});

describe('comment totals', () => {
  it('use the CLDR plural forms of each language', () => {
    const said = (language: 'ru' | 'en', counts: number[]) =>
      counts.map((count) => formatPlural(stringsFor(language).comments.count, count, language));
    expect(said('ru', [1, 3, 12, 21, 22, 111])).to.deep.equal([
      '1 комментарий',
      '3 комментария',
      '12 комментариев',
      '21 комментарий',
      '22 комментария',
      '111 комментариев',
    ]);
    expect(said('en', [0, 1, 12])).to.deep.equal(['0 comments', '1 comment', '12 comments']);
  });
});

describe('relative time', () => {
  const now = Date.UTC(2024, 5, 10, 12);
  it('says the largest whole unit in the reader language', () => {
    const ago = (seconds: number, language: 'ru' | 'en') =>
      formatRelativeTime(new Date(now - seconds * 1000), now, language);
    expect([
      ago(20, 'en'),
      ago(5 * 60, 'en'),
      ago(26 * 3600, 'ru'),
      ago(3 * 86400, 'ru'),
    ]).to.deep.equal(['now', '5 minutes ago', 'вчера', '3 дня назад']);
  });
});

describe('drafts', () => {
  it('round-trips per thread and forgets empty drafts', () => {
    const storage = window.sessionStorage;
    writeDrafts(storage, 'draft-test', { top: { text: 'Текст', author: 'Я', key: 'k' } });
    expect(readDrafts(storage, 'draft-test').top!.text).to.equal('Текст');
    expect(readDrafts(storage, 'other')).to.deep.equal({});
    writeDrafts(storage, 'draft-test', { top: { text: '', author: '', key: 'k' } });
    expect(storage.getItem('biblio-comments:draft-test')).to.be.null;
  });

  it('works without storage and with broken stored data', () => {
    expect(readDrafts(undefined, 't')).to.deep.equal({});
    window.sessionStorage.setItem('biblio-comments:broken', '{not json');
    expect(readDrafts(window.sessionStorage, 'broken')).to.deep.equal({});
    const full = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => {},
    } as unknown as Storage;
    expect(() =>
      writeDrafts(full, 't', { top: { text: 'x', author: '', key: 'k' } }),
    ).not.to.throw();
  });
});
