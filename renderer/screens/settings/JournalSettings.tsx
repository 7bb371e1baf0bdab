import { useState } from 'react';
import { AUDIT_ACTIONS, AUDIT_ENTITIES, type AuditEntry, type AuditFilters } from '../../../db/contract/audit';
import { auditFieldLabel } from '../../../db/contract/audit-labels';
import { formatDateTime, parseDate } from '../../../db/base/format';
import { send, errorText } from '../../api/client';
import { ExportButton } from '../../components/ExportButton';
import { Field } from '../../components/Field';
import { SelectField } from '../../components/Choice';
import { LoadState } from '../../components/Loading';
import { useList } from '../../components/useList';
import { useFeedback } from '../../components/feedback';

// Paramètres > Journal (direction): every change, who made it, when, on which record, with the
// values before and after; every export of personal data; filtered by who, by record and by
// dates, newest first, 200 at a time; exported as the list is filtered.

const ENTITY_CHOICES = Object.entries(AUDIT_ENTITIES).map(([code, label]) => ({ code, label }));

/** A value as the journal shows it: a text, a number, oui/non, or the JSON of a list. */
function show(v: unknown): string {
  if (v === null || v === undefined || v === '') return '—';
  if (typeof v === 'boolean') return v ? 'oui' : 'non';
  if (typeof v === 'string' || typeof v === 'number') return String(v);
  return JSON.stringify(v);
}

function Changes({ entry }: { entry: AuditEntry }) {
  if (entry.redacted) return <span className="muted">Valeurs effacées à l’anonymisation</span>;
  const keys = [...new Set([...Object.keys(entry.before ?? {}), ...Object.keys(entry.after ?? {})])];
  const details = entry.details ? Object.entries(entry.details).filter(([k]) => k !== 'champs' && k !== 'version') : [];
  return (
    <>
      {keys.length > 0 && (
        <ul className="journal-changes">
          {keys.map((k) => (
            <li key={k}>
              <strong>{auditFieldLabel(entry.entity, k)}</strong> : {entry.before ? show(entry.before[k]) : '—'} → {entry.after ? show(entry.after[k]) : '—'}
            </li>
          ))}
        </ul>
      )}
      {details.length > 0 && <span className="muted">{details.map(([k, v]) => `${k} : ${show(v)}`).join(' · ')}</span>}
    </>
  );
}

export function JournalSettings() {
  const [who, setWho] = useState('');
  const [entity, setEntity] = useState('');
  const [entityId, setEntityId] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const filters: AuditFilters = {
    actorId: who ? Number(who) : null,
    entity: (entity || null) as AuditFilters['entity'],
    entityId: entityId.trim() || null,
    from: parseDate(from) ?? '',
    to: parseDate(to) ?? '',
  };
  const page = useList('audit.list', filters);
  const [older, setOlder] = useState<{ key: string; entries: AuditEntry[]; next: number | null } | null>(null);
  const { toast } = useFeedback();
  const key = JSON.stringify(filters);
  const extra = older?.key === key ? older : null;
  if (!page.data) return <LoadState error={page.error} />;
  const entries = [...page.data.entries, ...(extra?.entries ?? [])];
  const next = extra ? extra.next : page.data.next;
  const more = async () => {
    const r = await send('audit.list', { ...filters, before: next });
    if (!r.ok) toast(errorText(r.error), 'error');
    else setOlder({ key, entries: [...(extra?.entries ?? []), ...r.value.entries], next: r.value.next });
  };
  return (
    <div className="journal">
      <div className="filter-bar" role="search" aria-label="Filtrer le journal">
        <SelectField name="journal-who" label="Qui" value={who} onChange={setWho} options={page.data.actors.map((a) => ({ code: String(a.id), label: a.name }))} placeholder="Tout le monde" />
        <SelectField name="journal-entity" label="Fiche" value={entity} onChange={setEntity} options={ENTITY_CHOICES} placeholder="Toutes" />
        <Field name="journal-entity-id" label="N° de fiche" value={entityId} onChange={setEntityId} kind="digits" />
        <Field name="journal-from" label="Du" value={from} onChange={setFrom} kind="date" />
        <Field name="journal-to" label="Au" value={to} onChange={setTo} kind="date" />
        <ExportButton kind="audit" filters={filters} />
      </div>
      <p className="muted">{entries.length === 0 ? 'Aucune entrée pour ces filtres.' : `${entries.length} entrée${entries.length > 1 ? 's' : ''}${next ? ' (les plus récentes)' : ''}`}</p>
      {entries.length > 0 && (
        <table className="simple-table journal-table">
          <thead>
            <tr>
              <th scope="col">Quand</th>
              <th scope="col">Qui</th>
              <th scope="col">Action</th>
              <th scope="col">Fiche</th>
              <th scope="col">Ce qui a changé</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.id}>
                <td className="nowrap">{formatDateTime(e.at)}</td>
                <td>{e.actor}</td>
                <td>{AUDIT_ACTIONS[e.action] ?? e.action}</td>
                <td>
                  {AUDIT_ENTITIES[e.entity] ?? e.entity}
                  {e.entityId ? ` n° ${e.entityId}` : ''}
                </td>
                <td>
                  <Changes entry={e} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {next !== null && (
        <button type="button" className="button" onClick={() => void more()}>
          Entrées plus anciennes
        </button>
      )}
    </div>
  );
}
