import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import type { BackupEntry, BackupHealth, BackupJob, BackupKind, BackupOverview } from '../contract/backup';
import { AppError } from '../errors';
import type { Logger } from '../dispatch';
import { failureMessage, folderProblem, listBackups, rotateFolder } from './folder';
import { manifestNameOf, parseBackupFileName, backupFileName } from './naming';
import { BackupFailure, writeSnapshot } from './snapshot';
import { stateStore, type StateStore } from './state';
import { JobRegistry } from './jobs';
import { TransferStore } from './transfers';

// Making backups: the one way a backup is made (`makeBackup`: online backup, integrity check,
// manifest, rotation, health remembered), and when it happens on its own: at start-up when the
// newest is more than 24 hours old, and when the app quits. Before a migration and before a
// restore the callers ask for one. A failed backup is remembered and shown on the home page
// until one succeeds; it never stops the app.

export const DEFAULT_FOLDER = 'sauvegardes';
const DAY_MS = 24 * 60 * 60 * 1000;

export interface BackupCoreOptions {
  dataDir: string;
  version: string;
  log: Logger;
  nativeBinding?: string;
  now?: () => Date;
}

export interface MakeOptions {
  /** Another folder than the chosen one (the default folder, as a fallback). */
  folder?: string;
  onProgress?: (fraction: number) => void;
}

export class BackupCore {
  readonly state: StateStore;
  readonly jobs: JobRegistry;
  readonly transfers: TransferStore;
  readonly defaultFolder: string;
  private chain: Promise<unknown> = Promise.resolve();
  private timer: NodeJS.Timeout | null = null;

  constructor(readonly options: BackupCoreOptions) {
    this.state = stateStore(options.dataDir);
    this.jobs = new JobRegistry(options.log);
    this.transfers = new TransferStore(options.dataDir);
    this.defaultFolder = path.join(options.dataDir, DEFAULT_FOLDER);
  }

  now(): Date {
    return this.options.now?.() ?? new Date();
  }

  folder(): { folder: string; isDefault: boolean } {
    const chosen = this.state.read().folder;
    return chosen ? { folder: chosen, isDefault: false } : { folder: this.defaultFolder, isDefault: true };
  }

  health(): BackupHealth {
    const s = this.state.read();
    return { failure: s.failure, lastSuccessAt: s.lastSuccessAt };
  }

  overview(): BackupOverview {
    const { folder, isDefault } = this.folder();
    return {
      ...this.health(),
      folder,
      defaultFolder: this.defaultFolder,
      folderProblem: folderProblem(folder, isDefault),
      entries: listBackups(folder),
      running: this.jobs.running(),
    };
  }

  /** Changes the backups folder (null: back to the default); an unusable folder is refused. */
  setFolder(folder: string | null): BackupOverview {
    const wanted = folder === null ? null : path.resolve(folder);
    if (wanted !== null && wanted !== this.defaultFolder) {
      const problem = path.isAbsolute(folder!) ? folderProblem(wanted, false) : folderProblem(folder!, false);
      if (problem) throw new AppError('validation', problem, { folder: problem });
    }
    this.state.update({ folder: wanted === this.defaultFolder ? null : wanted });
    this.options.log('info', `dossier des sauvegardes : ${this.folder().folder}`);
    return this.overview();
  }

  /**
   * Makes one verified backup of `source`. Backups run one after the other. On failure the
   * message is remembered for the home page and thrown as a BackupFailure.
   */
  makeBackup(source: Database.Database, kind: BackupKind, options: MakeOptions = {}): Promise<BackupEntry> {
    const run = this.chain.then(() => this.backupOnce(source, kind, options));
    this.chain = run.catch(() => undefined);
    return run;
  }

  private async backupOnce(source: Database.Database, kind: BackupKind, options: MakeOptions): Promise<BackupEntry> {
    const { folder, isDefault } = options.folder ? { folder: options.folder, isDefault: options.folder === this.defaultFolder } : this.folder();
    const at = this.now();
    try {
      const problem = folderProblem(folder, isDefault);
      if (problem) throw new BackupFailure(problem);
      let name = backupFileName(at, kind);
      for (let attempt = 1; fs.existsSync(path.join(folder, name)); attempt++) name = backupFileName(at, kind, attempt);
      const target = path.join(folder, name);
      const manifest = await writeSnapshot(source, target, {
        appVersion: this.options.version,
        kind,
        createdAt: at,
        ...(this.options.nativeBinding ? { nativeBinding: this.options.nativeBinding } : {}),
        ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      });
      try {
        const sidecar = path.join(folder, manifestNameOf(name));
        fs.writeFileSync(`${sidecar}.partiel`, JSON.stringify(manifest, null, 2));
        fs.renameSync(`${sidecar}.partiel`, sidecar);
      } catch (e) {
        fs.rmSync(target, { force: true });
        throw e;
      }
      const removed = rotateFolder(folder);
      this.state.update({ lastSuccessAt: at.toISOString(), failure: null });
      this.options.log('info', `sauvegarde ${kind} : ${target}${removed.length ? ` (rotation : ${removed.length} supprimée(s))` : ''}`);
      return { name, kind, createdAt: manifest.createdAt, size: manifest.size, counts: manifest.counts, appVersion: manifest.appVersion };
    } catch (e) {
      const message = failureMessage(e, folder);
      this.state.update({ failure: { at: at.toISOString(), message } });
      this.options.log('warn', `sauvegarde ${kind} impossible : ${message}`, e instanceof BackupFailure ? undefined : e);
      throw new BackupFailure(message);
    }
  }

  /**
   * A safety copy before a migration or a restore: in the chosen folder, or in the data folder's
   * own when the chosen one is unusable (an unplugged key must not block an update).
   */
  async safetyBackup(source: Database.Database, kind: BackupKind, onProgress?: (f: number) => void): Promise<BackupEntry> {
    const progress = onProgress ? { onProgress } : {};
    try {
      return await this.makeBackup(source, kind, progress);
    } catch (e) {
      if (this.folder().isDefault) throw e;
      return this.makeBackup(source, kind, { folder: this.defaultFolder, ...progress });
    }
  }

  /** When the newest backup is more than 24 hours old, a backup `delayMs` after start-up (after the first paint). */
  scheduleStartupBackup(source: () => Database.Database | null, delayMs: number): void {
    this.timer = setTimeout(() => {
      this.timer = null;
      const db = source();
      if (!db) return;
      const newest = Math.max(
        Date.parse(this.state.read().lastSuccessAt ?? '') || 0,
        ...listBackups(this.folder().folder).map((e) => Date.parse(e.createdAt) || 0),
      );
      if (this.now().getTime() - newest < DAY_MS) return;
      // Not a job: it must never make the office wait or refuse « Sauvegarder maintenant »
      // (backups queue one after the other); a failure is remembered by makeBackup.
      this.makeBackup(db, 'automatique').catch(() => undefined);
    }, delayMs);
    this.timer.unref();
  }

  startBackupJob(source: Database.Database, kind: BackupKind = 'manuelle'): BackupJob {
    return this.jobs.start('sauvegarde', async (progress) => {
      const entry = await this.makeBackup(source, kind, { onProgress: progress });
      return { fileName: entry.name };
    });
  }

  /** The backup made when the app quits; a failure is remembered, never thrown. */
  async quitBackup(source: Database.Database): Promise<void> {
    this.cancelTimers();
    try {
      await this.makeBackup(source, 'automatique');
    } catch {
      // remembered by makeBackup, shown on the home page at the next start
    }
  }

  cancelTimers(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  /** The backup named `name` in the folder, with its manifest; null for a name that is not a backup. */
  entryFile(name: string): { file: string; sidecar: string } | null {
    if (name !== path.basename(name) || !parseBackupFileName(name)) return null;
    const { folder } = this.folder();
    return { file: path.join(folder, name), sidecar: path.join(folder, manifestNameOf(name)) };
  }
}
