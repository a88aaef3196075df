import { fixture, html } from '@open-wc/testing';
import type { BiblioComments } from '../../src/components/comments/comments.js';
/** Stores a body on the fault-injecting test server and returns the URL that serves it. */
export async function stash(
  key: string,
  body: string | object,
  type = 'application/json',
): Promise<string> {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const url = new URL(`/faults-api/body/${encodeURIComponent(key)}`, location.href).href;
  const response = await fetch(url, {
    method: 'PUT',
    body: text,
    headers: { 'content-type': type },
  });
  if (!response.ok) throw new Error(`could not stash ${key}: ${response.status}`);
  return url;
}

let keyNumber = 0;

/** A key no other test (or earlier run against the same server) uses. */
export const uniqueKey = (name: string) => `${name}-${Date.now().toString(36)}-${keyNumber++}`;

export async function loadPayloads(): Promise<{ markup: string[]; urls: string[] }> {
  const read = async (file: string) =>
    (await (await fetch(`/test/security/payloads/${file}`)).json()) as string[];
  return { markup: await read('html.json'), urls: await read('urls.json') };
}

/** A comment for the fake comments server; text and author are what the test feeds in. */
export interface SeedComment {
  id: string;
  author: { name: string };
  text: string;
  createdAt: string;
}

/** Seeds a thread on the fake comments server and mounts a comment box showing all of it. */
export async function mountSeededComments(
  threadPrefix: string,
  comments: SeedComment[],
): Promise<BiblioComments> {
  const thread = uniqueKey(threadPrefix);
  await fetch(`/fake-comments/_setup/${thread}`, {
    method: 'POST',
    body: JSON.stringify({ comments }),
  });
  return fixture<BiblioComments>(
    html`<biblio-comments
      api="/fake-comments"
      thread=${thread}
      page-size=${comments.length}
    ></biblio-comments>`,
  );
}
