import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { defineOnDemand } from './define-on-demand.js';

let testNumber = 0;

/** Fresh tag names per test: the observers of earlier tests still watch the document. */
function tags() {
  testNumber += 1;
  return { first: `on-demand-a-${testNumber}`, second: `on-demand-b-${testNumber}` };
}

function countingLoaders(...names: string[]) {
  const calls: string[] = [];
  const loaders = Object.fromEntries(
    names.map((name) => [name, () => (calls.push(name), Promise.resolve())]),
  );
  return { calls, loaders };
}

function addElement(tag: string, parent: Element = document.body): Element {
  const element = document.createElement(tag);
  parent.append(element);
  return element;
}

/** MutationObserver callbacks run as microtasks after the mutation. */
const observed = () => aTimeout(0);

describe('defineOnDemand()', () => {
  afterEach(() => {
    for (const element of document.querySelectorAll('[data-on-demand]')) element.remove();
  });

  it('loads only the elements already in the page, once each', async () => {
    const { first, second } = tags();
    const { calls, loaders } = countingLoaders(first, second);
    addElement(first).setAttribute('data-on-demand', '');
    addElement(first).setAttribute('data-on-demand', '');
    defineOnDemand(document, loaders);
    await observed();
    expect(calls).to.deep.equal([first]);
  });

  it('loads an element added later, also deep inside an added block', async () => {
    const { first, second } = tags();
    const { calls, loaders } = countingLoaders(first, second);
    defineOnDemand(document, loaders);
    expect(calls).to.deep.equal([]);
    const block = await fixture(html`<div data-on-demand><section></section></div>`);
    addElement(second, block.querySelector('section')!);
    await observed();
    expect(calls).to.deep.equal([second]);
    addElement(first).setAttribute('data-on-demand', '');
    await observed();
    expect(calls).to.deep.equal([second, first]);
  });

  it('warns when a chunk fails to load and tries again when the tag appears again', async () => {
    const { first } = tags();
    let attempts = 0;
    const loaders = {
      [first]: () => {
        attempts += 1;
        return attempts === 1
          ? Promise.reject(new TypeError('Failed to fetch'))
          : Promise.resolve();
      },
    };
    const warnings: unknown[][] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      addElement(first).setAttribute('data-on-demand', '');
      defineOnDemand(document, loaders);
      await observed();
      expect(attempts).to.equal(1);
      expect(String(warnings[0]?.[0])).to.contain(`<${first}> could not be loaded`);
      addElement(first).setAttribute('data-on-demand', '');
      await observed();
      expect(attempts).to.equal(2);
      addElement(first).setAttribute('data-on-demand', '');
      await observed();
      expect(attempts).to.equal(2);
    } finally {
      console.warn = original;
    }
  });
});
