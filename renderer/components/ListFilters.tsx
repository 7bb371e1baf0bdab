import { useEffect, useRef } from 'react';
import type { Choice } from '../../db/contract/reference';

// The filter bar pieces shared by the lists: the search box, a choice among codes (or all of
// them), and which records to show (active, archived, all).

/**
 * The search box above a list (DataTable): focused when the list opens, so that one can type at
 * once, and ↓ goes down into the table's rows.
 */
export function SearchBox({ label, placeholder, value, onChange }: { label: string; placeholder: string; value: string; onChange(value: string): void }) {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  return (
    <label className="search-field">
      <span className="sr-only">{label}</span>
      <input
        ref={input}
        type="search"
        placeholder={placeholder}
        aria-label={label}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            document.querySelector<HTMLElement>('.datatable-body')?.focus();
          }
        }}
      />
    </label>
  );
}

/** A filter on one code (a status, a kind…): `null`, shown as « Tous », keeps every row. */
export function ChoiceFilter<C extends string>({
  label,
  value,
  onChange,
  options,
  all = 'Tous',
  title,
}: {
  label: string;
  /** What the choices mean, on hover. */
  title?: string;
  value: C | null;
  onChange(value: C | null): void;
  options: readonly Choice<C>[];
  all?: string;
}) {
  return (
    <label title={title}>
      {label}{' '}
      <select value={value ?? ''} onChange={(e) => onChange((e.target.value || null) as C | null)}>
        <option value="">{all}</option>
        {options.map((o) => (
          <option key={o.code} value={o.code}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

export type ArchivedChoice = 'actifs' | 'archives' | 'tous';

/** « Afficher » : active records (the default), archived ones, or all. */
export function ArchivedFilter({ value, onChange }: { value: ArchivedChoice; onChange(value: ArchivedChoice): void }) {
  return (
    <label>
      Afficher{' '}
      <select value={value} onChange={(e) => onChange(e.target.value as ArchivedChoice)}>
        <option value="actifs">Fiches actives</option>
        <option value="archives">Fiches archivées</option>
        <option value="tous">Toutes les fiches</option>
      </select>
    </label>
  );
}
