/**
 * The demo library site's own backend, as a Vite plugin: its login signs a token with the
 * secret it shares with the reference server, the way a PHP site would (docs/server.md), so
 * "log in using the form above" works with the site's login. Written independently of the
 * server's code on purpose: it proves the token format, not our own function, interoperates.
 * Any login name is accepted: this is a demo, not an account system.
 */
import { createHmac } from 'node:crypto';

const tokenLifetimeSeconds = 60 * 60 * 8;

export function signSiteToken(user, secret, now = Date.now()) {
  const payload = Buffer.from(
    JSON.stringify({
      sub: user.id,
      name: user.name,
      exp: Math.floor(now / 1000) + tokenLifetimeSeconds,
    }),
  ).toString('base64url');
  const signature = createHmac('sha256', secret).update(payload).digest('base64url');
  return `${payload}.${signature}`;
}

async function readForm(request) {
  const chunks = [];
  for await (const chunk of request) chunks.push(chunk);
  const body = Buffer.concat(chunks);
  const form = await new Response(body, {
    headers: { 'content-type': request.headers['content-type'] ?? '' },
  }).formData();
  return String(form.get('login') ?? '')
    .trim()
    .slice(0, 60);
}

export function demoSiteBackend({ tokenSecret }) {
  return {
    name: 'biblio-demo-site-backend',
    configureServer(server) {
      server.middlewares.use('/site/login', async (request, response) => {
        if (request.method !== 'POST') {
          response.writeHead(405, { allow: 'POST' }).end();
          return;
        }
        const name = await readForm(request).catch(() => '');
        if (!name) {
          response
            .writeHead(400, { 'content-type': 'application/json' })
            .end('{"error":"login_required"}');
          return;
        }
        const user = { id: `reader-${name.toLowerCase()}`, name };
        response
          .writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' })
          .end(JSON.stringify({ name, token: signSiteToken(user, tokenSecret) }));
      });
    },
  };
}
