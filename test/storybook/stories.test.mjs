/**
 * Opens every story of the static Storybook build in Chromium, in Russian and English, light
 * and dark, and in each low-vision colour scheme, and the first story of each element in every
 * other language and in Arabic right to left, and checks that it renders without errors and
 * that axe finds no violations. Run after `npm run build-storybook`:
 * `node --test test/storybook/`.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { launchChromium } from '../../scripts/chromium.mjs';
import { startStaticServer } from '../../scripts/static-server.mjs';

const root = new URL('../../storybook-static/', import.meta.url).pathname;
const axeSource = await readFile(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
const { entries } = JSON.parse(await readFile(join(root, 'index.json'), 'utf8'));
const stories = Object.values(entries).filter((entry) => entry.type === 'story');

/** Every story is checked in both languages, light and dark (the toolbar globals). */
const everyStoryVariants = [
  'language:ru;scheme:light;vision:site',
  'language:en;scheme:dark;vision:site',
];

/** The first story of each element is also checked in each low-vision colour scheme. */
const schemeVariants = [
  'black-on-white',
  'white-on-black',
  'blue-on-light-blue',
  'brown-on-beige',
  'green-on-dark-brown',
].map((vision) => `language:ru;scheme:light;vision:${vision}`);

/**
 * The first story of each element is also checked in each language that is not inline (its
 * strings arrive as a chunk of their own, so this also proves each chunk loads), and in Arabic
 * both with the direction left to the element and with the page saying rtl. One story per
 * element per language keeps the run short; the strings are the element's, not the story's.
 */
const languageVariants = [
  ...['uk', 'be', 'kk', 'tt', 'ba', 'de', 'fr', 'es', 'ar'].map(
    (language) => `language:${language};direction:auto;scheme:light;vision:site`,
  ),
  'language:ar;direction:rtl;scheme:dark;vision:site',
];

const titlesSeen = new Set();
const firstStoryOfEachElement = new Set();
for (const story of stories) {
  if (titlesSeen.has(story.title)) continue;
  titlesSeen.add(story.title);
  firstStoryOfEachElement.add(story.id);
}

let server;
let browser;
let origin;

before(async () => {
  server = await startStaticServer({ root });
  origin = server.origin;
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Stories that show a failure on purpose log the failed request; nothing else may. */
const expectedConsoleNoise = /Failed to load resource|Lit is in dev mode/;

async function checkStory(story, globals) {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !expectedConsoleNoise.test(message.text())) {
      problems.push(`console error: ${message.text()}`);
    }
  });
  try {
    // a11y.manual stops the addon's own axe run, which would race ours.
    const url = `${origin}/iframe.html?id=${story.id}&viewMode=story&globals=a11y.manual:!true;${globals}`;
    await page.goto(url);
    await page.waitForFunction(
      () => document.querySelector('#storybook-root')?.childElementCount > 0,
    );
    // Fixture data is local: a short pause lets elements load it and settle.
    await page.waitForTimeout(400);
    const language = /language:(\w+)/.exec(globals)?.[1];
    if (language === 'ar') {
      // Right to left whether the page says so or the element decides (direction:auto).
      const directions = await page.evaluate(() =>
        [...document.querySelectorAll('#storybook-root *')]
          .filter((element) => element.localName.startsWith('biblio-'))
          .map((element) => `${element.localName} ${getComputedStyle(element).direction}`),
      );
      for (const direction of directions) {
        if (!direction.endsWith(' rtl')) problems.push(`not right to left: ${direction}`);
      }
    }
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      const result = await globalThis.axe.run('#storybook-root', { resultTypes: ['violations'] });
      return result.violations.map(
        (violation) =>
          `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
      );
    });
    problems.push(...violations.map((violation) => `axe ${violation}`));
  } finally {
    await page.close();
  }
  return problems;
}

describe('every story renders and passes axe', () => {
  for (const story of stories) {
    test(`${story.title} / ${story.name}`, async () => {
      const variants = firstStoryOfEachElement.has(story.id)
        ? [...everyStoryVariants, ...schemeVariants, ...languageVariants]
        : everyStoryVariants;
      const problems = [];
      for (const globals of variants) {
        for (const problem of await checkStory(story, globals))
          problems.push(`[${globals}] ${problem}`);
      }
      assert.deepEqual(problems, []);
    });
  }
});
