import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../define/view-counter.js';
import { fakeViews } from '../../../test/support/fake-views.js';
import type { BiblioViewCounter } from './view-counter.js';

const visibleText = (el: BiblioViewCounter) =>
  el.shadowRoot!.querySelector('[part="count"]')?.textContent?.trim();

async function shown(el: BiblioViewCounter) {
  await waitUntil(() => visibleText(el), 'no count shown');
  return visibleText(el);
}

describe('<biblio-view-counter>', () => {
  describe('a static count', () => {
    it('says Russian view counts with CLDR plural forms', async () => {
      const said: Array<[number, string]> = [
        [0, '0 просмотров'],
        [1, '1 просмотр'],
        [2, '2 просмотра'],
        [5, '5 просмотров'],
        [11, '11 просмотров'],
        [21, '21 просмотр'],
        [22, '22 просмотра'],
        [25, '25 просмотров'],
        [111, '111 просмотров'],
        [1000000, '1\u00a0000\u00a0000 просмотров'],
      ];
      const wrapper = await fixture<HTMLElement>(
        html`<p lang="ru">
          ${said.map(([count]) => html`<biblio-view-counter count=${count}></biblio-view-counter>`)}
        </p>`,
      );
      const counters = [...wrapper.querySelectorAll('biblio-view-counter')];
      await Promise.all(counters.map((el) => el.updateComplete));
      expect(counters.map(visibleText)).to.deep.equal(said.map(([, text]) => text));
      await expect(wrapper).to.be.accessible();
    });

    it('offers the label form the seed page uses, in both languages', async () => {
      const ru = await fixture<BiblioViewCounter>(
        html`<biblio-view-counter lang="ru" variant="label" count="225"></biblio-view-counter>`,
      );
      const en = await fixture<BiblioViewCounter>(
        html`<biblio-view-counter lang="en" variant="label" count="225"></biblio-view-counter>`,
      );
      expect(visibleText(ru)).to.equal('Просмотров: 225');
      expect(visibleText(en)).to.equal('Views: 225');
      await expect(ru).to.be.accessible();
    });

    it('abbreviates large numbers when compact and keeps the full number for screen readers', async () => {
      const el = await fixture<BiblioViewCounter>(
        html`<biblio-view-counter
          lang="ru"
          notation="compact"
          count="12345"
        ></biblio-view-counter>`,
      );
      const count = el.shadowRoot!.querySelector('[part="count"]')!;
      expect(count.textContent!.trim()).to.equal('12\u00a0тыс. просмотров');
      expect(count.getAttribute('aria-hidden')).to.equal('true');
      expect(el.shadowRoot!.querySelector('.visually-hidden')!.textContent).to.equal(
        '12\u00a0345 просмотров',
      );
      el.lang = 'en';
      await waitUntil(() => visibleText(el) === '12K views', 'English compact form not shown');
      await expect(el).to.be.accessible();
    });

    it('adds no hidden duplicate when the compact form is the full number', async () => {
      const el = await fixture<BiblioViewCounter>(
        html`<biblio-view-counter lang="en" notation="compact" count="225"></biblio-view-counter>`,
      );
      expect(visibleText(el)).to.equal('225 views');
      expect(el.shadowRoot!.querySelector('.visually-hidden')).to.be.null;
    });
  });

  describe('reading the count from a views server', () => {
    it('keeps the server-rendered text until the count arrives, then shows the fetched count', async () => {
      const server = fakeViews('slow-400');
      await server.seed('news-7', 225);
      const el = await fixture<BiblioViewCounter>(
        html`<biblio-view-counter lang="ru" variant="label" api=${server.api} item-id="news-7"
          >Просмотров: 224</biblio-view-counter
        >`,
      );
      expect(el.shadowRoot!.querySelector('slot')).to.exist;
      expect(el.innerText).to.equal('Просмотров: 224');
      expect(await shown(el)).to.equal('Просмотров: 225');
      expect(el.shadowRoot!.querySelector('slot')).to.be.null;
      await expect(el).to.be.accessible();
    });

    it('does not register a view unless asked', async () => {
      const server = fakeViews();
      await server.seed('news-8', 10);
      const el = await fixture<BiblioViewCounter>(
        html`<biblio-view-counter
          lang="en"
          api=${server.api}
          item-id="news-8"
        ></biblio-view-counter>`,
      );
      expect(await shown(el)).to.equal('10 views');
      await aTimeout(200);
      expect(await server.posts()).to.equal(0);
    });

    it('keeps the last known count, without an error box, when the server fails', async () => {
      const server = fakeViews('status-503');
      const el = document.createElement('biblio-view-counter');
      Object.assign(el, { lang: 'ru', count: 225, api: server.api, itemId: 'news-9' });
      const failed = oneEvent(el, 'biblio-error');
      document.body.append(el);
      const { error } = (await failed).detail;
      expect(error.kind).to.equal('http');
      expect(error.details.status).to.equal(503);
      await el.updateComplete;
      expect(visibleText(el)).to.equal('225 просмотров');
      expect(el.shadowRoot!.querySelector('[part="error"], [role="alert"]')).to.be.null;
      await expect(el).to.be.accessible();
      el.remove();
    });

    it('keeps the written fallback when the server is unreachable or answers nonsense', async () => {
      for (const [behaviour, kind] of [
        ['offline', 'network'],
        ['malformed', 'unexpected'],
      ]) {
        const el = document.createElement('biblio-view-counter');
        el.textContent = 'Просмотров: 225';
        Object.assign(el, { api: fakeViews(behaviour).api, itemId: 'news-10' });
        const failed = oneEvent(el, 'biblio-error');
        document.body.append(el);
        expect((await failed).detail.error.kind).to.equal(kind);
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('slot')).to.exist;
        expect(el.innerText).to.equal('Просмотров: 225');
        el.remove();
      }
    });
  });

  describe('registering the reader’s view', () => {
    it('posts once per browser session per item, even when the page is reloaded', async () => {
      const server = fakeViews();
      await server.seed('news-11', 225);
      const counter = () =>
        fixture<BiblioViewCounter>(
          html`<biblio-view-counter
            lang="ru"
            api=${server.api}
            item-id="news-11"
            register
          ></biblio-view-counter>`,
        );
      const first = await counter();
      const { detail } = await oneEvent(first, 'biblio-view-registered');
      expect(detail).to.deep.equal({ itemId: 'news-11', views: 226, counted: true });
      await waitUntil(() => visibleText(first) === '226 просмотров', 'registered count not shown');
      first.remove();

      const second = await counter();
      expect(await shown(second)).to.equal('226 просмотров');
      await aTimeout(300);
      expect(await server.posts()).to.equal(1);
    });

    it('sends one POST when two counters on the page show the same item', async () => {
      const server = fakeViews();
      const wrapper = await fixture<HTMLElement>(
        html`<div>
          <biblio-view-counter api=${server.api} item-id="news-12" register></biblio-view-counter>
          <biblio-view-counter api=${server.api} item-id="news-12" register></biblio-view-counter>
        </div>`,
      );
      await oneEvent(wrapper, 'biblio-view-registered');
      await aTimeout(300);
      expect(await server.posts()).to.equal(1);
    });

    it('does not count an article the reader cannot see, and counts it once it is shown', async () => {
      const server = fakeViews();
      const wrapper = await fixture<HTMLElement>(
        html`<div hidden>
          <biblio-view-counter api=${server.api} item-id="news-13" register></biblio-view-counter>
        </div>`,
      );
      await aTimeout(400);
      expect(await server.posts()).to.equal(0);
      const registered = oneEvent(wrapper, 'biblio-view-registered');
      wrapper.hidden = false;
      expect((await registered).detail.counted).to.be.true;
      expect(await server.posts()).to.equal(1);
    });

    it('still registers after being moved while it waited to be seen', async () => {
      const server = fakeViews();
      const wrapper = await fixture<HTMLElement>(
        html`<div>
          <div hidden>
            <biblio-view-counter api=${server.api} item-id="news-17" register></biblio-view-counter>
          </div>
        </div>`,
      );
      const el = wrapper.querySelector('biblio-view-counter')!;
      await aTimeout(200);
      const registered = oneEvent(el, 'biblio-view-registered');
      wrapper.append(el);
      expect((await registered).detail.counted).to.be.true;
      expect(await server.posts()).to.equal(1);
    });

    it('does not count an article scrolled out of view', async () => {
      const server = fakeViews();
      await fixture<HTMLElement>(
        html`<div style="position: absolute; top: 300vh">
          <biblio-view-counter api=${server.api} item-id="news-14" register></biblio-view-counter>
        </div>`,
      );
      await aTimeout(400);
      expect(await server.posts()).to.equal(0);
    });

    it('waits for a background tab to come to the foreground', async () => {
      const server = fakeViews();
      Object.defineProperty(document, 'visibilityState', { configurable: true, value: 'hidden' });
      try {
        const el = await fixture<BiblioViewCounter>(
          html`<biblio-view-counter
            api=${server.api}
            item-id="news-15"
            register
          ></biblio-view-counter>`,
        );
        await aTimeout(400);
        expect(await server.posts()).to.equal(0);
        const registered = oneEvent(el, 'biblio-view-registered');
        delete (document as { visibilityState?: string }).visibilityState;
        document.dispatchEvent(new Event('visibilitychange'));
        expect((await registered).detail.views).to.equal(1);
      } finally {
        delete (document as { visibilityState?: string }).visibilityState;
      }
    });

    it('shows the fetched count when registering fails', async () => {
      const server = fakeViews('post-status-500');
      await server.seed('news-16', 225);
      const el = document.createElement('biblio-view-counter');
      Object.assign(el, { lang: 'en', api: server.api, itemId: 'news-16', register: true });
      const failed = oneEvent(el, 'biblio-error');
      document.body.append(el);
      expect((await failed).detail.error.details.status).to.equal(500);
      expect(await shown(el)).to.equal('225 views');
      expect(el.shadowRoot!.querySelector('[role="alert"]')).to.be.null;
      el.remove();
    });
  });
});
