import { waitUntil } from '@open-wc/testing';
import '../../src/all.js';
import { BuilderApp } from '../../demo/builder/builder-app.js';
import type { InterfaceLanguage } from '../../demo/builder/strings/index.js';

/** The builder mounted in a fresh container; removed by `unmountBuilders` after each test. */
export interface MountedBuilder {
  app: BuilderApp;
  root: HTMLElement;
}

const mounted: MountedBuilder[] = [];

const styles = Object.assign(document.createElement('link'), {
  rel: 'stylesheet',
  href: '/demo/builder/builder.css',
});
/** The page's own stylesheet, so layout and contrast are tested as the page shows them. */
export const builderStylesLoaded = new Promise((resolve, reject) => {
  styles.onload = resolve;
  styles.onerror = reject;
});
document.head.append(styles);
const blankPages: HTMLIFrameElement[] = [];

export function mountBuilder(language: InterfaceLanguage = 'en'): MountedBuilder {
  const root = document.createElement('main');
  document.body.append(root);
  const builder = { app: new BuilderApp(root, { language }), root };
  mounted.push(builder);
  return builder;
}

export function unmountBuilders(): void {
  for (const { app, root } of mounted.splice(0)) {
    app.dispose();
    root.remove();
  }
  for (const frame of blankPages.splice(0)) frame.remove();
}

export function control<Control extends HTMLElement>(root: HTMLElement, selector: string): Control {
  const found = root.querySelector<Control>(selector);
  if (!found) throw new Error(`No ${selector} in the builder`);
  return found;
}

/** Types into a field the way a person does: the value, then an input event. */
export function type(root: HTMLElement, selector: string, value: string): void {
  const field = control<HTMLInputElement | HTMLTextAreaElement>(root, selector);
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

export function choose(root: HTMLElement, selector: string, value: string): void {
  const select = control<HTMLSelectElement>(root, selector);
  if (![...select.options].some((option) => option.value === value)) {
    throw new Error(`${selector} has no option ${value}`);
  }
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

export function statusText(root: HTMLElement): string {
  return control(root, '#reading-status').textContent!.trim();
}

export function readTitles(root: HTMLElement): string[] {
  return [...root.querySelectorAll('.read-items .item-title')].map((title) =>
    title.textContent!.trim(),
  );
}

export function snippetText(root: HTMLElement): string {
  return control(root, '#snippet-code').textContent!;
}

/** Waits until the builder has read the feed: a format's reader may have to load first. */
export async function readingDone(root: HTMLElement): Promise<void> {
  await waitUntil(
    () => control(root, '#reading').getAttribute('aria-busy') === 'false',
    'the feed was never read',
    { timeout: 8000 },
  );
}

/** Gives the feed's address, pastes its text as a sample and reads it. */
export async function pasteSample(root: HTMLElement, url: string, text: string): Promise<void> {
  type(root, '#feed-url', url);
  type(root, '#feed-sample', text);
  control<HTMLButtonElement>(root, '#read-sample').click();
  await readingDone(root);
}

export async function readFeedUrl(root: HTMLElement, url: string): Promise<void> {
  type(root, '#feed-url', url);
  control<HTMLButtonElement>(root, '#read-url').click();
  await readingDone(root);
}

/** The titles an element of `tag` in `scope` renders in its shadow root. */
export function renderedTitles(scope: ParentNode, tag = 'biblio-news-list'): string[] {
  const titles = scope.querySelector(tag)?.shadowRoot?.querySelectorAll('[part="title"]') ?? [];
  return [...titles].map((title) => title.textContent!.trim());
}

const newsTitles = (scope: ParentNode) => renderedTitles(scope);

/** The titles the builder's live preview shows, once it shows some. */
export async function previewTitles(root: HTMLElement): Promise<string[]> {
  const preview = control(root, '#preview');
  await waitUntil(() => newsTitles(preview).length > 0, 'the preview showed no news', {
    timeout: 8000,
  });
  return newsTitles(preview);
}

/**
 * Puts a snippet into a blank page of its own (an iframe, so nothing of the test page helps it)
 * and returns that page once its news list shows titles.
 */
export async function renderInBlankPage(snippet: string): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.title = 'Blank page with the snippet';
  frame.style.width = '800px';
  frame.style.height = '600px';
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body>${snippet}</body></html>`;
  blankPages.push(frame);
  document.body.append(frame);
  await waitUntil(
    () => frame.contentDocument && newsTitles(frame.contentDocument).length > 0,
    'the snippet rendered no news on a blank page',
    { timeout: 10000 },
  );
  return frame.contentDocument!;
}

/** The script the tests' snippets load: the library's entry, served by the test runner. */
export const testScriptSrc = '/src/all.ts';
