import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { onFreshBackend } from '../testing/backend';
import type { Backend } from '../backend';
import type { InvoiceDetail, InvoiceList, MonthBilling } from '../contract/invoices';
import { failure, ok, seeder } from '../testing/seed';

// Facturation through the dispatcher, on a real SQLite file: drafts from the month's hours,
// issuing with numbers, the issued invoice refused by the handlers and by the database, payments
// and avoirs, and the month's closing after a reopening.

let backend: Backend;
let seed: ReturnType<typeof seeder>;
onFreshBackend((b) => {
  backend = b;
  seed = seeder(backend);
});

const MONTH = '2026-10';
const billing = (month = MONTH) => ok<MonthBilling>(backend.dispatch('invoices.month', { month }));
const detail = (id: number) => ok<InvoiceDetail>(backend.dispatch('invoices.get', { id }));
const issue = (issuedOn = '2026-11-02', month = MONTH) => ok<{ numbers: string[] }>(backend.dispatch('invoices.issue', { month, issuedOn }));

/** Three clients with October hours: an entreprise (two placements), a particulier who owes her membership, a collectivité. */
function october() {
  const anna = seed.worker({ birthName: 'Aubert', firstName: 'Anna' });
  const bruno = seed.worker({ birthName: 'Barre', firstName: 'Bruno' });
  const atelier = seed.client('entreprise', { name: 'Atelier Vert' });
  const roux = seed.client('particulier', { name: 'Mme Océane Roux', memberships: [] });
  const mairie = seed.client('collectivite', { name: 'Mairie de Vaulx' });
  const confirmed = ['adhesion_absente', 'hors_territoire', 'licenciement_economique'];
  const p1 = seed.placement(anna, atelier, '2026-10-01', '2026-10-31', { confirmed });
  const p2 = seed.placement(bruno, atelier, '2026-10-01', '2026-10-31', { confirmed, more: { billedRateCents: '24,00' } });
  const p3 = seed.placement(anna, roux, '2026-10-01', '2026-10-31', { confirmed, taskKind: 'repassage' });
  const p4 = seed.placement(bruno, mairie, '2026-10-01', '2026-10-31', { confirmed, taskKind: 'espaces_verts' });
  seed.hours(p1, ['2026-10-05'], 65); // 1 h 05 at 22,50 € = 24,38 €
  seed.hours(p2, ['2026-10-06', '2026-10-07'], 120); // 4 h at 24,00 € = 96,00 €
  seed.hours(p3, ['2026-10-08'], 80); // 1 h 20 at 22,50 € = 30,00 €
  seed.hours(p4, ['2026-10-09'], 240); // 4 h at 22,50 € = 90,00 €
  return { atelier, roux, mairie, p1, p2, p3, p4 };
}

describe('drafts from the month’s hours', () => {
  it('prepares one draft per client, a line per placement priced once and rounded, the membership line for a particulier who owes it', () => {
    const c = october();
    expect(ok<{ drafts: number }>(backend.dispatch('invoices.prepare', { month: MONTH }))).toEqual({ drafts: 3 });
    const m = billing();
    expect(m.drafts.map((d) => [d.clientName, d.totalCents, d.stale])).toEqual([
      ['Atelier Vert', 2438 + 9600, false],
      ['Mairie de Vaulx', 9000, false],
      ['Mme Océane ROUX', 3000 + 2000, false],
    ]);
    const atelier = m.drafts[0]!;
    expect(atelier.lines.map((l) => [l.placementId, l.workerName, l.minutes, l.rateCents, l.amountCents])).toEqual([
      [c.p1, 'AUBERT Anna', 65, 2250, 2438],
      [c.p2, 'BARRE Bruno', 240, 2400, 9600],
    ]);
    const roux = m.drafts[2]!;
    expect(roux.lines.map((l) => [l.kind, l.label, l.amountCents])).toEqual([
      ['heures', 'Repassage : Entretien des bureaux du rez-de-chaussée', 3000],
      ['adhesion', 'Adhésion 2026', 2000],
    ]);
    expect(m.pending).toEqual({ clients: 0, minutes: 0, totalCents: 0 });
  });

  it('takes the membership line off and back, leaves a draft out, and regenerates a draft whose hours changed', () => {
    const c = october();
    ok(backend.dispatch('invoices.prepare', { month: MONTH }));
    const roux = billing().drafts.find((d) => d.clientId === c.roux)!;
    ok(backend.dispatch('invoices.setDraftMembership', { id: roux.id, include: false }));
    expect(detail(roux.id).totalCents).toBe(3000);
    ok(backend.dispatch('invoices.setDraftMembership', { id: roux.id, include: true }));
    expect(detail(roux.id).totalCents).toBe(5000);

    const mairie = billing().drafts.find((d) => d.clientId === c.mairie)!;
    ok(backend.dispatch('invoices.setDraftExcluded', { id: mairie.id, excluded: true }));

    seed.hours(c.p1, ['2026-10-12'], 60);
    const stale = billing().drafts.find((d) => d.clientId === c.atelier)!;
    expect(stale.stale).toBe(true);
    expect(failure(backend.dispatch('invoices.issue', { month: MONTH, issuedOn: '2026-11-02' })).message).toContain('régénérez d’abord le brouillon de Atelier Vert');
    const again = ok<{ id: number }>(backend.dispatch('invoices.regenerateDraft', { id: stale.id }));
    expect(detail(again.id).totalCents).toBe(2438 + 2250 + 9600);

    // The left-out draft is not issued; preparing again keeps it left out.
    ok(backend.dispatch('invoices.prepare', { month: MONTH }));
    expect(billing().drafts.find((d) => d.clientId === c.mairie)!.excluded).toBe(true);
    expect(issue().numbers).toEqual(['2026-0001', '2026-0002']);
    expect(billing().drafts.map((d) => d.clientId)).toEqual([c.mairie]);
  });
});

describe('issuing', () => {
  it('numbers per year without gaps, with the prefix of the settings, dated, with the due date of a professional client', () => {
    october();
    const s = ok<{ version: number }>(backend.dispatch('settings.getInvoicing', {}));
    const settings = { ...ok<Record<string, unknown>>(backend.dispatch('settings.getInvoicing', {})) };
    for (const k of ['configured', 'version', 'updatedAt']) delete settings[k];
    ok(backend.dispatch('settings.saveInvoicing', { version: s.version, settings: { ...settings, prefix: 'FA-' } }));
    ok(backend.dispatch('invoices.prepare', { month: MONTH }));
    const last = billing().drafts[2]!;
    ok(backend.dispatch('invoices.setDraftExcluded', { id: last.id, excluded: true }));
    expect(issue('2026-11-02').numbers).toEqual(['FA-2026-0001', 'FA-2026-0002']);
    // Numbers follow the dates: an earlier date than the last invoice is refused.
    ok(backend.dispatch('invoices.setDraftExcluded', { id: last.id, excluded: false }));
    expect(failure(backend.dispatch('invoices.issue', { month: MONTH, issuedOn: '2026-11-01' })).fields?.issuedOn).toContain('les numéros suivent l’ordre des dates');
    expect(issue('2026-11-03').numbers).toEqual(['FA-2026-0003']);
    const [first] = billing().issued;
    const d = detail(first!.id);
    expect(d).toMatchObject({ status: 'emise', number: 'FA-2026-0001', issuedOn: '2026-11-02', dueOn: '2026-12-02', clientName: 'Atelier Vert', paymentStatus: 'impayee' });
    expect(d.mentions).toMatchObject({ professional: true, vatMention: 'TVA non applicable, art. 293 B du CGI', recoveryIndemnityCents: 4000 });
    expect(d.clientAccount).toMatch(/^411C\d{5}$/);
  });

  it('refuses to change an issued invoice, in the handlers and in the database', () => {
    october();
    ok(backend.dispatch('invoices.prepare', { month: MONTH }));
    const [id] = billing().drafts.map((d) => d.id);
    issue();
    expect(failure(backend.dispatch('invoices.regenerateDraft', { id })).message).toContain('elle ne peut plus être modifiée');
    expect(failure(backend.dispatch('invoices.setDraftExcluded', { id, excluded: true })).code).toBe('rule');
    expect(failure(backend.dispatch('invoices.setDraftMembership', { id, include: false })).code).toBe('rule');
    const sql = backend.sqlite!;
    expect(() => sql.prepare('UPDATE invoices SET total_cents = total_cents + 100, total_ht_cents = total_ht_cents + 100 WHERE id = ?').run(id)).toThrow(/Facture émise/);
    expect(() => sql.prepare('DELETE FROM invoices WHERE id = ?').run(id)).toThrow(/Facture émise/);
    expect(() => sql.prepare('UPDATE invoice_lines SET amount_cents = 1 WHERE invoice_id = ?').run(id)).toThrow(/Facture émise/);
    expect(() => sql.prepare('DELETE FROM invoice_lines WHERE invoice_id = ?').run(id)).toThrow(/Facture émise/);
    expect(() =>
      sql.prepare(`INSERT INTO invoice_lines (invoice_id, position, kind, label, rate_cents, amount_cents) VALUES (?, 9, 'correction', 'x', 1, 1)`).run(id),
    ).toThrow(/Facture émise/);
    expect(detail(id!).totalCents).toBe(2438 + 9600);
  });
});

describe('payments and avoirs', () => {
  it('follows payments into the status, keeps CESU apart, refuses paying more than is due, and an avoir brings the balance back', () => {
    const c = october();
    ok(backend.dispatch('invoices.prepare', { month: MONTH }));
    issue();
    const roux = billing().issued.find((r) => r.clientId === c.roux)!;
    expect(roux).toMatchObject({ totalCents: 5000, balanceCents: 5000, paymentStatus: 'impayee' });
    let d = ok<InvoiceDetail>(backend.dispatch('invoices.addPayment', { invoiceId: roux.id, paidOn: '2026-11-10', amountCents: '20,00', means: 'cesu', reference: '' }));
    expect(d).toMatchObject({ paidCents: 2000, balanceCents: 3000, paymentStatus: 'partielle' });
    expect(failure(backend.dispatch('invoices.addPayment', { invoiceId: roux.id, paidOn: '2026-11-10', amountCents: '40', means: 'cheque' })).fields?.amountCents).toContain('30,00');
    // A partial avoir of 10 € on what is left: 20 € still due.
    const a = ok<{ id: number; number: string }>(backend.dispatch('invoices.issueCredit', { invoiceId: roux.id, issuedOn: '2026-11-12', amountCents: '10', reason: 'Heure non effectuée' }));
    expect(a.number).toBe('2026-0004');
    d = detail(roux.id);
    expect(d).toMatchObject({ creditedCents: 1000, balanceCents: 2000, paymentStatus: 'partielle' });
    expect(d.credits).toEqual([{ id: a.id, number: '2026-0004', issuedOn: '2026-11-12', totalCents: 1000, reason: 'Heure non effectuée' }]);
    d = ok<InvoiceDetail>(backend.dispatch('invoices.addPayment', { invoiceId: roux.id, paidOn: '2026-11-13', amountCents: '20', means: 'cheque', reference: 'n° 1234567' }));
    expect(d).toMatchObject({ balanceCents: 0, paymentStatus: 'payee' });
    expect(d.payments.map((p) => p.means)).toEqual(['cesu', 'cheque']);

    // A whole avoir on another invoice: its lines, its total; the client's balance is back to nothing due.
    const mairie = billing().issued.find((r) => r.clientId === c.mairie)!;
    const whole = ok<{ id: number }>(backend.dispatch('invoices.issueCredit', { invoiceId: mairie.id, issuedOn: '2026-11-12', amountCents: '', reason: 'Erreur d’utilisateur' }));
    expect(detail(whole.id)).toMatchObject({ kind: 'avoir', totalCents: 9000, creditedInvoiceNumber: mairie.number });
    expect(detail(whole.id).lines).toEqual(detail(mairie.id).lines);
    expect(detail(mairie.id)).toMatchObject({ balanceCents: 0, paymentStatus: 'annulee' });
    const clientList = ok<InvoiceList>(backend.dispatch('invoices.list', { clientId: c.mairie }));
    expect(clientList.dueCents).toBe(0);
    expect(failure(backend.dispatch('invoices.issueCredit', { invoiceId: mairie.id, issuedOn: '2026-11-12', amountCents: '1', reason: 'x' })).message).toContain('déjà entièrement annulée');
  });

  it('lists unpaid invoices with the days past their due date', () => {
    october();
    ok(backend.dispatch('invoices.prepare', { month: MONTH }));
    issue('2026-10-20');
    const unpaid = ok<{ rows: InvoiceList['rows']; dueCents: number }>(backend.dispatch('invoices.unpaid', {}));
    expect(unpaid.rows).toHaveLength(3);
    expect(unpaid.dueCents).toBe(12038 + 9000 + 5000);
    const today = new Date().toISOString().slice(0, 10);
    const row = unpaid.rows[0]!;
    const expected = Math.max(0, Math.round((Date.parse(today) - Date.parse(row.dueOn!)) / 86_400_000));
    expect(row.daysOverdue).toBe(expected);
  });
});

describe('closing and reopening a month with issued invoices', () => {
  it('records the reopening, shows the difference, refuses to close until the avoir and the new invoice are issued', () => {
    const c = october();
    ok(backend.dispatch('invoices.prepare', { month: MONTH }));
    issue();
    ok(backend.dispatch('hours.closeMonth', { month: MONTH, confirmed: [] }));
    expect(seed.hours.bind(null, c.p3, ['2026-10-15'], 60)).toThrow();
    ok(backend.dispatch('hours.reopenMonth', { month: MONTH, reason: 'Relevé de Mme Roux corrigé' }));
    expect(billing().reopenings).toEqual([expect.objectContaining({ reopenedBy: 'test', reason: 'Relevé de Mme Roux corrigé' })]);
    seed.hours(c.p3, ['2026-10-15'], 60);

    const [diff] = billing().differences;
    expect(diff).toMatchObject({ clientId: c.roux, invoicedMinutes: 80, recordedMinutes: 140 });
    expect(diff!.proposal.credits).toEqual([expect.objectContaining({ number: '2026-0003', amountCents: 5000 })]);
    // The new invoice: 2 h 20 at 22,50 € = 52,50 €, and the membership line of the invoice it replaces.
    expect(diff!.proposal.invoice!.totalCents).toBe(5250 + 2000);
    expect(failure(backend.dispatch('hours.closeMonth', { month: MONTH, confirmed: [] })).message).toContain('Mme Océane ROUX');

    expect(ok<{ numbers: string[] }>(backend.dispatch('invoices.settleDifference', { month: MONTH, clientId: c.roux, issuedOn: '2026-11-20' })).numbers).toEqual([
      '2026-0004',
      '2026-0005',
    ]);
    expect(billing().differences).toEqual([]);
    ok(backend.dispatch('hours.closeMonth', { month: MONTH, confirmed: [] }));
    const rows = billing().issued.filter((r) => r.clientId === c.roux);
    expect(rows.map((r) => [r.number, r.kind, r.totalCents, r.paymentStatus])).toEqual([
      ['2026-0003', 'facture', 5000, 'annulee'],
      ['2026-0004', 'avoir', 5000, null],
      ['2026-0005', 'facture', 7250, 'impayee'],
    ]);
  });
});

describe('the journal des ventes', () => {
  it('books invoices, avoirs and payments as entries that balance, exported as CSV and as an Excel workbook', async () => {
    const c = october();
    ok(backend.dispatch('invoices.prepare', { month: MONTH }));
    issue();
    const roux = billing().issued.find((r) => r.clientId === c.roux)!;
    ok(backend.dispatch('invoices.addPayment', { invoiceId: roux.id, paidOn: '2026-11-10', amountCents: '20', means: 'cesu' }));
    ok(backend.dispatch('invoices.issueCredit', { invoiceId: roux.id, issuedOn: '2026-11-12', amountCents: '10', reason: 'Geste' }));
    const j = ok<{ entries: { account: string; piece: string; debitCents: number; creditCents: number; journal: string }[]; debitCents: number; creditCents: number }>(
      backend.dispatch('invoices.journal', { from: '2026-11-01', to: '2026-11-30' }),
    );
    expect(j.debitCents).toBe(j.creditCents);
    expect(j.debitCents).toBe(12038 + 9000 + 5000 + 2000 + 1000);
    const rouxEntries = j.entries.filter((e) => e.piece === roux.number && e.journal === 'VT');
    expect(rouxEntries.map((e) => [e.account.slice(0, 3), e.debitCents, e.creditCents])).toEqual([
      ['411', 5000, 0],
      ['706', 0, 3000],
      ['756', 0, 2000],
    ]);
    expect(j.entries.filter((e) => e.journal === 'BQ').map((e) => [e.account, e.debitCents, e.creditCents])).toEqual([
      ['511300', 2000, 0],
      [rouxEntries[0]!.account, 0, 2000],
    ]);
    const file = ok<{ fileName: string; base64: string }>(await backend.call('invoices.exportJournal', { period: { from: '01/11/2026', to: '30/11/2026' }, format: 'csv' }));
    expect(file.fileName).toBe('journal-des-ventes-2026-11-01-au-2026-11-30.csv');
    const lines = Buffer.from(file.base64, 'base64').toString('utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('"Date";"Journal";"N° de pièce";"Compte";"Libellé";"Débit";"Crédit"');
    expect(lines).toHaveLength(j.entries.length + 1);
    expect(lines[1]).toMatch(/^02\/11\/2026;"VT";"2026-0001";"411C\d{5}";"Facture 2026-0001 Atelier Vert";"120,38";"0,00"$/);
    const xlsx = ok<{ fileName: string; base64: string }>(await backend.call('invoices.exportJournal', { period: { from: '01/11/2026', to: '30/11/2026' }, format: 'xlsx' }));
    expect(xlsx.fileName).toBe('journal-des-ventes-2026-11-01-au-2026-11-30.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(xlsx.base64, 'base64') as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.rowCount).toBe(j.entries.length + 1);
    let debit = 0;
    let credit = 0;
    sheet.eachRow((row, n) => {
      if (n === 1) return;
      debit += Math.round(Number(row.getCell(6).value) * 100);
      credit += Math.round(Number(row.getCell(7).value) * 100);
    });
    expect(debit).toBe(j.debitCents);
    expect(credit).toBe(j.creditCents);
  });
});

describe('the client’s account in the books', () => {
  it('is given at the first invoice when the client has no code, and two clients never share a code', () => {
    const c = october();
    ok(backend.dispatch('invoices.prepare', { month: MONTH }));
    issue();
    const code = backend.sqlite!.prepare('SELECT account_code FROM clients WHERE id = ?').pluck().get(c.atelier) as string;
    expect(code).toMatch(/^C\d{5}$/);
    const taken = failure(backend.dispatch('clients.create', { client: { kind: 'association', name: 'Autre association', accountCode: code } }));
    expect(taken.fields).toEqual({ 'client.accountCode': 'Ce code comptable est déjà celui d’un autre utilisateur.' });
  });
});
