import { useRef, useState } from 'react';
import { PATH_START_LABEL } from '../../../db/contract/support';
import { formatDate, parseDate } from '../../../db/base/format';
import { Field } from '../../components/Field';
import { Modal } from '../../components/feedback';
import { Form, useForm } from '../../components/form';
import { readAgain } from '../../components/stale';
import type { PathPanelProps } from './PathRecords';

// « Corriger la date d'entrée »: the worker form no longer changes the entry date, so a typo in
// a path's entry (open or finished) is corrected here. The dialog says what changes before the
// save; the back end checks the day against the path's exit, its hours and the previous path.

function StartDialog({ page, path, onSaved, onClose }: PathPanelProps & { onClose(): void }) {
  const input = useRef<HTMLInputElement>(null);
  const form = useForm({
    call: 'support.correctStart',
    initial: { entryDate: formatDate(path.startDate) },
    version: path.version,
    latest: readAgain('support.get', { workerId: page.worker.id, pathId: path.id }, (p) =>
      p.path ? { values: { entryDate: formatDate(p.path.startDate) }, version: p.path.version } : null,
    ),
    toInput: (v, _extra, version) => ({ pathId: path.id, version, entryDate: v.entryDate ?? '' }),
    labels: { entryDate: PATH_START_LABEL },
    savedMessage: "Date d'entrée corrigée",
    onSaved: (p) => {
      onSaved(p);
      onClose();
    },
  });
  const typed = parseDate(form.values.entryDate ?? '');
  return (
    <Modal titleId="start-title" focus={input} onCancel={onClose}>
      <Form form={form} label="Corriger la date d'entrée">
        <h2 id="start-title">Corriger la date d'entrée</h2>
        <div className="dialog-body">
          <Field {...form.field('entryDate')} ref={input} kind="date" required placeholder="JJ/MM/AAAA" />
          {typed && typed !== path.startDate ? (
            <p>
              L'entrée passe du {formatDate(path.startDate)} au <strong>{formatDate(typed)}</strong>.
            </p>
          ) : (
            <p className="muted">L'entrée est le {formatDate(path.startDate)}.</p>
          )}
          <p className="muted">La correction est inscrite au journal.</p>
        </div>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Annuler
          </button>
          <button type="submit" className="button button-primary" disabled={form.busy || typed === path.startDate}>
            Corriger l'entrée
          </button>
        </div>
      </Form>
    </Modal>
  );
}

/** The button beside a path's title, and its dialog. */
export function StartCorrection(props: PathPanelProps) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="link-button plain" onClick={() => setOpen(true)}>
        Corriger la date d'entrée
      </button>
      {open && <StartDialog {...props} onClose={() => setOpen(false)} />}
    </>
  );
}
