import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../define/partners.js';
import '../../define/vision-panel.js';
import {
  colourSchemes,
  contrastRatio,
  readVisionSettings,
  visionStorageKey,
} from '../../internal/vision-settings.js';
import { BiblioVisionPanel } from './vision-panel.js';

const root = document.documentElement;

function choose(panel: BiblioVisionPanel, legend: string, option: string) {
  const fieldset = [...panel.shadowRoot!.querySelectorAll('fieldset')].find(
    (candidate) => candidate.querySelector('legend')!.textContent === legend,
  )!;
  const label = [...fieldset.querySelectorAll('label')].find((candidate) =>
    candidate.textContent!.includes(option),
  )!;
  label.querySelector('input')!.click();
}

async function openPanel(target: 'widgets' | 'page' = 'widgets') {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div lang="ru">
      <biblio-vision-panel target=${target}></biblio-vision-panel>
      <biblio-partners layout="list"><a href="https://one.example/">Музей</a></biblio-partners>
    </div>`,
  );
  const panel = wrapper.querySelector('biblio-vision-panel')!;
  panel.shadowRoot!.querySelector<HTMLButtonElement>('[part="toggle"]')!.click();
  await settingsShown(panel);
  return { panel, partners: wrapper.querySelector('biblio-partners')! };
}

/** The settings are a chunk of their own: they appear once it is here. */
function settingsShown(panel: BiblioVisionPanel) {
  return waitUntil(
    () => panel.shadowRoot!.querySelector('[part="panel"] fieldset'),
    'the settings panel never appeared',
  );
}

/** Words of `root`'s text that the layout split across two lines, with where they broke. */
function brokenWords(root: ShadowRoot) {
  const broken: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent!;
    // A hyphen is a break opportunity of its own: "Тёмно-" may end a line.
    for (const word of text.matchAll(/[^\s-]+-?/g)) {
      const range = document.createRange();
      range.setStart(node, word.index);
      range.setEnd(node, word.index + word[0].length);
      if (new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size > 1) {
        broken.push(word[0]);
      }
    }
  }
  return broken;
}

describe('<biblio-vision-panel>', () => {
  beforeEach(() => localStorage.removeItem(visionStorageKey));
  afterEach(() => {
    localStorage.removeItem(visionStorageKey);
    root.removeAttribute('style');
    for (const name of root.getAttributeNames()) {
      if (name.startsWith('data-biblio-')) root.removeAttribute(name);
    }
  });

  it('opens from a labelled toggle that reports its state', async () => {
    const { panel } = await openPanel();
    const toggle = panel.shadowRoot!.querySelector('[part="toggle"]')!;
    expect(toggle.textContent!.trim()).to.equal('Версия для слабовидящих');
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(panel.shadowRoot!.querySelector('[part="panel"]')).to.exist;
    await expect(panel).to.be.accessible();
  });

  it('scales the text of every biblio element up to 200 %', async () => {
    const { panel, partners } = await openPanel();
    const before = parseFloat(getComputedStyle(partners).fontSize);
    choose(panel, 'Размер шрифта', '200 %');
    expect(parseFloat(getComputedStyle(partners).fontSize)).to.equal(before * 2);
  });

  it('recolours every element in a scheme and paints its background', async () => {
    const { panel, partners } = await openPanel();
    const eventDetail = oneEvent(panel, 'biblio-vision-change');
    choose(panel, 'Цвета', 'Белым по чёрному');
    expect((await eventDetail).detail.settings.scheme).to.equal('white-on-black');
    expect(getComputedStyle(partners).color).to.equal('rgb(255, 255, 255)');
    expect(getComputedStyle(partners).backgroundColor).to.equal('rgb(0, 0, 0)');
    await expect(partners).to.be.accessible();
  });

  it("wins over the site's own tokens, wherever the site set them", async () => {
    const { panel, partners } = await openPanel();
    partners.parentElement!.style.setProperty('--biblio-text', 'rgb(0, 128, 0)');
    expect(getComputedStyle(partners).color).to.equal('rgb(0, 128, 0)');
    choose(panel, 'Цвета', 'Белым по чёрному');
    expect(getComputedStyle(partners).color).to.equal('rgb(255, 255, 255)');
  });

  it('saves the settings and applies them again on the next page view', async () => {
    const { panel } = await openPanel();
    choose(panel, 'Межбуквенный интервал', 'Большой');
    expect(readVisionSettings(localStorage).letterSpacing).to.equal('wider');
    root.removeAttribute('style');
    const next = await fixture<HTMLElement>(html`<biblio-vision-panel></biblio-vision-panel>`);
    expect(next).to.exist;
    expect(root.style.getPropertyValue('--biblio-vision-letter-spacing')).to.equal('0.12em');
  });

  it('scales the page root instead of the elements with target="page", so nothing doubles', async () => {
    const { panel, partners } = await openPanel('page');
    const before = parseFloat(getComputedStyle(partners).fontSize);
    choose(panel, 'Размер шрифта', '200 %');
    expect(root.style.fontSize).to.equal('200%');
    expect(root.style.getPropertyValue('--biblio-vision-font-scale')).to.equal('');
    expect(parseFloat(getComputedStyle(partners).fontSize)).to.equal(before * 2);
  });

  it('exposes the settings to the page only with target="page"', async () => {
    const { panel } = await openPanel('widgets');
    choose(panel, 'Цвета', 'Коричневым по бежевому');
    expect(root.hasAttribute('data-biblio-scheme')).to.be.false;
    panel.target = 'page';
    await panel.updateComplete;
    expect(root.getAttribute('data-biblio-scheme')).to.equal('brown-on-beige');
  });

  it('switches images off and to black and white', async () => {
    const { panel } = await openPanel();
    choose(panel, 'Изображения', 'Скрыть');
    expect(root.style.getPropertyValue('--biblio-vision-image-display')).to.equal('none');
    choose(panel, 'Изображения', 'Чёрно-белые');
    expect(root.style.getPropertyValue('--biblio-vision-image-display')).to.equal('');
    expect(root.style.getPropertyValue('--biblio-vision-image-filter')).to.equal('grayscale(1)');
  });

  it('resets to the site version', async () => {
    const { panel, partners } = await openPanel('page');
    choose(panel, 'Цвета', 'Белым по чёрному');
    choose(panel, 'Размер шрифта', '150 %');
    panel.shadowRoot!.querySelector<HTMLButtonElement>('[part="reset"]')!.click();
    expect(root.getAttribute('style') ?? '').to.equal('');
    expect(root.hasAttribute('data-biblio-scheme')).to.be.false;
    expect(getComputedStyle(partners).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
  });

  it('ignores saved settings it does not understand', () => {
    localStorage.setItem(visionStorageKey, '{"fontScale": 9, "scheme": "neon", "images": "off"}');
    expect(readVisionSettings(localStorage)).to.include({
      fontScale: 1,
      scheme: 'site',
      images: 'off',
    });
    localStorage.setItem(visionStorageKey, 'not json');
    expect(readVisionSettings(localStorage).scheme).to.equal('site');
  });

  it('gives every colour scheme a contrast of at least 7:1', () => {
    const ratios = Object.entries(colourSchemes).map(
      ([name, { text, background }]) => [name, contrastRatio(text, background)] as const,
    );
    for (const [name, ratio] of ratios) {
      expect(ratio, name).to.be.at.least(7);
    }
  });

  it('speaks English when the page does', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="en"><biblio-vision-panel open></biblio-vision-panel></div>`,
    );
    const panel = wrapper.querySelector('biblio-vision-panel')!;
    expect(panel.shadowRoot!.querySelector('[part="toggle"]')!.textContent!.trim()).to.equal(
      'Low vision',
    );
    await settingsShown(panel);
    expect(panel.shadowRoot!.querySelector('legend')!.textContent).to.equal('Text size');
    await expect(panel).to.be.accessible();
  });

  it('closes on Escape and gives focus back to the toggle', async () => {
    const { panel } = await openPanel();
    const toggle = panel.shadowRoot!.querySelector<HTMLButtonElement>('[part="toggle"]')!;
    const choice = panel.shadowRoot!.querySelector<HTMLInputElement>('[part="panel"] input')!;
    choice.focus();
    choice.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }),
    );
    await panel.updateComplete;
    expect(panel.open).to.be.false;
    expect(panel.shadowRoot!.querySelector('[part="panel"]')).to.equal(null);
    expect(panel.shadowRoot!.activeElement).to.equal(toggle);
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
  });

  it('closes from a button at its end, in the page language, and gives focus back', async () => {
    const { panel } = await openPanel();
    const settings = panel.shadowRoot!.querySelector('[part="panel"]')!;
    const close = settings.querySelector<HTMLButtonElement>('[part="close"]')!;
    expect(settings.lastElementChild!.contains(close)).to.be.true;
    expect(close.textContent!.trim()).to.equal('Закрыть настройки');
    close.click();
    await panel.updateComplete;
    expect(panel.open).to.be.false;
    expect(panel.shadowRoot!.activeElement).to.equal(
      panel.shadowRoot!.querySelector('[part="toggle"]'),
    );

    const english = await fixture<HTMLDivElement>(
      html`<div lang="en"><biblio-vision-panel open></biblio-vision-panel></div>`,
    );
    const englishPanel = english.querySelector('biblio-vision-panel')!;
    await settingsShown(englishPanel);
    expect(englishPanel.shadowRoot!.querySelector('[part="close"]')!.textContent!.trim()).to.equal(
      'Close settings',
    );
  });

  for (const language of ['ru', 'en']) {
    it(`reads at 200 % on a 320 px phone (${language}): whole words on each line, compact`, async () => {
      // The page keeps 12 px margins, as the demo does at this width.
      const wrapper = await fixture<HTMLDivElement>(
        html`<div
          lang=${language}
          style="width: 320px; padding-inline: 12px; box-sizing: border-box"
        >
          <biblio-vision-panel open></biblio-vision-panel>
        </div>`,
      );
      const panel = wrapper.querySelector('biblio-vision-panel')!;
      await settingsShown(panel);
      choose(panel, language === 'ru' ? 'Размер шрифта' : 'Text size', '200 %');
      await panel.updateComplete;
      const settings = panel.shadowRoot!.querySelector<HTMLElement>('[part="panel"]')!;
      expect(getComputedStyle(settings).fontSize).to.equal('32px');
      expect(settings.getAttribute('lang')).to.equal(language);
      expect(getComputedStyle(settings).hyphens).to.equal('auto');
      expect(wrapper.scrollWidth, 'nothing sticks out sideways').to.be.at.most(320);
      // Where the browser has a hyphenation dictionary it may split a word at a syllable, as it
      // should; without one (as here) every word that breaks was broken mid-letter-run.
      panel.style.hyphens = 'manual';
      expect(brokenWords(panel.shadowRoot!)).to.deep.equal([]);
      // 6 headings and 23 choices at 48 px a line, a line or two each: under 2,800 px, half
      // what it was (5,571 px in Russian) when every label wrapped a few letters a line.
      expect(settings.getBoundingClientRect().height).to.be.below(2800);
    });
  }

  describe('settings loaded apart from the toggle', () => {
    const realLoader = BiblioVisionPanel.loadSettingsPanel;
    afterEach(() => (BiblioVisionPanel.loadSettingsPanel = realLoader));

    it('shows the toggle at once and the settings when their chunk arrives', async () => {
      let arrive!: () => void;
      const held = new Promise<void>((resolve) => (arrive = resolve));
      BiblioVisionPanel.loadSettingsPanel = () => held.then(realLoader);
      const panel = await fixture<BiblioVisionPanel>(
        html`<biblio-vision-panel lang="ru" open></biblio-vision-panel>`,
      );
      const toggle = panel.shadowRoot!.querySelector('[part="toggle"]')!;
      expect(toggle.textContent!.trim()).to.equal('Версия для слабовидящих');
      expect(panel.shadowRoot!.querySelector('[part="panel"]')).to.equal(null);
      arrive();
      await settingsShown(panel);
      expect(panel.shadowRoot!.querySelector('legend')!.textContent).to.equal('Размер шрифта');
    });

    it('says so with Retry when the chunk cannot be fetched, and opens once it can', async () => {
      let offline = true;
      BiblioVisionPanel.loadSettingsPanel = () =>
        offline
          ? Promise.reject(new TypeError('Failed to fetch dynamically imported module'))
          : realLoader();
      const panel = await fixture<BiblioVisionPanel>(
        html`<biblio-vision-panel lang="ru"></biblio-vision-panel>`,
      );
      panel.shadowRoot!.querySelector<HTMLButtonElement>('[part="toggle"]')!.click();
      await waitUntil(() => panel.shadowRoot!.querySelector('[part="error"]'), 'no error box');
      const box = panel.shadowRoot!.querySelector('[part="error"]')!;
      expect(box.getAttribute('role')).to.equal('alert');
      expect(box.textContent).to.contain('Не удалось показать этот блок.');
      await expect(panel).to.be.accessible();
      offline = false;
      box.querySelector<HTMLButtonElement>('[part="retry"]')!.click();
      await settingsShown(panel);
      expect(panel.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
    });
  });
});
