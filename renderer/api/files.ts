// Pure helpers for the files the page handles (the platform seam, platform.ts, moves them in
// and out): bytes as base64 for the API, and the name of a file from its full path.

/** 3 × 8 192 bytes: a multiple of 3, so that the base64 of each chunk can be concatenated. */
const CHUNK = 3 * 8192;

/** The bytes as base64, encoded chunk by chunk (a 30 MB file never becomes one huge string argument). */
export function bytesToBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const chunk = bytes.subarray(start, Math.min(start + CHUNK, bytes.length));
    parts.push(btoa(String.fromCharCode(...chunk)));
  }
  return parts.join('');
}

/** Base64 (a file the back end wrote) as bytes. */
export function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** `C:\Users\Léa\Documents\salaries.csv` or `/home/lea/salaries.csv` → `salaries.csv`. */
export function baseName(path: string): string {
  return path.split(/[\\/]/).pop() || path;
}
