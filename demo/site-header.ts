/**
 * The demo site's header, one piece for every page that has it (index.html, article.html):
 * the site's name, the language and theme switches, search and the site's own login form. As a
 * CMS renders its header from one template, the pages hold only `<header data-site-header>`.
 * The words come from site-texts.ts (`data-text`); the languages from its list.
 */
import { siteLanguages } from './site-texts.js';

const languageOptions = siteLanguages
  .map(({ code, name }) => `<option value="${code}" lang="${code}">${name}</option>`)
  .join('');

const markup = `
  <a class="site-title" href="index.html" data-text="siteName"></a>
  <div class="site-switches">
    <label><span data-text="language"></span>
      <select data-switch="lang">${languageOptions}</select>
    </label>
    <label><span data-text="theme"></span>
      <select data-switch="theme">
        <option value="light" data-text="themeLight"></option>
        <option value="dark" data-text="themeDark"></option>
        <option value="auto" data-text="themeAuto"></option>
      </select>
    </label>
  </div>
  <div class="site-tools">
    <form class="site-search" role="search" action="index.html">
      <label><span data-text="siteSearch"></span> <input type="search" name="q" /></label>
      <button type="submit" data-text="find"></button>
    </form>
    <form id="login" class="site-login" method="post">
      <label><span data-text="login"></span>
        <input name="login" autocomplete="username" required /></label>
      <label><span data-text="password"></span>
        <input name="password" type="password" autocomplete="current-password" /></label>
      <button type="submit" data-text="signIn"></button>
      <a href="#login" data-text="register"></a>
      <output aria-live="polite"></output>
    </form>
    <p id="login-status" class="site-login" hidden>
      <span data-text="signedInAs"></span> <strong data-name></strong>
      <button id="sign-out" type="button" data-text="signOut"></button>
    </p>
  </div>`;

/** Fills each `<header data-site-header>`; its texts are set by `translatePage` after. */
export function renderSiteHeaders(): void {
  for (const header of document.querySelectorAll<HTMLElement>('header[data-site-header]')) {
    header.innerHTML = markup;
  }
}
