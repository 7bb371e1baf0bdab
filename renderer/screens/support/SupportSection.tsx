import { Link } from '../../router';
import { useAccount } from '../../auth/account';

/** The « Suivi » section of a worker's record page: the way to their support and timeline (for the roles that follow workers). */
export function SupportSection({ workerId }: { workerId: number }) {
  const { can } = useAccount();
  if (!can('support.read')) return null;
  return (
    <section className="record-section" aria-labelledby="s-suivi">
      <h2 id="s-suivi">Suivi</h2>
      <p className="muted">Entretiens, freins, actions et formations, objectifs, sortie du parcours.</p>
      <div className="actions">
        <Link to={`/suivi/${workerId}`} className="button">
          Ouvrir le suivi
        </Link>
        <Link to={`/suivi/${workerId}/chronologie`} className="button">
          Chronologie
        </Link>
      </div>
    </section>
  );
}
