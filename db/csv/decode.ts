// Turns the bytes of an imported CSV file into text. French offices send three kinds of file:
// UTF-8 (with or without the BOM Excel adds on "CSV UTF-8"), Windows-1252 (Excel's plain
// "CSV (séparateur : point-virgule)") and, more rarely, UTF-16 LE ("Texte Unicode").
//
// Windows-1252 is decoded with our own table, not with TextDecoder('windows-1252'): Node 20.18.3+
// and 22.13.0+ decode that label as ISO-8859-1 (bytes 0x80–0x9F become C1 control characters,
// so `€`, `œ`, `’`, `…` are lost; nodejs/node#56542, #60888). Windows-1252 is Latin-1 plus the
// 32 characters below, so the table is short and the result is the same in every runtime.

export type CsvEncoding = 'utf-8' | 'utf-8-bom' | 'windows-1252' | 'utf-16le';

/** WHATWG index-windows-1252 for bytes 0x80–0x9F; every other byte is its own code point. */
const CP1252_HIGH = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f,
  0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];

/** Decodes Windows-1252 bytes (every byte is defined, so this never fails). */
export function decodeWindows1252(bytes: Uint8Array): string {
  const CHUNK = 8192;
  const parts: string[] = [];
  const units = new Uint16Array(Math.min(CHUNK, bytes.length));
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(start + CHUNK, bytes.length);
    for (let i = start; i < end; i++) {
      const b = bytes[i]!;
      units[i - start] = b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : b;
    }
    parts.push(String.fromCharCode(...units.subarray(0, end - start)));
  }
  return parts.join('');
}

/**
 * Bytes of a CSV file → text, with the encoding that was recognised:
 * a UTF-16 LE BOM → UTF-16 LE; a UTF-8 BOM → UTF-8 (BOM removed); bytes that are valid UTF-8 →
 * UTF-8; anything else → Windows-1252. The returned text never starts with a BOM.
 */
export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le', { ignoreBOM: true }).decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
    return { text, encoding: bom ? 'utf-8-bom' : 'utf-8' };
  } catch {
    // Not UTF-8: a BOM followed by invalid UTF-8 is a broken file; read what follows the BOM
    // as Windows-1252 rather than refusing it.
    return { text: decodeWindows1252(body), encoding: 'windows-1252' };
  }
}
