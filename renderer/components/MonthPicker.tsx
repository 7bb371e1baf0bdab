import { useState, type KeyboardEvent } from 'react';
import { formatMonth, monthName, parseMonth } from '../../db/base/format';
import { addMonths, todayIso } from '../../db/base/dates';
import { monthOf } from '../../db/base/months';

// The app's own month field, French whatever the system's language (a browser's month input
// speaks the system's): it shows « novembre 2026 » and takes what people type (« 11/2026 »,
// « nov 26 », « mars »), and it moves with the keyboard as a list of months does:
// ↑ ↓ a month earlier or later, Page préc. / Page suiv. a year, Alt+↓ (or the button) opens the
// year's twelve months to choose from. It is an editable combobox (ARIA), labelled by `label`.

interface MonthPickerProps {
  id: string;
  label: string;
  /** The month `AAAA-MM`; null: none chosen (allowed only with `emptyLabel`). */
  value: string | null;
  onChange(month: string | null): void;
  /** When set, the field may be emptied: it then means « every month » and shows this. */
  emptyLabel?: string;
  className?: string;
}

const shift = (month: string, n: number) => monthOf(addMonths(`${month}-01`, n));
const currentMonth = () => monthOf(todayIso());
const HINT = '↑ ↓ : mois précédent ou suivant · Page préc. / Page suiv. : année · Alt+↓ : liste des mois';

export function MonthPicker({ id, label, value, onChange, emptyLabel, className }: MonthPickerProps) {
  // What is being typed (null: the field shows the value), and the month highlighted in the open list.
  const [typed, setTyped] = useState<string | null>(null);
  const [invalid, setInvalid] = useState(false);
  const [active, setActive] = useState<string | null>(null);
  const open = active !== null;
  const listId = `${id}-liste`;
  const optionId = (m: string) => `${id}-${m}`;

  const choose = (month: string | null) => {
    setTyped(null);
    setInvalid(false);
    setActive(null);
    if (month !== value) onChange(month);
  };

  /** What was typed becomes the month, when it reads as one; otherwise the field says so. */
  const commit = (): boolean => {
    if (typed === null) return true;
    if (typed.trim() === '' && emptyLabel !== undefined) {
      choose(null);
      return true;
    }
    const month = parseMonth(typed, Number((value ?? currentMonth()).slice(0, 4)));
    if (month) choose(month);
    else setInvalid(true);
    return month !== null;
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const step = e.key === 'ArrowDown' ? 1 : e.key === 'ArrowUp' ? -1 : e.key === 'PageDown' ? 12 : e.key === 'PageUp' ? -12 : 0;
    const from = value ?? currentMonth();
    if (e.key === 'ArrowDown' && e.altKey && !open) {
      setActive(from);
    } else if (step !== 0) {
      if (open) setActive(shift(active, step));
      else choose(value === null && step === 1 ? from : shift(from, step));
    } else if (open && (e.key === 'Home' || e.key === 'End')) {
      setActive(`${active.slice(0, 4)}-${e.key === 'Home' ? '01' : '12'}`);
    } else if (e.key === 'Enter') {
      if (open) choose(active);
      else commit();
    } else if (e.key === 'Escape' && (open || typed !== null)) {
      setActive(null);
      if (!open) {
        setTyped(null);
        setInvalid(false);
      }
    } else return;
    e.preventDefault();
    e.stopPropagation();
  };

  const year = (active ?? value ?? currentMonth()).slice(0, 4);
  const text = typed ?? (value ? formatMonth(value) : '');
  return (
    <div className={`month-picker ${invalid ? 'month-picker-invalid' : ''} ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      <div className="month-picker-box">
        <input
          id={id}
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-expanded={open}
          aria-controls={listId}
          aria-autocomplete="none"
          aria-activedescendant={open ? optionId(active) : undefined}
          aria-invalid={invalid || undefined}
          aria-describedby={`${id}-aide`}
          title={HINT}
          placeholder={emptyLabel}
          value={text}
          onChange={(e) => {
            setTyped(e.target.value);
            setInvalid(false);
            setActive(null);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => {
            // Leaving the field: a month that reads is taken; what does not read is given up.
            if (!commit()) setTyped(null);
            setInvalid(false);
            setActive(null);
          }}
        />
        <button
          type="button"
          className="month-picker-toggle"
          tabIndex={-1}
          aria-label={`${label} : ouvrir la liste des mois`}
          aria-expanded={open}
          aria-controls={listId}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => {
            setActive(open ? null : (value ?? currentMonth()));
            document.getElementById(id)?.focus();
          }}
        >
          <span aria-hidden="true">▾</span>
        </button>
      </div>
      <span id={`${id}-aide`} className="sr-only">
        {invalid ? 'Mois illisible : tapez par exemple 11/2026 ou novembre 2026. ' : ''}
        {HINT}
      </span>
      {invalid && (
        <p className="field-error month-picker-error" role="alert">
          Mois illisible : tapez par exemple 11/2026 ou novembre 2026.
        </p>
      )}
      {open && (
        // Clicks in the list keep the focus in the field (mousedown): the keyboard goes on from there.
        <div className="month-picker-popup" onMouseDown={(e) => e.preventDefault()}>
          <div className="month-picker-year">
            <button type="button" tabIndex={-1} aria-label="Année précédente" onClick={() => setActive(shift(active, -12))}>
              ‹
            </button>
            <span>{year}</span>
            <button type="button" tabIndex={-1} aria-label="Année suivante" onClick={() => setActive(shift(active, 12))}>
              ›
            </button>
          </div>
          <ul id={listId} role="listbox" aria-label={`Mois de ${year}`}>
            {Array.from({ length: 12 }, (_, i) => {
              const m = `${year}-${String(i + 1).padStart(2, '0')}`;
              return (
                <li
                  key={m}
                  id={optionId(m)}
                  role="option"
                  aria-selected={m === active}
                  className={`${m === active ? 'active' : ''} ${m === value ? 'current' : ''}`}
                  onClick={() => choose(m)}
                >
                  {monthName(i + 1)}
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </div>
  );
}
