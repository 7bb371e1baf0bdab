import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import { beforeAll, describe, expect, it } from 'vitest';
import { isLoopback, type HttpHost } from './http-host';
import type { tempBackend } from './testing/backend';
import { onTestHost } from './testing/http';
import type { BackupJob, RestoreCandidate } from './contract/backup';
import { finished, unwrap } from './backup/test-support';

const web = onTestHost();
let env: ReturnType<typeof tempBackend>;
let host: HttpHost;
beforeAll(() => {
  env = web.env;
  host = web.host;
});

const api = (name: string, init: RequestInit = {}) =>
  fetch(`${host.origin}/api/${name}`, { method: 'POST', body: '{}', ...init });

describe('the local web host', () => {
  it('answers an API call that carries the secret', async () => {
    const res = await api('settings.getOrganisation', { headers: web.headers });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ok: true, value: { configured: false } });
  });

  it('answers a call without a logged-in account only when it is public: the secret is not enough', async () => {
    const noSession = await api('settings.getOrganisation', { headers: { 'x-passerelle-secret': host.secret } });
    expect(await noSession.json()).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    const forged = await api('settings.getOrganisation', { headers: { 'x-passerelle-secret': host.secret, 'x-passerelle-session': 'A'.repeat(43) } });
    expect(await forged.json()).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    const status = await api('auth.state', { headers: { 'x-passerelle-secret': host.secret } });
    expect(await status.json()).toMatchObject({ ok: true, value: { needsSetup: false, account: null } });
  });

  it('sets the session as an HttpOnly cookie at login and clears it at logout', async () => {
    const login = await api('auth.login', {
      headers: { 'x-passerelle-secret': host.secret, 'content-type': 'application/json' },
      body: JSON.stringify({ login: 'test', password: 'mot-de-passe-des-tests' }),
    });
    const cookie = login.headers.getSetCookie()[0]!;
    expect(cookie).toMatch(/^passerelle-session=[A-Za-z0-9_-]{43}; HttpOnly; SameSite=Strict; Path=\//);
    const session = cookie.split(';')[0]!;
    const asCookie = await api('workers.list', { headers: { 'x-passerelle-secret': host.secret, cookie: session } });
    expect(await asCookie.json()).toMatchObject({ ok: true });
    const logout = await api('auth.logout', { headers: { 'x-passerelle-secret': host.secret, cookie: session } });
    expect(logout.headers.getSetCookie()[0]).toMatch(/^passerelle-session=; .*Max-Age=0/);
    const after = await api('workers.list', { headers: { 'x-passerelle-secret': host.secret, cookie: session } });
    expect(await after.json()).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
  });

  it('answers a malformed address with 400 and a body over the limit with 413, not a dropped connection', async () => {
    const bad = await fetch(`${host.origin}/api/%E0%A4%A`, { method: 'POST', headers: web.headers, body: '{}' });
    expect(bad.status).toBe(400);
    const big = await fetch(`${host.origin}/api/workers.importPreview`, {
      method: 'POST',
      headers: { ...web.headers, 'content-type': 'application/json' },
      body: 'x'.repeat(49 * 1024 * 1024),
    });
    expect(big.status).toBe(413);
    expect(await big.json()).toMatchObject({ ok: false, error: { code: 'validation' } });
  });

  it('refuses a request without the secret, or with a wrong one', async () => {
    const none = await api('settings.getOrganisation');
    expect(none.status).toBe(401);
    expect(await none.json()).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    const wrong = await api('settings.getOrganisation', { headers: { 'x-passerelle-secret': 'x'.repeat(64) } });
    expect(wrong.status).toBe(401);
    const page = await fetch(`${host.origin}/`);
    expect(page.status).toBe(401);
    expect(await page.text()).toMatch(/Accès refusé/);
  });

  it('refuses a write without the secret and saves nothing', async () => {
    const res = await api('settings.saveOrganisation', {
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Intrus', defaultBilledRateCents: 1, etpAnnualMinutes: 60 }),
    });
    expect(res.status).toBe(401);
    expect(env.backend.sqlite!.prepare('SELECT count(*) AS n FROM organisation').get()).toEqual({ n: 0 });
  });

  it('opens a session once from the launch address, with an HttpOnly, SameSite=Strict cookie', async () => {
    const bad = await fetch(`${host.origin}/auth?k=nope`, { redirect: 'manual' });
    expect(bad.status).toBe(401);
    // The session secret itself is not a launch key.
    expect((await fetch(`${host.origin}/auth?k=${host.secret}`, { redirect: 'manual' })).status).toBe(401);
    const res = await fetch(host.openUrl, { redirect: 'manual' });
    expect(res.status).toBe(303);
    // The launch key works once only.
    expect((await fetch(host.openUrl, { redirect: 'manual' })).status).toBe(401);
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const page = await fetch(`${host.origin}/`, { headers: { cookie: cookie.split(';')[0]! } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
  });

  it('refuses a request whose Host is not its own (DNS rebinding) or whose Origin is foreign', async () => {
    const rebinding = await new Promise<string>((resolve) => {
      const s = net.connect(host.port, '127.0.0.1', () => {
        s.write(`POST /api/app.status HTTP/1.1\r\nHost: evil.example:${host.port}\r\nx-passerelle-secret: ${host.secret}\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}`);
      });
      let data = '';
      s.on('data', (d) => (data += d.toString()));
      s.on('end', () => resolve(data));
    });
    expect(rebinding).toMatch(/^HTTP\/1\.1 421/);
    const foreign = await api('app.status', { headers: { ...web.headers, origin: 'http://evil.example' } });
    expect(foreign.status).toBe(403);
  });

  it('does not serve files outside its folder', async () => {
    const res = await fetch(`${host.origin}/..%2f..%2fetc%2fpasswd`, { headers: { 'x-passerelle-secret': host.secret } });
    expect(res.status).toBe(404);
  });

  it('listens on the loopback address only: other addresses of this machine cannot reach it', async () => {
    const addresses = Object.values(os.networkInterfaces())
      .flat()
      .filter((a): a is os.NetworkInterfaceInfo => !!a && !a.internal && a.family === 'IPv4')
      .map((a) => a.address);
    // The guard the handler applies as well, whatever the bind address.
    expect(isLoopback('127.0.0.1')).toBe(true);
    expect(isLoopback('::ffff:127.0.0.1')).toBe(true);
    expect(isLoopback('::1')).toBe(true);
    expect(isLoopback('192.0.2.2')).toBe(false);
    expect(isLoopback('::ffff:10.0.0.1')).toBe(false);
    expect(isLoopback(undefined)).toBe(false);
    for (const address of addresses) {
      const outcome = await new Promise<string>((resolve) => {
        const s = net.connect({ host: address, port: host.port, timeout: 2000 });
        s.on('connect', () => {
          s.destroy();
          resolve('connected');
        });
        s.on('timeout', () => {
          s.destroy();
          resolve('timeout');
        });
        s.on('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? 'error'));
      });
      expect(outcome, `connexion via ${address}`).not.toBe('connected');
    }
  });
});

// The web host's backup files: an export downloads once, a file to restore uploads as raw
// bytes; both only with the session secret, and an upload only from the page's own origin.
const withSecret = (init: RequestInit = {}): RequestInit => ({ ...init, headers: { ...(init.headers ?? {}), ...web.headers } });

describe('backup files over the web host', () => {
  it('downloads an export once, with the secret only', async () => {
    const job = await finished(env.backend, unwrap<BackupJob>(env.backend.dispatch('backup.export', { destination: { download: true } })));
    const address = job.result!.download!;
    expect(address).toMatch(/^transfert\/[a-f0-9]{32}$/);
    expect((await fetch(`${host.origin}/${address}`)).status).toBe(401);
    // The secret alone is not enough: backups are direction's.
    expect((await fetch(`${host.origin}/${address}`, { headers: { 'x-passerelle-secret': host.secret } })).status).toBe(403);
    const res = await fetch(`${host.origin}/${address}`, withSecret());
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="${job.result!.fileName}"`);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
    expect((await fetch(`${host.origin}/${address}`, withSecret())).status).toBe(404);
    // The restore side: the same bytes, uploaded, are a valid candidate.
    const up = await fetch(`${host.origin}/transfert/envoi`, withSecret({ method: 'POST', body: bytes }));
    const upload = ((await up.json()) as { value: { upload: string } }).value.upload;
    const candidate = unwrap<RestoreCandidate>(env.backend.dispatch('backup.inspect', { source: { upload, name: 'export.zip' } }));
    expect(candidate).toMatchObject({ label: 'export.zip', kind: 'manuelle' });
  });

  it('refuses an upload without the secret or from another origin', async () => {
    expect((await fetch(`${host.origin}/transfert/envoi`, { method: 'POST', body: 'x' })).status).toBe(401);
    const foreign = await fetch(`${host.origin}/transfert/envoi`, withSecret({ method: 'POST', body: 'x', headers: { origin: 'http://evil.example' } }));
    expect(foreign.status).toBe(403);
    expect(fs.readdirSync(env.backend.transfers.dir).filter((f) => f.startsWith('envoi-'))).toHaveLength(1); // the valid one above only
  });
});
