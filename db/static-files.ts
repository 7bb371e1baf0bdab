import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from './contract/csp';

// The built renderer's files, as both hosts serve them: the local web host (http-host.ts) and
// Electron's app:// protocol (electron/main/app-protocol.ts). One mapping of types, one rule
// for which file an address names, one set of headers.

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** The Content-Type of a file, by its extension (any case); unknown ones are bytes. */
export function contentTypeOf(file: string): string {
  return TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export type StaticTarget =
  | { kind: 'file'; file: string; isIndex: boolean }
  /** The address cannot be decoded (a broken %-escape): 400. */
  | { kind: 'malformed' }
  /** The address names nothing the renderer folder may give (outside it, a device, a drive): 404. */
  | { kind: 'refused' };

/**
 * The file of `root` that the (still %-encoded) address path `pathname` names: `/` is
 * index.html. Anything that could leave the folder is refused before the disk is touched:
 * `..` segments (encoded or not), backslashes and drive letters (Windows reads them as
 * separators and roots), NUL. `pathApi` is there for the tests, to check Windows paths on Linux.
 */
export function resolveStaticFile(root: string, pathname: string, pathApi: path.PlatformPath = path): StaticTarget {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { kind: 'malformed' };
  }
  if (!decoded.startsWith('/')) return { kind: 'refused' };
  // eslint-disable-next-line no-control-regex
  if (/[\\:\u0000-\u001f]/.test(decoded)) return { kind: 'refused' };
  const segments = decoded.split('/').slice(1);
  if (segments.some((s) => s === '..' || s === '.')) return { kind: 'refused' };
  const rel = decoded === '/' ? '/index.html' : decoded;
  if (rel.endsWith('/')) return { kind: 'refused' };
  const base = pathApi.resolve(root);
  const file = pathApi.resolve(base, `.${rel}`);
  // A second lock, whatever the checks above missed: the file must sit inside the folder.
  if (!file.startsWith(base + pathApi.sep)) return { kind: 'refused' };
  return { kind: 'file', file, isIndex: rel === '/index.html' };
}

/** The headers of a renderer file: its type, the CSP, no sniffing; the page itself is never cached. */
export function staticHeaders(target: { file: string; isIndex: boolean }): Record<string, string> {
  return {
    'content-type': contentTypeOf(target.file),
    'cache-control': target.isIndex ? 'no-store' : 'private, max-age=3600',
    'x-content-type-options': 'nosniff',
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'referrer-policy': 'no-referrer',
  };
}
