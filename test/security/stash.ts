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
