import { expect } from '@open-wc/testing';
import { toMapAttribute } from '../../demo/builder/field-map.js';
import { toFeedMap } from '../../src/data/feed/adapters/mapped.js';

describe('toMapAttribute', () => {
  it('gives the map the data layer reads: the list path and each picked field', () => {
    const map = toMapAttribute({
      listPath: 'data.news',
      fields: { title: 'headline', date: 'meta.published', url: 'links.0.href', image: '' },
    });
    expect(toFeedMap(map)).to.deep.equal({
      items: 'data.news',
      title: 'headline',
      date: 'meta.published',
      url: 'links.0.href',
    });
  });

  it('needs no items path when the document is the list', () => {
    expect(toMapAttribute({ listPath: '', fields: { title: 'name' } })).to.equal(
      '{"title":"name"}',
    );
  });

  it('gives no map until a title is picked', () => {
    expect(toMapAttribute({ listPath: 'data', fields: { date: 'when' } })).to.equal('');
  });
});
