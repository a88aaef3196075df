import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { UsageError } from '../src/commands/command.js';
import { sites } from '../src/commands/sites.js';
import { writeTransaction } from '../src/db/database.js';
import { SettingsError, readSettings } from '../src/settings.js';
import type { Site } from '../src/sites/site.js';
import { SiteStore } from '../src/sites/store.js';
import { signToken } from '../src/tokens.js';
import { errorCode, readRows, testServerForSuite, tokenSecret } from './helpers.js';
import { testEngine } from './test-database.js';

const policyUrl = 'https://library.example.org/personal-data';
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const readerToken = (secret: string, sub: string) =>
  signToken({ sub, name: 'Мария', exp: Math.floor(Date.now() / 1000) + 3600 }, secret);
const keyOf = (name: string) => ({ 'x-reader-key': `reader-key-${name}-0123456789abcdef` });

/** A second library with a policy of its own, and a third that asks for no consent. */
const consenting: Site = {
  id: 'gorlovka',
  name: 'Горловка',
  origins: ['https://gorlovka.example.org'],
  moderation: 'post',
  commentAuth: 'optional',
  tokenSecret: 'gorlovka-token-secret-0123456789abcdef',
  consent: { policyUrl: 'https://gorlovka.example.org/policy', policyVersion: 'v3' },
};
const free: Site = { ...consenting, id: 'makeevka', name: 'Макеевка', consent: undefined };

interface Own {
  comments: {
    id: string;
    thread: string;
    text: string;
    status: string;
    consent?: { at: string; policyVersion: string };
  }[];
}

describe(`consent and a reader's own comments on ${testEngine}`, () => {
  const server = testServerForSuite({
    CORS_ORIGINS: 'https://library.example.org',
    CONSENT_POLICY_URL: policyUrl,
    CONSENT_POLICY_VERSION: '2026-11-01',
  });
  const sitePath = (site: string) => (site === 'default' ? '/api' : `/api/sites/${site}`);
  const post = (
    site: string,
    body: Record<string, unknown>,
    headers: Record<string, string> = {},
  ) =>
    server.request(`${sitePath(site)}/comments/books`, {
      method: 'POST',
      json: { author: 'Гость', text: 'Спасибо за выставку', ...body },
      headers,
    });
  const mine = (site: string, headers: Record<string, string>, method = 'GET') =>
    server.request(`${sitePath(site)}/comments/mine`, { method, headers });
  const ownTexts = async (site: string, headers: Record<string, string>) => {
    const response = await mine(site, headers);
    assert.equal(response.status, 200);
    return ((await response.json()) as Own).comments.map((comment) => comment.text);
  };
  const addSites = async () => {
    if ((await readRows(server, 'sites')).length) return;
    for (const site of [consenting, free])
      await writeTransaction(server.db, server.engine, (transaction) =>
        new SiteStore(transaction).add(site, `${site.id}-admin-token-0123`, new Date()),
      );
  };

  test('a post without consent is refused with consent_required and nothing is stored', async () => {
    const before = (await readRows(server, 'comments')).length;
    for (const consent of [undefined, false, 'true', 1]) {
      const refused = await post('default', { consent });
      assert.equal(refused.status, 422, `consent: ${String(consent)}`);
      assert.equal(await errorCode(refused), 'consent_required');
    }
    assert.equal((await readRows(server, 'comments')).length, before);
    assert.equal((await readRows(server, 'idempotency_keys')).length, 0);
  });

  test('an accepted post stores the time of consent and the policy version', async () => {
    const started = new Date().toISOString();
    const accepted = await post('default', { consent: true, text: 'С согласием' });
    assert.equal(accepted.status, 201);
    const { comment } = (await accepted.json()) as { comment: { id: string } };
    const row = (await readRows(server, 'comments')).find((r) => String(r.id) === comment.id)!;
    assert.equal(row.consent_version, '2026-11-01');
    assert.ok(row.consent_at! >= started, 'consented when posted');
    assert.equal(row.consent_at, row.created_at);
  });

  test('each site asks for its own consent, or none', async () => {
    await addSites();
    assert.equal(await errorCode(await post(consenting.id, {})), 'consent_required');
    assert.equal((await post(consenting.id, { consent: true, text: 'Горловка v3' })).status, 201);
    assert.equal((await post(free.id, { text: 'Без согласия' })).status, 201);
    const rows = await readRows(server, 'comments');
    const byText = (text: string) => rows.find((row) => row.text === text)!;
    assert.equal(byText('Горловка v3').consent_version, 'v3');
    assert.equal(byText('Без согласия').consent_at, null);
    assert.equal(byText('Без согласия').consent_version, null);
  });

  test('an anonymous reader downloads their comments by their key, and only theirs', async () => {
    await addSites();
    await post('default', { consent: true, text: 'Анна один' }, keyOf('anna'));
    await post('default', { consent: true, text: 'Анна два' }, keyOf('anna'));
    await post('default', { consent: true, text: 'Борис' }, keyOf('boris'));
    await post(free.id, { text: 'Анна в Макеевке' }, keyOf('anna'));
    const response = await mine('default', keyOf('anna'));
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-disposition') ?? '', /attachment/);
    const { comments } = (await response.json()) as Own;
    assert.deepEqual(
      comments.map((comment) => comment.text),
      ['Анна один', 'Анна два'],
    );
    assert.equal(comments[0]!.status, 'published');
    assert.equal(comments[0]!.consent?.policyVersion, '2026-11-01');
    assert.deepEqual(await ownTexts(free.id, keyOf('anna')), ['Анна в Макеевке']);
    const stored = (await readRows(server, 'comments')).map((row) => row.reader_key_hash);
    assert.ok(
      stored.every((hash) => hash === null || /^[0-9a-f]{64}$/.test(hash)),
      'only hashes of keys are stored',
    );
  });

  test('deleting by key removes that reader’s comments on that site only', async () => {
    await addSites();
    await post('default', { consent: true, text: 'Вера' }, keyOf('vera'));
    await post(free.id, { text: 'Вера в Макеевке' }, keyOf('vera'));
    await post('default', { consent: true, text: 'Глеб' }, keyOf('gleb'));
    const deleted = await mine('default', keyOf('vera'), 'DELETE');
    assert.equal(deleted.status, 200);
    assert.deepEqual(await deleted.json(), { deleted: 1 });
    assert.deepEqual(await ownTexts('default', keyOf('vera')), []);
    assert.deepEqual(await ownTexts(free.id, keyOf('vera')), ['Вера в Макеевке']);
    assert.deepEqual(await ownTexts('default', keyOf('gleb')), ['Глеб']);
  });

  test('a logged-in reader downloads and deletes by their token; replies under theirs go too', async () => {
    const token = bearer(readerToken(tokenSecret, 'reader-7'));
    const created = await post('default', { consent: true, text: 'От читателя' }, token);
    const { comment } = (await created.json()) as { comment: { id: string } };
    const reply = await post('default', { consent: true, text: 'Ответ', parentId: comment.id });
    assert.equal(reply.status, 201);
    assert.deepEqual(await ownTexts('default', token), ['От читателя']);
    assert.deepEqual(await (await mine('default', token, 'DELETE')).json(), { deleted: 1 });
    const texts = (await readRows(server, 'comments')).map((row) => row.text);
    assert.ok(!texts.includes('От читателя'));
    assert.ok(!texts.includes('Ответ'), 'a reply goes with its parent, as on any delete');
    assert.ok(texts.includes('С согласием'), "others' comments stay");
  });

  test('without a token or a key, or with a bad one, nothing is read or deleted', async () => {
    for (const method of ['GET', 'DELETE']) {
      const anonymous = await mine('default', {}, method);
      assert.equal(anonymous.status, 401);
      assert.equal(await errorCode(anonymous), 'reader_required');
      const badKey = await mine('default', { 'x-reader-key': 'short' }, method);
      assert.equal(badKey.status, 400);
      assert.equal(await errorCode(badKey), 'invalid_reader_key');
      const badToken = await mine('default', bearer('not-a-token'), method);
      assert.equal(badToken.status, 401);
    }
    const reserved = await server.request('/api/comments/mine', {
      method: 'POST',
      json: { author: 'Гость', text: 'В ветку mine', consent: true },
    });
    assert.equal(reserved.status, 400);
  });

  test("a page on the site's origin may send X-Reader-Key", async () => {
    const preflight = await server.request('/api/comments/mine', {
      method: 'OPTIONS',
      headers: {
        origin: 'https://library.example.org',
        'access-control-request-method': 'DELETE',
        'access-control-request-headers': 'x-reader-key',
      },
    });
    assert.match(preflight.headers.get('access-control-allow-headers') ?? '', /X-Reader-Key/i);
  });
});

describe('consent settings', () => {
  test('the default site needs both the policy URL and its version, and a real URL', () => {
    const problems = (env: Record<string, string>) => {
      try {
        readSettings({ SEED: 'false', ...env });
        return '';
      } catch (error) {
        assert.ok(error instanceof SettingsError);
        return error.message;
      }
    };
    assert.match(problems({ CONSENT_POLICY_URL: policyUrl }), /CONSENT_POLICY_VERSION/);
    assert.match(problems({ CONSENT_POLICY_VERSION: '1' }), /CONSENT_POLICY_URL/);
    assert.match(
      problems({ CONSENT_POLICY_URL: 'javascript:alert(1)', CONSENT_POLICY_VERSION: '1' }),
      /CONSENT_POLICY_URL must be the http\(s\) URL/,
    );
    assert.equal(problems({}), '');
    const settings = readSettings({
      SEED: 'false',
      CONSENT_POLICY_URL: policyUrl,
      CONSENT_POLICY_VERSION: '2026-11-01',
    });
    assert.deepEqual(settings.consent, { policyUrl, policyVersion: '2026-11-01' });
  });

  test('sites add refuses half a consent or a bad URL before touching the database', async () => {
    const add = ['add', 'ok', '--name', 'x', '--origins', 'https://a.example'];
    const calls: [string[], RegExp][] = [
      [[...add, '--consent-url', policyUrl], /--consent-version must name/],
      [[...add, '--consent-version', 'v1'], /--consent-url must be/],
      [
        [...add, '--consent-url', 'policy.html', '--consent-version', 'v1'],
        /--consent-url must be/,
      ],
    ];
    for (const [args, message] of calls)
      await assert.rejects(
        sites(args),
        (error: Error) => error instanceof UsageError && message.test(error.message),
        args.join(' '),
      );
  });
});
