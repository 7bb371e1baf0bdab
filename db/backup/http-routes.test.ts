import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpHost, type HttpHost } from '../http-host';
import { tempBackend } from '../test-support';
import type { BackupJob, RestoreCandidate } from '../contract/backup';
import { finished, unwrap } from './test-support';

// The web host's backup files: an export downloads once, a file to restore uploads as raw
// bytes; both only with the session secret, and an upload only from the page's own origin.

let env: ReturnType<typeof tempBackend>;
let host: HttpHost;
let staticDir: string;

beforeAll(async () => {
  env = tempBackend();
  staticDir = fs.mkdtempSync(path.join(os.tmpdir(), 'passerelle-static-'));
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Passerelle</title>');
  host = await startHttpHost({ backend: env.backend, staticDir });
});
afterAll(async () => {
  await host.close();
  env.cleanup();
  fs.rmSync(staticDir, { recursive: true, force: true });
});

const withSecret = (init: RequestInit = {}): RequestInit => ({ ...init, headers: { ...(init.headers ?? {}), 'x-passerelle-secret': host.secret } });

describe('backup files over the web host', () => {
  it('downloads an export once, with the secret only', async () => {
    const job = await finished(env.backend, unwrap<BackupJob>(env.backend.dispatch('backup.export', { destination: { download: true } })));
    const address = job.result!.download!;
    expect(address).toMatch(/^transfert\/[a-f0-9]{32}$/);
    expect((await fetch(`${host.origin}/${address}`)).status).toBe(401);
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
