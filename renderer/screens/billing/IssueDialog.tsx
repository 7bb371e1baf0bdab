import { useRef, useState, type ReactNode } from 'react';
import { formatDate, parseDate } from '../../../db/base/format';
import { todayIso } from '../../../db/base/dates';
import { Field } from '../../components/Field';
import { Modal } from '../../components/feedback';

// Issuing is irreversible (ui.md, Forms): the dialog says exactly what will happen, asks the
// date the invoices carry, and focuses the safe choice.

export function IssueDialog({
  title,
  children,
  confirmLabel,
  onConfirm,
  onClose,
}: {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  /** Resolves true when done (the dialog closes), false to stay open. */
  onConfirm(issuedOn: string): Promise<boolean>;
  onClose(): void;
}) {
  const cancel = useRef<HTMLButtonElement>(null);
  const [date, setDate] = useState(formatDate(todayIso()));
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const iso = parseDate(date);
    if (!iso) return setError('Date invalide : saisissez par exemple 02/11/2026.');
    setBusy(true);
    const done = await onConfirm(iso);
    setBusy(false);
    if (done) onClose();
  };
  return (
    <Modal titleId="issue-title" focus={cancel} onCancel={onClose}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <h2 id="issue-title">{title}</h2>
        <div className="dialog-body">
          {children}
          <Field name="issuedOn" label="Date d’émission" kind="date" value={date} onChange={(v) => {
              setDate(v);
              setError(undefined);
            }} error={error} required />
        </div>
        <div className="dialog-actions">
          <button type="button" ref={cancel} className="button" onClick={onClose}>
            Annuler
          </button>
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? 'Émission…' : confirmLabel}
          </button>
        </div>
      </form>
    </Modal>
  );
}
