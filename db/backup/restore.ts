import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import type { BackupJob, RestoreCandidate, RestoreSource } from '../contract/backup';
import { AppError } from '../errors';
import type { Migration } from '../migrate';
import { REFUSAL, stageCandidate, type CandidateSource } from './candidate';
import type { BackupCore } from './service';

// Restoring: the chosen backup is checked first (`inspect`: a verified copy in the work folder,
// and what it holds, for the confirmation); once confirmed, the current database is backed up,
// then the back end closes it, puts the copy in its place and opens it again.

export interface RestoreDeps {
  core: BackupCore;
  migrations: () => readonly Migration[];
  connection(): Database.Database | null;
  /** Closes the live database, puts `staged` in its place and reopens; rejects (and puts the old file back) on failure. */
  replaceDatabase(staged: string): Promise<void>;
}

interface Staged {
  file: string;
  info: Omit<RestoreCandidate, 'candidate'>;
}

export class Restorer {
  private staged: { id: string; value: Staged } | null = null;

  constructor(private readonly deps: RestoreDeps) {}

  private sourceOf(source: RestoreSource): CandidateSource {
    if ('entry' in source) {
      const entry = this.deps.core.entryFile(source.entry);
      if (!entry) throw new AppError('rule', REFUSAL.notBackup);
      return { file: entry.file, label: source.entry, sidecar: entry.sidecar };
    }
    if ('path' in source) {
      const sidecar = source.path.replace(/\.sqlite$/i, '.json');
      return { file: source.path, label: path.basename(source.path), sidecar: sidecar !== source.path && fs.existsSync(sidecar) ? sidecar : null };
    }
    const file = this.deps.core.transfers.uploaded(source.upload);
    if (!file) throw new AppError('rule', REFUSAL.missing);
    return { file, label: source.name ?? 'fichier envoyé', sidecar: null };
  }

  /** Checks what `source` would restore and keeps the checked copy for `start`. */
  inspect(source: RestoreSource): RestoreCandidate {
    this.discard();
    const { id, file } = this.deps.core.transfers.workFile('restauration', '.sqlite');
    const info = stageCandidate(this.sourceOf(source), file, {
      migrations: this.deps.migrations(),
      ...(this.deps.core.options.nativeBinding ? { nativeBinding: this.deps.core.options.nativeBinding } : {}),
    });
    this.staged = { id, value: { file, info } };
    return { candidate: id, ...info };
  }

  private discard(): void {
    if (this.staged) fs.rmSync(this.staged.value.file, { force: true });
    this.staged = null;
  }

  /** `actor`: who restores, named in the restored database's journal. */
  start(candidate: string, actor: string): BackupJob {
    const staged = this.staged?.id === candidate ? this.staged.value : null;
    if (!staged) throw new AppError('not_found', 'Choisissez à nouveau la sauvegarde à restaurer.');
    const current = this.deps.connection();
    if (!current) throw new AppError('unavailable', 'Passerelle est indisponible.');
    const { core } = this.deps;
    return core.jobs.start('restauration', async (progress) => {
      try {
        await core.safetyBackup(current, 'avant-restauration', (f) => progress(f * 0.8));
      } catch (e) {
        throw new AppError(
          'rule',
          `La base actuelle n'a pas pu être sauvegardée avant la restauration : ${(e as Error).message} La restauration n'a pas été faite ; rien n'a été modifié.`,
        );
      }
      progress(0.85);
      await this.deps.replaceDatabase(staged.file);
      this.staged = null;
      this.record(staged.info, actor);
      return { fileName: staged.info.label };
    });
  }

  /** Written into the restored database's audit log, and into the log file. */
  private record(info: Staged['info'], actor: string): void {
    const details = { sauvegarde: info.label, date: info.createdAt, comptes: info.counts };
    this.deps.core.options.log('info', `restauration de ${info.label} (${info.createdAt ?? 'date inconnue'})`);
    try {
      this.deps
        .connection()
        ?.prepare('INSERT INTO audit_log (at, actor, action, entity, entity_id, details) VALUES (?, ?, ?, ?, NULL, ?)')
        // The account's id is not written: the restored database may not have that account.
        .run(this.deps.core.now().toISOString(), actor, 'restauration', 'sauvegarde', JSON.stringify(details));
    } catch (e) {
      this.deps.core.options.log('warn', 'journal de la restauration', e);
    }
  }
}
