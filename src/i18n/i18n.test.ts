import { expect } from '@open-wc/testing';
import {
  combine,
  commonStrings,
  formatDate,
  formatPlural,
  partnersStrings,
  stringsFor,
  toSupportedLanguage,
} from './index.js';

describe('i18n', () => {
  it('uses CLDR plural forms for Russian view counts', () => {
    const forms = stringsFor('ru').views;
    const said = [0, 1, 2, 5, 11, 21, 22, 25, 111, 1000000].map((count) =>
      formatPlural(forms, count, 'ru'),
    );
    expect(said).to.deep.equal([
      '0 просмотров',
      '1 просмотр',
      '2 просмотра',
      '5 просмотров',
      '11 просмотров',
      '21 просмотр',
      '22 просмотра',
      '25 просмотров',
      '111 просмотров',
      '1\u00a0000\u00a0000 просмотров',
    ]);
  });

  it('uses English plural forms', () => {
    const forms = stringsFor('en').views;
    expect([1, 2, 1000].map((count) => formatPlural(forms, count, 'en'))).to.deep.equal([
      '1 view',
      '2 views',
      '1,000 views',
    ]);
  });

  it('maps language tags to a supported language, else English', () => {
    expect(toSupportedLanguage('ru-RU')).to.equal('ru');
    expect(toSupportedLanguage('RU')).to.equal('ru');
    expect(toSupportedLanguage('en_GB')).to.equal('en');
    expect(toSupportedLanguage('de-AT')).to.equal('de');
    expect(toSupportedLanguage('tt-RU')).to.equal('tt');
    expect(toSupportedLanguage('pt')).to.equal('en');
    expect(toSupportedLanguage('')).to.equal('en');
    expect(toSupportedLanguage(null)).to.equal('en');
  });

  it('formats dates in the reader language', () => {
    const date = new Date(Date.UTC(2021, 11, 16, 12));
    expect(formatDate(date, 'ru')).to.equal('16 декабря 2021 г.');
    expect(formatDate(date, 'en')).to.equal('December 16, 2021');
  });

  it('combines sections into one table per language holding only those sections', () => {
    const table = combine(commonStrings, partnersStrings);
    expect(Object.keys(table)).to.deep.equal(['en', 'ru']);
    expect(Object.keys(table.ru).sort()).to.deep.equal([
      'errors',
      'internalError',
      'loading',
      'partners',
      'retry',
    ]);
    expect(table.ru.partners).to.equal(stringsFor('ru').partners);
    expect(table.en.retry).to.equal('Try again');
    expect(table.ru.errors.network).to.equal(stringsFor('ru').errors.network);
  });
});
