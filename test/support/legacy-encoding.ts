/**
 * Text in a one-byte Cyrillic encoding (windows-1251, KOI8-R), for fixtures of the feeds old
 * library sites serve. TextEncoder writes only UTF-8, so the table is TextDecoder's own, inverted:
 * the test then checks the decoder against the very bytes a real site would send.
 */
export function encodeLegacy(text: string, encoding: string): Uint8Array {
  const decoder = new TextDecoder(encoding);
  const byteOf = new Map<string, number>();
  for (let byte = 0; byte < 256; byte++) byteOf.set(decoder.decode(Uint8Array.of(byte)), byte);
  return Uint8Array.from(text, (character) => {
    const byte = byteOf.get(character);
    if (byte === undefined) throw new Error(`${encoding} has no ${character}`);
    return byte;
  });
}
