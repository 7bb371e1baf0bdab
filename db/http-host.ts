import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Backend } from './backend';
import { CONTENT_SECURITY_POLICY } from './contract/csp';
import { MSG } from './contract/fields';
import { serveTransfer, TRANSFER_PREFIX } from './backup/http-routes';

// The local web host: the same API as the Electron IPC channel, as `POST /api/<name>`, plus the
// built renderer. It listens on 127.0.0.1 only, on a random port, and every request must carry
// the per-launch secret: as the `passerelle` cookie (set by opening /auth?k=<secret>, which the
// launcher does) or as the `x-passerelle-secret` header. The Host and Origin headers are checked
// too, so that a web page open in another tab cannot reach it through DNS rebinding.

export interface HttpHostOptions {
  backend: Backend;
  staticDir: string;
  port?: number;
  secret?: string;
}

export interface HttpHost {
  port: number;
  origin: string;
  secret: string;
  /** The address to open, once: it sets the session cookie and lands on the app. */
  openUrl: string;
  close(): Promise<void>;
}

const COOKIE = 'passerelle';
// A 30 MB import travels as 40 MB of base64 inside JSON.
const MAX_BODY = 48 * 1024 * 1024;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.csv': 'text/csv; charset=utf-8',
};

export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  return address === '::1' || /^(::ffff:)?127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(address);
}

function sameSecret(given: string | undefined, secret: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(secret);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return v.join('=');
  }
  return undefined;
}

function send(res: http.ServerResponse, status: number, body: string, type = 'text/plain; charset=utf-8') {
  res.writeHead(status, {
    'content-type': type,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'referrer-policy': 'no-referrer',
  });
  res.end(body);
}

function sendJson(res: http.ServerResponse, status: number, value: unknown) {
  send(res, status, JSON.stringify(value), 'application/json; charset=utf-8');
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(new Error('too large'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export function startHttpHost(options: HttpHostOptions): Promise<HttpHost> {
  const secret = options.secret ?? crypto.randomBytes(32).toString('hex');
  let openKey: string | null = crypto.randomBytes(32).toString('hex');
  const firstKey = openKey;
  const staticRoot = path.resolve(options.staticDir);
  let port = 0;

  const server = http.createServer((req, res) => {
    void handle(req, res).catch(() => {
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: { code: 'internal', message: 'Erreur du serveur local.' } });
      else res.destroy();
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse) {
    // Bound to 127.0.0.1 already; checked again so that a change of bind address cannot open it.
    if (!isLoopback(req.socket.remoteAddress)) {
      req.socket.destroy();
      return;
    }
    const host = req.headers.host ?? '';
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
      send(res, 421, 'Adresse non reconnue.');
      return;
    }
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);

    if (req.method === 'GET' && url.pathname === '/auth') {
      // The address opened by the launcher carries a one-time key (it shows on the browser's
      // command line): it is exchanged once for the session cookie, then it is dead.
      const given = url.searchParams.get('k') ?? undefined;
      const alreadyIn = sameSecret(cookieValue(req.headers.cookie, COOKIE), secret);
      if (!alreadyIn && !(openKey !== null && sameSecret(given, openKey))) {
        send(res, 401, 'Lien périmé : relancez Passerelle depuis son raccourci.');
        return;
      }
      openKey = null;
      res.writeHead(303, {
        location: '/',
        'set-cookie': `${COOKIE}=${secret}; HttpOnly; SameSite=Strict; Path=/`,
        'cache-control': 'no-store',
      });
      res.end();
      return;
    }

    const given = (req.headers['x-passerelle-secret'] as string | undefined) ?? cookieValue(req.headers.cookie, COOKIE);
    if (!sameSecret(given, secret)) {
      if (url.pathname.startsWith('/api/')) {
        sendJson(res, 401, { ok: false, error: { code: 'unauthorized', message: 'Accès refusé : clé de session absente ou fausse.' } });
      } else {
        send(res, 401, 'Accès refusé. Ouvrez Passerelle depuis son raccourci (npm start).');
      }
      return;
    }

    if (url.pathname.startsWith(TRANSFER_PREFIX)) {
      // Backup files (upload to restore, download of an export): streamed, not JSON.
      const origin = req.headers.origin;
      await serveTransfer(req, res, url.pathname, options.backend.transfers, origin === undefined || origin === `http://${host}`);
      return;
    }

    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') {
        send(res, 405, 'Méthode non autorisée.');
        return;
      }
      const origin = req.headers.origin;
      if (origin !== undefined && origin !== `http://${host}`) {
        sendJson(res, 403, { ok: false, error: { code: 'unauthorized', message: 'Origine refusée.' } });
        return;
      }
      let input: unknown;
      try {
        const body = await readBody(req);
        input = body === '' ? {} : JSON.parse(body);
      } catch {
        sendJson(res, 400, { ok: false, error: { code: 'validation', message: MSG.malformed } });
        return;
      }
      const name = decodeURIComponent(url.pathname.slice('/api/'.length));
      sendJson(res, 200, await options.backend.call(name, input));
      return;
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(res, 405, 'Méthode non autorisée.');
      return;
    }
    const rel = url.pathname === '/' ? '/index.html' : decodeURIComponent(url.pathname);
    const file = path.resolve(staticRoot, `.${rel}`);
    if (!file.startsWith(staticRoot + path.sep)) {
      send(res, 404, 'Introuvable.');
      return;
    }
    fs.readFile(file, (err, data) => {
      if (err) {
        send(res, 404, 'Introuvable.');
        return;
      }
      res.writeHead(200, {
        'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
        'cache-control': rel === '/index.html' ? 'no-store' : 'private, max-age=3600',
        'x-content-type-options': 'nosniff',
        'content-security-policy': CONTENT_SECURITY_POLICY,
        'referrer-policy': 'no-referrer',
      });
      res.end(req.method === 'HEAD' ? undefined : data);
    });
  }

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      port = (server.address() as AddressInfo).port;
      const origin = `http://127.0.0.1:${port}`;
      resolve({
        port,
        origin,
        secret,
        openUrl: `${origin}/auth?k=${firstKey}`,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
