import { expect } from '@open-wc/testing';
import { parseDate } from './dates.js';

function iso(value: unknown): string | undefined {
  return parseDate(value)?.toISOString();
}

describe('parseDate', () => {
  it('reads RFC 3339 with a zone, fractions and a space instead of T', () => {
    expect(iso('2021-02-27T01:06:30+00:00')).to.equal('2021-02-27T01:06:30.000Z');
    expect(iso('2025-11-20T18:30:02+03:00')).to.equal('2025-11-20T15:30:02.000Z');
    expect(iso('2026-01-01T01:40:00.250Z')).to.equal('2026-01-01T01:40:00.250Z');
    expect(iso('2025-11-20T18:30:02-0500')).to.equal('2025-11-20T23:30:02.000Z');
  });

  it('reads times without a zone, and bare dates, as UTC', () => {
    expect(iso('2025-02-26 07:39:11')).to.equal('2025-02-26T07:39:11.000Z');
    expect(iso('2017-02-14T00:00:00')).to.equal('2017-02-14T00:00:00.000Z');
    expect(iso('2025-11-12')).to.equal('2025-11-12T00:00:00.000Z');
  });

  it('reads RFC 822 as in RSS pubDate, with numeric and named zones', () => {
    expect(iso('Tue, 25 Nov 2025 10:00:00 +0300')).to.equal('2025-11-25T07:00:00.000Z');
    expect(iso('Wed, 02 Oct 2002 13:00:00 GMT')).to.equal('2002-10-02T13:00:00.000Z');
    expect(iso('2 Oct 02 08:00 EST')).to.equal('2002-10-02T13:00:00.000Z');
  });

  it('reads DD.MM.YYYY with an optional time', () => {
    expect(iso('12.11.2025')).to.equal('2025-11-12T00:00:00.000Z');
    expect(iso('1.2.2024 9:05')).to.equal('2024-02-01T09:05:00.000Z');
  });

  it('reads epoch seconds and milliseconds, as numbers or digits', () => {
    expect(iso(1731400000)).to.equal('2024-11-12T08:26:40.000Z');
    expect(iso(1730000000000)).to.equal('2024-10-27T03:33:20.000Z');
    expect(iso('1731400000')).to.equal('2024-11-12T08:26:40.000Z');
  });

  it('drops what it cannot read instead of making an Invalid Date', () => {
    const unreadable = [
      'not a date',
      '31.02.2025',
      '2025-13-01',
      '',
      '   ',
      'Tue, 25 Foo 2025 10:00:00 +0300',
      null,
      {},
      -5,
      NaN,
    ];
    expect(unreadable.map(parseDate)).to.deep.equal(unreadable.map(() => undefined));
  });
});
