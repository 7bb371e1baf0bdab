import type { ImportList } from '../../../db/contract/imports';
import { formatDateTime } from '../../../db/base/format';
import { useList } from '../../components/useList';
import { Link } from '../../router';

// The latest imports of a list, each opening its report (to print it, or to download its
// refused lines again).

export function RecentImports({ list, backTo }: { list: ImportList; backTo: string }) {
  const { data } = useList('imports.recent', { list }, 0);
  if (!data || data.length === 0) return null;
  return (
    <section className="import-recent" aria-labelledby="import-recent-title">
      <h2 id="import-recent-title">Derniers imports</h2>
      <ul>
        {data.map((r) => (
          <li key={r.id}>
            <Link to={`${backTo}/import/${r.id}`}>
              {formatDateTime(r.importedAt)} : {r.fileName}
            </Link>{' '}
            <span className="muted">— {r.summary}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
