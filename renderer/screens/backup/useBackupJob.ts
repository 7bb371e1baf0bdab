import { useCallback, useState } from 'react';
import type { BackupJob } from '../../../db/contract/backup';
import type { Result } from '../../../db/contract/result';
import { errorText, send } from '../../api/client';

// A backup, an export or a restore runs as a job in the back end: started by one call, then
// followed with `backup.job` until it ends, its progress shown meanwhile.

const POLL_MS = 200;

export function useBackupJob() {
  const [job, setJob] = useState<BackupJob | null>(null);

  /** Starts a job and resolves when it ends: the finished job, or a French message. */
  const run = useCallback(async (start: () => Promise<Result<BackupJob>>): Promise<{ job: BackupJob } | { error: string }> => {
    const started = await start();
    if (!started.ok) return { error: errorText(started.error) };
    let current = started.value;
    setJob(current);
    while (current.state === 'running') {
      await new Promise((resolve) => window.setTimeout(resolve, POLL_MS));
      const r = await send('backup.job', { id: current.id });
      // While a restore reopens the database, Passerelle may not answer for a moment.
      if (!r.ok) {
        if (r.error.code === 'unavailable') continue;
        setJob(null);
        return { error: errorText(r.error) };
      }
      current = r.value;
      setJob(current);
    }
    setJob(null);
    return current.state === 'done' ? { job: current } : { error: current.message ?? "L'opération a échoué." };
  }, []);

  return { job, run };
}

const TASK_LABELS: Record<BackupJob['task'], string> = {
  sauvegarde: 'Sauvegarde en cours',
  export: 'Export de la sauvegarde en cours',
  'export-tables': 'Export des données en cours',
  restauration: 'Restauration en cours',
};

export function jobLabel(job: BackupJob): string {
  return `${TASK_LABELS[job.task]}… ${Math.round(job.progress * 100)} %`;
}
