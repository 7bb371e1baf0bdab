import type { BackupEntry } from '../../../db/contract/backup';
import { formatDateTime } from '../../../db/base/format';
import { describeCounts, formatSize, kindLabel } from './describe';

// The backups of the folder, newest first: when, why, how large, what they hold; each can be
// restored (after a confirmation that shows what it holds).

export function BackupList({ entries, busy, onRestore }: { entries: BackupEntry[]; busy: boolean; onRestore(entry: BackupEntry): void }) {
  if (entries.length === 0) {
    return <p className="muted">Aucune sauvegarde dans ce dossier pour le moment. « Sauvegarder maintenant » en fait une tout de suite.</p>;
  }
  return (
    <div className="backup-table-wrap">
      <table className="simple-table backup-table">
        <caption className="sr-only">Sauvegardes du dossier, de la plus récente à la plus ancienne</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Sorte</th>
            <th scope="col" className="num">
              Taille
            </th>
            <th scope="col">Contenu</th>
            <th scope="col">
              <span className="sr-only">Action</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.name}>
              <td className="nowrap">{formatDateTime(e.createdAt)}</td>
              <td>{kindLabel(e.kind)}</td>
              <td className="num nowrap">{formatSize(e.size)}</td>
              <td>{e.counts ? describeCounts(e.counts) : <span className="muted">contenu vérifié à la restauration</span>}</td>
              <td>
                <button
                  type="button"
                  className="button"
                  disabled={busy}
                  aria-label={`Restaurer la sauvegarde du ${formatDateTime(e.createdAt)}`}
                  onClick={() => onRestore(e)}
                >
                  Restaurer…
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
