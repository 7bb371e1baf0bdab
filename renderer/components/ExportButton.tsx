import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { ReportPeriod } from '../../db/contract/annual-report';
import type { ClientFilters } from '../../db/contract/clients';
import type { ExportFormat } from '../../db/contract/exports';
import type { PlacementFilters } from '../../db/contract/placements';
import type { WorkerFilters } from '../../db/contract/workers';
import type { AuditFilters } from '../../db/contract/audit';
import { errorText, send } from '../api/client';
import { base64ToBytes, baseName } from '../api/files';
import { saveFile } from '../api/platform';
import { useFeedback } from './feedback';
import './ExportButton.css';

// « Exporter » above a list (the list as filtered on screen), beside a monthly document (the
// état des heures, the suivi ASP) or a report (the rapport d'activité), in the format chosen in its small menu. The workbook (.xlsx) opens right in Excel and in LibreOffice Calc, with its NIR, phone
// numbers and postcodes as text and its dates as dates; the CSV is for other software (and
// re-imports as it is). The back end writes both.

export type ExportButtonProps =
  | { kind: 'workers'; filters: WorkerFilters }
  | { kind: 'clients'; filters: ClientFilters }
  | { kind: 'placements'; filters: PlacementFilters }
  | { kind: 'journal'; period: { from: string; to: string } }
  | { kind: 'payroll' | 'asp'; month: string }
  | { kind: 'annualReport'; period: ReportPeriod }
  | { kind: 'audit'; filters: AuditFilters };

const FORMATS: { format: ExportFormat; label: string; help: string }[] = [
  { format: 'xlsx', label: 'Classeur Excel (.xlsx)', help: 'pour Excel ou LibreOffice' },
  { format: 'csv', label: 'Fichier CSV (.csv)', help: 'pour un autre logiciel, ou pour réimporter' },
];

function exportCall(props: ExportButtonProps, format: ExportFormat) {
  switch (props.kind) {
    case 'workers':
      return send('workers.export', { filters: props.filters, format });
    case 'clients':
      return send('clients.export', { filters: props.filters, format });
    case 'placements':
      return send('placements.export', { filters: props.filters, format });
    case 'journal':
      return send('invoices.exportJournal', { period: props.period, format });
    case 'payroll':
      return send('reports.payrollExport', { month: props.month, format });
    case 'asp':
      return send('reports.aspExport', { month: props.month, format });
    case 'annualReport':
      return send('annualReport.export', { period: props.period, format });
    case 'audit':
      return send('audit.export', { filters: props.filters, format });
  }
}

export function ExportButton(props: ExportButtonProps) {
  const { toast } = useFeedback();
  const [busy, setBusy] = useState(false);
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);

  // The menu closes when the focus or a click goes elsewhere.
  useEffect(() => {
    if (!open) return;
    const away = (e: Event) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', away);
    document.addEventListener('focusin', away);
    root.current?.querySelector<HTMLButtonElement>('[role="menuitem"]')?.focus();
    return () => {
      document.removeEventListener('mousedown', away);
      document.removeEventListener('focusin', away);
    };
  }, [open]);

  const run = async (format: ExportFormat) => {
    setOpen(false);
    trigger.current?.focus();
    if (busy) return;
    setBusy(true);
    try {
      const result = await exportCall(props, format);
      if (!result.ok) {
        toast(errorText(result.error, true), 'error');
        return;
      }
      const file = result.value;
      const saved = await saveFile({ name: file.fileName, content: base64ToBytes(file.base64), type: file.format });
      if (saved.kind === 'saved') toast(`Fichier exporté (${saved.path ? baseName(saved.path) : file.fileName})`);
      else if (saved.kind === 'failed') toast(saved.message, 'error');
      // Cancelled: the person closed the save dialog; nothing to say.
    } finally {
      setBusy(false);
    }
  };

  const onMenuKey = (e: KeyboardEvent) => {
    const items = [...(root.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLButtonElement);
    if (e.key === 'Escape') {
      e.preventDefault();
      setOpen(false);
      trigger.current?.focus();
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      items[(at + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length]?.focus();
    }
  };

  return (
    <div className="export-menu" ref={root}>
      <button
        ref={trigger}
        type="button"
        className="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-disabled={busy || undefined}
        aria-busy={busy || undefined}
        onClick={() => !busy && setOpen((o) => !o)}
      >
        {busy ? 'Export en cours…' : 'Exporter ▾'}
      </button>
      {open && (
        <div className="export-menu-list" role="menu" aria-label="Format du fichier" onKeyDown={onMenuKey}>
          {FORMATS.map((f) => (
            <button key={f.format} type="button" role="menuitem" className="export-menu-item" onClick={() => void run(f.format)}>
              <span>{f.label}</span>
              <span className="muted">{f.help}</span>
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
