import { formatDate, formatHours } from '../../../db/base/format';
import { labelOf, TASK_KINDS } from '../../../db/contract/reference';
import { useList } from '../../components/useList';
import { Link } from '../../router';
import { IfAllowed } from '../NotAllowed';
import { missionsCount, PlacementStatusBadge } from './common';

/**
 * The « Missions » section of a worker's (`workerId`) or a client's (`clientId`) record page:
 * a compact table with links, and « Nouvelle mission » pre-filled with that worker or client.
 */
export function PlacementsPanel({ workerId, clientId }: { workerId?: number; clientId?: number }) {
  const forWorker = workerId !== undefined;
  const { data, error } = useList('placements.list', { workerId: workerId ?? null, clientId: clientId ?? null });
  const newLink = forWorker ? `/missions/nouvelle?salarie=${workerId}` : `/missions/nouvelle?utilisateur=${clientId ?? ''}`;
  const rows = data?.rows ?? [];

  return (
    <section className="record-section" aria-labelledby="s-missions">
      <h2 id="s-missions">Missions</h2>
      <div className="placements-panel">
        <div className="placements-panel-bar">
          <span className="muted" aria-live="polite">
            {error || (data && data.total === 0) ? '' : data ? missionsCount(data.total) : 'Chargement…'}
          </span>
          <IfAllowed to="placements.write">
            <Link to={newLink} className="button">
              Nouvelle mission
            </Link>
          </IfAllowed>
        </div>
        {error && <p className="error-text" role="alert">{error}</p>}
        {data && rows.length === 0 && (
          <p className="muted">
            Aucune mission pour {forWorker ? 'ce salarié' : 'cet utilisateur'}. <Link to={newLink}>Créer une mission</Link>.
          </p>
        )}
        {rows.length > 0 && (
          <div className="placements-panel-scroll">
            <table className="simple-table placements-table" aria-label={forWorker ? 'Missions du salarié' : "Missions de l'utilisateur"}>
              <thead>
                <tr>
                  <th scope="col">Mission</th>
                  <th scope="col">{forWorker ? 'Utilisateur' : 'Salarié'}</th>
                  <th scope="col">Tâche</th>
                  <th scope="col">Du</th>
                  <th scope="col">Au</th>
                  <th scope="col">Statut</th>
                  <th scope="col" className="num">
                    Heures
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.id}>
                    <td>
                      <Link to={`/missions/${r.id}`}>n° {r.id}</Link>
                    </td>
                    <td>
                      {forWorker ? (
                        <Link to={`/utilisateurs/${r.clientId}`}>{r.clientName}</Link>
                      ) : (
                        <Link to={`/salaries/${r.workerId}`}>{r.workerName}</Link>
                      )}
                    </td>
                    <td>{labelOf(TASK_KINDS, r.taskKind)}</td>
                    <td>{formatDate(r.startDate)}</td>
                    <td>{formatDate(r.endDate)}</td>
                    <td>
                      <PlacementStatusBadge status={r.status} />
                    </td>
                    <td className="num">{formatHours(r.workedMinutes)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
    </section>
  );
}
