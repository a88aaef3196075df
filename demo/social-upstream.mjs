/**
 * VK's `wall.get` and Telegram's `t.me/s/<channel>` for `npm start`, on loopback: the demo shows
 * the proxy reading a VK wall and a Telegram channel without the internet or a VK token. It
 * serves the test fixtures, with their photo addresses pointed at drawn placeholders here.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const fixtures = new URL('../test/fixtures/sources/', import.meta.url);
const photoAddress = /https:\/\/(?:sun9-\d+\.userapi\.com|cdn4\.telesco\.pe)\/[^"'\s)]+/g;
const colours = ['#2f6f8f', '#8f5a2f', '#4f7f3f', '#6f3f7f', '#7f2f3f', '#3f5f7f'];

function withLocalPhotos(text, base) {
  let count = 0;
  return text.replace(photoAddress, () => `${base}/photo/${count++}.svg`);
}

function photo(number) {
  const colour = colours[number % colours.length];
  return `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600" viewBox="0 0 800 600"><rect width="800" height="600" fill="${colour}"/><circle cx="620" cy="150" r="70" fill="#fff" opacity=".35"/><path d="M0 600 L260 300 L420 460 L560 340 L800 600 Z" fill="#fff" opacity=".25"/></svg>`;
}

/** Starts the fake upstream on a free loopback port; resolves to its base URL and server. */
export function startSocialUpstream() {
  const server = createServer((request, response) => {
    const base = `http://127.0.0.1:${server.address().port}`;
    const path = new URL(request.url ?? '/', base).pathname;
    const [, number] = path.match(/^\/photo\/(\d+)\.svg$/) ?? [];
    if (number !== undefined) {
      response.writeHead(200, { 'content-type': 'image/svg+xml' }).end(photo(Number(number)));
    } else if (path === '/method/wall.get') {
      // The fixture is one page: its count is cut to what it holds, so no "more" leads nowhere.
      const wall = JSON.parse(readFileSync(new URL('vk-wall-get-pinned-repost.json', fixtures)));
      wall.response.count = wall.response.items.length;
      response
        .writeHead(200, { 'content-type': 'application/json' })
        .end(withLocalPhotos(JSON.stringify(wall), base));
    } else if (path.startsWith('/s/')) {
      // Likewise the channel page: without `data-before` it names no older page.
      const channel = readFileSync(new URL('telegram-s-channel.html', fixtures), 'utf8').replace(
        / data-before="\d+"/,
        '',
      );
      response
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end(withLocalPhotos(channel, base));
    } else {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, base: `http://127.0.0.1:${server.address().port}` }),
    ),
  );
}
