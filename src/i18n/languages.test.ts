import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../define/view-counter.js';
import '../define/partners.js';
import type { BiblioViewCounter } from '../components/view-counter/view-counter.js';
import {
  formatDate,
  formatNumber,
  formatPlural,
  intlLanguage,
  loadLanguage,
  registerStrings,
  stringsIn,
  viewsStrings,
} from './index.js';
import { languageFiles } from './locales/index.js';
import { withoutIntlData } from './locales/intl-data.js';

const views = (language: string) => stringsIn(viewsStrings, language).views;

/** "N views" in `language` for each count, once its file is here. */
async function viewCounts(language: string, counts: number[]) {
  await loadLanguage(language);
  return counts.map((count) => formatPlural(views(language), count, language));
}

// Spaces and line breaks of the template only: a number's no-break spaces stay.
const shown = (el: Element) => el.shadowRoot!.textContent!.replace(/[ \n]+/g, ' ').trim();

// First in the file: the tests after it load every language file, and a file loads once.
describe('an element in a language that is not inline', () => {
  it('formats with the fallback while its file is not here', () => {
    expect(intlLanguage('de')).to.equal('en');
    expect(intlLanguage('kk')).to.equal('ru');
    expect(intlLanguage('ru')).to.equal('ru');
    expect(intlLanguage('pt')).to.equal('en');
  });

  it('shows the fallback, then its own strings once they arrive', async () => {
    let release!: () => void;
    const arrived = new Promise<void>((resolve) => (release = resolve));
    const real = languageFiles.be;
    languageFiles.be = async () => {
      await arrived;
      return real();
    };
    try {
      const el = await fixture<BiblioViewCounter>(
        html`<biblio-view-counter lang="be" count="5" variant="label"></biblio-view-counter>`,
      );
      expect(shown(el)).to.equal('Просмотров: 5');
      release();
      await waitUntil(() => shown(el) === 'Праглядаў: 5', 'Belarusian never arrived');
    } finally {
      languageFiles.be = real;
    }
  });

  it('keeps the fallback when its file cannot be fetched, and throws nothing into the page', async () => {
    const real = languageFiles.fr;
    let asked = 0;
    languageFiles.fr = () => {
      asked++;
      return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    };
    const thrown: unknown[] = [];
    const record = (event: PromiseRejectionEvent | ErrorEvent) =>
      thrown.push('reason' in event ? event.reason : event.error);
    window.addEventListener('unhandledrejection', record);
    window.addEventListener('error', record);
    try {
      const el = await fixture<BiblioViewCounter>(
        html`<biblio-view-counter lang="fr" count="2"></biblio-view-counter>`,
      );
      await waitUntil(() => asked > 0, 'French was never asked for');
      await new Promise((resolve) => setTimeout(resolve, 50));
      await el.updateComplete;
      expect(shown(el)).to.equal('2 views');
      expect(thrown).to.deep.equal([]);
      // The failure is forgotten: the next element to speak French asks again.
      await fixture(html`<biblio-view-counter lang="fr-CA" count="1"></biblio-view-counter>`);
      await waitUntil(() => asked === 2, 'a failed file was not fetched again');
    } finally {
      languageFiles.fr = real;
      window.removeEventListener('unhandledrejection', record);
      window.removeEventListener('error', record);
    }
  });
});

describe('plurals in each language', () => {
  it('Arabic: six forms, zero one two few many other', async () => {
    const n = (count: number) => formatNumber(count, 'ar');
    expect(await viewCounts('ar', [0, 1, 2, 3, 10, 11, 99, 100, 102, 1.5])).to.deep.equal([
      'لا مشاهدات',
      'مشاهدة واحدة',
      'مشاهدتان',
      `${n(3)} مشاهدات`,
      `${n(10)} مشاهدات`,
      `${n(11)} مشاهدة`,
      `${n(99)} مشاهدة`,
      `${n(100)} مشاهدة`,
      `${n(102)} مشاهدة`,
      `${n(1.5)} مشاهدة`,
    ]);
    expect(
      [0, 1, 2, 3, 11, 100].map((count) => new Intl.PluralRules('ar').select(count)),
    ).to.deep.equal(['zero', 'one', 'two', 'few', 'many', 'other']);
  });

  it('Ukrainian and Belarusian: one, few, many, and other for fractions', async () => {
    expect(await viewCounts('uk', [1, 2, 5, 11, 21, 22, 25])).to.deep.equal([
      '1 перегляд',
      '2 перегляди',
      '5 переглядів',
      '11 переглядів',
      '21 перегляд',
      '22 перегляди',
      '25 переглядів',
    ]);
    expect(await viewCounts('uk', [1.5])).to.deep.equal([`${formatNumber(1.5, 'uk')} перегляду`]);
    expect(await viewCounts('be', [1, 3, 5, 21])).to.deep.equal([
      '1 прагляд',
      '3 прагляды',
      '5 праглядаў',
      '21 прагляд',
    ]);
  });

  it('French and Spanish: one, many for round millions, other', async () => {
    const fr = (count: number) => formatNumber(count, 'fr');
    expect(await viewCounts('fr', [0, 1, 2, 1000000])).to.deep.equal([
      '0 vue',
      '1 vue',
      '2 vues',
      `${fr(1000000)} de vues`,
    ]);
    const es = (count: number) => formatNumber(count, 'es');
    expect(await viewCounts('es', [1, 2, 1000000])).to.deep.equal([
      '1 visita',
      '2 visitas',
      `${es(1000000)} de visitas`,
    ]);
  });

  it('German and Kazakh: one and other', async () => {
    expect(await viewCounts('de', [1, 2])).to.deep.equal(['1 Aufruf', '2 Aufrufe']);
    // Kazakh keeps the noun singular after a number: both forms read the same.
    expect(await viewCounts('kk', [1, 5])).to.deep.equal(['1 қаралым', '5 қаралым']);
  });

  it('Tatar and Bashkir: one form, whatever rules the browser applies', async () => {
    expect(await viewCounts('tt', [1, 2, 5, 21])).to.deep.equal([
      '1 карау',
      '2 карау',
      '5 карау',
      '21 карау',
    ]);
    expect(await viewCounts('ba', [1, 5])).to.deep.equal(['1 ҡарау', '5 ҡарау']);
  });
});

describe('dates and numbers where the browser lacks the locale', () => {
  const date = new Date(Date.UTC(2021, 11, 16, 12));

  it('names a stand-in only for a language Intl has no data for', () => {
    expect(withoutIntlData('uk', 'ru')).to.equal(undefined);
    expect(withoutIntlData('ar', 'en')).to.equal(undefined);
    // A private-use tag no browser has data for.
    expect(withoutIntlData('qaa', 'ru')).to.equal('ru');
  });

  for (const language of ['tt', 'ba', 'be', 'kk']) {
    it(`${language}: a date is in the language or in Russian, never English or ICU's M12`, async () => {
      await loadLanguage(language);
      const said = formatDate(date, language, 'date-time');
      expect(said).not.to.match(/December|M12/);
      const own = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short' });
      const expected =
        intlLanguage(language) === 'ru' ? formatDate(date, 'ru', 'date-time') : own.format(date);
      expect(said).to.equal(expected);
      expect(formatNumber(1234567, language)).to.equal(
        new Intl.NumberFormat(intlLanguage(language)).format(1234567),
      );
    });
  }
});

describe('strings a page registers', () => {
  it('change single strings of a language of ours, over its file when it arrives', async () => {
    registerStrings('es', { viewCounter: { label: 'Leído: {count}' } });
    const el = await fixture<BiblioViewCounter>(
      html`<biblio-view-counter lang="es" count="3" variant="label"></biblio-view-counter>`,
    );
    await loadLanguage('es');
    await el.updateComplete;
    expect(shown(el)).to.equal('Leído: 3');
    el.variant = 'plural';
    await el.updateComplete;
    expect(shown(el)).to.equal('3 visitas');
  });

  it('add a language of a library’s own, falling back for what it leaves out', async () => {
    registerStrings('cv', {
      fallback: 'ru',
      intl: 'ru',
      viewCounter: { label: 'Пӑхнӑ: {count}' },
    });
    const el = await fixture<BiblioViewCounter>(
      html`<biblio-view-counter lang="cv" count="1200" variant="label"></biblio-view-counter>`,
    );
    expect(shown(el)).to.equal(`Пӑхнӑ: ${formatNumber(1200, 'ru')}`);
    el.variant = 'plural';
    await el.updateComplete;
    expect(shown(el)).to.equal(`${formatNumber(1200, 'ru')} просмотров`);
  });
});

describe('direction', () => {
  const partners = (root: Element) => root.querySelector('biblio-partners') ?? root;

  it('lays an Arabic element out right to left on a page that gives no dir', async () => {
    const el = await fixture(html`<biblio-partners lang="ar"></biblio-partners>`);
    expect(el.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(el).direction).to.equal('rtl');
    expect(el.matches(':dir(rtl)')).to.equal(true);
  });

  it('follows a dir the page sets for the language, on an ancestor or on the element', async () => {
    const wrapper = await fixture(
      html`<div lang="ar" dir="ltr"><biblio-partners></biblio-partners></div>`,
    );
    expect(partners(wrapper).hasAttribute('dir')).to.equal(false);
    const own = await fixture(html`<biblio-partners lang="ar" dir="ltr"></biblio-partners>`);
    expect(own.getAttribute('dir')).to.equal('ltr');
  });

  it('ignores a dir set above, for the page’s other language', async () => {
    const wrapper = await fixture(
      html`<div lang="ru" dir="ltr"><biblio-partners lang="ar"></biblio-partners></div>`,
    );
    expect(partners(wrapper).getAttribute('dir')).to.equal('rtl');
  });

  it('takes its dir back when the language changes, and leaves a page’s dir alone', async () => {
    const el = await fixture(html`<biblio-partners lang="ar"></biblio-partners>`);
    el.setAttribute('lang', 'ru');
    await waitUntil(() => !el.hasAttribute('dir'), 'an own dir was left behind');
    el.setAttribute('lang', 'ar');
    await waitUntil(() => el.getAttribute('dir') === 'rtl', 'no dir for Arabic again');
    el.setAttribute('dir', 'ltr');
    el.setAttribute('lang', 'ru');
    await new Promise((resolve) => setTimeout(resolve));
    expect(el.getAttribute('dir')).to.equal('ltr');
  });
});
