import { useState } from 'react';
import type { BackupOverview } from '../../../db/contract/backup';
import { errorText, send } from '../../api/client';
import { useFeedback } from '../../components/feedback';
import { chooseFolder } from '../../api/platform';

// Where the backups go: the data folder's `sauvegardes` by default, or a USB key, a network
// drive… A folder that cannot take backups is refused with the reason, in French. Keyed by the
// folder in use: a change starts the field afresh.

export function FolderSetting({ overview, onChanged }: { overview: BackupOverview; onChanged(next: BackupOverview): void }) {
  const { toast } = useFeedback();
  const [folder, setFolder] = useState(overview.folder);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const isDefault = overview.folder === overview.defaultFolder;

  const save = async (value: string | null) => {
    if (busy) return;
    setBusy(true);
    const r = await send('backup.setFolder', { folder: value });
    setBusy(false);
    if (!r.ok) {
      setError(r.error.fields?.folder ?? errorText(r.error));
      return;
    }
    setError(null);
    onChanged(r.value);
    toast(`Dossier des sauvegardes : ${r.value.folder}`);
  };

  const browse = async () => {
    const chosen = await chooseFolder?.('Dossier des sauvegardes');
    if (chosen) {
      setFolder(chosen);
      await save(chosen);
    }
  };

  return (
    <section className="record-section" aria-labelledby="backup-folder-title">
      <h2 id="backup-folder-title">Dossier des sauvegardes</h2>
      <p className="field-help">
        Les sauvegardes automatiques et « Sauvegarder maintenant » sont écrites ici. Pour les mettre à l’abri d’une panne du poste,
        choisissez une clé USB, un disque externe ou un lecteur réseau.
      </p>
      {overview.folderProblem && !error && (
        <p className="banner banner-warning" role="status">
          {overview.folderProblem}
        </p>
      )}
      <form
        className="backup-folder-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save(folder.trim() === '' ? null : folder);
        }}
      >
        <div className={`field ${error ? 'field-invalid' : ''}`}>
          <label htmlFor="backup-folder">Dossier</label>
          <input
            id="backup-folder"
            value={folder}
            autoComplete="off"
            spellCheck={false}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'backup-folder-error' : undefined}
            onChange={(e) => {
              setFolder(e.target.value);
              if (error) setError(null);
            }}
          />
          {error && (
            <p id="backup-folder-error" className="field-error">
              {error}
            </p>
          )}
        </div>
        <div className="actions">
          {chooseFolder && (
            <button type="button" className="button" disabled={busy} onClick={() => void browse()}>
              Parcourir…
            </button>
          )}
          <button type="submit" className="button button-primary" disabled={busy}>
            Utiliser ce dossier
          </button>
          {!isDefault && (
            <button type="button" className="button" disabled={busy} onClick={() => void save(null)}>
              Revenir au dossier par défaut
            </button>
          )}
        </div>
      </form>
    </section>
  );
}
