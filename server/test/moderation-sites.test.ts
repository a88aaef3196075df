import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { writeTransaction } from '../src/db/database.js';
import type { Site } from '../src/sites/site.js';
import { SiteStore } from '../src/sites/store.js';
import { adminToken, errorCode, testServerForSuite } from './helpers.js';
import { axeViolations } from './support/axe.js';
import { launchChromium, withoutChromium } from './support/browser.js';

const networkAdminToken = 'network-admin-token-0123456789';
const site: Site = {
  id: 'gorlovka',
  name: 'Горловка',
  origins: ['https://gorlovka.example.org'],
  moderation: 'pre',
  commentAuth: 'optional',
};
const siteAdminToken = 'gorlovka-admin-token-0123';

describe('the moderation page moderates any site', { skip: withoutChromium }, () => {
  const server = testServerForSuite({ MODERATION: 'pre', NETWORK_ADMIN_TOKEN: networkAdminToken });
  let browser: Browser;
  before(async () => {
    browser = await launchChromium();
    await writeTransaction(server.db, server.engine, (transaction) =>
      new SiteStore(transaction).add(site, siteAdminToken, new Date()),
    );
  });
  after(() => browser?.close());

  const post = (apiBase: string, text: string) =>
    server.request(`${apiBase}/comments/news-1`, {
      method: 'POST',
      json: { author: 'Гость', text },
    });
  const textsOn = async (apiBase: string, status: string) => {
    const response = await server.request(`${apiBase}/admin/comments?status=${status}`, {
      headers: { authorization: `Bearer ${networkAdminToken}` },
    });
    assert.equal(response.status, 200);
    const { comments } = (await response.json()) as { comments: { text: string }[] };
    return comments.map((comment) => comment.text);
  };

  /** The page at `query` in `locale`, signed in with `token` (the form's answer awaited). */
  async function signIn(query: string, token: string, locale = 'ru-RU'): Promise<Page> {
    const page = await browser.newPage({ locale });
    await page.goto(`${server.url}/moderation/${query}`);
    await page.locator('#token').fill(token);
    await page.keyboard.press('Enter');
    await page.locator('#queue:not([hidden]), #login-error:not(:empty)').first().waitFor();
    return page;
  }

  test("a site's admin signs in at ?site=<id>, sees only its comments, approves one; the default site is untouched", async () => {
    assert.equal((await post('/api', 'Комментарий основного сайта')).status, 202);
    for (const text of ['Горловка: первый', 'Горловка: второй'])
      assert.equal((await post(`/api/sites/${site.id}`, text)).status, 202);

    const page = await signIn(`?site=${site.id}`, siteAdminToken);
    await page.getByText('Комментариев: 2.').waitFor();
    assert.equal(await page.locator('#site-name').textContent(), 'Сайт: Горловка.');
    assert.equal(await page.title(), 'Модерация комментариев: Горловка');
    assert.deepEqual(await page.locator('#comments .text').allTextContents(), [
      'Горловка: первый',
      'Горловка: второй',
    ]);
    await page.getByRole('button', { name: 'Одобрить', exact: true }).first().click();
    await page.getByText(/одобрен\.$/).waitFor();
    // Statistics and the delivery log asked the same site, with the same token.
    await page.locator('#stats-results').waitFor();
    assert.equal(await page.locator('#stats-error').textContent(), '');
    await page.locator('#deliveries-empty').waitFor();
    assert.deepEqual(await axeViolations(page), []);

    assert.deepEqual(await textsOn(`/api/sites/${site.id}`, 'published'), ['Горловка: первый']);
    assert.deepEqual(await textsOn(`/api/sites/${site.id}`, 'pending'), ['Горловка: второй']);
    assert.deepEqual(await textsOn('/api', 'pending'), ['Комментарий основного сайта']);
    assert.deepEqual(await textsOn('/api', 'published'), []);
    await page.close();
  });

  test("the default site's token is refused at another site, in words that name the site", async () => {
    const page = await signIn(`?site=${site.id}`, adminToken, 'en-US');
    assert.equal(
      await page.locator('#login-error').textContent(),
      'This token does not open the site “gorlovka”. Use an administrator token of this site or NETWORK_ADMIN_TOKEN.',
    );
    assert.equal(await page.locator('#queue').isHidden(), true);
    assert.equal(
      await page.evaluate(() => sessionStorage.length),
      0,
      'a refused token is not kept',
    );
    await page.close();
  });

  test('an unknown site, or an id no site can have, is explained instead of a bare 404', async () => {
    const requested: string[] = [];
    for (const [query, id] of [
      ['?site=nowhere', 'nowhere'],
      ['?site=..', '..'],
    ] as const) {
      const page = await browser.newPage({ locale: 'ru-RU' });
      page.on('request', (request) => requested.push(new URL(request.url()).pathname));
      await page.goto(`${server.url}/moderation/${query}`);
      assert.match(
        (await page.locator('#token-hint').textContent()) ?? '',
        new RegExp(`сайта «${id.replace(/\./g, '\\.')}»`),
      );
      await page.locator('#token').fill(networkAdminToken);
      await page.keyboard.press('Enter');
      await page.locator('#login-error:not(:empty)').waitFor();
      assert.equal(
        await page.locator('#login-error').textContent(),
        `Сайта «${id}» на этом сервере нет. Проверьте параметр site в адресе страницы (biblio-server sites list покажет все сайты).`,
      );
      await page.close();
    }
    assert.ok(requested.includes('/api/sites/nowhere/admin/site'));
    assert.ok(
      !requested.some((path) => path.includes('/admin/') && !path.includes('/nowhere/')),
      `an id that is no site id is never sent: ${requested.join(' ')}`,
    );
  });

  test('the network admin token opens any site, each kept apart in the session', async () => {
    const page = await signIn(`?site=${site.id}`, networkAdminToken);
    await page.locator('#site-name').getByText('Сайт: Горловка.').waitFor();
    await page.goto(`${server.url}/moderation/`);
    // The default site's page finds no token of its own: the other site's stays with it.
    await page.locator('#login').waitFor();
    assert.equal(await page.locator('#queue').isHidden(), true);
    await page.close();
  });
});

describe("an admin token asks which site it opens (the page's header and sign-in)", () => {
  const server = testServerForSuite({ NETWORK_ADMIN_TOKEN: networkAdminToken });
  before(() =>
    writeTransaction(server.db, server.engine, (transaction) =>
      new SiteStore(transaction).add(site, siteAdminToken, new Date()),
    ),
  );
  const siteAs = (path: string, token: string) =>
    server.request(`${path}/admin/site`, { headers: { authorization: `Bearer ${token}` } });

  test("answers the addressed site's id and name to its own token and the network one", async () => {
    for (const token of [siteAdminToken, networkAdminToken])
      assert.deepEqual(await (await siteAs(`/api/sites/${site.id}`, token)).json(), {
        id: site.id,
        name: site.name,
      });
    assert.equal(
      ((await (await siteAs('/api', adminToken)).json()) as { id: string }).id,
      'default',
    );
  });

  test("refuses another site's token, and names no site that does not exist", async () => {
    assert.equal(
      await errorCode(await siteAs(`/api/sites/${site.id}`, adminToken)),
      'admin_token_required',
    );
    assert.equal(await errorCode(await siteAs('/api', siteAdminToken)), 'admin_token_required');
    const unknown = await siteAs('/api/sites/nowhere', networkAdminToken);
    assert.equal(unknown.status, 404);
    assert.equal(await errorCode(unknown), 'site_not_found');
  });
});
