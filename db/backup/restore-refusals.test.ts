import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { unzipSync, zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../backend';
import type { BackupJob, BackupOverview } from '../contract/backup';
import { seeder } from '../testing/seed';
import { MIGRATIONS_DIR, startLoggedIn } from '../testing/backend';
import { REFUSAL } from './candidate';
import { finished, fingerprint, sha256, unwrap } from './test-support';

// A restore that must not happen: a file from a newer Passerelle, a damaged file, a file that is
// not a Passerelle backup. Each is refused in French before anything is done: the live database
// (file and -wal, fingerprinted) and the backups folder are exactly as they were.

let backend: Backend;
let dataDir: string;
let exported: string;

beforeEach(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'passerelle-refus-'));
  backend = startLoggedIn({ dataDir, migrationsDir: MIGRATIONS_DIR, version: '1.0.0', startupBackupDelayMs: 60_000 });
  const seed = seeder(backend);
  seed.worker({ birthName: 'Lefèvre' });
  seed.client('particulier');
  exported = path.join(dataDir, 'export.zip');
  const job = await finished(backend, unwrap<BackupJob>(backend.dispatch('backup.export', { destination: { path: exported } })));
  expect(job.state).toBe('done');
});
afterEach(() => {
  backend.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

function readExport(): { manifest: Record<string, unknown>; snapshot: Uint8Array } {
  const files = unzipSync(fs.readFileSync(exported));
  return { manifest: JSON.parse(new TextDecoder().decode(files['manifeste.json'])), snapshot: files['passerelle.sqlite']! };
}

function writeFile(name: string, content: Uint8Array | string): string {
  const file = path.join(dataDir, name);
  fs.writeFileSync(file, content);
  return file;
}

/** Tries to restore `file`: it must be refused with `message`, and nothing may change. */
function expectRefused(source: { path: string }, message: string) {
  const dbPath = path.join(dataDir, 'passerelle.sqlite');
  const before = fingerprint(dbPath);
  const listBefore = unwrap<BackupOverview>(backend.dispatch('backup.overview', {})).entries;
  const chosen = sha256(source.path);
  const r = backend.dispatch('backup.inspect', { source });
  expect(r.ok).toBe(false);
  if (!r.ok) expect(r.error.message).toBe(message);
  expect(fingerprint(dbPath)).toEqual(before);
  expect(unwrap<BackupOverview>(backend.dispatch('backup.overview', {})).entries).toEqual(listBefore);
  expect(sha256(source.path)).toBe(chosen); // the chosen file is only read
  expect(fs.readdirSync(path.join(dataDir, 'fichiers-temporaires')).filter((f) => f.startsWith('restauration-'))).toEqual([]);
  // And the back end goes on as before.
  expect(unwrap<{ rows: unknown[] }>(backend.dispatch('workers.list', {})).rows).toHaveLength(1);
}

describe('a restore is refused, and nothing changes, when the file', () => {
  it('comes from a newer version of Passerelle (manifest and database)', () => {
    const { manifest, snapshot } = readExport();
    const newer = writeFile('plus-recente.sqlite', snapshot);
    const db = new Database(newer);
    db.pragma('user_version = 99');
    db.close();
    const newerSnapshot = fs.readFileSync(newer);
    const zip = writeFile(
      'plus-recente.zip',
      zipSync({
        'manifeste.json': new TextEncoder().encode(JSON.stringify({ ...manifest, appVersion: '9.0.0', schemaVersion: 99, sha256: sha256(newer) })),
        'passerelle.sqlite': newerSnapshot,
      }),
    );
    expectRefused({ path: zip }, REFUSAL.newer('9.0.0'));
    expect(REFUSAL.newer('9.0.0')).toBe(
      "Cette sauvegarde a été faite par une version plus récente de Passerelle (9.0.0). Installez la dernière version de Passerelle sur ce poste pour la restaurer. Rien n'a été modifié.",
    );
    // The bare database file, without a manifest: its user_version tells.
    expectRefused({ path: newer }, REFUSAL.newer(null));
  });

  it('is damaged: snapshot altered after the export (SHA-256), pages overwritten (integrity_check), archive cut short', () => {
    const { manifest, snapshot } = readExport();
    const altered = Uint8Array.from(snapshot);
    altered[altered.length - 100] = altered[altered.length - 100]! ^ 0xff;
    const zip = writeFile('modifiee.zip', zipSync({ 'manifeste.json': new TextEncoder().encode(JSON.stringify(manifest)), 'passerelle.sqlite': altered }));
    expectRefused({ path: zip }, REFUSAL.damaged("l'empreinte SHA-256 ne correspond pas"));

    const broken = writeFile('abimee.sqlite', snapshot);
    const fd = fs.openSync(broken, 'r+');
    fs.writeSync(fd, Buffer.alloc(4096 * 3, 0xab), 0, 4096 * 3, 4096 * 4);
    fs.closeSync(fd);
    expectRefused({ path: broken }, REFUSAL.damaged("contrôle d'intégrité"));

    const whole = fs.readFileSync(exported);
    const cut = writeFile('coupee.zip', whole.subarray(0, Math.floor(whole.length / 2)));
    const r = backend.dispatch('backup.inspect', { source: { path: cut } });
    expect(!r.ok && r.error.message).toMatch(/^Cette sauvegarde est endommagée|^Ce fichier n'est pas une sauvegarde de Passerelle/);
    expectRefused({ path: cut }, r.ok ? '' : r.error.message);
  });

  it('is not a Passerelle backup: a spreadsheet, another program’s database, another zip, an empty file', () => {
    expectRefused({ path: writeFile('tableur.csv', 'nom;prénom\nDupont;Hélène\n') }, REFUSAL.notBackup);
    const other = path.join(dataDir, 'photos.sqlite');
    const db = new Database(other);
    db.exec("CREATE TABLE photos (id integer PRIMARY KEY, chemin text); INSERT INTO photos (chemin) VALUES ('vacances.jpg')");
    db.close();
    expectRefused({ path: other }, REFUSAL.notBackup);
    expectRefused({ path: writeFile('archive.zip', zipSync({ 'lettre.txt': new TextEncoder().encode('Bonjour') })) }, REFUSAL.notBackup);
    expectRefused({ path: writeFile('vide.sqlite', '') }, REFUSAL.notBackup);
  });
});

it('a candidate that was not inspected (or was replaced by another) cannot be restored', () => {
  const r = backend.dispatch('backup.restore', { candidate: 'a'.repeat(32) });
  expect(!r.ok && r.error.message).toBe('Choisissez à nouveau la sauvegarde à restaurer.');
});
