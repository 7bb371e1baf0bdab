import { de } from '../../db/base/format';
import type { ApiError } from '../../db/contract';
import { Link } from '../router';

/** The back end found records that look like the one being created: show them, with links. */
export function DuplicateWarning({ error, onCreateAnyway }: { error: ApiError | null; onCreateAnyway(): void }) {
  if (!error || error.code !== 'duplicate' || !error.duplicates) return null;
  const blocking = error.duplicates.some((d) => d.blocking);
  return (
    <div className={`banner ${blocking ? 'banner-danger' : 'banner-warning'}`} role="alert">
      <p>
        <strong>{blocking ? 'Enregistrement impossible : ' : 'Attention, doublon possible : '}</strong>
        {error.message}
      </p>
      <ul>
        {error.duplicates.map((d) => (
          <li key={d.id}>
            <Link to={d.to}>Voir la fiche {de(d.label)}</Link> ({d.why})
          </li>
        ))}
      </ul>
      {!blocking && (
        <button type="button" className="button" onClick={onCreateAnyway}>
          Créer quand même
        </button>
      )}
    </div>
  );
}
