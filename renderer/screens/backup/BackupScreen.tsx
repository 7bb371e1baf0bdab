import { useEffect, useState } from 'react';
import { formatDateTime } from '../../../db/base/format';
import { send } from '../../api/client';
import { useList } from '../../components/useList';
import { useFeedback } from '../../components/feedback';
import { BackupList } from './BackupList';
import { FolderSetting } from './FolderSetting';
import { RestoreDialog } from './RestoreDialog';
import { downloadPrepared, exportDestination } from '../../api/platform';
import { jobLabel, useBackupJob } from './useBackupJob';
import { takeRestoredMessage, useRestore } from './useRestore';
import './backup.css';

// Sauvegardes: the backups of the folder, « Sauvegarder maintenant », export to a file,
// restore (from the list or a file), the folder, and the export of every table to leave.

export function BackupScreen() {
  const { toast } = useFeedback();
  const list = useList('backup.overview', {});
  const overview = list.data;
  const jobs = useBackupJob();
  const restore = useRestore(jobs, (m) => toast(m, 'error'));
  // The message left before the reload that followed a restore.
  const [restored] = useState(takeRestoredMessage);
  useEffect(() => {
    if (restored) toast(restored);
  }, [restored, toast]);

  const busy = jobs.job !== null || restore.checking;

  const backupNow = async () => {
    const result = await jobs.run(() => send('backup.start', {}));
    list.reload();
    if ('error' in result) toast(result.error, 'error');
    else toast('Sauvegarde faite et vérifiée.');
  };

  const exportTo = async (kind: 'backup' | 'tables') => {
    const name = kind === 'backup' ? 'passerelle-sauvegarde.zip' : 'passerelle-donnees-csv.zip';
    const title = kind === 'backup' ? 'Exporter une sauvegarde' : 'Exporter toutes les données en CSV';
    const destination = await exportDestination(title, name);
    if (!destination) return;
    const result = await jobs.run(() =>
      kind === 'backup' ? send('backup.export', { destination }) : send('backup.exportTables', { destination }),
    );
    if ('error' in result) {
      toast(result.error, 'error');
      return;
    }
    const done = result.job.result;
    if (done?.download) downloadPrepared(done.download, done.fileName ?? name);
    toast(done?.path ? `Fichier enregistré : ${done.path}` : `Fichier prêt : ${done?.fileName ?? name}`);
  };

  return (
    <section className="page backup-page">
      <header className="page-header">
        <h1>Sauvegardes</h1>
      </header>
      {list.error && <p className="error-text" role="alert">{list.error}</p>}
      {overview?.failure && (
        <div className="banner banner-danger" role="alert">
          <p>
            <strong>La dernière sauvegarde a échoué</strong> (le {formatDateTime(overview.failure.at)}). {overview.failure.message}
          </p>
        </div>
      )}
      <p className="backup-summary">
        {overview?.lastSuccessAt ? `Dernière sauvegarde réussie : le ${formatDateTime(overview.lastSuccessAt)}.` : 'Aucune sauvegarde réussie pour le moment.'}{' '}
        Passerelle sauvegarde seule au démarrage (si la dernière a plus de 24 heures), à la fermeture, avant chaque mise à jour et avant
        chaque restauration ; chaque copie est vérifiée.
      </p>
      <div className="actions">
        <button type="button" className="button button-primary" disabled={busy} onClick={() => void backupNow()}>
          Sauvegarder maintenant
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => void exportTo('backup')}>
          Exporter une sauvegarde…
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => void restore.fromFile()}>
          Restaurer depuis un fichier…
        </button>
      </div>
      <p className="backup-progress-text" role="status">
        {jobs.job && !restore.candidate ? jobLabel(jobs.job) : restore.checking ? 'Vérification de la sauvegarde…' : ''}
      </p>
      {jobs.job && !restore.candidate && (
        <div className="gauge" aria-hidden="true">
          <div className="gauge-fill backup-gauge" style={{ width: `${Math.round(jobs.job.progress * 100)}%` }} />
        </div>
      )}

      <h2>Sauvegardes du dossier</h2>
      {overview === null ? <p className="muted">Chargement…</p> : <BackupList entries={overview.entries} busy={busy} onRestore={restore.fromEntry} />}

      {overview && <FolderSetting key={overview.folder} overview={overview} onChanged={list.set} />}

      <section className="record-section" aria-labelledby="leave-title">
        <h2 id="leave-title">Quitter le logiciel</h2>
        <p className="field-help">
          Toutes les tables de la base, une par fichier CSV (pour Excel), dans une archive ZIP : vos données vous appartiennent et
          peuvent être reprises par un autre logiciel. Le fichier LISEZMOI.txt de l’archive explique les colonnes.
        </p>
        <button type="button" className="button" disabled={busy} onClick={() => void exportTo('tables')}>
          Exporter toutes les données en CSV…
        </button>
      </section>

      {restore.candidate && (
        <RestoreDialog
          candidate={restore.candidate}
          job={jobs.job}
          error={restore.error}
          onCancel={restore.cancel}
          onConfirm={() => void restore.confirm()}
        />
      )}
    </section>
  );
}
