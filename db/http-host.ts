import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Backend } from './backend';
import { CONTENT_SECURITY_POLICY } from './contract/csp';
import { MSG } from './contract/fields';
import { serveTransfer, TRANSFER_PREFIX } from './backup/http-routes';
import type { SessionSlot } from './auth/sessions';
import { resolveStaticFile, staticHeaders } from './static-files';

// The local web host: the same API as the Electron IPC channel, as `POST /api/<name>`, plus the
// built renderer. It listens on 127.0.0.1 only, on a random port, and every request must carry
// the per-launch secret: as the `passerelle` cookie (set by opening /auth?k=<secret>, which the
// launcher does) or as the `x-passerelle-secret` header. The Host and Origin headers are checked
// too, so that a web page open in another tab cannot reach it through DNS rebinding.
// Beyond the secret, each call needs a logged-in account (but for the public ones: the login
// itself): its session token travels as the HttpOnly `passerelle-session` cookie, set when the
// login succeeds and cleared at logout, or as the `x-passerelle-session` header (tests, tools).

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
const SESSION_COOKIE = 'passerelle-session';
// A 30 MB import travels as 40 MB of base64 inside JSON.
const MAX_BODY = 48 * 1024 * 1024;

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

class TooLarge extends Error {}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > MAX_BODY) {
      reject(new TooLarge());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        // Stop keeping it; the 413 answer closes the connection.
        req.removeAllListeners('data');
        reject(new TooLarge());
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * The answer to a body over the limit: said (413), then the connection is closed once the rest
 * of the body has been read and dropped. Closing while the client still sends would reset the
 * connection, and the client would see that instead of the answer.
 */
function sendTooLarge(req: http.IncomingMessage, res: http.ServerResponse): void {
  res.shouldKeepAlive = false;
  req.on('data', () => undefined);
  req.resume();
  const close = () => res.socket?.destroy();
  res.writeHead(413, { 'content-type': 'application/json; charset=utf-8', connection: 'close', 'cache-control': 'no-store' });
  res.end(JSON.stringify({ ok: false, error: { code: 'validation', message: 'Demande trop volumineuse : le fichier dépasse la taille permise.' } }), () => {
    if (req.complete) return close();
    // A client that never stops sending is cut off after a while.
    const timer = setTimeout(close, 10_000);
    timer.unref();
    req.once('end', () => {
      clearTimeout(timer);
      close();
    });
  });
}

/** The session of a request: its token from the header or the HttpOnly cookie. */
function sessionSlot(req: http.IncomingMessage): SessionSlot {
  const header = req.headers['x-passerelle-session'];
  const token = (typeof header === 'string' ? header : undefined) ?? cookieValue(req.headers.cookie, SESSION_COOKIE);
  return { token: token && /^[A-Za-z0-9_-]{20,100}$/.test(token) ? token : null };
}

/** The cookie that carries a session opened or closed by this call. */
function sessionCookie(token: string | null): string {
  return token
    ? `${SESSION_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`
    : `${SESSION_COOKIE}=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0`;
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
    let url: URL;
    let decoded: string;
    try {
      url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
      decoded = decodeURIComponent(url.pathname);
    } catch {
      send(res, 400, 'Adresse mal formée.');
      return;
    }

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
      // Backup files (upload to restore, download of an export): streamed, not JSON; whole
      // copies of the data, for direction only, like the backup calls.
      if (!options.backend.permits(sessionSlot(req), 'backup.manage')) {
        sendJson(res, 403, { ok: false, error: { code: 'forbidden', message: 'Votre rôle ne permet pas cette action.' } });
        return;
      }
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
      } catch (e) {
        if (e instanceof TooLarge) sendTooLarge(req, res);
        else sendJson(res, 400, { ok: false, error: { code: 'validation', message: MSG.malformed } });
        return;
      }
      const name = decoded.slice('/api/'.length);
      const slot = sessionSlot(req);
      const before = slot.token;
      const result = await options.backend.call(name, input, slot);
      if (slot.token !== before) res.setHeader('set-cookie', sessionCookie(slot.token));
      sendJson(res, 200, result);
      return;
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(res, 405, 'Méthode non autorisée.');
      return;
    }
    const target = resolveStaticFile(staticRoot, url.pathname);
    if (target.kind !== 'file') {
      send(res, target.kind === 'malformed' ? 400 : 404, target.kind === 'malformed' ? 'Adresse mal formée.' : 'Introuvable.');
      return;
    }
    fs.readFile(target.file, (err, data) => {
      if (err) {
        send(res, 404, 'Introuvable.');
        return;
      }
      res.writeHead(200, staticHeaders(target));
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
