import { de } from '../../db/base/format';
import { send } from '../api/client';
import { Badge } from './Badge';
import { useFeedback } from './feedback';
import { Link, useRouter } from '../router';
import { useAccount } from '../auth/account';

// The actions at the top of a worker's or a client's page: Modifier, Archiver (asking first) or
// Désarchiver, and Supprimer (asking first) while nothing refers to the record; and the
// « Archivé » badge beside the name.

export function RecordActions({
  kind,
  record,
  listPath,
  archiveBody,
  onChanged,
}: {
  kind: 'workers' | 'clients';
  record: { id: number; name: string; archivedAt: string | null; referenced: boolean };
  /** The section's list (`/salaries`): where « Modifier » starts from, and where a deletion leads. */
  listPath: string;
  /** The archive dialog's text. */
  archiveBody: string;
  /** After archiving or unarchiving: reload the record. */
  onChanged(): void;
}) {
  const { navigate } = useRouter();
  const { confirm, toast } = useFeedback();
  const { can } = useAccount();

  const act = async (action: 'archive' | 'unarchive' | 'delete', message: string) => {
    const r = await send(`${kind}.${action}`, { id: record.id });
    if (!r.ok) {
      toast(r.error.message, 'error');
      return;
    }
    toast(message);
    if (action === 'delete') navigate(listPath, { force: true });
    else onChanged();
  };

  // A role that cannot change the record sees none of its actions (the back end refuses them too).
  if (!can(`${kind}.write`)) return null;
  return (
    <div className="actions">
      <Link to={`${listPath}/${record.id}/modifier`} className="button button-primary">
        Modifier
      </Link>
      {record.archivedAt ? (
        <button type="button" className="button" onClick={() => void act('unarchive', 'Fiche désarchivée')}>
          Désarchiver
        </button>
      ) : (
        <button
          type="button"
          className="button"
          onClick={async () => {
            const ok = await confirm({ title: 'Archiver cette fiche ?', body: archiveBody, confirmLabel: 'Archiver' });
            if (ok) void act('archive', 'Fiche archivée');
          }}
        >
          Archiver
        </button>
      )}
      {!record.referenced && (
        <button
          type="button"
          className="button button-danger-outline"
          onClick={async () => {
            const ok = await confirm({
              title: 'Supprimer définitivement cette fiche ?',
              body: `La fiche ${de(record.name)} sera effacée. Cette action ne peut pas être annulée ; elle est inscrite au journal.`,
              confirmLabel: 'Supprimer définitivement',
              danger: true,
            });
            if (ok) void act('delete', 'Fiche supprimée');
          }}
        >
          Supprimer
        </button>
      )}
    </div>
  );
}

/** « Archivé », after the record's other badges, while it is archived. */
export function ArchivedBadge({ record }: { record: { archivedAt: string | null } }) {
  if (!record.archivedAt) return null;
  return (
    <>
      {' '}
      <Badge tone="neutral">Archivé</Badge>
    </>
  );
}
