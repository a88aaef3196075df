/**
 * What a moderator's search costs against the plain list, over HTTP on a real server whose
 * queue holds COUNT pending comments (20,000 unless given):
 *   node --import tsx server/load/search-cost.ts
 *   node scripts/postgres-cluster.mjs node --import tsx server/load/search-cost.ts
 * A search that matches nothing reads every comment of that status (the store folds case in
 * JavaScript, src/comments/store.ts), so it is the worst case; one that matches early stops soon.
 */
import { adminHeaders, startTestServer } from '../test/helpers.js';
import { testEngine } from '../test/test-database.js';

const count = Number(process.env.COUNT ?? 20_000);
const runs = 7;

const server = await startTestServer();
try {
  const row = (n: number) => ({
    site_id: 'default',
    thread: `news-${n % 50}`,
    parent_id: null,
    author_name: `Читатель ${n}`,
    author_id: null,
    text: `Комментарий № ${n}: выставка понравилась, спасибо библиотеке за работу.`,
    status: 'pending' as const,
    ip_hash: 'search-cost',
    created_at: new Date().toISOString(),
  });
  for (let start = 0; start < count; start += 500) {
    const batch = Array.from({ length: Math.min(500, count - start) }, (_, n) => row(start + n));
    await server.db.insertInto('comments').values(batch).execute();
  }
  /** The median of `runs` requests, in ms. */
  const median = async (query: string) => {
    const times: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      const started = performance.now();
      await (
        await server.request(`/api/admin/comments?${query}`, { headers: adminHeaders })
      ).json();
      times.push(performance.now() - started);
    }
    return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!.toFixed(1);
  };
  console.log(`${testEngine}, ${count} pending comments, median of ${runs} requests:`);
  console.log(`  plain list:              ${await median('status=pending')} ms`);
  console.log(`  search matching nothing: ${await median('status=pending&q=ЛАНДЫШ')} ms`);
  console.log(`  search matching early:   ${await median('status=pending&q=ВЫСТАВКА')} ms`);
} finally {
  await server.stop();
}
