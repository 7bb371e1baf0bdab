import { RecordLoader } from '../../components/Loading';
import { EditPlacementForm, NewPlacementForm } from './PlacementForm';
import { PlacementPage } from './PlacementPage';
import { PlacementsList } from './PlacementsList';

function positiveId(text: string | null): number | null {
  const n = Number(text);
  return text && Number.isInteger(n) && n > 0 ? n : null;
}

/**
 * #/missions, #/missions/nouvelle (optionally `?salarie=ID` or `?utilisateur=ID`),
 * #/missions/12, #/missions/12/modifier. The router's path keeps the `?query`: it is split off here.
 */
export function PlacementsSection({ path }: { path: string }) {
  const q = path.indexOf('?');
  const pathname = q === -1 ? path : path.slice(0, q);
  const query = new URLSearchParams(q === -1 ? '' : path.slice(q + 1));
  const parts = pathname.split('/').filter(Boolean).slice(1);
  if (parts.length === 0) return <PlacementsList />;
  if (parts[0] === 'nouvelle') {
    const workerId = positiveId(query.get('salarie'));
    const clientId = positiveId(query.get('utilisateur'));
    return <NewPlacementForm key={path} workerId={workerId} clientId={clientId} />;
  }
  const id = positiveId(parts[0] ?? null);
  if (id === null) return <p>Page introuvable.</p>;
  if (parts[1] === 'modifier') {
    return (
      <RecordLoader key={id} call="placements.get" id={id}>
        {(p) => <EditPlacementForm placement={p} />}
      </RecordLoader>
    );
  }
  return <PlacementPage key={id} id={id} />;
}
