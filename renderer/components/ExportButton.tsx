import { useState } from 'react';
import type { ClientFilters } from '../../db/contract/clients';
import type { WorkerFilters } from '../../db/contract/workers';
import { errorText, send } from '../api/client';
import { baseName } from '../api/files';
import { saveFile } from '../api/platform';
import { useFeedback } from './feedback';

// « Exporter en CSV » above a list: the list as filtered on screen, as a file French Excel opens
// with a double click (the back end writes it: BOM, `;`, CRLF, French dates and numbers).

export type ExportButtonProps = ({ kind: 'workers'; filters: WorkerFilters } | { kind: 'clients'; filters: ClientFilters }) & {
  label?: string;
  className?: string;
};

export function ExportButton(props: ExportButtonProps) {
  const { toast } = useFeedback();
  const [busy, setBusy] = useState(false);
  const label = props.label ?? 'Exporter en CSV';

  const run = async () => {
    if (busy) return;
    setBusy(true);
    try {
      const result = props.kind === 'workers' ? await send('workers.exportCsv', props.filters) : await send('clients.exportCsv', props.filters);
      if (!result.ok) {
        toast(errorText(result.error, true), 'error');
        return;
      }
      const saved = await saveFile({ name: result.value.fileName, content: result.value.content, type: 'csv' });
      if (saved.kind === 'saved') toast(`Liste exportée (${saved.path ? baseName(saved.path) : result.value.fileName})`);
      else if (saved.kind === 'failed') toast(saved.message, 'error');
      // Cancelled: the person closed the save dialog; nothing to say.
    } finally {
      setBusy(false);
    }
  };

  return (
    <button
      type="button"
      className={props.className ?? 'button'}
      aria-disabled={busy || undefined}
      aria-busy={busy || undefined}
      onClick={() => void run()}
    >
      {busy ? 'Export en cours…' : label}
    </button>
  );
}
