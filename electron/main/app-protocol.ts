// The renderer's origin in Electron: app://passerelle, a custom protocol that serves the built
// renderer folder and nothing else, instead of file:// (which would let the page reach the whole
// disk and needs the fuse grantFileProtocolExtraPrivileges). This module does not import
// electron, so that its answers are tested in plain Node; security.ts registers it.
import fs from 'node:fs/promises';
import { resolveStaticFile, staticHeaders } from '../../db/static-files';
import { CONTENT_SECURITY_POLICY } from '../../db/contract/csp';

export const APP_SCHEME = 'app';
export const APP_HOST = 'passerelle';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** The one page of the app; routes are in its hash (`#/print/...`). */
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/** The address of a route of the page: `appPageUrl('/print/x')` is `app://passerelle/index.html#/print/x`. */
export function appPageUrl(route?: string): string {
  return route ? `${APP_INDEX_URL}#${route}` : APP_INDEX_URL;
}

/** True when `url` is our own page, app://passerelle/index.html, whatever its hash or query. */
export function isAppPage(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.hostname === APP_HOST &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === '' &&
    parsed.pathname === '/index.html'
  );
}

function refusal(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: {
      'content-type': 'text/plain; charset=utf-8',
      'x-content-type-options': 'nosniff',
      'content-security-policy': CONTENT_SECURITY_POLICY,
    },
  });
}

/**
 * The answer to a request for an app:// address: a file of `root` (the built renderer folder)
 * with its type and the CSP header, or a refusal (400 malformed, 404 elsewhere or missing,
 * 405 a method other than GET or HEAD). Never rejects.
 */
export async function answerAppRequest(request: { url: string; method: string }, root: string): Promise<Response> {
  let parsed: URL;
  try {
    parsed = new URL(request.url);
  } catch {
    return refusal(400, 'Adresse mal formée.');
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.hostname !== APP_HOST || parsed.port !== '') return refusal(404, 'Introuvable.');
  if (request.method !== 'GET' && request.method !== 'HEAD') return refusal(405, 'Méthode non autorisée.');
  const target = resolveStaticFile(root, parsed.pathname);
  if (target.kind === 'malformed') return refusal(400, 'Adresse mal formée.');
  if (target.kind === 'refused') return refusal(404, 'Introuvable.');
  let data: Buffer;
  try {
    data = await fs.readFile(target.file);
  } catch {
    return refusal(404, 'Introuvable.');
  }
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(data), { status: 200, headers: staticHeaders(target) });
}
