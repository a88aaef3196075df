/**
 * `npm start`: the demo library site on a Vite dev server. Stops cleanly on Ctrl+C.
 */
import { createServer } from 'vite';

const port = Number(process.env.DEMO_PORT ?? 5173);
const server = await createServer({
  configFile: false,
  root: process.cwd(),
  server: { port, host: '127.0.0.1', strictPort: false },
});
await server.listen();
const address = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port}/`;
console.log(`Demo library site: ${address}demo/index.html`);

const stop = async () => {
  await server.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
