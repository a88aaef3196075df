import { expect, waitUntil } from '@open-wc/testing';
import { LazyPart } from './lazy-part.js';

/** A loader that counts its calls and fails the ones listed. */
function loader(failing: number[] = []) {
  let calls = 0;
  const load = () => {
    calls += 1;
    return failing.includes(calls)
      ? Promise.reject(new TypeError('Failed to fetch dynamically imported module'))
      : Promise.resolve({ call: calls });
  };
  return { load, calls: () => calls };
}

describe('LazyPart', () => {
  it('fetches once however many ask, and keeps the part', async () => {
    const { load, calls } = loader();
    const part = new LazyPart(load);
    expect(part.requested).to.equal(undefined);
    const [first, second] = await Promise.all([part.get(), part.get()]);
    expect(first).to.equal(second);
    expect(part.value).to.deep.equal({ call: 1 });
    await part.get();
    expect(calls()).to.equal(1);
  });

  it('forgets a failed fetch, so the next need fetches again', async () => {
    const { load, calls } = loader([1]);
    const part = new LazyPart(load);
    let failure: unknown;
    await part.get().catch((error: unknown) => (failure = error));
    expect(failure).to.be.instanceOf(TypeError);
    expect(part.value).to.equal(undefined);
    expect(part.requested).to.equal(undefined);
    expect(await part.get()).to.deep.equal({ call: 2 });
    expect(calls()).to.equal(2);
  });

  it('preloads when the page is idle, once, and a failed preload leaves the next need to retry', async () => {
    const { load, calls } = loader([1]);
    const part = new LazyPart(load);
    part.preloadWhenIdle();
    part.preloadWhenIdle();
    expect(calls()).to.equal(0);
    await waitUntil(() => calls() === 1, 'the idle-time fetch never ran');
    part.preloadWhenIdle();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(calls()).to.equal(1);
    expect(await part.get()).to.deep.equal({ call: 2 });
  });
});
