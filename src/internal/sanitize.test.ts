import { aTimeout, expect } from '@open-wc/testing';
import { downloadedModules } from '../../test/support/lazy-chunks.js';
import { sanitizeHtml, type SanitizeOptions } from './sanitize.js';

const options: SanitizeOptions = {
  baseUrl: 'https://library.example/news/225',
  allowEmbeds: ['youtube.com', 'rutube.ru'],
  pageOrigin: 'https://library.example',
};

/** Sanitizes into a live container, as the article does, and returns the container. */
async function render(html: string, overrides: Partial<SanitizeOptions> = {}) {
  const container = document.createElement('div');
  container.append(await sanitizeHtml(html, { ...options, ...overrides }));
  document.body.append(container);
  return container;
}

/** The lazy downloads: DOMPurify and the rules that travel with it. */
const sanitizerRequests = () =>
  downloadedModules().filter((name) => ['purify.es', 'sanitize-with-purify'].includes(name));

describe('sanitizeHtml', () => {
  it('downloads DOMPurify and its rules only when there is HTML to clean, and only once', async () => {
    expect(sanitizerRequests()).to.deep.equal([]);
    await sanitizeHtml('<p>one</p>', options);
    await sanitizeHtml('<p>two</p>', options);
    expect(sanitizerRequests().sort()).to.deep.equal(['purify.es', 'sanitize-with-purify']);
  });

  it('runs nothing: scripts, handlers, javascript: URLs and SVG tricks are removed', async () => {
    let fired = 0;
    const trap = () => fired++;
    (window as unknown as { biblioTrap: () => void }).biblioTrap = trap;
    const container = await render(`
      <script>biblioTrap()</script>
      <img src="/missing.png" onerror="biblioTrap()">
      <a href="javascript:biblioTrap()" id="js">click</a>
      <a href="  JaVaScRiPt:biblioTrap()">click</a>
      <svg><script>biblioTrap()</script><a xlink:href="javascript:biblioTrap()"></a></svg>
      <math><mi><a href="javascript:biblioTrap()">m</a></mi></math>
      <iframe src="javascript:biblioTrap()"></iframe>
      <iframe srcdoc="<script>parent.biblioTrap()</script>" src="https://www.youtube.com/embed/x"></iframe>
      <details open ontoggle="biblioTrap()">d</details>
      <object data="javascript:biblioTrap()"></object><embed src="javascript:biblioTrap()">
      <p onclick="biblioTrap()" onmouseover="biblioTrap()">text</p>
    `);
    container.querySelectorAll<HTMLElement>('a, p').forEach((element) => element.click());
    await aTimeout(300);
    expect(fired).to.equal(0);
    const markup = container.innerHTML.toLowerCase();
    for (const forbidden of [
      '<script',
      'javascript:',
      'onerror',
      'onclick',
      'ontoggle',
      'srcdoc',
    ]) {
      expect(markup, forbidden).not.to.contain(forbidden);
    }
    expect(container.querySelector('svg, math, object, embed')).to.be.null;
    container.remove();
  });

  it('removes forms and their controls but keeps the text around them', async () => {
    const container = await render(
      '<p>Before</p><form action="https://evil.example/"><input name="password"><button formaction="https://evil.example/">Log in</button><textarea>t</textarea><select><option>o</option></select></form><p>After</p>',
    );
    expect(container.querySelector('form, input, button, textarea, select')).to.be.null;
    expect(container.textContent).to.contain('Before');
    expect(container.textContent).to.contain('After');
    container.remove();
  });

  it('resolves relative links, keeps mailto, drops other schemes and marks external links', async () => {
    const container = await render(`
      <a id="relative" href="/halls/reading">hall</a>
      <a id="same" href="https://library.example/about">about</a>
      <a id="external" href="https://culture.example/">portal</a>
      <a id="mail" href="mailto:info@library.example">mail</a>
      <a id="tel" href="tel:+70000000000">phone</a>
      <a id="data" href="data:text/html,hi">data</a>
    `);
    const link = (id: string) => container.querySelector(`#${id}`)!;
    expect(link('relative').getAttribute('href')).to.equal('https://library.example/halls/reading');
    expect(link('relative').hasAttribute('rel')).to.be.false;
    expect(link('same').hasAttribute('rel')).to.be.false;
    expect(link('external').getAttribute('rel')).to.equal('noopener noreferrer');
    expect(link('mail').getAttribute('href')).to.equal('mailto:info@library.example');
    expect(link('tel').hasAttribute('href')).to.be.false;
    expect(link('data').hasAttribute('href')).to.be.false;
    container.remove();
  });

  it('makes images lazy, keeps their size to reserve space, and drops unsafe sources', async () => {
    const container = await render(
      '<img id="photo" src="/img/a.jpg" alt="Hall" width="800" height="450"><img id="data" src="data:image/svg+xml,<svg/>" alt="x">',
    );
    const photo = container.querySelector<HTMLImageElement>('#photo')!;
    expect(photo.getAttribute('src')).to.equal('https://library.example/img/a.jpg');
    expect(photo.loading).to.equal('lazy');
    expect(photo.decoding).to.equal('async');
    expect([photo.getAttribute('width'), photo.getAttribute('height')]).to.deep.equal([
      '800',
      '450',
    ]);
    expect(container.querySelector('#data')!.hasAttribute('src')).to.be.false;
    container.remove();
  });

  it('keeps an iframe from an allowed host (and its subdomains), lazy, sandboxed and on https', async () => {
    const container = await render(
      '<iframe src="http://www.youtube.com/embed/abc" title="Video" allowfullscreen></iframe>',
    );
    const frame = container.querySelector('iframe')!;
    expect(frame.getAttribute('src')).to.equal('https://www.youtube.com/embed/abc');
    expect(frame.getAttribute('loading')).to.equal('lazy');
    expect(frame.getAttribute('sandbox')).to.contain('allow-scripts');
    expect(frame.getAttribute('sandbox')).not.to.contain('allow-top-navigation');
    expect(frame.hasAttribute('allowfullscreen')).to.be.true;
    container.remove();
  });

  it('turns an iframe from a host that is not allowed into a plain link', async () => {
    const container = await render(
      '<iframe src="https://tracker.example/embed" title="Someone else’s video"></iframe><iframe src="https://notyoutube.com/embed"></iframe>',
    );
    expect(container.querySelector('iframe')).to.be.null;
    const links = [...container.querySelectorAll('a')];
    expect(links.map((link) => [link.href, link.textContent, link.rel])).to.deep.equal([
      ['https://tracker.example/embed', 'Someone else’s video', 'noopener noreferrer'],
      ['https://notyoutube.com/embed', 'notyoutube.com', 'noopener noreferrer'],
    ]);
    container.remove();
  });

  it('refuses every iframe when no host is allowed', async () => {
    const container = await render('<iframe src="https://www.youtube.com/embed/abc"></iframe>', {
      allowEmbeds: [],
    });
    expect(container.querySelector('iframe')).to.be.null;
    container.remove();
  });

  it('keeps only inline styles that arrange text, so nothing can cover the page', async () => {
    const container = await render(`
      <p id="mixed" style="text-align: center; position: fixed; top: 0; z-index: 9999">a</p>
      <p id="escape" style="position:absolute;inset:0;width:100vw">b</p>
      <p id="url" style="font-weight: bold; background: url(https://tracker.example/px)">c</p>
      <style>body { display: none }</style>
    `);
    const style = (id: string) => container.querySelector<HTMLElement>(`#${id}`)!.style;
    expect([style('mixed').cssText, style('url').cssText]).to.deep.equal([
      'text-align: center;',
      'font-weight: bold;',
    ]);
    expect(container.querySelector('#escape')!.hasAttribute('style')).to.be.false;
    expect(container.querySelector('style')).to.be.null;
    container.remove();
  });
});
