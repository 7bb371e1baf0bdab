import { formatDateTime } from '../../../db/base/format';
import { useList } from '../../components/useList';
import { Link } from '../../router';

// On the home page: the last backup failed (folder missing, read-only, disk full), and no backup
// has succeeded since. Shown until one succeeds.

export function BackupWarning() {
  const health = useList('backup.health', {});
  const failure = health.data?.failure;
  if (!failure) return null;
  return (
    <div className="banner banner-danger backup-warning" role="alert">
      <p>
        <strong>La dernière sauvegarde a échoué</strong> (le {formatDateTime(failure.at)}). {failure.message}
      </p>
      <p>
        {health.data?.lastSuccessAt
          ? `Dernière sauvegarde réussie : le ${formatDateTime(health.data.lastSuccessAt)}. `
          : 'Aucune sauvegarde n’a encore réussi. '}
        <Link to="/sauvegardes">Ouvrir Sauvegardes</Link>
      </p>
    </div>
  );
}
