import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DB_FILE } from '../../db/paths';
import { startWebHost, webHostFlags, type WebHost } from './web-host';

// The web host's entry through real HTTP: a real data folder, the real migrations, a real port.

const projectDir = process.cwd();
const dirs: string[] = [];
const hosts: WebHost[] = [];

function dataDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'passerelle-web-host-'));
  dirs.push(dir);
  return dir;
}

async function start(options: { dataDir: string; port?: number; bind?: string; secret?: string; json?: boolean }) {
  const lines: string[] = [];
  const host = await startWebHost({ projectDir, version: '0.0.0-test', say: (l) => lines.push(l), ...options });
  hosts.push(host);
  return { host, lines };
}

afterEach(async () => {
  for (const h of hosts.splice(0)) await h.close();
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

const status = (host: WebHost, secret: string) =>
  fetch(`${host.origin}/api/app.status`, { method: 'POST', body: '{}', headers: { 'x-passerelle-secret': secret } });

describe('the web host entry', () => {
  it('starts on a free port of 127.0.0.1, prints its address and answers app.status on its data folder', async () => {
    const dir = dataDir();
    const { host, lines } = await start({ dataDir: dir });
    expect(host.port).toBeGreaterThan(0);
    expect(host.origin).toBe(`http://127.0.0.1:${host.port}`);
    expect(lines[0]).toBe(`Passerelle est servi sur ${host.origin} (données : ${dir}). Ctrl+C pour arrêter.`);

    const res = await status(host, host.secret);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { ok: boolean; value: { state: string; dataDir: string; version: string } };
    expect(body).toMatchObject({ ok: true, value: { state: 'ready', version: '0.0.0-test' } });
    expect(path.resolve(body.value.dataDir)).toBe(path.resolve(dir));
    expect(fs.existsSync(path.join(dir, DB_FILE))).toBe(true);
    // The launch secret is still required.
    expect((await status(host, 'x'.repeat(host.secret.length))).status).toBe(401);
  });

  it('serves with the launch secret it is given, and prints one JSON line for the tests', async () => {
    const secret = 'a-fixed-launch-secret-of-forty-characters';
    const { host, lines } = await start({ dataDir: dataDir(), secret, json: true });
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toEqual({ url: host.openUrl, origin: host.origin, secret, dataDir: host.dataDir });
    expect((await status(host, secret)).status).toBe(200);
  });

  it('closes its port and its database when stopped', async () => {
    const { host } = await start({ dataDir: dataDir() });
    await hosts.pop()!.close();
    await expect(status(host, host.secret)).rejects.toThrow();
    expect(host.backend.sqlite?.open).toBe(false);
  });

  it.each(['0.0.0.0', '192.168.1.10', '::'])(
    'refuses to listen on %s, a network address, before touching the data: staff accounts come first',
    async (bind) => {
      const dir = dataDir();
      await expect(start({ dataDir: dir, bind })).rejects.toThrow(
        new RegExp(`^Adresse « ${bind.replace(/\./g, '\\.')} » refusée : Passerelle n'est servi que sur ce poste \\(127\\.0\\.0\\.1\\)\\. .*connexion chiffrée \\(HTTPS\\)`),
      );
      expect(fs.readdirSync(dir)).toEqual([]);
    },
  );

  it('accepts 127.0.0.1 and localhost as the bind address, and refuses another loopback address it cannot check', async () => {
    expect((await start({ dataDir: dataDir(), bind: '127.0.0.1' })).host.origin).toMatch(/^http:\/\/127\.0\.0\.1:/);
    expect((await start({ dataDir: dataDir(), bind: 'localhost' })).host.origin).toMatch(/^http:\/\/127\.0\.0\.1:/);
    await expect(start({ dataDir: dataDir(), bind: '::1' })).rejects.toThrow(/non prise en charge : le serveur local écoute sur 127\.0\.0\.1/);
  });

  it('refuses a bad port or a weak launch secret, in French', async () => {
    await expect(start({ dataDir: dataDir(), port: 70000 })).rejects.toThrow(/^Port invalide/);
    await expect(start({ dataDir: dataDir(), ...webHostFlags(['--port', 'abc']) })).rejects.toThrow(/^Port invalide/);
    await expect(start({ dataDir: dataDir(), secret: 'court' })).rejects.toThrow(/^Clé de lancement invalide/);
  });

  it('reads --port and --bind from the command line', () => {
    expect(webHostFlags(['--web', '--port', '8123', '--bind=127.0.0.1'])).toEqual({ port: 8123, bind: '127.0.0.1' });
    expect(webHostFlags(['--web'])).toEqual({});
  });

  it('says so when the port it is asked for is taken', async () => {
    const { host } = await start({ dataDir: dataDir() });
    const dir = dataDir();
    await expect(start({ dataDir: dir, port: host.port })).rejects.toThrow(`Le port ${host.port} est déjà utilisé sur ce poste`);
  });
});
