/** How the body names its own encoding: a byte-order mark, which outranks any label. */
const byteOrderMarks: ReadonlyArray<readonly [encoding: string, bytes: readonly number[]]> = [
  ['utf-8', [0xef, 0xbb, 0xbf]],
  ['utf-16le', [0xff, 0xfe]],
  ['utf-16be', [0xfe, 0xff]],
];

function byteOrderMark(bytes: Uint8Array): string | undefined {
  return byteOrderMarks.find(([, mark]) => mark.every((byte, index) => bytes[index] === byte))?.[0];
}

/** The `encoding` of an `<?xml ?>` declaration, read as ASCII: it precedes any other text. */
function declaredXmlEncoding(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  return head.match(/^\s*<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)/i)?.[1];
}

function contentTypeCharset(contentType: string): string | undefined {
  return contentType.match(/charset\s*=\s*["']?([\w.:-]+)/i)?.[1];
}

/**
 * A response body as text, for the elements and the feed proxy alike. Most Russian library
 * sites on Bitrix still send windows-1251, and reading it as UTF-8 garbles every letter.
 * The encoding is, as browsers choose it: a byte-order mark, else the Content-Type charset,
 * else the XML declaration, else UTF-8; a label TextDecoder does not know falls back to UTF-8.
 */
export function decodeBody(body: ArrayBuffer | Uint8Array, contentType = ''): string {
  const bytes = body instanceof Uint8Array ? body : new Uint8Array(body);
  const encoding =
    byteOrderMark(bytes) ??
    contentTypeCharset(contentType) ??
    declaredXmlEncoding(bytes) ??
    'utf-8';
  try {
    return new TextDecoder(encoding).decode(bytes);
  } catch {
    return new TextDecoder().decode(bytes);
  }
}
