import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../define/partners.js';
import type { BiblioPartners } from '../components/partners/partners.js';
import { BiblioElement } from './biblio-element.js';

/** An element with a bug: it throws while rendering until told not to. */
class BrokenElement extends BiblioElement {
  static override tagName = 'biblio-test-broken';
  broken = true;
  override render() {
    if (this.broken) throw new Error('bug in render');
    return html`<p>fixed</p>`;
  }
}
BrokenElement.define();

/** Says which language it speaks, so a test can read what the element resolved. */
class LanguageProbe extends BiblioElement {
  static override tagName = 'biblio-test-language';
  override render() {
    return this.language;
  }
}
LanguageProbe.define();

const partnersIn = (wrapper: Element) => wrapper.querySelector('biblio-partners') as BiblioPartners;
const textColour = (element: Element) => getComputedStyle(element).color;

describe('BiblioElement theme', () => {
  it('keeps the light palette on a page that never opted into dark mode', async () => {
    const el = await fixture<BiblioPartners>(html`<biblio-partners></biblio-partners>`);
    expect(textColour(el)).to.equal('rgb(28, 28, 33)');
  });

  it('follows the closest ancestor theme attribute, and changes with it', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div theme="dark">
        <section><biblio-partners></biblio-partners></section>
      </div>`,
    );
    const el = partnersIn(wrapper);
    expect(getComputedStyle(el).colorScheme).to.equal('dark');
    expect(textColour(el)).to.equal('rgb(236, 236, 241)');
    wrapper.setAttribute('theme', 'light');
    await waitUntil(() => textColour(el) === 'rgb(28, 28, 33)', 'ancestor theme change ignored');
  });

  it('lets its own theme win over an ancestor, set as attribute or property', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div theme="dark"><biblio-partners theme="light"></biblio-partners></div>`,
    );
    const el = partnersIn(wrapper);
    expect(getComputedStyle(el).colorScheme).to.equal('light');
    el.theme = 'auto';
    await el.updateComplete;
    expect(getComputedStyle(el).colorScheme).to.equal('light dark');
  });

  it('follows the page color-scheme when no theme is set', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="color-scheme: dark"><biblio-partners></biblio-partners></div>`,
    );
    expect(textColour(partnersIn(wrapper))).to.equal('rgb(236, 236, 241)');
  });

  it('ignores theme values it does not know', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div theme="neon"><biblio-partners></biblio-partners></div>`,
    );
    expect(textColour(partnersIn(wrapper))).to.equal('rgb(28, 28, 33)');
  });
});

describe('BiblioElement against hostile page CSS', () => {
  let hostile: HTMLStyleElement;
  beforeEach(() => {
    hostile = document.createElement('style');
    hostile.textContent = `* { color: red; background: yellow; line-height: 0.8; }
      .wrapper { font-style: italic; text-transform: uppercase; text-align: center; }`;
    document.head.append(hostile);
  });
  afterEach(() => hostile.remove());

  it('keeps its own colours, spacing and text style', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div class="wrapper">
        <biblio-partners layout="list"><a href="https://one.example/">Музей</a></biblio-partners>
      </div>`,
    );
    const el = partnersIn(wrapper);
    await el.updateComplete;
    const style = getComputedStyle(el);
    expect(style.color).to.equal('rgb(28, 28, 33)');
    expect(style.backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    expect(style.fontStyle).to.equal('normal');
    expect(style.textTransform).to.equal('none');
    expect(parseFloat(style.lineHeight) / parseFloat(style.fontSize)).to.be.closeTo(1.5, 0.01);
  });
});

describe('BiblioElement when it has a bug', () => {
  it('shows its own error box instead of throwing into the page, and its neighbours still work', async () => {
    const logged: unknown[][] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => logged.push(args);
    try {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="ru">
          <biblio-test-broken></biblio-test-broken>
          <biblio-partners layout="list"><a href="https://one.example/">Музей</a></biblio-partners>
        </div>`,
      );
      const broken = wrapper.querySelector('biblio-test-broken') as BrokenElement;
      await broken.updateComplete;
      const box = broken.shadowRoot!.querySelector('[part="error"]')!;
      expect(box.textContent).to.contain('Не удалось показать этот блок.');
      expect(String(logged[0][0])).to.contain('<biblio-test-broken> could not render');
      expect(partnersIn(wrapper).shadowRoot!.querySelector('a')!.textContent!.trim()).to.equal(
        'Музей',
      );
      broken.broken = false;
      box.querySelector('button')!.click();
      await broken.updateComplete;
      expect(broken.shadowRoot!.textContent!.trim()).to.equal('fixed');
    } finally {
      console.error = original;
    }
  });
});

describe('BiblioElement language on a page that sets no lang', () => {
  const spoken = async () => {
    const el = await fixture<LanguageProbe>(html`<biblio-test-language></biblio-test-language>`);
    return el.shadowRoot!.textContent!.trim();
  };
  const browserLanguages = (value: readonly string[]) =>
    Object.defineProperty(navigator, 'languages', { value, configurable: true });
  let meta: HTMLMetaElement | undefined;
  const declare = (content: string) => {
    meta = Object.assign(document.createElement('meta'), {
      httpEquiv: 'Content-Language',
      content,
    });
    document.head.append(meta);
  };
  const pageLang = document.documentElement.getAttribute('lang');
  beforeEach(() => document.documentElement.removeAttribute('lang'));
  afterEach(() => {
    if (pageLang !== null) document.documentElement.setAttribute('lang', pageLang);
    meta?.remove();
    meta = undefined;
    delete (navigator as { languages?: unknown }).languages;
  });

  it('speaks the first language of the page’s content-language meta', async () => {
    browserLanguages(['en-US']);
    declare('ru, en');
    expect(await spoken()).to.equal('ru');
  });

  it('without a meta, speaks the reader’s first browser language it knows', async () => {
    browserLanguages(['ru-RU', 'en']);
    expect(await spoken()).to.equal('ru');
    browserLanguages(['pt-BR', 'en-US']);
    expect(await spoken()).to.equal('en');
    browserLanguages(['pt-BR', 'de-AT', 'en-US']);
    expect(await spoken()).to.equal('de');
  });

  it('speaks Russian when neither the page nor the browser names a language it knows', async () => {
    browserLanguages(['pt-BR', 'it']);
    expect(await spoken()).to.equal('ru');
  });

  it('still lets a lang on the page win over the meta and the browser', async () => {
    browserLanguages(['ru-RU']);
    declare('ru');
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="en"><biblio-test-language></biblio-test-language></div>`,
    );
    expect(wrapper.querySelector('biblio-test-language')!.shadowRoot!.textContent).to.equal('en');
  });
});
