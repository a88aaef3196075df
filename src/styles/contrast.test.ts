import { emulateMedia } from '@web/test-runner-commands';
import { expect, fixture, html } from '@open-wc/testing';
import '../define/partners.js';
import type { BiblioPartners } from '../components/partners/partners.js';

/** WCAG 2.x relative luminance of a computed `rgb(r, g, b)` colour. */
function luminance(colour: string): number {
  const [r, g, b] = colour
    .match(/[\d.]+/g)!
    .slice(0, 3)
    .map((channel) => {
      const value = Number(channel) / 255;
      return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
    });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(foreground: string, background: string): number {
  const [light, dark] = [luminance(foreground), luminance(background)].sort((a, b) => b - a);
  return (light + 0.05) / (dark + 0.05);
}

/** The token pairs text is drawn in: every text colour on every background it meets. */
const pairs = [
  ['--_text', '--_surface'],
  ['--_text', '--_surface-alt'],
  ['--_muted', '--_surface'],
  ['--_muted', '--_surface-alt'],
  ['--_accent', '--_surface'],
  ['--_accent-text', '--_accent'],
  ['--_danger', '--_surface'],
] as const;

/** Resolves a token to a computed colour by painting a probe with it inside the element. */
function resolve(el: BiblioPartners, token: string): string {
  const probe = document.createElement('span');
  probe.style.color = `var(${token})`;
  el.shadowRoot!.append(probe);
  const colour = getComputedStyle(probe).color;
  probe.remove();
  return colour;
}

describe('built-in themes: text contrast', () => {
  // Playwright knows `contrast`; the command's types do not list it yet.
  const emulateContrast = (contrast: 'more' | 'no-preference') =>
    emulateMedia({ contrast } as Parameters<typeof emulateMedia>[0]);
  afterEach(() => emulateContrast('no-preference'));

  for (const theme of ['light', 'dark'] as const) {
    it(`keeps every text colour at least 4.5:1 on its background in the ${theme} theme`, async () => {
      const el = await fixture<BiblioPartners>(
        html`<biblio-partners theme=${theme}
          ><a href="https://one.example/">One</a></biblio-partners
        >`,
      );
      const ratios = pairs.map(
        ([text, background]) =>
          [
            `${text} on ${background}`,
            contrast(resolve(el, text), resolve(el, background)),
          ] as const,
      );
      for (const [pair, ratio] of ratios) expect(ratio, pair).to.be.at.least(4.5);
    });
  }

  it('turns muted text and borders to full strength when the reader asks for more contrast', async () => {
    const el = await fixture<BiblioPartners>(
      html`<biblio-partners theme="light"><a href="https://one.example/">One</a></biblio-partners>`,
    );
    expect(resolve(el, '--_muted')).not.to.equal(resolve(el, '--_text'));
    await emulateContrast('more');
    expect(resolve(el, '--_muted')).to.equal(resolve(el, '--_text'));
    expect(resolve(el, '--_border')).to.equal(resolve(el, '--_text'));
  });
});
