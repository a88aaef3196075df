import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { FeedError } from '../../src/data/errors.js';
import { type PostText, readPostText } from '../src/feed/sources/post-text.js';
import { telegramPreviewToFeedPage } from '../src/feed/sources/telegram.js';
import { vkWallToFeedPage } from '../src/feed/sources/vk.js';
import { type TestServer, errorCode, startTestServer } from './helpers.js';

const ownFixtures = new URL('../../test/fixtures/sources/', import.meta.url);
const sharedFixtures = new URL('../../../shared/fixtures/sources/', import.meta.url);
const own = (name: string) => readFileSync(new URL(name, ownFixtures), 'utf8');
const shared = (name: string) => JSON.parse(readFileSync(new URL(name, sharedFixtures), 'utf8'));
const noShared = existsSync(sharedFixtures)
  ? false
  : '../shared/fixtures/sources/ is absent: the real VK captures are not checked';

describe('titles from a post', () => {
  test('the first sentence, without its full stop, hashtag lines or links', () => {
    assert.deepEqual(readPostText('Библиотека открыта. Ждём вас!\n#новости'), {
      title: 'Библиотека открыта',
      summary: 'Ждём вас!',
    });
    assert.deepEqual(readPostText('Подробнее: https://example.org/a и #выставка тут'), {
      title: 'Подробнее: и выставка тут',
    });
    assert.deepEqual(readPostText('#только #теги'), {});
    assert.deepEqual(readPostText('https://example.org/only-a-link'), {
      summary: 'https://example.org/only-a-link',
    });
  });

  test('a long sentence is cut at a word boundary with an ellipsis', () => {
    const text = `${'слово '.repeat(30)}конец.`;
    const { title, summary } = readPostText(text) as Required<PostText>;
    assert.equal(summary, text.trim(), 'a cut title leaves the whole text to the summary');
    assert.ok(title.length <= 91, title);
    assert.match(title, /слово…$/);
  });
});

describe('VK wall.get', () => {
  const page = vkWallToFeedPage(JSON.parse(own('vk-wall-get-pinned-repost.json')));

  test('posts become items in date order, the pinned post in its place by date', () => {
    assert.deepEqual(
      page.items.map((item) => item.id),
      ['vk-123456_1544', 'vk-123456_1540', 'vk-123456_1501'],
    );
    assert.equal(page.title, 'Городская библиотека имени Пушкина');
    assert.equal(page.total, 45);
  });

  test('a title from the first sentence, links back to the post, the largest fitting photo', () => {
    const [meeting, , pinned] = page.items;
    assert.equal(
      meeting.title,
      'Встреча с автором романа «Северный ветер» переносится на пятницу, 12 декабря, 18:00',
    );
    assert.equal(meeting.url, 'https://vk.com/wall-123456_1544');
    assert.deepEqual(meeting.image, {
      url: 'https://sun9-31.userapi.com/impg/c858/v858/2b/bbbb5.jpg?size=1280x960&quality=96&type=album',
      width: 1280,
      height: 960,
    });
    assert.equal(meeting.datePublished?.toISOString(), '2025-12-04T11:00:00.000Z');
    assert.equal(meeting.views, 1874);
    assert.equal(pinned.title, 'Как записаться в библиотеку?');
    assert.equal(
      pinned.summary,
      'Возьмите паспорт и приходите в любой филиал, запись бесплатная. Подробнее: https://pushkin-library.example.ru/zapis',
    );
    assert.equal(pinned.image?.width, 960);
    assert.deepEqual(pinned.tags, ['запись', 'правила']);
  });

  test('a repost says whose post it repeats and links to the original', () => {
    const repost = page.items[1];
    assert.equal(
      repost.title,
      'Областной конкурс чтецов «Живое слово» принимает заявки до 20 декабря',
    );
    assert.equal(repost.subtitle, 'Репост: Областная детская библиотека');
    assert.equal(
      repost.summary,
      'Репост: Областная детская библиотека. Участвуют школьники 10–17 лет.',
    );
    assert.equal(repost.externalUrl, 'https://vk.com/wall-987654_9021');
    assert.match(repost.contentText!, /^Репост: Областная детская библиотека\n\nОбластной конкурс/);
    assert.equal(repost.image?.width, 807);
    assert.deepEqual(repost.tags, ['конкурс', 'чтение']);
  });

  test('an error answer is an upstream failure naming VK’s message, not its request', () => {
    assert.throws(
      () => vkWallToFeedPage(JSON.parse(own('vk-error-invalid-token.json'))),
      (error: unknown) =>
        error instanceof FeedError &&
        error.details.status === 502 &&
        error.message === 'VK API error 5: User authorization failed: invalid access_token (4).',
    );
    assert.throws(() => vkWallToFeedPage({ response: {} }), { kind: 'format' });
  });

  test('real captures: the old photo keys and a repost of a photo', { skip: noShared }, () => {
    const [item] = vkWallToFeedPage(
      shared('vk-wall-get-vknet-Get_ExtendedVersion_GenerateOutParametersCorrectly.json'),
    ).items;
    assert.equal(item.title, 'Репост: Корпорация Зла');
    assert.equal(item.image?.url, 'http://cs413130.vk.me/v413130344/9565/jCLiluawfXE.jpg');
    assert.equal(item.author, 'Иван Иванов');
  });

  test(
    'real captures: a repost without names, with hashtags and a poll',
    { skip: noShared },
    () => {
      const [item] = vkWallToFeedPage(shared('vk-wall-get-vknet-Get_Geo_NormalCase.json')).items;
      assert.equal(item.title, 'Мы оформляем храм...');
      assert.equal(item.subtitle, 'Репост: vk.com/club42895313');
      assert.deepEqual(item.tags, ['пасха', 'весна', 'праздник', 'цветы', 'храм']);
    },
  );

  test(
    'real captures: mojibake text and truncated photo URLs do not break reading',
    { skip: noShared },
    () => {
      const [article] = vkWallToFeedPage(shared('vk-wall-get-vknet-ArticleAttachement.json')).items;
      assert.ok(article.title.endsWith('…'));
      assert.equal(article.image?.width, 1200);
      const wall = vkWallToFeedPage(shared('vk-wall-get-social-totalizer-club205427305.json'));
      assert.equal(wall.items.length, 7);
      assert.equal(wall.items[0].image?.width, 1215);
      assert.equal(wall.items[1].title, '6');
    },
  );
});

describe('Telegram t.me/s preview', () => {
  const page = telegramPreviewToFeedPage(own('telegram-s-channel.html'));

  test('messages newest first, service messages left out, the older page named', () => {
    assert.deepEqual(
      page.items.map((item) => item.url),
      [1240, 1239, 1237, 1236].map((id) => `https://t.me/pushkin_library/${id}`),
    );
    assert.equal(page.title, 'Городская библиотека имени Пушкина');
    assert.equal(page.before, '1236');
  });

  test('title, photo, date, views, tags and absolute links of a message', () => {
    const holidays = page.items[3];
    assert.equal(
      holidays.title,
      'Зимние каникулы в библиотеке: мастер-классы, кино и настольные игры для всей семьи!',
    );
    assert.deepEqual(holidays.image, {
      url: 'https://cdn4.telesco.pe/file/Xy7vPq2WmTnR4sLk8JdHc3FgA1bE0oNiU5zYxQwVeRtY.jpg',
      width: 800,
    });
    assert.equal(holidays.datePublished?.toISOString(), '2026-12-03T09:30:00.000Z');
    assert.equal(holidays.views, 1200);
    assert.deepEqual(holidays.tags, ['каникулы', 'детям']);
    assert.match(holidays.contentHtml!, /href="https:\/\/t\.me\/s\/pushkin_library\?q=%23/);
  });

  test('a forward names its source, a reply is not its quote, a bare link takes its preview', () => {
    const [link, reply, forward] = page.items;
    assert.equal(forward.subtitle, 'Переслано из: Культура города');
    assert.match(forward.summary!, /^Переслано из: Культура города\. В субботу открывается/);
    assert.equal(forward.externalUrl, 'https://t.me/kultura_goroda/884');
    assert.match(reply.title, /^Уточнение к расписанию каникул/);
    assert.equal(reply.views, 15300);
    assert.equal(link.title, 'Итоги года: 48 тысяч читателей и 312 мероприятий');
  });
});

/** VK's API and Telegram's preview pages, on loopback. */
function startSocialUpstream(): Promise<{
  server: Server;
  base: string;
  forms: URLSearchParams[];
}> {
  const forms: URLSearchParams[] = [];
  const server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const path = request.url ?? '/';
    if (path === '/method/wall.get' && request.method === 'POST') {
      const form = new URLSearchParams(Buffer.concat(chunks).toString());
      forms.push(form);
      const body =
        form.get('access_token') === 'right-token-0123456789'
          ? own('vk-wall-get-pinned-repost.json')
          : own('vk-error-invalid-token.json');
      response.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(body);
    } else if (path.startsWith('/s/pushkin_library')) {
      response
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end(own('telegram-s-channel.html'));
    } else {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        server,
        base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        forms,
      }),
    ),
  );
}

describe('VK and Telegram through the feed proxy', () => {
  let upstream: Awaited<ReturnType<typeof startSocialUpstream>>;
  let server: TestServer;
  let wrongToken: TestServer;

  before(async () => {
    upstream = await startSocialUpstream();
    const env = {
      FEED_ALLOWED_HOSTS: new URL(upstream.base).host,
      VK_API_URL: `${upstream.base}/method/`,
      TELEGRAM_PREVIEW_URL: `${upstream.base}/s/`,
    };
    server = await startTestServer({ ...env, VK_ACCESS_TOKEN: 'right-token-0123456789' });
    wrongToken = await startTestServer({ ...env, VK_ACCESS_TOKEN: 'wrong-token-0123456789' });
  });

  after(async () => {
    await server.stop();
    await wrongToken.stop();
    upstream.server.close();
  });

  test('a VK wall is JSON Feed with the next page, the token only in the POST to VK', async () => {
    const response = await server.request('/api/feed?source=vk&wall=pushkin_library');
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type')!, /application\/feed\+json/);
    const text = await response.text();
    assert.doesNotMatch(text, /right-token/);
    const feed = JSON.parse(text);
    assert.equal(feed.items.length, 3);
    assert.equal(feed.items[0].url, 'https://vk.com/wall-123456_1544');
    assert.equal(feed.home_page_url, 'https://vk.com/pushkin_library');
    assert.equal(feed.next_url, `${server.url}/api/feed?source=vk&wall=pushkin_library&offset=20`);
    const form = upstream.forms.at(-1)!;
    assert.equal(form.get('domain'), 'pushkin_library');
    assert.equal(form.get('v'), '5.199');
    assert.equal(form.get('extended'), '1');
  });

  test('a numeric wall is an owner_id, and pages are asked by offset', async () => {
    const response = await server.request('/api/feed?source=vk&wall=club123456&offset=20');
    assert.equal(response.status, 200);
    assert.equal(upstream.forms.at(-1)!.get('owner_id'), '-123456');
    assert.equal(upstream.forms.at(-1)!.get('offset'), '20');
  });

  test('VK refusing the token is a 502 that names VK’s error and not the token', async () => {
    const response = await wrongToken.request('/api/feed?source=vk&wall=pushkin_library');
    assert.equal(response.status, 502);
    const text = await response.text();
    assert.doesNotMatch(text, /wrong-token/);
    assert.equal(JSON.parse(text).error.code, 'feed_http');
    assert.match(JSON.parse(text).error.message, /VK API error 5/);
  });

  test('a Telegram channel is JSON Feed, with older messages as the next page', async () => {
    const response = await server.request('/api/feed?source=telegram&channel=pushkin_library');
    assert.equal(response.status, 200);
    const feed = await response.json();
    assert.equal(feed.title, 'Городская библиотека имени Пушкина');
    assert.equal(feed.items[0].url, 'https://t.me/pushkin_library/1240');
    assert.equal(
      feed.items[3].image,
      'https://cdn4.telesco.pe/file/Xy7vPq2WmTnR4sLk8JdHc3FgA1bE0oNiU5zYxQwVeRtY.jpg',
    );
    assert.equal(
      feed.next_url,
      `${server.url}/api/feed?source=telegram&channel=pushkin_library&before=1236`,
    );
  });

  test('bad names, a missing token and hosts off the allow-list are refused', async () => {
    const cases: [string, number, string][] = [
      ['/api/feed?source=vk&wall=../../x', 400, 'invalid_parameter'],
      ['/api/feed?source=telegram&channel=a/b', 400, 'invalid_parameter'],
      ['/api/feed?source=myspace&page=x', 400, 'invalid_parameter'],
      ['/api/feed?source=vk&wall=x1&url=http://example.org/', 400, 'invalid_parameter'],
    ];
    for (const [path, status, code] of cases) {
      const response = await server.request(path);
      assert.equal(response.status, status, path);
      assert.equal(await errorCode(response), code, path);
    }
    const noToken = await startTestServer({ FEED_ALLOWED_HOSTS: 'api.vk.com' });
    const offList = await startTestServer({ VK_ACCESS_TOKEN: 'right-token-0123456789' });
    try {
      const missing = await noToken.request('/api/feed?source=vk&wall=pushkin_library');
      assert.equal(missing.status, 503);
      assert.equal(await errorCode(missing), 'source_not_configured');
      for (const path of [
        '/api/feed?source=vk&wall=durov',
        '/api/feed?source=telegram&channel=durov',
      ]) {
        const refused = await offList.request(path);
        assert.equal(refused.status, 403, path);
        assert.equal(await errorCode(refused), 'feed_not_allowed', path);
      }
    } finally {
      await noToken.stop();
      await offList.stop();
    }
  });
});
