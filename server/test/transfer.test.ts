import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Comment } from '../../src/data/api/comments-api.js';
import { openDatabase, writeTransaction } from '../src/db/database.js';
import { createLogger } from '../src/logger.js';
import { type Services, createServices } from '../src/services.js';
import { readSettings } from '../src/settings.js';
import { defaultSiteId } from '../src/sites/site.js';
import { SiteStore } from '../src/sites/store.js';
import { readDisqus } from '../src/transfer/disqus-reader.js';
import { htmlToText } from '../src/transfer/html-to-text.js';
import {
  type ImportReport,
  type Outcome,
  importComments,
} from '../src/transfer/import-comments.js';
import { readSiteComments } from '../src/transfer/site-comments.js';
import { ExportFileError, type SourceExport } from '../src/transfer/source.js';
import { toWxrExport } from '../src/transfer/wxr-export.js';
import { readWxr } from '../src/transfer/wxr-reader.js';
import { serverScript } from './child-server.js';
import { adminToken, startTestServer } from './helpers.js';
import { type TestDatabase, createTestDatabase, testEngine } from './test-database.js';

const fixtures = new URL('fixtures/transfer/', import.meta.url);
const ownFixture = (name: string) => readFileSync(new URL(name, fixtures));
const sharedFolder = new URL('../../../shared/fixtures/comments-import/', import.meta.url);
const sharedMissing = existsSync(sharedFolder)
  ? false
  : '../shared/fixtures/comments-import is absent: the real exports are not in this checkout';
const sharedFixture = (name: string) => readFileSync(new URL(name, sharedFolder));

/** Items are found at /?p=<id>, so WordPress short links match by address. */
const env = {
  SEED: 'false',
  LOG_LEVEL: 'silent',
  ADMIN_TOKEN: adminToken,
  NEWS_ITEM_URL: '/?p={id}',
};

const noCounts: Record<Outcome, number> = {
  published: 0,
  pending: 0,
  alreadyImported: 0,
  spam: 0,
  trash: 0,
  pingback: 0,
  invalid: 0,
  unmatched: 0,
};
const counts = (some: Partial<Record<Outcome, number>>) => ({ ...noCounts, ...some });

interface Harness {
  services: Services;
  database: TestDatabase;
  close(): Promise<void>;
}

/** Services on a fresh database of the engine under test, as the commands build them. */
async function harness(): Promise<Harness> {
  const database = await createTestDatabase();
  const settings = readSettings({ ...database.env, ...env });
  const opened = await openDatabase(settings);
  const services = await createServices(settings, opened, createLogger('silent'));
  return {
    services,
    database,
    async close() {
      await opened.db.destroy();
      await database.remove();
    },
  };
}

async function addSite(services: Services, id: string, itemIds: string[]): Promise<void> {
  if (id !== defaultSiteId)
    await writeTransaction(services.db, services.engine, (transaction) =>
      new SiteStore(transaction).add(
        {
          id,
          name: `Библиотека ${id}`,
          origins: [`https://${id}.library.example`],
          moderation: 'post',
          commentAuth: 'optional',
        },
        `${id}-admin-token-0123456789`,
        new Date(),
      ),
    );
  await services.writes.run(id, async ({ news }) => {
    for (const itemId of itemIds)
      await news.add({
        id: itemId,
        title: `Новость ${itemId}`,
        summary: '',
        contentHtml: `<p>Новость ${itemId}</p>`,
        tags: [],
        datePublished: '2025-01-01T00:00:00.000Z',
      });
  });
}

async function rowCounts(services: Services) {
  const count = async (table: 'comments' | 'imported_comments') =>
    (await services.db.selectFrom(table).select('site_id').execute()).length;
  return { comments: await count('comments'), imported: await count('imported_comments') };
}

/** What a reader of the site sees of a thread, ids left out: author, text, date, replies. */
async function visibleThread(services: Services, siteId: string, thread: string) {
  const { threads } = await readSiteComments(services, siteId);
  return (threads.find((entry) => entry.thread === thread)?.comments ?? []).map(
    ({ row, replies }) => ({
      author: row.author_name,
      text: row.text,
      createdAt: row.created_at,
      status: row.status,
      replies: replies.map((reply) => [reply.author_name, reply.text, reply.status]),
    }),
  );
}

describe('HTML of imported comments as plain text', () => {
  test('keeps paragraphs, line breaks, decoded entities and link addresses; drops scripts', () => {
    const html =
      '<p>Спасибо &amp; до встречи&nbsp;!</p><script>alert(1)</script><style>p{}</style>' +
      '<p>Строка<br>ещё <a href="https://example.org/catalog">каталог</a>, ' +
      '<a href="javascript:alert(1)">клик</a> <img src=x onerror="alert(1)" alt="улыбка"></p>' +
      '<ul><li>один</li><li>два</li></ul><iframe src="https://evil.example">x</iframe>';
    assert.equal(
      htmlToText(html, 'markup'),
      'Спасибо & до встречи\u00a0!\n\nСтрока\nещё каталог (https://example.org/catalog), клик улыбка\n\n• один\n• два',
    );
  });

  test('a link whose words are its address, shortened or not, is the address once', () => {
    assert.equal(
      htmlToText('<a href="https://example.org/a/b/c">https://example.org/a/...</a>', 'markup'),
      'https://example.org/a/b/c',
    );
    assert.equal(
      htmlToText('<a href="https://evil.example/">https://bank.example/</a>', 'markup'),
      'https://bank.example/ (https://evil.example/)',
    );
    assert.equal(
      htmlToText('<a href="mailto:a@b.example">пишите</a>', 'markup'),
      'пишите (a@b.example)',
    );
  });

  test('WordPress newlines are the writer’s; markup newlines are spaces', () => {
    const typed = 'Первая\nвторая\n\n\n\nновый абзац  с   пробелами';
    assert.equal(htmlToText(typed, 'typed'), 'Первая\nвторая\n\nновый абзац с пробелами');
    assert.equal(htmlToText(typed, 'markup'), 'Первая вторая новый абзац с пробелами');
  });

  test('nothing readable is empty text', () => {
    assert.equal(htmlToText('<p> </p><script>x</script><!-- c -->', 'markup'), '');
  });
});

describe(
  `importing the real exports in ../shared on ${testEngine}`,
  { skip: sharedMissing },
  () => {
    let h: Harness;
    before(async () => {
      h = await harness();
    });
    after(() => h.close());

    /** Each file into a site of its own with the items its threads name, twice. */
    const cases: {
      file: string;
      read: (bytes: Uint8Array) => SourceExport;
      items: string[];
      first: Partial<Record<Outcome, number>>;
      matched: [string | undefined, string | undefined][];
    }[] = [
      {
        file: 'wxr-isso-wordpress.xml',
        read: readWxr,
        items: ['test', '4'],
        first: { published: 8 },
        matched: [
          ['test', 'slug'],
          ['4', 'url'],
        ],
      },
      {
        file: 'wxr-wordpress-importer-small-export.xml',
        read: readWxr,
        items: ['hello-world'],
        first: { published: 1 },
        matched: [['hello-world', 'slug']],
      },
      {
        file: 'wxr-wordpress-importer-valid-wxr-1.0.xml',
        read: readWxr,
        items: ['hello-world'],
        first: { published: 1 },
        matched: [['hello-world', 'slug']],
      },
      {
        file: 'wxr-wordpress-importer-serialized-comment-meta.xml',
        read: readWxr,
        items: ['comment-meta'],
        first: { published: 1 },
        matched: [['comment-meta', 'slug']],
      },
      {
        file: 'disqus-isso.xml',
        read: readDisqus,
        items: ['some-id', 'redacted'],
        first: { published: 4, trash: 1, unmatched: 1 },
        matched: [
          ['some-id', 'slug'],
          ['redacted', 'slug'],
          [undefined, undefined],
        ],
      },
      {
        file: 'disqus-remark42.xml',
        read: readDisqus,
        items: ['229_8880', 'podcast-229'],
        first: { published: 4, spam: 1, invalid: 1 },
        matched: [
          ['229_8880', 'slug'],
          ['podcast-229', 'slug'],
        ],
      },
      {
        file: 'disqus-remark42-deleted-thread.xml',
        read: readDisqus,
        items: ['229_8880', 'podcast-229'],
        first: { published: 2, trash: 3, spam: 1 },
        matched: [
          ['229_8880', 'slug'],
          ['podcast-229', 'slug'],
        ],
      },
    ];

    cases.forEach(({ file, read, items, first, matched }, index) => {
      test(`${file}: exact counts, then a second import changes nothing`, async () => {
        const siteId = `shared-${index}`;
        await addSite(h.services, siteId, items);
        const once = await importComments(h.services, read(sharedFixture(file)), {
          siteId,
          dryRun: false,
        });
        assert.deepEqual(once.counts, counts(first));
        assert.deepEqual(
          once.threads.map((thread) => [thread.itemId, thread.by]),
          matched,
        );
        const stored = await readSiteComments(h.services, siteId);
        const storedCount = stored.threads.reduce(
          (sum, thread) =>
            sum + thread.comments.reduce((all, entry) => all + 1 + entry.replies.length, 0),
          0,
        );
        assert.equal(storedCount, (first.published ?? 0) + (first.pending ?? 0));

        const before = await rowCounts(h.services);
        const twice = await importComments(h.services, read(sharedFixture(file)), {
          siteId,
          dryRun: false,
        });
        const imported = (first.published ?? 0) + (first.pending ?? 0);
        assert.deepEqual(
          twice.counts,
          counts({ ...first, published: 0, pending: 0, alreadyImported: imported }),
        );
        assert.deepEqual(await rowCounts(h.services), before);
      });
    });

    test('isso’s WordPress thread keeps its replies, one level deep, and UTC dates', async () => {
      assert.deepEqual(await visibleThread(h.services, 'shared-0', 'test'), [
        {
          author: 'Ohai',
          text: 'Erster!1',
          createdAt: '2014-01-14T17:32:12.000Z',
          status: 'published',
          replies: [],
        },
        {
          author: 'Tester',
          text: 'Zweiter.',
          createdAt: '2014-04-29T15:21:27.000Z',
          status: 'published',
          replies: [
            ['Tester', 'Drölfter!', 'published'],
            ['Tester', 'Yet another reply.', 'published'],
            ['Tester', '...', 'published'],
          ],
        },
        {
          author: 'Multiline Author',
          text: 'When you have a comment with multiple lines:\nWordPress exports it like this.',
          // comment_date_gmt, not the blog's local comment_date (12:13:14)
          createdAt: '2022-06-06T02:13:14.000Z',
          status: 'published',
          replies: [],
        },
        {
          author: 'Letzter :/',
          text: '...',
          createdAt: '2022-06-07T15:21:56.000Z',
          status: 'published',
          replies: [],
        },
      ]);
    });

    test('remark42’s Russian Disqus posts arrive as text, with the stray backtick and the bad post reported', async () => {
      const report = await importComments(
        h.services,
        readDisqus(sharedFixture('disqus-remark42.xml')),
        {
          siteId: 'shared-5',
          dryRun: true,
        },
      );
      assert.deepEqual(report.problems, [{ externalId: 'x299986073', problem: 'isSpam is "123"' }]);
      assert.deepEqual(report.warnings, [
        'Ignored 1 character(s) before the XML began',
        'XML: attribute "247937687" missed quot(")! (line 147, column 9)',
      ]);
      const thread = await visibleThread(h.services, 'shared-5', 'podcast-229');
      assert.deepEqual(
        thread.map((comment) => comment.text),
        [
          'The quick brown fox jumps over the lazy dog.\n\nsome link (https://https://radio-t.com)',
          'Microsoft показал проводник Windows 8 с ленточным интерфейсом.\n\nhttp://blogs.msdn.com/b/b8/archive/2011/08/29/improvements-in-windows-explorer.aspx',
        ],
      );
    });
  },
);

describe(`importing the project's own exports on ${testEngine}`, () => {
  let h: Harness;
  before(async () => {
    h = await harness();
    await addSite(h.services, defaultSiteId, ['выставка', 'vecher']);
  });
  after(() => h.close());

  const wxr = () => readWxr(ownFixture('library.wxr.xml'));
  let dryRun: ImportReport;

  test('a dry run reports every outcome and writes nothing', async () => {
    dryRun = await importComments(h.services, wxr(), { siteId: defaultSiteId, dryRun: true });
    assert.deepEqual(
      dryRun.counts,
      counts({
        published: 4,
        pending: 1,
        spam: 1,
        trash: 1,
        pingback: 1,
        invalid: 1,
        unmatched: 1,
      }),
    );
    assert.deepEqual(dryRun.problems, [
      {
        externalId: 'https://old.library.example/?p=10#comment-8',
        problem: 'no date that can be read',
      },
    ]);
    assert.deepEqual(dryRun.threads, [
      {
        label: 'Выставка «Северные промыслы»',
        link: 'https://old.library.example/2025/03/%d0%b2%d1%8b%d1%81%d1%82%d0%b0%d0%b2%d0%ba%d0%b0/',
        itemId: 'выставка',
        by: 'slug',
        comments: 8,
      },
      {
        label: 'Литературный вечер',
        link: 'https://old.library.example/?p=12',
        itemId: 'vecher',
        by: 'slug',
        comments: 1,
      },
      {
        label: 'Страница, которой на новом сайте нет',
        link: 'https://old.library.example/about/',
        comments: 1,
      },
    ]);
    assert.deepEqual(await rowCounts(h.services), { comments: 0, imported: 0 });
  });

  test('the import does what the dry run said, in the API readers use', async () => {
    const report = await importComments(h.services, wxr(), {
      siteId: defaultSiteId,
      dryRun: false,
    });
    assert.deepEqual({ ...report, dryRun: true }, dryRun);
    assert.deepEqual(report.warnings, [
      '1 reply(ies) to replies hang from the top-level comment above them: our threads go one level deep',
      '1 reply(ies) whose parent was skipped or is not in the file became top-level comments',
    ]);
    assert.deepEqual(await visibleThread(h.services, defaultSiteId, 'выставка'), [
      {
        author: 'Мария Ивановна',
        text: 'Спасибо за выставку & экскурсию!\n\nВторая строка\nтретья ссылка, каталог (https://example.org/catalog) и улыбка',
        createdAt: '2025-03-01T09:00:00.000Z',
        status: 'published',
        replies: [
          ['Библиотекарь', 'Ответ на первый.\nСо второй строкой.', 'published'],
          ['Ольга 🌿', 'Ответ на ответ', 'pending'],
        ],
      },
      {
        author: 'Гость',
        text: 'Ответ спамеру',
        createdAt: '2025-03-02T01:00:00.000Z',
        status: 'published',
        replies: [],
      },
    ]);
    assert.deepEqual(await visibleThread(h.services, defaultSiteId, 'vecher'), [
      {
        author: 'Пётр Сергеевич',
        text: 'Стихи «с\u00a0душой» — приду ещё.',
        createdAt: '2025-04-01T18:30:00.000Z',
        status: 'published',
        replies: [],
      },
    ]);
  });

  test('a second import of the file changes nothing', async () => {
    const before = await rowCounts(h.services);
    const report = await importComments(h.services, wxr(), {
      siteId: defaultSiteId,
      dryRun: false,
    });
    assert.deepEqual(
      report.counts,
      counts({ alreadyImported: 5, spam: 1, trash: 1, pingback: 1, invalid: 1, unmatched: 1 }),
    );
    assert.deepEqual(await rowCounts(h.services), before);
  });

  test('Disqus replies, identifiers and unmatched threads, beside the WordPress comments', async () => {
    const report = await importComments(h.services, readDisqus(ownFixture('library.disqus.xml')), {
      siteId: defaultSiteId,
      dryRun: false,
    });
    assert.deepEqual(report.counts, counts({ published: 2, spam: 1, unmatched: 1 }));
    assert.deepEqual(
      report.threads.map((thread) => [thread.label, thread.itemId ?? null]),
      [
        ['Литературный вечер', 'vecher'],
        ['Нет такой новости', null],
      ],
    );
    const thread = await visibleThread(h.services, defaultSiteId, 'vecher');
    assert.deepEqual(thread.at(-1), {
      author: 'Анна Кузнецова',
      text: 'Первый\u00a0абзац.\n\nВторой https://example.org/a-long-address/with/parts',
      createdAt: '2024-11-05T10:15:00.000Z',
      status: 'published',
      // A post without a name is signed with its Disqus username.
      replies: [['olga_k', 'Согласна!', 'published']],
    });
  });

  test('a file cut off mid-comment is refused with its place, and nothing is stored', async () => {
    const before = await rowCounts(h.services);
    assert.throws(
      () => readWxr(ownFixture('broken.wxr.xml')),
      (error: unknown) =>
        error instanceof ExportFileError &&
        /^The file is not well-formed XML: .*\(line \d+, column \d+\)$/.test(error.message),
    );
    assert.throws(
      () => readWxr(new TextEncoder().encode('<!DOCTYPE rss [<!ENTITY a "aaaa">]><rss/>')),
      ExportFileError,
    );
    assert.throws(() => readDisqus(ownFixture('library.wxr.xml')), /Not a Disqus export/);
    assert.throws(() => readWxr(ownFixture('library.disqus.xml')), /Not a WordPress export/);
    assert.throws(
      () => readWxr(Buffer.from('<?xml version="1.0"?><rss>\xff</rss>', 'latin1')),
      /not valid utf-8/,
    );
    assert.deepEqual(await rowCounts(h.services), before);
  });
});

describe(`export as WXR, then import into an empty site, on ${testEngine}`, () => {
  let h: Harness;
  before(async () => {
    h = await harness();
    await addSite(h.services, 'from', ['выставка', 'vecher']);
    await addSite(h.services, 'to', ['выставка', 'vecher']);
  });
  after(() => h.close());

  test('gives the same comments: threads, replies, authors, texts, dates and statuses', async () => {
    await importComments(h.services, readWxr(ownFixture('library.wxr.xml')), {
      siteId: 'from',
      dryRun: false,
    });
    // Text that is markup in WordPress's eyes, and a CDATA end in a name, come back as typed.
    await h.services.writes.run('from', ({ comments }) =>
      comments.create(
        {
          thread: 'vecher',
          authorName: 'Ирина ]]> <b>',
          text: 'Код: <script>alert(1)</script> & конец\nвторая строка',
          status: 'published',
          ipHash: 'h',
        },
        new Date('2025-05-01T10:00:00.000Z'),
      ),
    );
    const wxr = toWxrExport(await readSiteComments(h.services, 'from'), new Date());
    assert.ok(
      wxr.includes(
        '<wp:comment_content><![CDATA[Код: &lt;script&gt;alert(1)&lt;/script&gt; &amp; конец\nвторая строка]]>',
      ),
    );
    assert.ok(
      wxr.includes('<wp:comment_author><![CDATA[Ирина ]]]]><![CDATA[> <b>]]></wp:comment_author>'),
    );
    assert.match(wxr, /<wp:comment_date_gmt>2025-05-01 10:00:00<\/wp:comment_date_gmt>/);
    assert.match(wxr, /<pubDate>Wed, 01 Jan 2025 00:00:00 \+0000<\/pubDate>/);

    const report = await importComments(h.services, readWxr(new TextEncoder().encode(wxr)), {
      siteId: 'to',
      dryRun: false,
    });
    assert.deepEqual(report.counts, counts({ published: 5, pending: 1 }));
    assert.deepEqual(
      report.threads.map((thread) => [thread.itemId, thread.by]),
      [
        ['выставка', 'url'],
        ['vecher', 'url'],
      ],
    );
    for (const thread of ['выставка', 'vecher'])
      assert.deepEqual(
        await visibleThread(h.services, 'to', thread),
        await visibleThread(h.services, 'from', thread),
      );
  });
});

interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `biblio-server <args>` in its own process, as an operator runs it. */
function biblioServer(args: string[], commandEnv: Record<string, string>): Promise<CliResult> {
  const child = spawn(process.execPath, ['--import', 'tsx', serverScript, ...args], {
    env: { ...process.env, ...env, ...commandEnv },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, stdout, stderr })));
}

describe(`biblio-server import and export on ${testEngine}`, () => {
  const folder = mkdtempSync(join(tmpdir(), 'biblio-transfer-'));
  const wxrFile = new URL('library.wxr.xml', fixtures).pathname;
  let h: Harness;
  before(async () => {
    h = await harness();
    await addSite(h.services, defaultSiteId, ['выставка', 'vecher']);
  });
  after(async () => {
    await h.close();
    rmSync(folder, { recursive: true, force: true });
  });

  test('imports a file, says what became of each comment, and serves them over HTTP', async () => {
    const dry = await biblioServer(['import', 'wxr', wxrFile, '--dry-run'], h.database.env);
    assert.equal(dry.code, 0, dry.stderr);
    assert.match(dry.stdout, /dry run: nothing was written/);
    assert.match(dry.stdout, /^ {2}published {8}4$/m);
    assert.match(
      dry.stdout,
      /"Страница, которой на новом сайте нет" https:\/\/old\.library\.example\/about\/: no news item, its 1 comment\(s\) not imported/,
    );
    assert.match(dry.stdout, /add the item \(with the id or page the\n/);
    assert.deepEqual(await rowCounts(h.services), { comments: 0, imported: 0 });

    const run = await biblioServer(['import', 'wxr', wxrFile, '--json'], h.database.env);
    assert.equal(run.code, 0, run.stderr);
    const report = JSON.parse(run.stdout) as ImportReport;
    assert.equal(report.counts.published, 4);
    assert.equal(report.counts.pending, 1);

    const server = await startTestServer(h.database.env);
    try {
      const body = (await (await server.request('/api/comments/vecher')).json()) as {
        comments: Comment[];
      };
      assert.deepEqual(
        body.comments.map((comment) => [comment.author.name, comment.text]),
        [['Пётр Сергеевич', 'Стихи «с\u00a0душой» — приду ещё.']],
      );
    } finally {
      await server.stop();
    }
  });

  test('exports JSON in the API’s shape and WXR to a file', async () => {
    const json = await biblioServer(['export', 'json'], h.database.env);
    assert.equal(json.code, 0, json.stderr);
    const exported = JSON.parse(json.stdout) as {
      site: string;
      threads: {
        thread: string;
        item?: { title: string; url: string };
        comments: (Comment & { replies: Comment[] })[];
      }[];
    };
    assert.equal(exported.site, defaultSiteId);
    const exhibition = exported.threads.find((thread) => thread.thread === 'выставка')!;
    assert.equal(exhibition.item?.title, 'Новость выставка');
    assert.deepEqual(
      exhibition.comments.map((comment) => [
        comment.author.name,
        comment.status,
        comment.replies.map((reply) => [
          reply.author.name,
          reply.status,
          reply.parentId === comment.id,
        ]),
      ]),
      [
        [
          'Мария Ивановна',
          'published',
          [
            ['Библиотекарь', 'published', true],
            ['Ольга 🌿', 'pending', true],
          ],
        ],
        ['Гость', 'published', []],
      ],
    );

    const out = join(folder, 'comments.wxr.xml');
    const wxr = await biblioServer(['export', 'wxr', '--out', out], h.database.env);
    assert.equal(wxr.code, 0, wxr.stderr);
    const reread = readWxr(readFileSync(out));
    assert.equal(reread.threads.flatMap((thread) => thread.comments).length, 5);
  });

  test('refuses a broken file, an unknown site and a wrong call, storing nothing', async () => {
    const before = await rowCounts(h.services);
    const broken = await biblioServer(
      ['import', 'wxr', new URL('broken.wxr.xml', fixtures).pathname],
      h.database.env,
    );
    assert.equal(broken.code, 1);
    assert.match(broken.stderr, /^The file is not well-formed XML: .*line 18/);
    const noSite = await biblioServer(
      ['import', 'wxr', wxrFile, '--site', 'nowhere'],
      h.database.env,
    );
    assert.equal(noSite.code, 1);
    assert.match(noSite.stderr, /No site "nowhere"/);
    const wrong = await biblioServer(['export', 'csv'], h.database.env);
    assert.equal(wrong.code, 2);
    assert.match(wrong.stderr, /export needs a format: json or wxr/);
    assert.deepEqual(await rowCounts(h.services), before);
  });
});
