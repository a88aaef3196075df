import { expect } from '@open-wc/testing';
import { BiblioPartners } from '../components/partners/partners.js';
import { defineElement } from './define.js';

describe('define()', () => {
  it('registers a tag once and ignores a second call for the same class', () => {
    BiblioPartners.define('biblio-test-partners-a');
    expect(() => BiblioPartners.define('biblio-test-partners-a')).not.to.throw();
    expect(customElements.get('biblio-test-partners-a')).to.equal(BiblioPartners);
  });

  it('keeps a foreign definition and warns once instead of throwing', () => {
    class Foreign extends HTMLElement {}
    customElements.define('biblio-test-taken', Foreign);
    const warnings: unknown[][] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      defineElement('biblio-test-taken', class extends HTMLElement {});
      defineElement('biblio-test-taken', class extends HTMLElement {});
    } finally {
      console.warn = original;
    }
    expect(customElements.get('biblio-test-taken')).to.equal(Foreign);
    expect(warnings).to.have.length(1);
    expect(String(warnings[0][0])).to.contain('<biblio-test-taken> is already defined');
  });

  it('registers in the registry it is given', () => {
    const registry = new CustomElementRegistry();
    BiblioPartners.define('biblio-scoped-partners', registry);
    expect(registry.get('biblio-scoped-partners')).to.equal(BiblioPartners);
    expect(customElements.get('biblio-scoped-partners')).to.be.undefined;
  });
});
