import type { ExportDestination } from '../../../db/contract/backup';
import type { Result } from '../../../db/contract/result';

// Backup files in and out of the page, behind small functions. A backup can weigh 100 MB: it
// never travels through the page in Electron, where the system dialogs give paths that the back
// end reads and writes itself. In the web host, an export is a download of a file the back end
// prepared, and a file to restore is uploaded as it is (streamed, no base64).

const bridge = () => (typeof window !== 'undefined' ? window.passerelle : undefined);

/** True in the Electron window (system dialogs), false in a browser. */
export function hasSystemDialogs(): boolean {
  return bridge() !== undefined;
}

const ZIP = [{ name: 'Archive ZIP', extensions: ['zip'] }];

/** Where to write an export: a path chosen in Electron (null: cancelled), or a download. */
export async function chooseExportDestination(title: string, defaultName: string): Promise<ExportDestination | null> {
  const b = bridge();
  if (!b) return { download: true };
  const r = await b.pickPath({ kind: 'save', title, defaultName, filters: ZIP });
  return r.ok && r.path ? { path: r.path } : null;
}

/** A backup file chosen in Electron's open dialog; null when cancelled. */
export async function chooseBackupFile(): Promise<string | null> {
  const r = await bridge()?.pickPath({
    kind: 'open',
    title: 'Restaurer une sauvegarde',
    filters: [{ name: 'Sauvegarde Passerelle', extensions: ['zip', 'sqlite'] }],
  });
  return r?.ok && r.path ? r.path : null;
}

/** A folder chosen in Electron's dialog; null when cancelled or in a browser. */
export async function chooseFolder(): Promise<string | null> {
  const r = await bridge()?.pickPath({ kind: 'folder', title: 'Dossier des sauvegardes' });
  return r?.ok && r.path ? r.path : null;
}

/** Uploads a file to restore (web host); resolves to its id for `backup.inspect`. */
export async function upload(file: File): Promise<Result<{ upload: string }>> {
  try {
    const res = await fetch('transfert/envoi', {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream' },
      credentials: 'same-origin',
      body: file,
    });
    return (await res.json()) as Result<{ upload: string }>;
  } catch {
    return { ok: false, error: { code: 'unavailable', message: "Le fichier n'a pas pu être envoyé à Passerelle. Réessayez." } };
  }
}
