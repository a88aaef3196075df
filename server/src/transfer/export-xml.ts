import { DOMParser } from '@xmldom/xmldom';
import { ExportFileError } from './source.js';

/** A parsed export file and what was odd in it but readable. */
export interface ExportXml {
  document: Document;
  warnings: string[];
}

const declaredEncoding = /^[^<]*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/;

/**
 * The file's text in the encoding its XML declaration names (UTF-8 without one), decoded
 * strictly: a file in another encoding than it says is refused, not stored as U+FFFD.
 */
function decode(bytes: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  const label = declaredEncoding.exec(head)?.[1] ?? 'utf-8';
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label, { fatal: true });
  } catch {
    throw new ExportFileError(`The file declares an encoding this server cannot read: ${label}`);
  }
  try {
    return decoder.decode(bytes);
  } catch {
    throw new ExportFileError(`The file is not valid ${label}, the encoding it declares`);
  }
}

interface XmlLocator {
  locator?: { lineNumber?: number; columnNumber?: number };
}

const at = (context: unknown) => {
  const { lineNumber, columnNumber } = (context as XmlLocator | undefined)?.locator ?? {};
  return lineNumber ? ` (line ${lineNumber}, column ${columnNumber ?? 0})` : '';
};

/**
 * An export as a DOM, read with xmldom. What XML forbids (a tag left open, an unknown entity,
 * a second root) refuses the whole file. Two things are forgiven and reported: characters
 * before the first `<` (exports pasted from code carry a stray one), and what xmldom itself
 * only warns of, such as an attribute value without quotes. A DOCTYPE is refused: no export
 * has one, and its entities are how XML bombs are made.
 */
export function readExportXml(bytes: Uint8Array): ExportXml {
  const warnings: string[] = [];
  let text = decode(bytes).replace(/^\uFEFF/, '');
  const start = text.indexOf('<');
  if (start > 0) {
    warnings.push(`Ignored ${start} character(s) before the XML began`);
    text = text.slice(start);
  }
  let problem: string | undefined;
  let document: Document;
  try {
    const parser = new DOMParser({
      onError: (level, message, context) => {
        if (level === 'warning') warnings.push(`XML: ${message}${at(context)}`);
        else {
          problem ??= `${message}${at(context)}`;
          throw new Error(problem);
        }
      },
    });
    document = parser.parseFromString(text, 'text/xml') as unknown as Document;
  } catch (error) {
    throw new ExportFileError(
      `The file is not well-formed XML: ${problem ?? (error as Error).message}`,
    );
  }
  if (document.doctype) throw new ExportFileError('The file has a DOCTYPE, which no export has');
  if (!document.documentElement) throw new ExportFileError('The file has no XML element');
  return { document, warnings };
}

/** A namespace as a test: one URI, or a family of them (WordPress's export/1.0/, 1.1/, 1.2/). */
export type Namespace = string | RegExp | null;

const inNamespace = (element: Element, namespace: Namespace) =>
  namespace instanceof RegExp
    ? namespace.test(element.namespaceURI ?? '')
    : (element.namespaceURI ?? null) === namespace;

/** The child elements of `parent` named `localName` in `namespace`, in document order. */
export function children(parent: Element, localName: string, namespace: Namespace): Element[] {
  return Array.from(parent.childNodes).filter(
    (node): node is Element =>
      node.nodeType === 1 &&
      (node as Element).localName === localName &&
      inNamespace(node as Element, namespace),
  );
}

/** The text of the first such child, CDATA included, trimmed; undefined when there is none. */
export function childText(
  parent: Element,
  localName: string,
  namespace: Namespace,
): string | undefined {
  return children(parent, localName, namespace)[0]?.textContent?.trim();
}
