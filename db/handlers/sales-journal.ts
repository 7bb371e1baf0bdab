import type { Handler } from '../context';
import type { JournalEntry } from '../contract/invoices';
import { csvDate, csvMoney, toCsv } from '../csv/write';
import { salesJournal } from '../records/sales-journal';

// The journal des ventes: on screen (with its totals, which balance), and as a CSV file in the
// usual layout of accounting imports: one line per movement, date, journal, piece, account,
// label, debit, credit (EBP, Sage 50/Ciel, Quadra and others read it with their parameterised
// import; the column order is that of the screen).

export const JOURNAL_HEADERS = ['Date', 'Journal', 'N° de pièce', 'Compte', 'Libellé', 'Débit', 'Crédit'];

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
  const rows = entries.map((e) => [csvDate(e.date), e.journal, e.piece, e.account, e.label, csvMoney(e.debitCents), csvMoney(e.creditCents)]);
  return { fileName: `journal-des-ventes-${from}-au-${to}.csv`, content: toCsv(JOURNAL_HEADERS, rows) };
};

export const salesJournalHandlers = {
  'invoices.journal': journal,
  'invoices.exportJournal': exportJournal,
};
