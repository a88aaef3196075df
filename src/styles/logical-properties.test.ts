import { expect } from '@open-wc/testing';
import type { CSSResultGroup } from 'lit';
import * as library from '../index.js';
import { physicalDeclarations, type PhysicalDeclaration } from '../../test/support/physical-css.js';

/**
 * Arabic reads right to left: every element, the demo site and the moderation page must lay
 * out with logical properties (margin-inline-start, not margin-left), or their Arabic page
 * keeps its Russian left-to-right shape. The checker itself is in test/support/physical-css.ts.
 */

/** The text of every style sheet an element adopts: tokens, states and its own. */
function styleTexts(styles: CSSResultGroup | undefined): string[] {
  return [styles ?? []]
    .flat(Infinity as 1)
    .map((style) =>
      style instanceof CSSStyleSheet
        ? Array.from(style.cssRules, (rule) => rule.cssText).join('\n')
        : (style as { cssText: string }).cssText,
    );
}

function describeFaults(source: string, faults: PhysicalDeclaration[]): string[] {
  return faults.map(
    ({ rule, declaration, problem }) => `${source}: ${rule} { ${declaration} } (${problem})`,
  );
}

/** The pages a reader may run in Arabic; their linked and inline style sheets are checked. */
const pages = [
  '/demo/index.html',
  '/demo/article.html',
  '/demo/social.html',
  '/demo/embed.html',
  '/demo/builder.html',
  '/server/moderation/index.html',
];

async function pageStyleTexts(path: string): Promise<Array<[source: string, text: string]>> {
  const response = await fetch(path);
  expect(response.ok, `${path} is served`).to.be.true;
  const page = new DOMParser().parseFromString(await response.text(), 'text/html');
  const inline = [...page.querySelectorAll('style')].map((style): [string, string] => [
    `${path} <style>`,
    style.textContent!,
  ]);
  const linked = await Promise.all(
    [...page.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].map(async (link) => {
      const url = new URL(link.getAttribute('href')!, new URL(path, location.href));
      const sheet = await fetch(url);
      expect(sheet.ok, `${url.pathname} is served`).to.be.true;
      return [url.pathname, await sheet.text()] as [string, string];
    }),
  );
  return [...inline, ...linked];
}

describe('logical properties', () => {
  describe('the check', () => {
    const physical = [
      '.a { margin-left: 1em; }',
      '.a { padding-top: 0; }',
      '.a { border-right: 1px solid; }',
      '.a { border-top-left-radius: 4px; }',
      '.a { left: -100vw; }',
      '.a { position: absolute; top: 0 }',
      '.a { float: right; }',
      '.a { clear: left; }',
      '.a { text-align: left; }',
      '.a { justify-self: right; }',
      '.a { background: url(x.png) no-repeat left center; }',
      '.a { resize: vertical; }',
      '.a { padding: 0 1em 0 2em; }',
      '.a { margin: 0 auto 0 0 !important; }',
      '.a { border-radius: 4px 0 0 4px; }',
      '.a { border-radius: 4px / 2px 0; }',
      '.a { box-shadow: 2px 0 4px rgb(0 0 0 / 20%); }',
      '.a { transform: translateX(1em); }',
      '.a { background: linear-gradient(to right, red, blue); }',
      '@media (min-width: 30em) { .a:hover { margin-right: 0 } }',
    ];
    for (const css of physical) {
      it(`flags ${css}`, () => {
        expect(physicalDeclarations(css)).to.have.length(1);
      });
    }

    it('passes the logical and symmetric forms', () => {
      const logical = `
        .a { margin-inline-start: 1em; padding-block-start: 0; border-inline-end: 1px solid; }
        .a { border-start-start-radius: 4px; inset-inline-start: -100vw; float: inline-end; }
        .a { text-align: start; justify-self: end; resize: block; vertical-align: top; }
        .a { padding: 0 1em 0.5em; margin: 0 auto; inset: 0; border-radius: 4px; }
        .a { box-shadow: inset 0 0 0 1px var(--x, rgb(0 0 0)); width: 100%; overflow-x: auto; }
        .a { content: ' (' attr(href) ')'; --_left: 1px; }
        .a:has(input:checked) { transform: scale(1.1); }
        @container style(--display: none) { img { display: none !important; } }
      `;
      expect(physicalDeclarations(logical)).to.deep.equal([]);
    });

    it('names the rule, the declaration and what to use instead', () => {
      expect(physicalDeclarations('@media print { .quote { padding-left: 1em } }')).to.deep.equal([
        {
          rule: '.quote',
          declaration: 'padding-left: 1em',
          problem:
            'names a physical side: use the -inline-start/-end or -block-start/-end property',
          excuse: undefined,
        },
      ]);
    });

    it('excuses only the declaration right after a physical: comment that says why', () => {
      const found = physicalDeclarations(`
        .a {
          /* physical: the glyph points left whatever the direction */
          transform: scaleX(-1);
          left: 0;
        }
        .b { /* ordinary remark */ left: 0; }
        .c { /* physical: */ left: 0; }
        .d { /* physical: a reason for the colour */ color: red; left: 0; }
      `);
      expect(found.map(({ rule, excuse }) => [rule, excuse])).to.deep.equal([
        ['.a', 'the glyph points left whatever the direction'],
        ['.a', undefined],
        ['.b', undefined],
        ['.c', undefined],
        ['.d', undefined],
      ]);
    });
  });

  describe('in the styles', () => {
    const elements = Object.values(library).filter(
      (value): value is typeof library.BiblioElement =>
        typeof value === 'function' && 'tagName' in value && typeof value.tagName === 'string',
    );

    it('finds every element the library exports', () => {
      expect(elements.map((element) => element.tagName).sort()).to.include.members([
        'biblio-article',
        'biblio-comment-count',
        'biblio-comments',
        'biblio-news-list',
        'biblio-partners',
        'biblio-view-counter',
        'biblio-vision-panel',
      ]);
    });

    it('of every element are logical, but for the excused', () => {
      const faults = elements.flatMap((element) =>
        styleTexts(element.styles).flatMap((text) =>
          describeFaults(
            `<${element.tagName}>`,
            physicalDeclarations(text).filter((found) => !found.excuse),
          ),
        ),
      );
      expect([...new Set(faults)]).to.deep.equal([]);
    });

    it('of the demo pages and the moderation page are logical, but for the excused', async () => {
      const sheets = (await Promise.all(pages.map(pageStyleTexts))).flat();
      expect(sheets.length, 'style sheets found').to.be.greaterThan(3);
      const faults = sheets.flatMap(([source, text]) =>
        describeFaults(
          source,
          physicalDeclarations(text).filter((found) => !found.excuse),
        ),
      );
      expect([...new Set(faults)]).to.deep.equal([]);
    });
  });
});
