import type { HttpBindings } from '@hono/node-server';

/** What every handler finds on the Hono context. */
export interface AppEnv {
  Bindings: HttpBindings;
  Variables: {
    clientIp: string;
    requestId: string;
  };
}
