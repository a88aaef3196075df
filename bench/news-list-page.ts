/**
 * The page the news-list benchmark drives: renders N items once with <biblio-news-list> and
 * once with hand-written DOM calls that produce the same markup in a shadow root with the same
 * styles, and reports how long each took until the browser had laid it out.
 */
import { BiblioNewsList } from '../src/components/news-list/news-list.js';
import '../src/define/news-list.js';
import type { NewsItem } from '../src/data/model.js';
import { formatDate } from '../src/i18n/index.js';
import { makeNewsItems } from '../test/fixtures/news-items.js';

const language = 'ru';
const styleSheets = BiblioNewsList.styles.flatMap((style) =>
  'styleSheet' in style && style.styleSheet ? [style.styleSheet] : [],
);

function benchItems(count: number): NewsItem[] {
  const image = new URL('/bench-image.svg', location.href).href;
  return makeNewsItems(count).map((item) => ({ ...item, image: { url: image, alt: '' } }));
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string>,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The markup <biblio-news-list show="date,image,summary,tags"> renders, built by hand. */
function renderBaseline(items: NewsItem[], host: HTMLElement) {
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = styleSheets;
  const section = element('section', { part: 'base', 'aria-label': 'Новости' });
  const list = element('ul', { part: 'list', class: 'items' });
  items.forEach((item, index) => {
    const card = element('article', { class: 'card' });
    const title = element('div', {
      part: 'title',
      class: 'title',
      role: 'heading',
      'aria-level': '3',
    });
    title.append(
      element(
        'a',
        { part: 'link', href: item.url!, 'data-index': String(index), rel: 'noopener noreferrer' },
        item.title,
      ),
    );
    const meta = element('p', { part: 'meta', class: 'meta' });
    meta.append(
      element(
        'time',
        { part: 'date', datetime: item.datePublished!.toISOString() },
        formatDate(item.datePublished!, language),
      ),
    );
    const image = element('img', {
      part: 'image',
      class: 'image',
      src: item.image!.url,
      alt: '',
      loading: 'lazy',
      decoding: 'async',
    });
    const tags = element('ul', { part: 'tags', class: 'tags', 'aria-label': 'Метки' });
    for (const tag of item.tags) {
      const entry = document.createElement('li');
      entry.append(
        element(
          'button',
          { part: 'tag', type: 'button', 'data-tag': tag, 'aria-pressed': 'false' },
          tag,
        ),
      );
      tags.append(entry);
    }
    card.append(
      title,
      meta,
      image,
      element('p', { part: 'summary', class: 'summary' }, item.summary),
      tags,
    );
    const entry = element('li', { part: 'item', class: 'item' });
    entry.append(card);
    list.append(entry);
  });
  section.append(
    list,
    element('div', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite' }),
  );
  root.append(section);
}

/** Everything a reader could notice: the elements, their attributes and their text. */
function describeMarkup(root: ShadowRoot): string {
  return [...root.querySelectorAll('*')]
    .map((node) => {
      const attributes = [...node.attributes]
        .map((attribute) => `${attribute.name}=${attribute.value}`)
        .sort()
        .join(' ');
      const text = [...node.childNodes]
        .filter((child) => child.nodeType === Node.TEXT_NODE)
        .map((child) => child.textContent!.trim())
        .join('');
      return `${node.localName}[${attributes}]${text}`;
    })
    .join('\n');
}

async function renderElement(items: NewsItem[], host: HTMLElement) {
  const list = document.createElement('biblio-news-list');
  list.pageSize = items.length;
  list.items = items;
  host.append(list);
  await list.updateComplete;
  return list;
}

/** Milliseconds from the first DOM call to a laid-out page (style and layout forced). */
async function time(render: (host: HTMLElement) => unknown): Promise<number> {
  const host = document.createElement('div');
  document.body.append(host);
  const started = performance.now();
  await render(host);
  void document.body.getBoundingClientRect().height;
  const elapsed = performance.now() - started;
  host.remove();
  return elapsed;
}

/** Lets the last render paint before the next one starts. */
async function settle() {
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

declare global {
  interface Window {
    benchmark(
      count: number,
      repetitions: number,
    ): Promise<{ element: number[]; baseline: number[] }>;
    sameMarkup(count: number): Promise<{ same: boolean; elements: number }>;
  }
}

window.benchmark = async (count, repetitions) => {
  const items = benchItems(count);
  const result = { element: [] as number[], baseline: [] as number[] };
  for (let repetition = 0; repetition < repetitions; repetition++) {
    const order =
      repetition % 2 === 0
        ? (['element', 'baseline'] as const)
        : (['baseline', 'element'] as const);
    for (const kind of order) {
      await settle();
      result[kind].push(
        await time((host) =>
          kind === 'element' ? renderElement(items, host) : renderBaseline(items, host),
        ),
      );
    }
  }
  return result;
};

/** Proves the baseline builds what the element renders, so the comparison is fair. */
window.sameMarkup = async (count) => {
  const items = benchItems(count);
  const elementHost = document.createElement('div');
  document.body.append(elementHost);
  const list = await renderElement(items, elementHost);
  const baselineHost = document.createElement('div');
  renderBaseline(items, baselineHost);
  const ours = describeMarkup(list.shadowRoot!);
  const theirs = describeMarkup(baselineHost.shadowRoot!);
  elementHost.remove();
  if (ours !== theirs)
    console.log(`element:\n${ours.slice(0, 3000)}\n\nbaseline:\n${theirs.slice(0, 3000)}`);
  return { same: ours === theirs, elements: list.shadowRoot!.querySelectorAll('*').length };
};
