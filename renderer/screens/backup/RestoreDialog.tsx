import { useRef } from 'react';
import type { BackupJob, RestoreCandidate } from '../../../db/contract/backup';
import { formatDateTime } from '../../../db/base/format';
import { Modal } from '../../components/feedback';
import { describeCounts, formatSize, kindLabel } from './describe';
import { jobLabel } from './useBackupJob';

// The confirmation before a restore: which backup, what it holds, and exactly what will happen.
// « Annuler » has the focus; Échap cancels.

export function RestoreDialog({
  candidate,
  job,
  error,
  onCancel,
  onConfirm,
}: {
  candidate: RestoreCandidate;
  job: BackupJob | null;
  error: string | null;
  onCancel(): void;
  onConfirm(): void;
}) {
  const safe = useRef<HTMLButtonElement>(null);
  const when = candidate.createdAt ? formatDateTime(candidate.createdAt) : null;
  const running = job !== null;
  return (
    <Modal titleId="restore-title" focus={safe} onCancel={() => (running ? undefined : onCancel())}>
      <h2 id="restore-title">{when ? `Restaurer la sauvegarde du ${when} ?` : 'Restaurer cette sauvegarde ?'}</h2>
      <div className="dialog-body">
        <dl className="facts restore-facts">
          <dt>Fichier</dt>
          <dd>{candidate.label}</dd>
          <dt>Date</dt>
          <dd>{when ?? <span className="muted">inconnue</span>}</dd>
          <dt>Sorte</dt>
          <dd>{kindLabel(candidate.kind)}</dd>
          <dt>Contenu</dt>
          <dd>{describeCounts(candidate.counts)}</dd>
          <dt>Taille</dt>
          <dd>{formatSize(candidate.size)}</dd>
        </dl>
        <p>
          <strong>Ce qui va se passer :</strong>
        </p>
        <ol className="restore-steps">
          <li>les données actuelles sont d’abord sauvegardées (sauvegarde « avant restauration »), pour pouvoir y revenir ;</li>
          <li>
            elles sont remplacées par celles de cette sauvegarde : ce qui a été saisi
            {when ? ` après le ${when}` : ' depuis cette sauvegarde'} ne sera plus dans Passerelle ;
          </li>
          <li>Passerelle se recharge sur les données restaurées (rechargez aussi les autres fenêtres ouvertes).</li>
        </ol>
        {running && (
          <p role="status" className="backup-progress-text">
            {jobLabel(job)}
          </p>
        )}
        {error && (
          <p role="alert" className="error-text">
            {error}
          </p>
        )}
      </div>
      <div className="dialog-actions">
        <button type="button" ref={safe} className="button" disabled={running} onClick={onCancel}>
          Annuler
        </button>
        <button type="button" className="button button-danger" disabled={running} onClick={onConfirm}>
          {running ? 'Restauration…' : 'Restaurer cette sauvegarde'}
        </button>
      </div>
    </Modal>
  );
}
