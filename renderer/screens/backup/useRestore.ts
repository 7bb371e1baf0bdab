import { useState } from 'react';
import type { BackupEntry, RestoreCandidate, RestoreSource } from '../../../db/contract/backup';
import { errorText, send } from '../../api/client';
import { formatDateTime } from '../../../db/base/format';
import { chooseBackup } from '../../api/platform';
import { upload } from './transfer';
import type { useBackupJob } from './useBackupJob';

// Restoring, step by step: the backup is checked and described (`backup.inspect`), the person
// confirms, the restore runs, and the page reloads on the restored data. A toast after the
// reload says it is done.

const RESTORED_KEY = 'passerelle.restauration';

/** Called once at start-up of the screen: the message left before the reload, if any. */
export function takeRestoredMessage(): string | null {
  const message = window.sessionStorage.getItem(RESTORED_KEY);
  if (message) window.sessionStorage.removeItem(RESTORED_KEY);
  return message;
}

export function useRestore(jobs: ReturnType<typeof useBackupJob>, report: (message: string) => void) {
  const [candidate, setCandidate] = useState<RestoreCandidate | null>(null);
  const [checking, setChecking] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const inspect = async (source: RestoreSource) => {
    setChecking(true);
    const r = await send('backup.inspect', { source });
    setChecking(false);
    if (r.ok) {
      setError(null);
      setCandidate(r.value);
    } else report(errorText(r.error));
  };

  const fromEntry = (entry: BackupEntry) => void inspect({ entry: entry.name });

  /** The file to restore: in Electron a path, in a browser a file uploaded first. */
  const fromFile = async () => {
    const choice = await chooseBackup();
    if (choice.kind === 'path') {
      await inspect({ path: choice.path });
      return;
    }
    if (choice.kind === 'cancelled') return;
    setChecking(true);
    const sent = await upload(choice.file);
    if (!sent.ok) {
      setChecking(false);
      report(errorText(sent.error));
      return;
    }
    await inspect({ upload: sent.value.upload, name: choice.file.name.slice(0, 255) });
  };

  const confirm = async () => {
    if (!candidate) return;
    setError(null);
    const result = await jobs.run(() => send('backup.restore', { candidate: candidate.candidate }));
    if ('error' in result) {
      setError(result.error);
      return;
    }
    const when = candidate.createdAt ? ` du ${formatDateTime(candidate.createdAt)}` : '';
    window.sessionStorage.setItem(RESTORED_KEY, `Sauvegarde${when} restaurée.`);
    window.location.reload();
  };

  const cancel = () => {
    setCandidate(null);
    setError(null);
  };

  return { candidate, checking, error, fromEntry, fromFile, confirm, cancel };
}
