import { beforeEach, describe, expect, it } from 'vitest';
import { onFreshBackend } from '../testing/backend';
import type { Backend } from '../backend';
import ExcelJS from 'exceljs';
import type { AspMonthly, HoursStatement, MonthFigures, PayrollStatement } from '../contract/reports';
import type { ExportFile } from '../contract/exports';
import { parseCsv } from '../csv/parse';
import { ok, seeder } from '../testing/seed';

// The monthly documents, computed on a real SQLite file from hours saved through the API.

let backend: Backend;
let seed: ReturnType<typeof seeder>;
onFreshBackend((b) => {
  backend = b;
  seed = seeder(backend);
});

const MARCH = '2026-03';
let ids: { lea: number; marc: number; nina: number; roux: number; atelier: number; amis: number; leaRoux: number; leaAtelier: number; marcAtelier: number; ninaAmis: number };

/**
 * March 2026: Léa works for Mme Roux (2 × 1 h 30 at 12,50 €) and for Atelier Vert (1 h 20 at
 * 13,00 €); Marc for Atelier Vert (3 × 1 h 05 at 12,50 €); Nina has a placement with Les Amis
 * but no hours. Léa also worked 2 h for Mme Roux in February.
 */
function seedMarch() {
  const lea = seed.worker({ birthName: 'Leroy', firstName: 'Léa' });
  const marc = seed.worker({ birthName: 'Martin', firstName: 'Marc' });
  const nina = seed.worker({ birthName: 'Nadal', firstName: 'Nina', passStart: '2026-02-02' });
  const roux = seed.client('particulier', { name: 'Mme Océane Roux' });
  const atelier = seed.client('entreprise', { name: 'Atelier Vert' });
  const amis = seed.client('association', { name: 'Les Amis du Parc' });
  const leaRoux = seed.placement(lea, roux, '2026-02-01', '2026-06-30');
  const leaAtelier = seed.placement(lea, atelier, '2026-03-01', '2026-03-31', { more: { wageRateCents: '13,00' } });
  const marcAtelier = seed.placement(marc, atelier, '2026-03-01', '2026-04-30');
  const ninaAmis = seed.placement(nina, amis, '2026-03-10', '2026-05-31');
  seed.hours(leaRoux, ['2026-02-16'], 120);
  seed.hours(leaRoux, ['2026-03-02', '2026-03-03'], 90);
  seed.hours(leaAtelier, ['2026-03-04'], 80);
  seed.hours(marcAtelier, ['2026-03-05', '2026-03-06', '2026-03-09'], 65);
  ids = { lea, marc, nina, roux, atelier, amis, leaRoux, leaAtelier, marcAtelier, ninaAmis };
}

const call = <T>(name: Parameters<Backend['dispatch']>[0], input: unknown) => ok<T>(backend.dispatch(name, input as never));

describe('reports.hoursStatements: the relevé d’heures of each client', () => {
  beforeEach(seedMarch);

  it('gives each client with hours its placements, workers, days and hours, clients in list order', () => {
    const statements = call<HoursStatement[]>('reports.hoursStatements', { month: MARCH });
    // Atelier Vert, then Mme Océane Roux (under R); Les Amis has no hours in March.
    expect(statements.map((s) => s.clientName)).toEqual(['Atelier Vert', 'Mme Océane ROUX']);
    const atelier = statements[0]!;
    expect(atelier).toMatchObject({ month: MARCH, clientId: ids.atelier, clientKind: 'entreprise', minutes: 80 + 3 * 65, city: 'Lyon' });
    expect(atelier.placements.map((p) => [p.workerName, p.minutes])).toEqual([
      ['LEROY Léa', 80],
      ['MARTIN Marc', 195],
    ]);
    expect(atelier.placements[1]!.days).toEqual([
      { day: '2026-03-05', minutes: 65 },
      { day: '2026-03-06', minutes: 65 },
      { day: '2026-03-09', minutes: 65 },
    ]);
    // February's hours stay in February.
    expect(statements[1]!.placements[0]).toMatchObject({ placementId: ids.leaRoux, minutes: 180, startDate: '2026-02-01', endDate: '2026-06-30', taskKind: 'menage' });
    expect(statements[1]!.placements[0]!.days.map((d) => d.day)).toEqual(['2026-03-02', '2026-03-03']);
  });

  it('gives only the clients asked, for the invoices of those clients', () => {
    const one = call<HoursStatement[]>('reports.hoursStatements', { month: MARCH, clientIds: [ids.roux, ids.amis] });
    expect(one.map((s) => [s.clientId, s.minutes])).toEqual([[ids.roux, 180]]);
    expect(call<HoursStatement[]>('reports.hoursStatements', { month: '2026-04', clientIds: [ids.roux] })).toEqual([]);
  });
});

describe('reports.payroll: the état des heures par salarié', () => {
  beforeEach(seedMarch);

  it('gives each worker the hours by client with the wage rate and the gross amount, rounded per line', () => {
    const p = call<PayrollStatement>('reports.payroll', { month: MARCH });
    expect(p.workers.map((w) => w.workerName)).toEqual(['LEROY Léa', 'MARTIN Marc']);
    expect(p.workers[0]).toEqual({
      workerId: ids.lea,
      workerName: 'LEROY Léa',
      lines: [
        // 1 h 20 at 13,00 € = 17,333… → 17,33 €
        { clientId: ids.atelier, clientName: 'Atelier Vert', minutes: 80, wageRateCents: 1300, grossCents: 1733 },
        { clientId: ids.roux, clientName: 'Mme Océane ROUX', minutes: 180, wageRateCents: 1250, grossCents: 3750 },
      ],
      minutes: 260,
      grossCents: 1733 + 3750,
    });
    // 3 h 15 at 12,50 € = 40,625 → 40,63 € (half away from zero).
    expect(p.workers[1]).toMatchObject({ minutes: 195, grossCents: 4063, lines: [{ clientName: 'Atelier Vert', grossCents: 4063 }] });
    expect(p).toMatchObject({ month: MARCH, minutes: 455, grossCents: 1733 + 3750 + 4063 });
  });

  it('makes one line of two placements with the same client at the same rate', () => {
    const again = seed.placement(ids.marc, ids.atelier, '2026-03-20', '2026-03-31', { taskKind: 'manutention' });
    seed.hours(again, ['2026-03-23'], 60);
    const marc = call<PayrollStatement>('reports.payroll', { month: MARCH }).workers[1]!;
    expect(marc.lines).toEqual([{ clientId: ids.atelier, clientName: 'Atelier Vert', minutes: 255, wageRateCents: 1250, grossCents: 5313 }]);
  });

  it('writes a CSV French Excel opens: BOM, semicolons, decimal commas, the same totals', async () => {
    const file = ok<ExportFile>(await backend.call('reports.payrollExport', { month: MARCH, format: 'csv' }));
    expect(file.fileName).toBe('etat-des-heures-2026-03.csv');
    const text = Buffer.from(file.base64, 'base64').toString('utf8');
    expect(text.startsWith('\uFEFF"Salarié";"Utilisateur";"Heures";"Minutes";"Salaire horaire brut";"Montant brut"\r\n')).toBe(true);
    expect(text).toContain('"LEROY Léa";"Atelier Vert";"1,33";80;"13,00";"17,33"\r\n');
    expect(text).toContain('"MARTIN Marc";"Atelier Vert";"3,25";195;"12,50";"40,63"\r\n');
    const { delimiter, rows } = parseCsv(text);
    expect(delimiter).toBe(';');
    const body = rows.map((r) => r.cells);
    expect(body).toHaveLength(3);
    expect(body.reduce((s, r) => s + Number(r[3]), 0)).toBe(455);
    expect(body.reduce((s, r) => s + Math.round(Number(r[5]!.replace(',', '.')) * 100), 0)).toBe(1733 + 3750 + 4063);
  });

  it('writes an Excel workbook with numbers for hours and amounts, summing to the same totals', async () => {
    const { fileName, base64 } = ok<ExportFile>(await backend.call('reports.payrollExport', { month: MARCH, format: 'xlsx' }));
    expect(fileName).toBe('etat-des-heures-2026-03.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    const values = sheet.getSheetValues().slice(2) as unknown[][];
    expect(values.map((r) => r[1])).toEqual(['LEROY Léa', 'LEROY Léa', 'MARTIN Marc']);
    expect(values.reduce((s, r) => s + (r[4] as number), 0)).toBe(455);
    expect(Math.round(values.reduce((s, r) => s + (r[6] as number), 0) * 100)).toBe(1733 + 3750 + 4063);
  });
});

describe('reports.asp: the suivi mensuel for the ASP', () => {
  beforeEach(seedMarch);

  it('gives every worker with a placement in the month its PASS IAE, hours and placement dates', () => {
    const a = call<AspMonthly>('reports.asp', { month: MARCH });
    expect(a.workers.map((w) => [w.workerName, w.minutes])).toEqual([
      ['LEROY Léa', 260],
      ['MARTIN Marc', 195],
      ['NADAL Nina', 0],
    ]);
    const lea = a.workers[0]!;
    expect(lea.pass).toMatchObject({ startDate: '2026-01-05', endDate: '2028-01-04' });
    expect(lea.pass!.number).toMatch(/^PASS\d{8}$/);
    expect(lea.placements.map((p) => [p.clientName, p.startDate, p.endDate])).toEqual([
      ['Mme Océane ROUX', '2026-02-01', '2026-06-30'],
      ['Atelier Vert', '2026-03-01', '2026-03-31'],
    ]);
    expect(a.workers[2]!.pass).toMatchObject({ startDate: '2026-02-02' });
    expect(a.minutes).toBe(455);
  });

  it('leaves out a cancelled placement without hours, and a worker with no PASS shows none', () => {
    const sans = seed.worker({ birthName: 'Sans', firstName: 'Pass', passStart: null, diagnosis: null });
    const cancelled = seed.worker({ birthName: 'Annulé', firstName: 'Paul' });
    seed.placement(cancelled, ids.amis, '2026-03-01', '2026-03-31', { status: 'annulee' });
    // Without a PASS a placement is refused: the worker is seeded with one, then it is removed.
    const withPass = seed.worker({ birthName: 'Zidane', firstName: 'Zoé' });
    seed.placement(withPass, ids.amis, '2026-03-01', '2026-03-31');
    backend.sqlite!.prepare('DELETE FROM pass_iae WHERE worker_id = ?').run(withPass);
    const names = call<AspMonthly>('reports.asp', { month: MARCH }).workers.map((w) => w.workerName);
    expect(names).not.toContain('ANNULÉ Paul');
    expect(names).not.toContain('SANS Pass'); // no placement at all
    expect(call<AspMonthly>('reports.asp', { month: MARCH }).workers.find((w) => w.workerId === withPass)!.pass).toBeNull();
    expect(sans).toBeGreaterThan(0);
  });

  it('writes a CSV with the PASS number grouped (kept as text) and French dates', async () => {
    const file = ok<ExportFile>(await backend.call('reports.aspExport', { month: MARCH, format: 'csv' }));
    expect(file.fileName).toBe('suivi-mensuel-asp-2026-03.csv');
    const { headers, rows } = parseCsv(Buffer.from(file.base64, 'base64').toString('utf8'));
    expect(headers).toEqual(['Salarié', 'Date de naissance', 'N° PASS IAE', 'Début du PASS IAE', 'Fin du PASS IAE', 'Heures du mois', 'Minutes', 'Début de la première mission', 'Fin de la dernière mission', 'Missions']);
    const lea = rows.map((r) => r.cells).find((r) => r[0] === 'LEROY Léa')!;
    // Grouped as the State platform shows it (« PASS0 00 00001 »): a spreadsheet keeps it as text.
    expect(lea[2]).toMatch(/^PASS\d \d{2} \d{5}$/);
    expect(lea.slice(3, 10)).toEqual(['05/01/2026', '04/01/2028', '4,33', '260', '01/02/2026', '30/06/2026', 'Mme Océane ROUX du 01/02/2026 au 30/06/2026 ; Atelier Vert du 01/03/2026 au 31/03/2026']);
  });
});

describe('reports.monthFigures: the dashboard of the month', () => {
  beforeEach(seedMarch);

  it('counts hours of the month and of the year by client kind, ETP, workers active, placements in progress and open months', () => {
    const f = call<MonthFigures>('reports.monthFigures', { month: MARCH });
    const kind = (k: string) => f.byKind.find((x) => x.kind === k);
    expect(kind('particulier')).toEqual({ kind: 'particulier', monthMinutes: 180, yearMinutes: 300 });
    expect(kind('entreprise')).toEqual({ kind: 'entreprise', monthMinutes: 275, yearMinutes: 275 });
    expect(kind('association')).toEqual({ kind: 'association', monthMinutes: 0, yearMinutes: 0 });
    expect(f.byKind).toHaveLength(5);
    expect([f.monthMinutes, f.yearMinutes]).toEqual([455, 575]);
    // 455 min over one twelfth of 1 607 h; 575 min over three twelfths.
    expect(f.etpAnnualMinutes).toBe(1607 * 60);
    expect(f.etpMonth).toBe(0.06);
    expect(f.etpYear).toBe(0.02);
    expect(f.activeWorkers).toBe(2);
    expect(f.placementsInProgress).toBe(4);
    expect(f.openMonths).toEqual(['2026-02', '2026-03']);
  });

  it('follows the setting of one ETP’s annual hours, and a closed month is no longer open', () => {
    ok(backend.dispatch('settings.saveOrganisation', { name: 'AI', defaultBilledRateCents: 2200, etpAnnualMinutes: '5:00', version: 0 }));
    ok(backend.dispatch('hours.closeMonth', { month: '2026-02' }));
    const f = call<MonthFigures>('reports.monthFigures', { month: MARCH });
    // One ETP = 5 h a year: a month is 25 min, so 455 min are 18,2 ETP.
    expect(f.etpMonth).toBe(18.2);
    expect(f.openMonths).toEqual(['2026-03']);
    expect(call<MonthFigures>('reports.monthFigures', { month: '2026-02' }).openMonths).toEqual([]);
  });
});

describe('reports.monthFigures: the month’s money', () => {
  beforeEach(seedMarch);

  it('counts what was invoiced for the month less its avoirs, what was received in the month, and what remains due', () => {
    const zero = call<MonthFigures>('reports.monthFigures', { month: MARCH }).money;
    expect(zero).toEqual({ invoicedCents: 0, collectedCents: 0, unpaidCents: 0 });
    ok(backend.dispatch('invoices.prepare', { month: MARCH }));
    // Mme Roux 3 h at 22,50 € = 67,50 €; Atelier Vert 1 h 20 (30,00 €) and 3 h 15 (73,13 €).
    ok(backend.dispatch('invoices.issue', { month: MARCH, issuedOn: '2026-04-01' }));
    const issued = backend.sqlite!.prepare("SELECT id, client_id AS clientId, total_cents AS total FROM invoices WHERE status = 'emise'").all() as { id: number; clientId: number; total: number }[];
    expect(issued.map((i) => i.total).sort()).toEqual([10313, 6750]);
    const roux = issued.find((i) => i.clientId === ids.roux)!.id;
    const atelier = issued.find((i) => i.clientId === ids.atelier)!.id;
    ok(backend.dispatch('invoices.addPayment', { invoiceId: roux, paidOn: '2026-04-10', amountCents: '20,00', means: 'cheque' }));
    ok(backend.dispatch('invoices.issueCredit', { invoiceId: atelier, issuedOn: '2026-04-12', amountCents: '10', reason: 'Heure non effectuée' }));

    expect(call<MonthFigures>('reports.monthFigures', { month: MARCH }).money).toEqual({
      invoicedCents: 6750 + 10313 - 1000,
      collectedCents: 0,
      unpaidCents: 6750 - 2000 + (10313 - 1000),
    });
    expect(call<MonthFigures>('reports.monthFigures', { month: '2026-04' }).money).toEqual({ invoicedCents: 0, collectedCents: 2000, unpaidCents: 4750 + 9313 });
    // A paid invoice owes nothing, and never less than nothing.
    ok(backend.dispatch('invoices.addPayment', { invoiceId: roux, paidOn: '2026-04-20', amountCents: '47,50', means: 'virement' }));
    expect(call<MonthFigures>('reports.monthFigures', { month: '2026-04' }).money.unpaidCents).toBe(9313);
  });
});

describe('the reports read the hours through their indexes, a fixed number of statements', () => {
  beforeEach(seedMarch);

  /** The statements a call prepares, with their query plans. */
  function traced(name: Parameters<Backend['dispatch']>[0], input: unknown) {
    const sqlite = backend.sqlite!;
    const seen: string[] = [];
    const prepare = sqlite.prepare.bind(sqlite);
    sqlite.prepare = ((source: string) => {
      seen.push(source);
      return prepare(source);
    }) as typeof sqlite.prepare;
    try {
      ok(backend.dispatch(name, input as never));
    } finally {
      sqlite.prepare = prepare;
    }
    const reads = seen.filter((s) => /\bhours\b/.test(s));
    const plans = reads.map((s) => {
      const params = Array.from({ length: (s.match(/\?/g) ?? []).length }, (_, i) => (i % 2 ? '2026-03-31' : '2026-03-01'));
      return (sqlite.prepare(`EXPLAIN QUERY PLAN ${s}`).all(...params) as { detail: string }[]).map((r) => r.detail).join(' | ');
    });
    return { count: seen.length, plans };
  }

  it.each([
    ['reports.hoursStatements', { month: MARCH }],
    ['reports.payroll', { month: MARCH }],
    ['reports.asp', { month: MARCH }],
    ['reports.monthFigures', { month: MARCH }],
  ] as const)('%s: never scans the hours table, and prepares as many statements with more workers', (name, input) => {
    const before = traced(name, input);
    for (const plan of before.plans) {
      expect(plan, plan).not.toMatch(/SCAN h\b(?! USING COVERING INDEX hours_day_placement)|SCAN hours\b(?! USING)/);
      expect(plan, plan).toMatch(/hours_day_placement|sqlite_autoindex_hours_1|USING PRIMARY KEY|USING INDEX/);
    }
    for (let i = 0; i < 5; i++) {
      const w = seed.worker();
      seed.hours(seed.placement(w, ids.atelier, '2026-03-01', '2026-03-31'), ['2026-03-10'], 60);
    }
    expect(traced(name, input).count).toBe(before.count);
  });
});
