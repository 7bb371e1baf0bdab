import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import type { Backend } from '../backend';
import type { BackupJob, BackupOverview, RestoreCandidate } from '../contract/backup';
import { seeder } from '../testing/seed';
import { MIGRATIONS_DIR, startLoggedIn } from '../testing/backend';
import { backupFileName } from './naming';
import { dumpTables, finished, fingerprint, unwrap } from './test-support';

const opened: { backend: Backend; dir: string }[] = [];

function backendIn(dataDir?: string, startupBackupDelayMs = 60_000): { backend: Backend; dataDir: string } {
  const dir = dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'passerelle-backup-'));
  const backend = startLoggedIn({ dataDir: dir, migrationsDir: MIGRATIONS_DIR, version: 'test', startupBackupDelayMs });
  opened.push({ backend, dir });
  return { backend, dataDir: dir };
}

afterEach(() => {
  for (const { backend, dir } of opened.splice(0)) {
    backend.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

function seedOffice(backend: Backend) {
  const seed = seeder(backend);
  const worker = seed.worker({ birthName: 'Lefèvre', firstName: 'Hélène' });
  const client = seed.client('particulier', { name: 'M. Paul Martin' });
  const placement = seed.placement(worker, client, '2026-03-02', '2026-03-31');
  seed.hours(placement, ['2026-03-02', '2026-03-03', '2026-03-04'], 180);
  return { seed, worker, client, placement };
}

const overview = (backend: Backend) => unwrap<BackupOverview>(backend.dispatch('backup.overview', {}));

describe('Sauvegarder maintenant', () => {
  it('makes a checked copy with its manifest (versions, date, counts, SHA-256) and lists it', async () => {
    const { backend, dataDir } = backendIn();
    seedOffice(backend);
    const job = await finished(backend, unwrap<BackupJob>(backend.dispatch('backup.start', {})));
    expect(job.state).toBe('done');
    const list = overview(backend);
    expect(list.folder).toBe(path.join(dataDir, 'sauvegardes'));
    expect(list.failure).toBeNull();
    expect(list.entries).toHaveLength(1);
    const entry = list.entries[0]!;
    expect(entry).toMatchObject({ kind: 'manuelle', counts: { workers: 1, clients: 1, placements: 1, hours: 3, invoices: 0 }, appVersion: 'test' });
    const file = path.join(list.folder, entry.name);
    expect(entry.size).toBe(fs.statSync(file).size);
    const manifest = JSON.parse(fs.readFileSync(file.replace(/\.sqlite$/, '.json'), 'utf8'));
    expect(manifest.sha256).toBe(fingerprint(file).db);
    expect(manifest.schemaVersion).toBe(backend.sqlite!.pragma('user_version', { simple: true }));
    // One self-contained file (no -wal needed), which SQLite finds intact.
    const copy = new Database(file, { readonly: true });
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(dumpTables(copy)).toEqual(dumpTables(backend.sqlite!));
    copy.close();
  });

  it('remembers a failed backup (missing folder) until one succeeds, without breaking anything', async () => {
    const { backend, dataDir } = backendIn();
    const key = path.join(dataDir, 'cle-usb');
    fs.mkdirSync(key);
    unwrap(backend.dispatch('backup.setFolder', { folder: key }));
    fs.rmSync(key, { recursive: true }); // the key is unplugged
    const job = await finished(backend, unwrap<BackupJob>(backend.dispatch('backup.start', {})));
    expect(job.state).toBe('failed');
    expect(job.message).toBe(
      `Le dossier des sauvegardes est introuvable : ${key}. Branchez la clé USB ou le disque, ou choisissez un autre dossier dans Sauvegardes.`,
    );
    expect(unwrap<{ failure: { message: string } | null }>(backend.dispatch('backup.health', {})).failure?.message).toBe(job.message);
    expect(overview(backend).folderProblem).toBe(job.message);
    // The app still works, and the failure is remembered across a restart.
    seeder(backend).worker();
    backend.close();
    const again = backendIn(dataDir).backend;
    expect(unwrap<{ failure: unknown }>(again.dispatch('backup.health', {})).failure).not.toBeNull();
    fs.mkdirSync(key);
    expect((await finished(again, unwrap<BackupJob>(again.dispatch('backup.start', {})))).state).toBe('done');
    expect(unwrap<{ failure: unknown }>(again.dispatch('backup.health', {})).failure).toBeNull();
    expect(fs.readdirSync(key).filter((f) => f.endsWith('.sqlite'))).toHaveLength(1);
  });

  it('refuses a folder that cannot take backups, in French, and keeps the previous one', () => {
    const { backend, dataDir } = backendIn();
    const file = path.join(dataDir, 'un-fichier.txt');
    fs.writeFileSync(file, 'x');
    const missing = backend.dispatch('backup.setFolder', { folder: path.join(dataDir, 'absent') });
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.error.fields?.folder).toMatch(/^Le dossier des sauvegardes est introuvable/);
    const notDir = backend.dispatch('backup.setFolder', { folder: file });
    expect(!notDir.ok && notDir.error.fields?.folder).toBe(`« ${file} » est un fichier, pas un dossier. Choisissez un dossier.`);
    const relative = backend.dispatch('backup.setFolder', { folder: 'sauvegardes' });
    expect(!relative.ok && relative.error.fields?.folder).toMatch(/chemin complet/);
    expect(overview(backend).folder).toBe(path.join(dataDir, 'sauvegardes'));
  });

  it('rotates the folder: keeps the newest of the last 7 days, 4 weeks and 12 months, and never touches other files', async () => {
    const { backend } = backendIn();
    const folder = overview(backend).folder;
    fs.mkdirSync(folder, { recursive: true });
    // An automatic backup every day for 60 days before today, and a file of the office's own.
    const today = new Date();
    const old: string[] = [];
    for (let i = 1; i <= 60; i++) {
      const at = new Date(today.getFullYear(), today.getMonth(), today.getDate() - i, 12, 0, 0);
      const name = backupFileName(at, 'automatique');
      fs.writeFileSync(path.join(folder, name), 'ancienne');
      old.push(name);
    }
    fs.writeFileSync(path.join(folder, 'notes.txt'), 'à garder');
    const made = unwrap<BackupJob>(backend.dispatch('backup.start', {}));
    await finished(backend, made);
    const autoJob = await finished(backend, unwrap<BackupJob>(backend.dispatch('backup.start', {})));
    expect(autoJob.state).toBe('done');
    const left = new Set(fs.readdirSync(folder));
    expect(left.has('notes.txt')).toBe(true);
    // Automatic ones: today is not among them, so the 7 most recent days are days 1 to 7.
    for (let i = 1; i <= 7; i++) expect(left.has(old[i - 1]!)).toBe(true);
    const keptOld = old.filter((n) => left.has(n));
    // 7 days, plus at most 4 weeks and 12 months among the 60 days: never more than 7 + 4 + 3.
    expect(keptOld.length).toBeLessThanOrEqual(14);
    expect(keptOld.length).toBeGreaterThan(7);
    // The newest of each month among the 60 days is kept (at most 3 months).
    const newestOfMonth = new Map<string, string>();
    for (const name of old) if (!newestOfMonth.has(name.slice(11, 18))) newestOfMonth.set(name.slice(11, 18), name);
    for (const name of newestOfMonth.values()) expect(left.has(name)).toBe(true);
    // The two manual backups of today: one per day is kept.
    expect([...left].filter((n) => n.endsWith('-manuelle.sqlite'))).toHaveLength(1);
  });
});

describe('automatic backups', () => {
  it('are made after start-up when the newest is more than 24 hours old, and not otherwise', async () => {
    const { backend, dataDir } = backendIn(undefined, 0);
    await backend.ready;
    const folder = path.join(dataDir, 'sauvegardes');
    const until = Date.now() + 10_000;
    while (!(fs.existsSync(folder) && fs.readdirSync(folder).some((f) => f.endsWith('-automatique.sqlite')))) {
      if (Date.now() > until) throw new Error('pas de sauvegarde automatique');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    while (overview(backend).running) await new Promise((resolve) => setTimeout(resolve, 20));
    backend.close();
    const again = backendIn(dataDir, 0).backend;
    await again.ready;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(overview(again).running).toBeNull();
    expect(fs.readdirSync(folder).filter((f) => f.endsWith('.sqlite'))).toHaveLength(1);
  });

  it('are made when the app quits', async () => {
    const { backend, dataDir } = backendIn();
    seedOffice(backend);
    await backend.shutdown();
    const files = fs.readdirSync(path.join(dataDir, 'sauvegardes')).filter((f) => f.endsWith('.sqlite'));
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/-automatique\.sqlite$/);
  });
});

describe('export and restore', () => {
  it('round trip: export, change, restore brings every table back, after saving the current data', async () => {
    const { backend, dataDir } = backendIn();
    const { seed, worker } = seedOffice(backend);
    const exported = path.join(dataDir, 'export.zip');
    const job = await finished(backend, unwrap<BackupJob>(backend.dispatch('backup.export', { destination: { path: exported } })));
    expect(job).toMatchObject({ state: 'done', result: { path: exported } });
    const before = dumpTables(backend.sqlite!);

    // Changes after the export: a new worker, an edited client, hours removed.
    seed.worker({ birthName: 'Nouveau' });
    backend.sqlite!.prepare("UPDATE clients SET name = 'Renommé'").run();
    backend.sqlite!.prepare('DELETE FROM hours').run();
    expect(dumpTables(backend.sqlite!)).not.toEqual(before);

    const candidate = unwrap<RestoreCandidate>(backend.dispatch('backup.inspect', { source: { path: exported } }));
    expect(candidate).toMatchObject({ label: 'export.zip', kind: 'manuelle', appVersion: 'test', counts: { workers: 1, clients: 1, placements: 1, hours: 3, invoices: 0 } });
    expect(candidate.createdAt).not.toBeNull();
    const restored = await finished(backend, unwrap<BackupJob>(backend.dispatch('backup.restore', { candidate: candidate.candidate })));
    expect(restored.state).toBe('done');

    const after = backend.sqlite!;
    expect(dumpTables(after, ['audit_log'])).toEqual(Object.fromEntries(Object.entries(before).filter(([t]) => t !== 'audit_log')));
    // The audit log is the old one plus the restore itself.
    const audit = after.prepare('SELECT * FROM audit_log ORDER BY id').all() as { action: string }[];
    expect(audit.slice(0, -1)).toEqual(before.audit_log);
    expect(audit.at(-1)!.action).toBe('restauration');
    // The back end works on the restored data.
    expect(unwrap<{ birthName: string }>(backend.dispatch('workers.get', { id: worker })).birthName).toBe('Lefèvre');
    // The data from before the restore was saved first.
    const safety = overview(backend).entries.find((e) => e.kind === 'avant-restauration');
    expect(safety?.counts).toMatchObject({ workers: 2, hours: 0 });
  });

  it('restores a backup of the list', async () => {
    const { backend } = backendIn();
    seedOffice(backend);
    await finished(backend, unwrap<BackupJob>(backend.dispatch('backup.start', {})));
    const entry = overview(backend).entries[0]!;
    backend.sqlite!.prepare('DELETE FROM hours').run();
    const candidate = unwrap<RestoreCandidate>(backend.dispatch('backup.inspect', { source: { entry: entry.name } }));
    expect(candidate.counts.hours).toBe(3);
    expect((await finished(backend, unwrap<BackupJob>(backend.dispatch('backup.restore', { candidate: candidate.candidate })))).state).toBe('done');
    expect(backend.sqlite!.prepare('SELECT count(*) AS n FROM hours').get()).toEqual({ n: 3 });
  });

  it('exports every table to CSV in one zip (BOM, semicolons, one file per table)', async () => {
    const { backend, dataDir } = backendIn();
    seedOffice(backend);
    const target = path.join(dataDir, 'donnees.zip');
    const job = await finished(backend, unwrap<BackupJob>(backend.dispatch('backup.exportTables', { destination: { path: target } })));
    expect(job.state).toBe('done');
    const files = unzipSync(fs.readFileSync(target));
    const tables = (backend.sqlite!.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[]).map(
      (t) => `${t.name}.csv`,
    );
    expect(Object.keys(files).sort()).toEqual(['LISEZMOI.txt', ...tables].sort());
    const workers = new TextDecoder('utf-8', { ignoreBOM: true }).decode(files['workers.csv']);
    expect(workers.startsWith('\uFEFFid;')).toBe(true);
    expect(workers).toContain(';Lefèvre;');
    const hours = new TextDecoder().decode(files['hours.csv']).trimEnd().split('\r\n');
    expect(hours).toHaveLength(1 + 3);
  });
});
