import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../define/comment-count.js';
import type { BiblioCommentCount } from './comment-count.js';

const api = '/fake-comments';
const unique = (name: string) => `${name}-${Date.now().toString(36)}`;

async function countRequests(): Promise<Array<{ threads: string[] }>> {
  return (await (await fetch(`${api}/_log/counts`)).json()).requests;
}

const shown = (el: BiblioCommentCount) =>
  el.shadowRoot!.querySelector('[part="base"]')?.textContent ?? null;

describe('<biblio-comment-count>', () => {
  it('fetches every count on the page in one request and shows CLDR plurals', async () => {
    const [busy, quiet, fresh] = ['busy', 'quiet', 'fresh'].map(unique);
    const comments = Array.from({ length: 5 }, (_, index) => ({
      id: `k${index}`,
      author: { name: 'Читатель' },
      text: 'Текст',
    }));
    await fetch(`${api}/_setup/${busy}`, { method: 'POST', body: JSON.stringify({ comments }) });
    await fetch(`${api}/_setup/${quiet}`, {
      method: 'POST',
      body: JSON.stringify({ comments: comments.slice(0, 1) }),
    });
    const before = (await countRequests()).length;
    const list = await fixture<HTMLUListElement>(
      html`<ul lang="ru">
        <li><biblio-comment-count api=${api} thread=${busy}></biblio-comment-count></li>
        <li><biblio-comment-count api=${api} thread=${quiet}></biblio-comment-count></li>
        <li><biblio-comment-count api=${api} thread=${fresh}></biblio-comment-count></li>
      </ul>`,
    );
    const counts = [...list.querySelectorAll('biblio-comment-count')];
    await waitUntil(() => counts.every((count) => shown(count)), 'counts not shown');
    expect(counts.map(shown)).to.deep.equal(['5 комментариев', '1 комментарий', '0 комментариев']);
    const requests = (await countRequests()).slice(before);
    expect(requests.map(({ threads }) => threads)).to.deep.equal([[busy, quiet, fresh]]);
    await expect(list).to.be.accessible();
  });

  it('keeps the written fallback and fires biblio-error when counts cannot load', async () => {
    const el = document.createElement('biblio-comment-count');
    el.textContent = 'Comments';
    const failed = oneEvent(el, 'biblio-error');
    Object.assign(el, { api: '/test-api/status/503', thread: 'news-1' });
    document.body.append(el);
    expect((await failed).detail.error.details.status).to.equal(503);
    await el.updateComplete;
    expect(shown(el)).to.be.null;
    expect(el.shadowRoot!.querySelector('slot')).to.exist;
    expect(el.textContent).to.equal('Comments');
    el.remove();
  });

  it('shows and announces only the count of the thread asked for last', async () => {
    const [before, after] = ['before', 'after'].map(unique);
    await fetch(`${api}/_setup/${after}`, {
      method: 'POST',
      body: JSON.stringify({ comments: [{ id: 'k1', author: { name: 'Читатель' }, text: 'Т' }] }),
    });
    const el = document.createElement('biblio-comment-count');
    const loads: number[] = [];
    el.addEventListener('biblio-load', ({ detail }) => loads.push(detail.count));
    Object.assign(el, { lang: 'ru', api, thread: before });
    document.body.append(el);
    await el.updateComplete;
    el.thread = after;
    await waitUntil(() => shown(el), 'count not shown');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(shown(el)).to.equal('1 комментарий');
    expect(loads).to.deep.equal([1]);
    el.remove();
  });
});
