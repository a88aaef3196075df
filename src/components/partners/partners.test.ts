import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../define/partners.js';
import type { BiblioPartners } from './partners.js';

const fixtures = new URL('/test/fixtures/', location.href).href;
const notJson = '/test-api/text?body=%3Chtml%3Eoops&type=text/html';
const noList = '/test-api/text?body=%7B%22a%22%3A1%7D&type=application/json';
const hostileHref = 'javascript:alert(1)';

function shadow(el: BiblioPartners) {
  return el.shadowRoot!;
}

function links(el: BiblioPartners) {
  return [...shadow(el).querySelectorAll<HTMLAnchorElement>('a[part="link"]')];
}

async function loaded(el: BiblioPartners) {
  await waitUntil(
    () => links(el).length > 0 || shadow(el).querySelector('[part="error"], [part="empty"]'),
    'element never settled',
  );
  await el.updateComplete;
  return el;
}

describe('<biblio-partners>', () => {
  describe('from src', () => {
    it('renders each safe partner as a link, grouped under headings in the given order', async () => {
      const el = await loaded(
        await fixture<BiblioPartners>(
          html`<biblio-partners src="${fixtures}partners.json"></biblio-partners>`,
        ),
      );
      expect(links(el).map((link) => link.textContent!.trim())).to.deep.equal([
        'Министерство культуры',
        'Портал «Культура региона»',
        'Краеведческий музей',
        'Драматический театр',
        'Детская библиотека',
      ]);
      const headings = [...shadow(el).querySelectorAll('[part="group-heading"]')];
      expect(headings.map((heading) => heading.textContent)).to.deep.equal([
        'Органы власти',
        'Музеи и театры',
        'Библиотеки',
      ]);
      expect(headings[0].getAttribute('aria-level')).to.equal('3');
      await expect(el).to.be.accessible();
    });

    it('never renders a javascript: link or a partner without an address', async () => {
      const el = await loaded(
        await fixture<BiblioPartners>(
          html`<biblio-partners src="${fixtures}partners.json"></biblio-partners>`,
        ),
      );
      const hrefs = links(el).map((link) => link.getAttribute('href')!);
      expect(hrefs.every((href) => /^https?:/.test(href))).to.be.true;
      expect(shadow(el).textContent).not.to.contain('Script link');
      expect(shadow(el).textContent).not.to.contain('No address');
    });

    it('resolves relative URLs against the feed and marks only external links noopener', async () => {
      const el = await loaded(
        await fixture<BiblioPartners>(
          html`<biblio-partners src="${fixtures}partners.json"></biblio-partners>`,
        ),
      );
      const local = links(el).find((link) => link.href.endsWith('/libraries/children'))!;
      expect(local.href).to.equal(new URL('/libraries/children', location.href).href);
      expect(local.hasAttribute('rel')).to.be.false;
      const external = links(el).find((link) => link.href === 'https://culture.example/')!;
      expect(external.rel).to.equal('noopener noreferrer');
      const logo = external.querySelector('img')!;
      expect(logo.src).to.equal(`${fixtures}logos/culture.svg`);
      expect(logo.loading).to.equal('lazy');
    });

    it('shows the name instead of a logo that fails to load', async () => {
      const el = await loaded(
        await fixture<BiblioPartners>(
          html`<biblio-partners src="${fixtures}partners.json"></biblio-partners>`,
        ),
      );
      const museum = () => links(el).find((link) => link.href === 'https://museum.example/')!;
      museum().querySelector('img')?.setAttribute('loading', 'eager');
      await waitUntil(() => !museum().querySelector('img'), 'broken logo never replaced');
      const name = museum().querySelector('[part="name"]')!;
      expect(name.textContent!.trim()).to.equal('Краеведческий музей');
      expect(name.classList.contains('visually-hidden')).to.be.false;
    });

    it('names logo links by the visually hidden name, which shows when images are off', async () => {
      const el = await loaded(
        await fixture<BiblioPartners>(
          html`<biblio-partners src="${fixtures}partners.json"></biblio-partners>`,
        ),
      );
      const culture = links(el).find((link) => link.href === 'https://culture.example/')!;
      const name = culture.querySelector<HTMLElement>('[part="name"]')!;
      expect(culture.querySelector('img')!.alt).to.equal('');
      expect(name.getBoundingClientRect().width).to.be.lessThan(2);
      el.style.setProperty('--biblio-vision-image-display', 'none');
      expect(getComputedStyle(culture.querySelector('img')!).display).to.equal('none');
      expect(name.getBoundingClientRect().width).to.be.greaterThan(20);
    });

    it('fires biblio-load with the number of partners', async () => {
      const el = document.createElement('biblio-partners');
      const event = oneEvent(el, 'biblio-load');
      el.src = `${fixtures}partners.json`;
      document.body.append(el);
      expect((await event).detail.count).to.equal(5);
      el.remove();
    });

    it('shows a skeleton that reserves space while loading', async () => {
      const el = await fixture<BiblioPartners>(
        html`<biblio-partners src="/test-api/slow/1000"></biblio-partners>`,
      );
      const skeleton = shadow(el).querySelector('[part="loading"]') as HTMLElement;
      expect(skeleton).to.exist;
      expect(skeleton.getBoundingClientRect().height).to.be.greaterThan(30);
      expect(skeleton.textContent).to.contain('Loading');
      await expect(el).to.be.accessible();
    });

    it('shows the empty state for an empty list', async () => {
      const el = await loaded(
        await fixture<BiblioPartners>(
          html`<biblio-partners lang="ru" src="${fixtures}empty-list.json"></biblio-partners>`,
        ),
      );
      expect(shadow(el).querySelector('[part="empty"]')!.textContent).to.equal(
        'Список партнёров пока пуст.',
      );
      await expect(el).to.be.accessible();
    });
  });

  describe('errors', () => {
    it('shows a localized HTTP error with a Retry button and fires biblio-error', async () => {
      const el = document.createElement('biblio-partners');
      el.lang = 'ru';
      const event = oneEvent(el, 'biblio-error');
      el.src = '/test-api/status/503';
      document.body.append(el);
      const { error } = (await event).detail;
      expect(error.kind).to.equal('http');
      expect(error.details.status).to.equal(503);
      await waitUntil(() => shadow(el).querySelector('[part="error"]'), 'no error box');
      const box = shadow(el).querySelector('[part="error"]')!;
      expect(box.getAttribute('role')).to.equal('alert');
      expect(box.textContent).to.contain('Сервер ответил ошибкой (503)');
      expect(box.querySelector('button')!.textContent).to.equal('Повторить');
      await expect(el).to.be.accessible();
      el.remove();
    });

    it('says src opens a web page when it answers HTML instead of JSON', async () => {
      const el = await loaded(
        await fixture<BiblioPartners>(html`<biblio-partners src=${notJson}></biblio-partners>`),
      );
      expect(shadow(el).querySelector('[part="error"]')!.textContent).to.contain(
        'opens a web page, not data',
      );
    });

    it('says the data cannot be shown when the JSON holds no list, without pointing at a map', async () => {
      const el = await loaded(
        await fixture<BiblioPartners>(html`<biblio-partners src=${noList}></biblio-partners>`),
      );
      const message = shadow(el).querySelector('[part="error"]')!.textContent!;
      expect(message).to.contain('data this block cannot show');
      expect(message).not.to.contain('map');
    });

    it('recovers when Retry is pressed after a server error', async () => {
      const key = `retry-${Math.random().toString(36).slice(2)}`;
      const flakySrc = `/test-api/flaky/${key}?failures=1&then=/test/fixtures/partners.json`;
      const el = await loaded(
        await fixture<BiblioPartners>(html`<biblio-partners src=${flakySrc}></biblio-partners>`),
      );
      expect(shadow(el).querySelector('[part="error"]')).to.exist;
      shadow(el).querySelector<HTMLButtonElement>('[part="retry"]')!.click();
      await waitUntil(() => links(el).length === 5, 'retry did not load the partners');
    });
  });

  describe('enhancing links already in the page', () => {
    it('keeps the written links, their groups and logos, and drops unsafe ones', async () => {
      const el = await fixture<BiblioPartners>(html`
        <biblio-partners layout="list" lang="en">
          <a href="https://ministry.example/">Ministry of Culture</a>
          <div data-group="Museums">
            <a href="https://art.example/"
              ><img src="${fixtures}logos/museum.svg" alt="Art museum"
            /></a>
            <a href=${hostileHref}>Hostile</a>
          </div>
        </biblio-partners>
      `);
      await el.updateComplete;
      expect(links(el).map((link) => link.textContent!.trim())).to.deep.equal([
        'Ministry of Culture',
        'Art museum',
      ]);
      expect(shadow(el).querySelector('[part="group-heading"]')!.textContent).to.equal('Museums');
      expect(shadow(el).querySelector('nav')!.getAttribute('aria-label')).to.equal('Partners');
      await expect(el).to.be.accessible();
    });

    it('follows links added to it later', async () => {
      const el = await fixture<BiblioPartners>(
        html`<biblio-partners><a href="https://one.example/">One</a></biblio-partners>`,
      );
      const link = document.createElement('a');
      link.href = 'https://two.example/';
      link.textContent = 'Two';
      el.append(link);
      await waitUntil(() => links(el).length === 2, 'added link not shown');
    });

    it('sends no biblio-load or biblio-error when there is no src to load', async () => {
      const events: string[] = [];
      const el = document.createElement('biblio-partners');
      el.addEventListener('biblio-load', () => events.push('load'));
      el.addEventListener('biblio-error', () => events.push('error'));
      el.innerHTML = '<a href="https://one.example/">One</a>';
      document.body.append(el);
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(events).to.deep.equal([]);
      el.remove();
    });

    it('shows the empty state when there is nothing to show', async () => {
      const el = await fixture<BiblioPartners>(html`<biblio-partners></biblio-partners>`);
      expect(shadow(el).querySelector('[part="empty"]')).to.exist;
      await expect(el).to.be.accessible();
    });
  });

  describe('layouts and language', () => {
    for (const layout of ['grid', 'list', 'inline'] as const) {
      it(`is accessible in the ${layout} layout and fits a 320 px column`, async () => {
        const wrapper = await fixture<HTMLDivElement>(
          html`<div style="width: 320px">
            <biblio-partners layout=${layout} src="${fixtures}partners.json"></biblio-partners>
          </div>`,
        );
        const el = await loaded(wrapper.querySelector('biblio-partners')!);
        expect(el.scrollWidth).to.be.at.most(320);
        await expect(el).to.be.accessible();
      });
    }

    it('names the landmark in the language of the closest [lang] ancestor and follows changes', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="ru-RU">
          <biblio-partners><a href="https://one.example/">One</a></biblio-partners>
        </div>`,
      );
      const el = wrapper.querySelector('biblio-partners')!;
      await el.updateComplete;
      const nav = () => shadow(el).querySelector('nav')!;
      expect(nav().getAttribute('aria-label')).to.equal('Партнёры');
      wrapper.lang = 'en';
      await waitUntil(
        () => nav().getAttribute('aria-label') === 'Partners',
        'language change ignored',
      );
    });

    it('takes partners set as a property over everything else', async () => {
      const el = await fixture<BiblioPartners>(
        html`<biblio-partners><a href="https://one.example/">One</a></biblio-partners>`,
      );
      el.partners = [{ name: 'From script', url: 'https://script.example/' }];
      await el.updateComplete;
      expect(links(el).map((link) => link.textContent!.trim())).to.deep.equal(['From script']);
    });
  });
});
