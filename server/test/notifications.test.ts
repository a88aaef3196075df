import assert from 'node:assert/strict';
import { createServer as createHttpServer, type IncomingMessage } from 'node:http';
import { type AddressInfo, type Socket, createServer as createTcpServer } from 'node:net';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { SMTPServer } from 'smtp-server';
import { createLogger } from '../src/logger.js';
import { signActionLink } from '../src/notifications/action-links.js';
import type { Clock, Timer } from '../src/notifications/clock.js';
import type { DeliveryJson } from '../src/notifications/delivery.js';
import { webhookSignature } from '../src/notifications/webhook.js';
import { startServer } from '../src/server.js';
import { SettingsError, readSettings } from '../src/settings.js';
import {
  type TestServer,
  adminHeaders,
  adminToken,
  errorCode,
  startTestServer,
  testServerForSuite,
} from './helpers.js';
import { launchChromium, withoutChromium } from './support/browser.js';
import { type TestDatabase, createTestDatabase } from './test-database.js';

const moderator = 'moderator@library.example.org';
const mailEnv = (port: number) => ({
  SMTP_URL: `smtp://127.0.0.1:${port}`,
  MAIL_FROM: 'Библиотека <biblio@library.example.org>',
  NOTIFY_EMAIL: moderator,
});

interface ReceivedMail {
  to: string[];
  subject: string;
  /** The raw message with its quoted-printable parts decoded. */
  body: string;
}

/** Quoted-printable as nodemailer writes it: soft line breaks, and `=XX` for each byte. */
function decodeQuotedPrintable(raw: string): string {
  const joined = raw.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let index = 0; index < joined.length; index++) {
    const hex = joined.slice(index + 1, index + 3);
    if (joined[index] === '=' && /^[0-9A-F]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      index += 2;
    } else bytes.push(...Buffer.from(joined[index]!, 'utf8'));
  }
  return Buffer.from(bytes).toString('utf8');
}

/** The Subject header, its RFC 2047 encoded words (as nodemailer writes them: UTF-8, Q) decoded. */
function subjectOf(raw: string): string {
  const header = /^Subject: (.*(?:\r\n[ \t].*)*)/m.exec(raw)?.[1] ?? '';
  const words = [...header.matchAll(/=\?UTF-8\?Q\?(.*?)\?=/gi)].map((match) => match[1]!);
  return words.length
    ? decodeQuotedPrintable(words.join('').replaceAll('_', ' '))
    : header.replace(/\r\n[ \t]/g, ' ');
}

/**
 * A real SMTP server on a loopback port, keeping every mail it is given. Each code in `refusals`
 * answers one mail in turn instead (451: try later, 550: never), as a greylisting or a
 * refusing server would.
 */
async function startMailbox(refusals: number[] = []) {
  const mails: ReceivedMail[] = [];
  const refused: number[] = [];
  const waiters: (() => void)[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const refusal = refusals.shift();
        if (refusal) {
          refused.push(refusal);
          callback(Object.assign(new Error('Not now'), { responseCode: refusal }));
          return;
        }
        const raw = Buffer.concat(chunks).toString('utf8');
        mails.push({
          to: session.envelope.rcptTo.map((address) => address.address),
          subject: subjectOf(raw),
          body: decodeQuotedPrintable(raw),
        });
        waiters.splice(0).forEach((wake) => wake());
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    port,
    mails,
    /** The codes each refused mail was answered with. */
    refused,
    /** Resolves once `count` mails have arrived. */
    async received(count: number): Promise<ReceivedMail[]> {
      const deadline = Date.now() + 10_000;
      while (mails.length < count) {
        if (Date.now() > deadline) throw new Error(`${mails.length} of ${count} mails arrived`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 200);
        });
      }
      return mails.slice(0, count);
    },
    close: () => new Promise<void>((resolve) => server.close(resolve)),
  };
}

/** The approve and reject links of a mail, in the order the comments come. */
function linksIn(mail: ReceivedMail, action: 'approve' | 'reject'): string[] {
  const label = action === 'approve' ? 'Одобрить' : 'Отклонить';
  return [...mail.body.matchAll(new RegExp(`${label}: (http\\S+/mail-actions/\\S+)`, 'g'))].map(
    (match) => match[1]!,
  );
}

async function postComment(server: TestServer, thread: string, text: string) {
  return server.request(`/api/comments/${thread}`, {
    method: 'POST',
    json: { author: 'Читатель', text },
  });
}

async function publicTexts(server: TestServer, thread: string): Promise<string[]> {
  const response = await server.request(`/api/comments/${thread}`);
  const { comments } = (await response.json()) as { comments: { text: string }[] };
  return comments.map((comment) => comment.text);
}

/** Polls the delivery log until `done` accepts it. */
async function deliveriesWhen(
  server: TestServer,
  done: (deliveries: DeliveryJson[]) => boolean,
): Promise<DeliveryJson[]> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const response = await server.request('/api/admin/notifications/deliveries', {
      headers: adminHeaders,
    });
    assert.equal(response.status, 200);
    const { deliveries } = (await response.json()) as { deliveries: DeliveryJson[] };
    if (done(deliveries)) return deliveries;
    if (Date.now() > deadline)
      throw new Error(`the delivery log never matched: ${JSON.stringify(deliveries)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const follow = (url: string, method: 'GET' | 'POST', language = 'ru') =>
  fetch(url, { method, headers: { 'accept-language': language } });

describe('a pre-moderated site mails its moderator links that approve once', () => {
  let mailbox: Awaited<ReturnType<typeof startMailbox>>;
  let server: TestServer;
  before(async () => {
    mailbox = await startMailbox();
    server = await startTestServer({ MODERATION: 'pre', ...mailEnv(mailbox.port) });
  });
  after(async () => {
    await server?.stop();
    await mailbox?.close();
  });

  let approve: string;
  let reject: string;

  test('a comment that waits for moderation is mailed, with its text and both links', async () => {
    const response = await postComment(server, 'news-1', 'Когда откроется читальный зал?');
    assert.equal(response.status, 202);
    const [mail] = await mailbox.received(1);
    assert.deepEqual(mail!.to, [moderator]);
    assert.equal(mail!.subject, 'Комментарий ждёт проверки: «news-1»');
    assert.match(mail!.body, /Когда откроется читальный зал\?/);
    assert.match(mail!.body, /Автор: Читатель/);
    [approve] = linksIn(mail!, 'approve');
    [reject] = linksIn(mail!, 'reject');
    assert.ok(approve && reject, 'the mail has an Approve and a Reject link');
    assert.ok(
      approve.startsWith(server.url),
      'the links lead to the server the comment was posted to',
    );
  });

  test('opening the Approve link only asks to confirm: a mail scanner fetching it approves nothing', async () => {
    const response = await follow(approve, 'GET');
    assert.equal(response.status, 200);
    const page = await response.text();
    assert.match(page, /Одобрить комментарий\?/);
    assert.match(page, /<form method="post"/);
    assert.deepEqual(await publicTexts(server, 'news-1'), []);
  });

  test('confirming approves: the comment is published on the public API', async () => {
    const response = await follow(approve, 'POST');
    assert.equal(response.status, 200);
    assert.match(await response.text(), /Комментарий одобрен и опубликован/);
    assert.deepEqual(await publicTexts(server, 'news-1'), ['Когда откроется читальный зал?']);
  });

  test('the same link a second time is refused, in Russian and in English', async () => {
    const again = await follow(approve, 'POST');
    assert.equal(again.status, 410);
    assert.match(await again.text(), /ссылка уже использована/i);
    const english = await follow(approve, 'GET', 'en-GB,en;q=0.9');
    assert.equal(english.status, 410);
    assert.match(await english.text(), /This link has been used already/);
  });

  test('the Reject link of the same mail is spent too: the comment stays published', async () => {
    const response = await follow(reject, 'POST');
    assert.equal(response.status, 410);
    assert.deepEqual(await publicTexts(server, 'news-1'), ['Когда откроется читальный зал?']);
  });

  test('an expired link is refused, and does nothing', async () => {
    await postComment(server, 'news-2', 'Старое письмо');
    await mailbox.received(2);
    const { value: key } = await server.db
      .selectFrom('server_keys')
      .select('value')
      .where('name', '=', 'action_link_key')
      .executeTakeFirstOrThrow();
    const pending = await server.request('/api/admin/comments?status=pending', {
      headers: adminHeaders,
    });
    const { comments } = (await pending.json()) as { comments: { id: string }[] };
    const expired = signActionLink(
      {
        siteId: 'default',
        commentId: Number(comments[0]!.id),
        action: 'approve',
        linkId: 'expired-link-id',
        expiresAt: new Date(Date.now() - 1000),
      },
      key,
    );
    for (const method of ['GET', 'POST'] as const) {
      const response = await follow(`${server.url}/mail-actions/${expired}`, method);
      assert.equal(response.status, 410);
      assert.match(await response.text(), /Срок действия ссылки истёк/);
    }
    const english = await follow(`${server.url}/mail-actions/${expired}`, 'POST', 'en');
    assert.match(await english.text(), /This link has expired/);
    assert.deepEqual(await publicTexts(server, 'news-2'), []);
  });

  test('a tampered link is refused: another comment id, another action, a cut signature', async () => {
    const [, mail] = await mailbox.received(2);
    const link = linksIn(mail!, 'reject')[0]!;
    const token = new URL(link).pathname.split('/').at(-1)!;
    const [payload, signature] = token.split('.') as [string, string];
    const decoded = JSON.parse(Buffer.from(payload, 'base64url').toString()) as { a: string };
    const otherAction = Buffer.from(JSON.stringify({ ...decoded, a: 'approve' })).toString(
      'base64url',
    );
    for (const tampered of [
      `${otherAction}.${signature}`,
      `${payload}.${signature.slice(0, -2)}`,
      payload,
    ]) {
      const response = await follow(`${server.url}/mail-actions/${tampered}`, 'POST');
      assert.equal(response.status, 400);
      assert.match(await response.text(), /Ссылка неверна/);
    }
    assert.deepEqual(await publicTexts(server, 'news-2'), []);
  });

  test('each mail sent is in the delivery log', async () => {
    const deliveries = await deliveriesWhen(server, (list) => list.length === 2);
    for (const delivery of deliveries) {
      assert.equal(delivery.channel, 'email');
      assert.equal(delivery.status, 'delivered');
      assert.equal(delivery.target, moderator);
      assert.equal(delivery.attempts, 1);
    }
  });
});

describe('NOTIFY_MODE=all on a post-moderated site', () => {
  let mailbox: Awaited<ReturnType<typeof startMailbox>>;
  let server: TestServer;
  before(async () => {
    mailbox = await startMailbox();
    server = await startTestServer({ ...mailEnv(mailbox.port), NOTIFY_MODE: 'all' });
  });
  after(async () => {
    await server?.stop();
    await mailbox?.close();
  });

  test('a published comment is mailed with a Reject link only, which hides it', async () => {
    assert.equal((await postComment(server, 'news-9', 'Сразу опубликован')).status, 201);
    const [mail] = await mailbox.received(1);
    assert.equal(mail!.subject, 'Новый комментарий: «news-9»');
    assert.deepEqual(linksIn(mail!, 'approve'), []);
    const [reject] = linksIn(mail!, 'reject');
    assert.equal((await follow(reject!, 'POST')).status, 200);
    assert.deepEqual(await publicTexts(server, 'news-9'), []);
  });

  test('switched to pending through the API, a published comment is mailed to nobody', async () => {
    const put = await server.request('/api/admin/notifications', {
      method: 'PUT',
      headers: adminHeaders,
      json: { emails: [moderator], mode: 'pending', digestMinutes: 0 },
    });
    assert.equal(put.status, 200);
    assert.equal((await postComment(server, 'news-9', 'Без письма')).status, 201);
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.equal(mailbox.mails.length, 1);
    assert.equal((await deliveriesWhen(server, () => true)).length, 1);
  });
});

/** A webhook to `url`, a receiver on this machine, which the server calls only when allowed. */
const webhookEnv = (url: string, secret = 'webhook-secret-0123456789') => ({
  WEBHOOK_URL: url,
  WEBHOOK_SECRET: secret,
  WEBHOOK_PRIVATE_ADDRESSES: 'allow',
});

/** A receiver that answers each delivery with the next status of `statuses`, then 200. */
async function startReceiver(statuses: number[]) {
  const received: { headers: IncomingMessage['headers']; body: string }[] = [];
  const server = createHttpServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      response.writeHead(statuses[received.length - 1] ?? 200).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('the webhook', () => {
  const secret = 'webhook-secret-0123456789';
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let server: TestServer;
  before(async () => {
    receiver = await startReceiver([500, 500]);
    server = await startTestServer({
      MODERATION: 'pre',
      ...webhookEnv(receiver.url, secret),
    });
  });
  after(async () => {
    await server?.stop();
    await receiver?.close();
  });

  test('is signed, retried with backoff after two 500s, and logged once delivered', async () => {
    const started = Date.now();
    assert.equal((await postComment(server, 'news-3', 'Спасибо за выставку!')).status, 202);
    const [delivery] = await deliveriesWhen(server, (list) => list.length === 1);
    assert.equal(receiver.received.length, 3);
    for (const { headers, body } of receiver.received) {
      assert.equal(headers['x-biblio-signature'], webhookSignature(body, secret));
      assert.equal(headers['content-type'], 'application/json');
      assert.equal(headers['x-biblio-event'], 'comment.pending');
    }
    const ids = new Set(receiver.received.map(({ headers }) => headers['x-biblio-delivery']));
    assert.equal(ids.size, 1, 'every retry carries the same delivery id');
    const body = JSON.parse(receiver.received[0]!.body) as {
      event: string;
      comment: { text: string; status: string };
      links: { approve: string; reject: string };
    };
    assert.equal(body.comment.text, 'Спасибо за выставку!');
    assert.equal(body.comment.status, 'pending');
    assert.ok(body.links.approve.includes('/mail-actions/'));
    // Backoff: 1 s, then 2 s.
    assert.ok(Date.now() - started >= 3_000, 'the retries waited 1 s and 2 s');
    assert.deepEqual(
      { ...delivery, id: undefined, startedAt: undefined, finishedAt: undefined },
      {
        id: undefined,
        channel: 'webhook',
        target: receiver.url,
        commentIds: [delivery!.commentIds[0]],
        status: 'delivered',
        attempts: 3,
        outcome: 'HTTP 200',
        startedAt: undefined,
        finishedAt: undefined,
      },
    );
  });

  test('a signature made with another secret does not verify', () => {
    const body = receiver.received[0]!.body;
    assert.notEqual(
      receiver.received[0]!.headers['x-biblio-signature'],
      webhookSignature(body, `${secret}x`),
    );
  });
});

describe('stopping the server', () => {
  test('ends the webhook retries at once, and logs the delivery as failed', async () => {
    const receiver = await startReceiver([500, 500, 500, 500, 500]);
    const database = await createTestDatabase();
    const settings = readSettings({
      PORT: '0',
      ...database.env,
      SEED: 'false',
      LOG_LEVEL: 'silent',
      MODERATION: 'pre',
      ...webhookEnv(receiver.url),
    });
    const server = await startServer(settings, createLogger('silent'));
    const reader = database.connect();
    try {
      const response = await fetch(`${server.url}/api/comments/news-10`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ author: 'Читатель', text: 'Текст' }),
      });
      assert.equal(response.status, 202);
      while (!receiver.received.length) await new Promise((resolve) => setTimeout(resolve, 20));
      const started = performance.now();
      await server.close();
      assert.ok(performance.now() - started < 900, 'the 1 s wait before the retry was cut short');
      const [delivery] = await reader.selectFrom('notification_deliveries').selectAll().execute();
      assert.equal(delivery?.status, 'failed');
      assert.equal(delivery?.attempts, 1);
      assert.equal(delivery?.outcome, 'HTTP 500; the server stopped');
    } finally {
      await reader.destroy();
      await database.remove();
      await receiver.close();
    }
  });
});

describe('a receiver that refuses the request is not retried', () => {
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let server: TestServer;
  before(async () => {
    receiver = await startReceiver([400]);
    server = await startTestServer({
      MODERATION: 'pre',
      ...webhookEnv(receiver.url),
    });
  });
  after(async () => {
    await server?.stop();
    await receiver?.close();
  });

  test('a 400 fails the delivery after one attempt, and the log says so', async () => {
    await postComment(server, 'news-4', 'Текст');
    const [delivery] = await deliveriesWhen(server, (list) => list.length === 1);
    assert.equal(delivery!.status, 'failed');
    assert.equal(delivery!.attempts, 1);
    assert.equal(delivery!.outcome, 'HTTP 400');
    assert.equal(receiver.received.length, 1);
  });
});

describe('by default a webhook reaches only public addresses', () => {
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  before(async () => {
    receiver = await startReceiver([]);
  });
  after(() => receiver?.close());

  for (const [how, host] of [
    ['an address of this machine', '127.0.0.1'],
    ['a name that resolves to this machine, checked as it connects', 'localhost'],
    ['an IPv4-mapped IPv6 address of this machine', '[::ffff:127.0.0.1]'],
  ] as const)
    test(`${how} is not called nor retried, and the log says why`, async () => {
      const url = new URL(receiver.url);
      url.hostname = host;
      const server = await startTestServer({
        MODERATION: 'pre',
        WEBHOOK_URL: url.href,
        WEBHOOK_SECRET: 'webhook-secret-0123456789',
      });
      try {
        await postComment(server, 'news-4', 'Текст');
        const [delivery] = await deliveriesWhen(server, (list) => list.length === 1);
        assert.equal(delivery!.status, 'failed');
        assert.equal(delivery!.attempts, 1);
        assert.match(
          delivery!.outcome,
          /is not a public address, not called \(WEBHOOK_PRIVATE_ADDRESSES=allow permits it\)$/,
        );
        assert.equal(receiver.received.length, 0);
      } finally {
        await server.stop();
      }
    });
});

describe('the moderation page lists the deliveries', { skip: withoutChromium }, () => {
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let server: TestServer;
  let browser: Browser;
  before(async () => {
    receiver = await startReceiver([400]);
    server = await startTestServer({
      MODERATION: 'pre',
      ...webhookEnv(receiver.url),
    });
    browser = await launchChromium();
    await postComment(server, 'news-8', 'Текст');
    await deliveriesWhen(server, (list) => list.length === 1);
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
    await receiver?.close();
  });

  for (const [locale, heading, failed] of [
    ['ru-RU', 'Уведомления', 'не доставлено'],
    ['en-GB', 'Notifications', 'not delivered'],
  ] as const) {
    test(`a failed webhook call is shown with its answer, in ${locale}`, async () => {
      const context = await browser.newContext({ locale });
      const page = await context.newPage();
      await page.goto(`${server.url}/moderation/`);
      await page.locator('#token').fill(adminToken);
      await page.locator('#token').press('Enter');
      const table = page.getByRole('table', { name: heading });
      await table.waitFor();
      const row = table.getByRole('row').nth(1);
      assert.match(await row.innerText(), new RegExp(`${failed}[\\s\\S]*1[\\s\\S]*HTTP 400`));
      assert.match(await row.innerText(), /webhook|вебхук/);
      await context.close();
    });
  }

  test('the confirmation page of a mail link works in the browser, under the strict CSP', async () => {
    const body = JSON.parse(receiver.received[0]!.body) as { links: { reject: string } };
    const context = await browser.newContext({ locale: 'ru-RU' });
    const page = await context.newPage();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') violations.push(message.text());
    });
    await page.goto(body.links.reject);
    await page.getByRole('button', { name: 'Отклонить' }).click();
    await page.getByText('Комментарий отклонён').waitFor();
    assert.deepEqual(violations, []);
    await context.close();
  });
});

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `done` until it holds, failing with `why` after ten seconds instead of hanging. */
async function within(why: string, done: () => boolean | Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error(why);
    await pause(20);
  }
}

/** A clock the test moves: timers fire when it is advanced past them. */
class ManualClock implements Clock {
  private time = Date.now();
  private timers: { at: number; ms: number; task: () => void; cancelled: boolean }[] = [];

  now(): Date {
    return new Date(this.time);
  }

  after(ms: number, task: () => void): Timer {
    const timer = { at: this.time + ms, ms, task, cancelled: false };
    this.timers.push(timer);
    return { cancel: () => (timer.cancelled = true) };
  }

  /** Resolves once a timer of `ms` is set, so that advancing the clock reaches it. */
  async timerSet(ms: number): Promise<void> {
    await within(`no ${ms} ms timer was set`, () =>
      this.timers.some((timer) => timer.ms === ms && !timer.cancelled),
    );
  }

  advance(ms: number): void {
    this.time += ms;
    const due = this.timers.filter((timer) => timer.at <= this.time && !timer.cancelled);
    this.timers = this.timers.filter((timer) => !due.includes(timer));
    for (const timer of due) timer.task();
  }
}

/** A pre-moderated server on `database` mailing the moderator, its notifications on `clock`. */
function startClockedServer(
  database: TestDatabase,
  mailPort: number,
  clock: Clock,
  env: Record<string, string> = {},
) {
  const settings = readSettings({
    PORT: '0',
    ...database.env,
    SEED: 'false',
    LOG_LEVEL: 'silent',
    ADMIN_TOKEN: adminToken,
    RATE_LIMIT_COMMENTS: '1000',
    MODERATION: 'pre',
    ...mailEnv(mailPort),
    ...env,
  });
  return startServer(settings, createLogger('silent'), clock);
}

const startDigestServer = (database: TestDatabase, mailPort: number, clock: Clock) =>
  startClockedServer(database, mailPort, clock, { NOTIFY_DIGEST_MINUTES: '10' });

/** The deliveries a server has logged, once there are `count`. */
async function loggedDeliveries(server: { db: TestServer['db'] }, count: number) {
  const logged = () => server.db.selectFrom('notification_deliveries').selectAll().execute();
  await within(
    `${count} deliveries were never logged`,
    async () => (await logged()).length >= count,
  );
  return logged();
}

async function post(url: string, text: string) {
  const response = await fetch(`${url}/api/comments/news-7`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ author: 'Читатель', text }),
  });
  assert.equal(response.status, 202);
  return ((await response.json()) as { comment: { id: string } }).comment.id;
}

describe('a mail server that is down or silent never slows or fails the reader’s post', () => {
  test('a dead SMTP port: the post answers at once, is stored, and the mail is tried five times', async () => {
    const closed = createTcpServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const database = await createTestDatabase();
    const clock = new ManualClock();
    const server = await startClockedServer(database, port, clock);
    try {
      const started = performance.now();
      await post(server.url, 'Почта не работает');
      const elapsed = performance.now() - started;
      assert.ok(elapsed < 500, `the post took ${Math.round(elapsed)} ms`);
      const pending = await fetch(`${server.url}/api/admin/comments?status=pending`, {
        headers: adminHeaders,
      });
      const { comments } = (await pending.json()) as { comments: { text: string }[] };
      assert.deepEqual(
        comments.map((comment) => comment.text),
        ['Почта не работает'],
      );
      for (const wait of [30_000, 60_000, 120_000, 240_000]) {
        await clock.timerSet(wait);
        clock.advance(wait);
      }
      const [delivery] = await loggedDeliveries(server, 1);
      assert.equal(delivery!.status, 'failed');
      assert.equal(delivery!.attempts, 5);
      assert.match(delivery!.outcome, /ECONNREFUSED/);
    } finally {
      await server.close();
      await database.remove();
    }
  });

  test('a server that accepts the connection and never greets: the post answers at once', async () => {
    const sockets = new Set<Socket>();
    const silent = createTcpServer((socket) => sockets.add(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as AddressInfo;
    const server = await startTestServer({ MODERATION: 'pre', ...mailEnv(port) });
    try {
      const started = performance.now();
      const response = await postComment(server, 'news-6', 'Почта молчит');
      assert.equal(response.status, 202);
      assert.ok(performance.now() - started < 500);
      while (!sockets.size) await new Promise((resolve) => setTimeout(resolve, 20));
    } finally {
      // Hanging up ends the send at once, so the server need not wait out the mail timeout.
      for (const socket of sockets) socket.destroy();
      await server.stop();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  });
});

describe('a mail server that refuses a mail', () => {
  async function refusedBy(code: number, run: (parts: Refused) => Promise<void>) {
    const mailbox = await startMailbox([code]);
    const database = await createTestDatabase();
    const clock = new ManualClock();
    const server = await startClockedServer(database, mailbox.port, clock);
    try {
      await post(server.url, 'Со второй попытки');
      await run({ mailbox, clock, server });
    } finally {
      await server.close();
      await database.remove();
      await mailbox.close();
    }
  }

  test('with a 451 (greylisting) is tried again 30 s later, and the mail then arrives', () =>
    refusedBy(451, async ({ mailbox, clock, server }) => {
      await clock.timerSet(30_000);
      assert.deepEqual(mailbox.refused, [451]);
      clock.advance(29_999);
      await pause(300);
      assert.equal(mailbox.mails.length, 0, 'nothing is retried before the wait is over');
      clock.advance(1);
      const [mail] = await mailbox.received(1);
      assert.match(mail!.body, /Со второй попытки/);
      const [delivery] = await loggedDeliveries(server, 1);
      assert.equal(delivery!.status, 'delivered');
      assert.equal(delivery!.attempts, 2);
      assert.match(delivery!.outcome, /^250/);
    }));

  test('with a 550 is not tried again: one attempt, logged with the server’s answer', () =>
    refusedBy(550, async ({ mailbox, server }) => {
      const [delivery] = await loggedDeliveries(server, 1);
      assert.equal(delivery!.status, 'failed');
      assert.equal(delivery!.attempts, 1);
      assert.match(delivery!.outcome, /550 Not now/);
      assert.deepEqual(mailbox.refused, [550]);
      assert.equal(mailbox.mails.length, 0);
    }));
});

interface Refused {
  mailbox: Awaited<ReturnType<typeof startMailbox>>;
  clock: ManualClock;
  server: Awaited<ReturnType<typeof startClockedServer>>;
}

describe('a digest', () => {
  let mailbox: Awaited<ReturnType<typeof startMailbox>>;
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  before(async () => {
    mailbox = await startMailbox();
  });
  after(() => mailbox?.close());

  const queued = async (server: { db: TestServer['db'] }) =>
    (await server.db.selectFrom('notification_digest').selectAll().execute()).length;

  test('two comments within the digest period make one mail listing both', async () => {
    database = await createTestDatabase();
    const clock = new ManualClock();
    const server = await startDigestServer(database, mailbox.port, clock);
    try {
      for (const text of ['Первый', 'Второй']) await post(server.url, text);
      while ((await queued(server)) < 2) await pause(20);
      clock.advance(9 * 60_000);
      await pause(300);
      assert.equal(mailbox.mails.length, 0, 'nothing is mailed before the period ends');
      clock.advance(60_000);
      const [mail] = await mailbox.received(1);
      assert.equal(mail!.subject, 'Новых комментариев: 2, ждут проверки: 2');
      assert.match(mail!.body, /Первый/);
      assert.match(mail!.body, /Второй/);
      assert.equal(linksIn(mail!, 'approve').length, 2);
      await pause(300);
      assert.equal(mailbox.mails.length, 1, 'one mail for both comments');
      assert.equal(await queued(server), 0);
    } finally {
      await server.close();
      await database.remove();
    }
  });

  test('a digest waiting at a restart is sent when due, without the comments moderated meanwhile', async () => {
    mailbox.mails.splice(0);
    database = await createTestDatabase();
    const first = await startDigestServer(database, mailbox.port, new ManualClock());
    let approvedId: string;
    try {
      approvedId = await post(first.url, 'Одобрен на странице');
      await post(first.url, 'Ждёт письма');
      while ((await queued(first)) < 2) await pause(20);
      const approved = await fetch(`${first.url}/api/admin/comments/${approvedId}/approve`, {
        method: 'POST',
        headers: adminHeaders,
      });
      assert.equal(approved.status, 200);
    } finally {
      await first.close();
    }
    const clock = new ManualClock();
    const second = await startDigestServer(database, mailbox.port, clock);
    try {
      clock.advance(10 * 60_000);
      const [mail] = await mailbox.received(1);
      assert.equal(mail!.subject, 'Комментарий ждёт проверки: «news-7»');
      assert.match(mail!.body, /Ждёт письма/);
      assert.doesNotMatch(mail!.body, /Одобрен на странице/);
    } finally {
      await second.close();
      await database.remove();
    }
  });
});

describe('the notification settings of a site', () => {
  const server = testServerForSuite();

  test('without SMTP_URL, the API refuses mailboxes it could never write to', async () => {
    const response = await server.request('/api/admin/notifications', {
      method: 'PUT',
      headers: adminHeaders,
      json: { emails: [moderator], mode: 'all', digestMinutes: 0 },
    });
    assert.equal(response.status, 400);
    assert.equal(await errorCode(response), 'invalid_notifications');
  });

  test('a webhook secret is saved, said to be set, and never shown', async () => {
    const put = await server.request('/api/admin/notifications', {
      method: 'PUT',
      headers: adminHeaders,
      json: {
        emails: [],
        mode: 'all',
        digestMinutes: 0,
        webhookUrl: 'https://bot.library.example.org/hook',
        webhookSecret: 'webhook-secret-0123456789',
      },
    });
    assert.equal(put.status, 200);
    const response = await server.request('/api/admin/notifications', { headers: adminHeaders });
    const { notifications } = (await response.json()) as Record<string, Record<string, unknown>>;
    assert.deepEqual(notifications, {
      emails: [],
      mode: 'all',
      digestMinutes: 0,
      language: 'ru',
      webhookUrl: 'https://bot.library.example.org/hook',
      webhookSecretSet: true,
      mailConfigured: false,
    });
  });

  test('bad values are refused, each named', async () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ emails: ['not-a-mailbox'], mode: 'all', digestMinutes: 0 }, /emails: "not-a-mailbox"/],
      [{ emails: [], mode: 'sometimes', digestMinutes: 0 }, /mode must be one of pending, all/],
      [{ emails: [], mode: 'all', digestMinutes: 5000 }, /digestMinutes/],
      [
        {
          emails: [],
          mode: 'all',
          digestMinutes: 0,
          webhookUrl: 'ftp://x',
          webhookSecret: 'short',
        },
        /webhookUrl must be an http\(s\) URL.*webhookSecret must be at least 16/,
      ],
    ];
    for (const [json, message] of cases) {
      const response = await server.request('/api/admin/notifications', {
        method: 'PUT',
        headers: adminHeaders,
        json,
      });
      assert.equal(response.status, 400);
      const { error } = (await response.json()) as { error: { message: string } };
      assert.match(error.message, message);
    }
  });

  test('the admin token is required', async () => {
    const response = await server.request('/api/admin/notifications/deliveries');
    assert.equal(response.status, 401);
  });
});

describe('the notification settings are checked at start, naming the variable', () => {
  const problemsOf = (env: Record<string, string>) => {
    try {
      readSettings(env);
    } catch (error) {
      assert.ok(error instanceof SettingsError);
      return error.problems.join('\n');
    }
    return '';
  };

  test('each bad or missing value is named', () => {
    assert.match(
      problemsOf({ NOTIFY_EMAIL: moderator }),
      /NOTIFY_EMAIL needs SMTP_URL and MAIL_FROM/,
    );
    assert.match(
      problemsOf({ SMTP_URL: 'http://mail.example.org' }),
      /SMTP_URL must be an smtp:\/\//,
    );
    assert.match(problemsOf({ SMTP_URL: 'smtp://mail.example.org' }), /SMTP_URL needs MAIL_FROM/);
    assert.match(problemsOf({ MAIL_FROM: 'nobody' }), /MAIL_FROM must be a mailbox/);
    assert.match(
      problemsOf({ WEBHOOK_URL: 'https://bot.example.org' }),
      /WEBHOOK_URL needs WEBHOOK_SECRET/,
    );
    assert.match(problemsOf({ NOTIFY_MODE: 'often' }), /NOTIFY_MODE must be one of pending, all/);
    assert.match(
      problemsOf({ NOTIFY_DIGEST_MINUTES: '2000' }),
      /NOTIFY_DIGEST_MINUTES must be a whole number from 0 to 1440/,
    );
    assert.match(
      problemsOf({ PUBLIC_URL: 'comments.example.org' }),
      /PUBLIC_URL must be an origin/,
    );
  });

  test('a complete mail setup is accepted', () => {
    const settings = readSettings({
      ...mailEnv(2525),
      NOTIFY_EMAIL: `${moderator}, librarian@library.example.org`,
      NOTIFY_DIGEST_MINUTES: '30',
    });
    assert.deepEqual(settings.notifications.emails, [moderator, 'librarian@library.example.org']);
    assert.equal(settings.notifications.digestMinutes, 30);
  });
});
