import type { Handler } from '../context';
import type { JournalEntry } from '../contract/invoices';
import { sheetCsv } from '../csv/write';
import type { SheetColumn } from '../csv/sheet';
import { salesJournal } from '../records/sales-journal';

// The journal des ventes: on screen (with its totals, which balance), and as a CSV file in the
// usual layout of accounting imports: one line per movement, date, journal, piece, account,
// label, debit, credit (EBP, Sage 50/Ciel, Quadra and others read it with their parameterised
// import; the column order is that of the screen).

const JOURNAL_COLUMNS: SheetColumn[] = [
  { header: 'Date', type: 'date' },
  { header: 'Journal', type: 'text' },
  { header: 'N° de pièce', type: 'text' },
  { header: 'Compte', type: 'text' },
  { header: 'Libellé', type: 'text' },
  { header: 'Débit', type: 'money' },
  { header: 'Crédit', type: 'money' },
];
export const JOURNAL_HEADERS = JOURNAL_COLUMNS.map((c) => c.header);

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

const exportJournal: Handler<'invoices.exportJournal'> = (ctx, { from, to }) => {
  const entries = salesJournal(ctx, from, to);
  const rows = entries.map((e) => [e.date, e.journal, e.piece, e.account, e.label, e.debitCents, e.creditCents]);
  return { fileName: `journal-des-ventes-${from}-au-${to}.csv`, content: sheetCsv({ name: 'Journal des ventes', columns: JOURNAL_COLUMNS, rows }) };
};

export const salesJournalHandlers = {
  'invoices.journal': journal,
  'invoices.exportJournal': exportJournal,
};
