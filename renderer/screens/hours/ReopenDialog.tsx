import { useRef, useState } from 'react';
import { de, deMonth } from '../../../db/base/format';
import { errorText, send } from '../../api/client';
import { Modal } from '../../components/feedback';

// The two questions about closing a month: what closing it means (asked before), and the
// reason for reopening it (the back end writes it in the journal).

export function ReopenDialog({ month, onClose, onReopened }: { month: string; onClose(): void; onReopened(): void }) {
  const field = useRef<HTMLInputElement>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (busy) return;
    if (reason.trim() === '') {
      setError('Indiquez le motif de la réouverture.');
      field.current?.focus();
      return;
    }
    setBusy(true);
    const r = await send('hours.reopenMonth', { month, reason: reason.trim() });
    setBusy(false);
    if (!r.ok) {
      setError(r.error.fields?.reason ?? errorText(r.error));
      field.current?.focus();
      return;
    }
    onReopened();
  };

  return (
    <Modal titleId="reopen-title" focus={field} onCancel={onClose}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <h2 id="reopen-title">Rouvrir le mois {deMonth(month)} ?</h2>
        <div className="dialog-body">
          <p>
            Les heures {deMonth(month)} pourront de nouveau être modifiées. La réouverture et son motif sont inscrits au
            journal.
          </p>
          <div className={`field ${error ? 'field-invalid' : ''}`}>
            <label htmlFor="reopen-reason">
              Motif de la réouverture<span className="required" aria-hidden="true"> *</span>
            </label>
            <input
              id="reopen-reason"
              ref={field}
              value={reason}
              maxLength={300}
              required
              aria-required
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? 'reopen-reason-error' : undefined}
              autoComplete="off"
              onChange={(e) => {
                setReason(e.target.value);
                if (error) setError(null);
              }}
            />
            {error && (
              <p id="reopen-reason-error" className="field-error">
                {error}
              </p>
            )}
          </div>
        </div>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Annuler
          </button>
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? 'Réouverture…' : 'Rouvrir le mois'}
          </button>
        </div>
      </form>
    </Modal>
  );
}

/** What closing a month means, asked before it is closed; `early` when the month has not ended. */
export function CloseMonthBody({ label, early }: { label: string; early: string | null }) {
  return (
    <>
      {early && (
        <p className="close-early">
          <strong>{early}</strong>
        </p>
      )}
      <p>
        Les heures {de(label)} ne pourront plus être modifiées, ni ajoutées, sans rouvrir le mois. La réouverture demande un motif et
        elle est inscrite au journal.
      </p>
      <p>Clôturez le mois une fois toutes les heures saisies et vérifiées, avant la facturation.</p>
    </>
  );
}
