import type { Handler } from '../context';
import { startExport, startTablesExport } from '../backup/exports';
import type { Restorer } from '../backup/restore';
import { auditExport } from '../audit';
import type { BackupCore } from '../backup/service';

// Sauvegardes. The work is in db/backup; these handlers only connect the calls to it. None of
// them runs in the dispatcher's write transaction: a backup reads the database through SQLite's
// backup API, and a restore replaces the whole file.

export interface BackupDeps {
  core: BackupCore;
  restorer: Restorer;
}

export function backupHandlers({ core, restorer }: BackupDeps) {
  const overview: Handler<'backup.overview'> = () => core.overview();
  const health: Handler<'backup.health'> = () => core.health();
  const setFolder: Handler<'backup.setFolder'> = (_ctx, input) => core.setFolder(input.folder);
  const start: Handler<'backup.start'> = (ctx) => core.startBackupJob(ctx.sqlite);
  const exportBackup: Handler<'backup.export'> = (ctx, input) => {
    auditExport(ctx, 'sauvegarde', null, { format: 'zip' });
    return startExport(core, ctx.sqlite, input.destination);
  };
  const exportTables: Handler<'backup.exportTables'> = (ctx, input) => {
    auditExport(ctx, 'sauvegarde', null, { format: 'csv', tables: 'toutes' });
    return startTablesExport(core, ctx.sqlite, input.destination);
  };
  const inspect: Handler<'backup.inspect'> = (_ctx, input) => restorer.inspect(input.source);
  const restore: Handler<'backup.restore'> = (ctx, input) => restorer.start(input.candidate, ctx.actor.name);
  const job: Handler<'backup.job'> = (_ctx, input) => core.jobs.get(input.id);
  return {
    'backup.overview': overview,
    'backup.health': health,
    'backup.setFolder': setFolder,
    'backup.start': start,
    'backup.export': exportBackup,
    'backup.exportTables': exportTables,
    'backup.inspect': inspect,
    'backup.restore': restore,
    'backup.job': job,
  };
}
