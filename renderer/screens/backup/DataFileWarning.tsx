import { useEffect, useState } from 'react';
import type { AppStatus } from '../../../db/contract/app';
import { send } from '../../api/client';
import { Link } from '../../router';

// On the home page: the check of the data file that runs just after start-up (db/file-health.ts)
// found damaged pages. Asked again while that check is still to come.

export function DataFileWarning() {
  const [check, setCheck] = useState<AppStatus['fileCheck']>('pending');
  useEffect(() => {
    if (check !== 'pending') return;
    let timer = 0;
    let stopped = false;
    const ask = async () => {
      const r = await send('app.status', {});
      if (stopped) return;
      if (r.ok && r.value.fileCheck !== 'pending') setCheck(r.value.fileCheck);
      else timer = window.setTimeout(() => void ask(), 1500);
    };
    void ask();
    return () => {
      stopped = true;
      window.clearTimeout(timer);
    };
  }, [check]);
  if (check !== 'damaged') return null;
  return (
    <div className="banner banner-danger data-file-warning" role="alert">
      <p>
        <strong>Le fichier de données est endommagé.</strong> Le contrôle fait après l'ouverture y a trouvé des pages
        illisibles : ce qui est enregistré maintenant pourrait être perdu.
      </p>
      <p>
        Repartez de la dernière sauvegarde : <Link to="/sauvegardes">ouvrir Sauvegardes</Link>, choisir la plus récente,
        puis « Restaurer… ». En cas de doute, appelez l'assistance avant de continuer.
      </p>
    </div>
  );
}
