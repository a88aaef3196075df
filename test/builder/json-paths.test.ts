import { expect } from '@open-wc/testing';
import { valueAt } from '../../src/data/feed/json-path.js';
import { describePath, findRecordLists } from '../../demo/builder/json-paths.js';

const newsDocument = {
  ok: true,
  data: {
    news: [
      {
        headline: 'Новый читальный зал',
        published_at: '12.11.2025',
        links: [{ rel: 'self', href: '/news/101' }],
        stats: { views: 225 },
      },
      { headline: 'Библиотечная ночь', lead: 'Программа на весь вечер.', stats: { views: 3 } },
      { headline: 'Третья' },
    ],
    authors: [{ name: 'Анна' }],
  },
};

describe('findRecordLists', () => {
  it('finds a nested list of records with the fields of all its records, in dot paths', () => {
    const [news] = findRecordLists(newsDocument);
    expect(news.path).to.equal('data.news');
    expect(news.count).to.equal(3);
    expect(news.fields.map((field) => field.path)).to.deep.equal([
      'headline',
      'published_at',
      'links.0.rel',
      'links.0.href',
      'stats.views',
      'lead',
    ]);
  });

  it('gives each field the first value found, so a person can recognise it', () => {
    const [news] = findRecordLists(newsDocument);
    const examples = Object.fromEntries(news.fields.map((field) => [field.path, field.example]));
    expect(examples['headline']).to.equal('Новый читальный зал');
    expect(examples['lead']).to.equal('Программа на весь вечер.');
    expect(examples['stats.views']).to.equal('225');
  });

  it('lists the longest list first and every list it finds', () => {
    expect(findRecordLists(newsDocument).map((list) => [list.path, list.count])).to.deep.equal([
      ['data.news', 3],
      ['data.authors', 1],
    ]);
  });

  it('lists paths that lead to the values they were found at', () => {
    const [news] = findRecordLists(newsDocument);
    const first = newsDocument.data.news[0];
    expect(valueAt(valueAt(newsDocument, news.path), '0')).to.equal(first);
    expect(valueAt(first, 'links.0.href')).to.equal('/news/101');
  });

  it('calls a document that is itself the list the empty path', () => {
    const lists = findRecordLists([{ title: 'A' }, 'not a record', { title: 'B', id: 2 }]);
    expect(lists).to.deep.equal([
      {
        path: '',
        count: 2,
        fields: [
          { path: 'title', example: 'A' },
          { path: 'id', example: '2' },
        ],
      },
    ]);
  });

  it('skips empty, null and missing values when choosing an example', () => {
    const [list] = findRecordLists([{ summary: '' }, { summary: null }, { summary: 'Текст' }]);
    expect(list.fields).to.deep.equal([{ path: 'summary', example: 'Текст' }]);
  });

  it('flattens and shortens long examples', () => {
    const [list] = findRecordLists([{ body: `one\n\n   two ${'x'.repeat(100)}` }], {
      exampleLength: 12,
    });
    expect(list.fields[0].example).to.equal('one two xxx…');
  });

  it('does not walk through keys with dots, whose deeper paths a map could not follow', () => {
    const [list] = findRecordLists([{ 'wp:term': 1, 'a.b': { c: 'deep' }, 'x.y': 'leaf' }]);
    expect(list.fields.map((field) => field.path)).to.deep.equal(['wp:term', 'x.y']);
  });

  it('finds nothing in documents without records', () => {
    expect(findRecordLists({ title: 'Feed', tags: ['a', 'b'] })).to.deep.equal([]);
    expect(findRecordLists([])).to.deep.equal([]);
    expect(findRecordLists('text')).to.deep.equal([]);
    expect(findRecordLists(null)).to.deep.equal([]);
  });

  it('stops at the depth and field limits on deep or wide documents', () => {
    let deep: unknown = { leaf: 'bottom' };
    for (let level = 0; level < 50; level += 1) deep = { next: deep };
    expect(findRecordLists({ items: [deep] }, { maxDepth: 4 })[0].fields).to.deep.equal([]);
    const wide = Object.fromEntries(
      Array.from({ length: 500 }, (_, index) => [`k${index}`, index]),
    );
    expect(findRecordLists([wide], { maxFields: 10 })[0].fields).to.have.length(10);
  });

  it('collects fields from a sample of the records only', () => {
    const records = [{ title: 'first' }, { title: 'second', late: 'only here' }];
    const [list] = findRecordLists(records, { sampledRecords: 1 });
    expect(list.count).to.equal(2);
    expect(list.fields.map((field) => field.path)).to.deep.equal(['title']);
  });
});

describe('describePath', () => {
  it('reads like the document: the list with [] and the field after it', () => {
    expect(describePath('data.news', 'headline')).to.equal('data.news[].headline');
    expect(describePath('data.news')).to.equal('data.news[]');
    expect(describePath('', 'title')).to.equal('[].title');
  });
});
