import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { adminHeaders, errorCode, startTestServer, testServerForSuite } from './helpers.js';

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

const sampleLine =
  /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{((?:[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\]|\\.)*",?)*)\})? (\S+)$/;

/** Prometheus text format 0.0.4: every line a comment, blank, or `name{labels} value`. */
function parseExposition(text: string): Sample[] {
  return text
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const match = sampleLine.exec(line);
      assert.ok(match, `not a sample line: ${line}`);
      const labels = Object.fromEntries(
        [...(match[2] ?? '').matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g)].map(
          ([, name, value]) => [name!, value!],
        ),
      );
      const value = Number(match[3]!.replace(/^\+Inf$/, 'Infinity'));
      // prom-client writes NaN as `Nan` (an event-loop lag with no sample yet).
      assert.ok(!Number.isNaN(value) || /^NaN$/i.test(match[3]!), `not a number: ${line}`);
      return { name: match[1]!, labels, value };
    });
}

const valueOf = (samples: Sample[], name: string, labels: Record<string, string>) =>
  samples.find(
    (sample) =>
      sample.name === name &&
      Object.entries(labels).every(([key, value]) => sample.labels[key] === value),
  )?.value ?? 0;

describe('/metrics', () => {
  const server = testServerForSuite();
  const scrape = async () => {
    const response = await server.request('/metrics', { headers: adminHeaders });
    assert.equal(response.status, 200);
    return { response, samples: parseExposition(await response.text()) };
  };

  test('needs the admin token', async () => {
    const response = await server.request('/metrics');
    assert.equal(response.status, 401);
    assert.equal(await errorCode(response), 'admin_token_required');
    const wrong = await server.request('/metrics', {
      headers: { authorization: 'Bearer not-the-admin-token' },
    });
    assert.equal(wrong.status, 401);
  });

  test('is off while the server has no admin token', async () => {
    const tokenless = await startTestServer({ ADMIN_TOKEN: '' });
    try {
      const response = await tokenless.request('/metrics', { headers: adminHeaders });
      assert.equal(response.status, 403);
    } finally {
      await tokenless.stop();
    }
  });

  test('answers in the Prometheus text format, with the write queue depth and process metrics', async () => {
    const { response, samples } = await scrape();
    assert.match(response.headers.get('content-type') ?? '', /^text\/plain; version=0\.0\.4/);
    assert.ok(samples.some((sample) => sample.name === 'biblio_write_queue_depth'));
    assert.ok(samples.some((sample) => sample.name === 'process_resident_memory_bytes'));
  });

  test('counts requests by route pattern and status, and times them', async () => {
    const counted = { method: 'GET', route: '/api/views/:itemId', status: '200' };
    const before = (await scrape()).samples;
    for (const item of ['metrics-a', 'metrics-b', 'metrics-c']) {
      assert.equal((await server.request(`/api/views/${item}`)).status, 200);
    }
    assert.equal((await server.request('/api/news/999999')).status, 404);
    const after = (await scrape()).samples;

    const requests = 'biblio_http_requests_total';
    assert.equal(valueOf(after, requests, counted) - valueOf(before, requests, counted), 3);
    assert.equal(
      valueOf(after, requests, { method: 'GET', route: '/api/news/:id', status: '404' }) -
        valueOf(before, requests, { method: 'GET', route: '/api/news/:id', status: '404' }),
      1,
    );
    const routes = new Set(
      after.filter((sample) => sample.name === requests).map((sample) => sample.labels.route),
    );
    assert.ok(![...routes].some((route) => route?.includes('metrics-')), [...routes].join(' '));

    const timed = { method: 'GET', route: '/api/views/:itemId' };
    const count = 'biblio_http_request_duration_seconds_count';
    assert.equal(valueOf(after, count, timed) - valueOf(before, count, timed), 3);
    assert.equal(
      valueOf(after, 'biblio_http_request_duration_seconds_bucket', { ...timed, le: '+Inf' }),
      valueOf(after, count, timed),
    );
  });

  test('each server counts only its own requests', async () => {
    const other = await startTestServer();
    try {
      await other.request('/api/health');
      const response = await other.request('/metrics', { headers: adminHeaders });
      const samples = parseExposition(await response.text());
      const health = { method: 'GET', route: '/api/health', status: '200' };
      assert.equal(valueOf(samples, 'biblio_http_requests_total', health), 1);
    } finally {
      await other.stop();
    }
  });
});
