import crypto from 'node:crypto';
import type { BackupJob, BackupTask } from '../contract/backup';
import { AppError } from '../errors';
import { BackupFailure } from './snapshot';

// Backups, exports and restores take a moment on a large file: each runs as a job that the
// screen follows (`backup.job`), one at a time. A job's failure is a French message.

type Result = BackupJob['result'];
type Log = (level: 'error' | 'warn' | 'info', message: string, extra?: unknown) => void;

const KEEP = 20;

export class JobRegistry {
  private readonly jobs = new Map<string, BackupJob>();

  constructor(private readonly log: Log) {}

  running(): BackupJob | null {
    for (const job of this.jobs.values()) if (job.state === 'running') return { ...job };
    return null;
  }

  start(task: BackupTask, run: (progress: (fraction: number) => void) => Promise<Result>): BackupJob {
    if (this.running()) {
      throw new AppError('conflict', "Une sauvegarde, un export ou une restauration est déjà en cours : attendez qu'il se termine.");
    }
    const job: BackupJob = { id: crypto.randomBytes(16).toString('hex'), task, state: 'running', progress: 0, message: null, result: null };
    this.jobs.set(job.id, job);
    for (const old of [...this.jobs.keys()].slice(0, Math.max(0, this.jobs.size - KEEP))) this.jobs.delete(old);
    const setProgress = (f: number) => {
      job.progress = Math.max(0, Math.min(0.99, f));
    };
    // Started on the next turn: the caller gets its answer (the job) first.
    void Promise.resolve()
      .then(() => run(setProgress))
      .then(
        (result) => {
          Object.assign(job, { state: 'done', progress: 1, result });
        },
        (e: unknown) => {
          const message = e instanceof AppError || e instanceof BackupFailure ? e.message : null;
          if (!message) this.log('error', `tâche ${task}`, e);
          Object.assign(job, {
            state: 'failed',
            message: message ?? "L'opération a échoué de façon inattendue. Rien n'a été modifié. Si cela se répète, contactez l'assistance.",
          });
        },
      );
    return { ...job };
  }

  /** Resolves when no job is running any more (quitting waits for an export or a restore to end). */
  async settled(): Promise<void> {
    while (this.running()) await new Promise((resolve) => setTimeout(resolve, 100));
  }

  get(id: string): BackupJob {
    const job = this.jobs.get(id);
    if (!job) throw new AppError('not_found', "Cette opération n'est plus suivie (Passerelle a peut-être redémarré).");
    return { ...job };
  }
}
