import type { Handler } from '../context';
import type { JournalEntry } from '../contract/invoices';
import type { Sheet } from '../csv/sheet';
import { exportFile } from '../import/exports';
import { auditExport } from '../audit';
import { salesJournal } from '../records/sales-journal';

// The journal des ventes: on screen (with its totals, which balance), and as a file in the usual
// layout of accounting imports: one line per movement, date, journal, piece, account, label,
// debit, credit (the « import paramétrable » of EBP, Sage 50/Ciel, Quadra and others reads it;
// the column order is that of the screen). An Excel workbook (typed cells) or CSV (`;`, BOM).

function journalSheet(entries: JournalEntry[]): Sheet {
  return {
    name: 'Journal des ventes',
    columns: [
      { header: 'Date', type: 'date' },
      { header: 'Journal', type: 'text' },
      { header: 'N° de pièce', type: 'text' },
      { header: 'Compte', type: 'text' },
      { header: 'Libellé', type: 'text' },
      { header: 'Débit', type: 'money' },
      { header: 'Crédit', type: 'money' },
    ],
    rows: entries.map((e) => [e.date, e.journal, e.piece, e.account, e.label, e.debitCents, e.creditCents]),
  };
}

function totals(entries: JournalEntry[]) {
  return {
    debitCents: entries.reduce((s, e) => s + e.debitCents, 0),
    creditCents: entries.reduce((s, e) => s + e.creditCents, 0),
  };
}

const journal: Handler<'invoices.journal'> = (ctx, { from, to }) => {
  const entries = salesJournal(ctx, from, to);
  return { entries, ...totals(entries) };
};

const exportJournal: Handler<'invoices.exportJournal'> = (ctx, { period: { from, to }, format }) => {
  auditExport(ctx, 'journal_ventes', null, { format, du: from, au: to });
  return exportFile(journalSheet(salesJournal(ctx, from, to)), format, `journal-des-ventes-${from}-au`, to);
};

export const salesJournalHandlers = {
  'invoices.journal': journal,
  'invoices.exportJournal': exportJournal,
};
