import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { onFreshBackend, unwrap } from '../testing/backend';
import type { Backend } from '../backend';
import type { ExportFile } from '../contract/exports';
import { nirKey } from '../rules/nir';
import { addDays, todayIso } from '../base/dates';
import { parseCsv } from '../csv/parse';
import { decodeCsvBytes } from '../csv/decode';

// The lists' exports through the dispatcher on a real file, read back: the workbook with
// exceljs (typed cells), the CSV with the import's own reader.

let backend: Backend;
onFreshBackend((b) => {
  backend = b;
});

const ok = unwrap;

const NIR = `2900301112045${String(nirKey('2900301112045')).padStart(2, '0')}`;
const today = todayIso();

async function exported(call: string, format: 'xlsx' | 'csv', filters: unknown = {}): Promise<{ file: ExportFile; bytes: Buffer }> {
  const file = ok<ExportFile>(await backend.call(call, { filters, format }));
  return { file, bytes: Buffer.from(file.base64, 'base64') };
}

async function workbookRows(bytes: Buffer): Promise<{ header: unknown[]; rows: unknown[][]; sheet: ExcelJS.Worksheet }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = wb.worksheets[0]!;
  const values = (r: number) => (sheet.getRow(r).values as unknown[]).slice(1);
  const rows: unknown[][] = [];
  for (let r = 2; r <= sheet.rowCount; r++) rows.push(values(r));
  return { header: values(1), rows, sheet };
}

function addWorker(): number {
  const worker = {
    civility: 'Mme',
    birthName: "N'Diaye",
    firstName: 'Awa',
    birthDate: '04/03/1990',
    nir: NIR,
    postalCode: '01000',
    city: 'Bourg-en-Bresse',
    phone: '0612345678',
    addressLine1: '3, rue des Lilas',
    status: 'en_parcours',
    entryDate: today,
  };
  const id = ok<{ id: number }>(backend.dispatch('workers.create', { worker })).id;
  ok(backend.dispatch('workers.savePass', { workerId: id, number: '999992612345', startDate: '05/01/2026' }));
  return id;
}

describe('the workers export', () => {
  it('as .xlsx: identifiers as text (NIR, phone, postcode, PASS), real dates, and the PASS end date', async () => {
    addWorker();
    const { file, bytes } = await exported('workers.export', 'xlsx');
    expect(file.fileName).toBe(`salaries-${today}.xlsx`);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const { header, rows, sheet } = await workbookRows(bytes);
    const cell = (name: string) => rows[0]![header.indexOf(name)];
    expect(header).toContain('Fin du PASS IAE');
    expect(cell('NIR')).toBe('2 90 03 01 112 045 ' + NIR.slice(13));
    expect(cell('Code postal')).toBe('01000');
    expect(cell('Téléphone')).toBe('06 12 34 56 78');
    expect(cell('N° PASS IAE')).toBe('99999 26 12345');
    expect(cell('Date de naissance')).toEqual(new Date(Date.UTC(1990, 2, 4)));
    expect(cell('Début du PASS IAE')).toEqual(new Date(Date.UTC(2026, 0, 5)));
    expect(cell('Fin du PASS IAE')).toEqual(new Date(Date.UTC(2028, 0, 4)));
    expect(sheet.getRow(2).getCell(header.indexOf('NIR') + 1).numFmt).toBe('@');
    expect(sheet.getRow(2).getCell(header.indexOf('Date de naissance') + 1).numFmt).toBe('dd/mm/yyyy');
  });

  it('as .csv: the same cells, every text quoted, no ="…", the PASS end date as a bare French date', async () => {
    addWorker();
    const { file, bytes } = await exported('workers.export', 'csv');
    expect(file.fileName).toBe(`salaries-${today}.csv`);
    const text = bytes.toString('utf8');
    expect(text).not.toContain('="');
    expect(text).toContain('"3, rue des Lilas"');
    const parsed = parseCsv(decodeCsvBytes(bytes).text);
    const cell = (name: string) => parsed.rows[0]!.cells[parsed.headers.indexOf(name)];
    expect(cell('Fin du PASS IAE')).toBe('04/01/2028');
    expect(cell('NIR')).toBe('2 90 03 01 112 045 ' + NIR.slice(13));
    expect(text.split('\r\n')[1]).toMatch(/^"Mme";"N'Diaye";;"Awa";04\/03\/1990;"2 90 03 01 112 045 \d\d";/);
  });
});

describe('the clients export', () => {
  it('as .xlsx: the hourly rate a number, the payment terms a number, the SIRET spaced text', async () => {
    ok(backend.dispatch('clients.create', { client: { kind: 'entreprise', name: 'Boulangerie du Parc', siret: '73282932000074', hourlyRateCents: '22,50', paymentTermsDays: 45 } }));
    const { header, rows } = await workbookRows((await exported('clients.export', 'xlsx')).bytes);
    expect(rows[0]![header.indexOf('SIRET')]).toBe('732 829 320 00074');
    expect(rows[0]![header.indexOf('Taux horaire')]).toBe(22.5);
    expect(rows[0]![header.indexOf('Délai de paiement (jours)')]).toBe(45);
  });
});

describe('the placements export (Missions)', () => {
  it('lists the placements as filtered, with rates as amounts and the hours worked as decimal hours, in both formats', async () => {
    const worker = addWorker();
    const client = ok<{ id: number }>(
      backend.dispatch('clients.create', { client: { kind: 'particulier', civility: 'M.', lastName: 'Roux', firstName: 'Jean', postalCode: '69001', city: 'Lyon' } }),
    ).id;
    const start = addDays(today, -3);
    ok(
      backend.dispatch('placements.create', {
        placement: { workerId: worker, clientId: client, taskKind: 'menage', taskDetail: 'Vitres', startDate: start, endDate: today, billedRateCents: 2250, wageRateCents: 1250, plannedMinutes: '10' },
        confirmed: ['adhesion_absente', 'hors_territoire', 'diagnostic_absent'],
      }),
    );
    ok(backend.dispatch('hours.saveMonth', { month: start.slice(0, 7), entries: [{ placementId: 1, day: start, minutes: 150 }] }));

    const { file, bytes } = await exported('placements.export', 'xlsx', { search: 'ndiaye' });
    expect(file.fileName).toBe(`missions-${today}.xlsx`);
    const { header, rows } = await workbookRows(bytes);
    expect(header).toEqual([
      'N° de mission',
      'Salarié',
      'Utilisateur',
      "Type d'utilisateur",
      'Tâche',
      'Précision sur la tâche',
      'Début',
      'Fin',
      'Statut',
      'Taux horaire facturé',
      'Salaire horaire',
      'Heures prévues',
      'Heures réalisées',
    ]);
    const [y, m, d] = start.split('-').map(Number) as [number, number, number];
    expect(rows[0]).toEqual([1, "N'DIAYE Awa", 'M. Jean ROUX', 'Particulier', 'Ménage', 'Vitres', new Date(Date.UTC(y, m - 1, d)), expect.any(Date), 'Prévue', 22.5, 12.5, 10, 2.5]);

    const csv = parseCsv(decodeCsvBytes((await exported('placements.export', 'csv')).bytes).text);
    expect(csv.rows[0]!.cells.slice(-4)).toEqual(['22,50', '12,50', '10', '2,5']);
    expect((await exported('placements.export', 'csv', { search: 'personne' })).bytes.toString('utf8').split('\r\n')).toHaveLength(2);
  });
});

describe('an export asked in an unknown format', () => {
  it('is refused with its own French message', async () => {
    const r = await backend.call('workers.export', { filters: {}, format: 'pdf' });
    expect(r.ok ? null : r.error.fields).toEqual({ format: 'Choisissez le format du fichier : .xlsx ou .csv.' });
  });
});
