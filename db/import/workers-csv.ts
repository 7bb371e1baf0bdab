import { z } from 'zod';
import { csvColumnsOf, type CsvColumn } from '../csv/columns';
import { sheetColumnsOf, sheetRowOf, type Sheet } from '../csv/sheet';
import { describeFields } from '../contract/field-spec';
import { WORKER_FIELDS } from '../contract/worker-fields';
import { workerInput, type WorkerValues } from '../contract/workers';
import { requiredDate } from '../contract/fields';
import { checkPassNumber, normalisePassNumber } from '../rules/pass-iae';
import { searchKey } from '../base/search';
import { inputOfCells, type CellErrors } from './cells';
import type { ImportSpec } from './run-import';
import { findWorkerDuplicates, workerColumns } from '../records/workers';
import { insertPastPath } from '../records/support';
import { passes, workers } from '../schema';

// The workers' spreadsheet: the same columns for export and import, so that an exported list
// re-imports identically (the export adds the PASS end date, which the import computes).
// Headings are French; common variants are accepted on import.

const { notes, ...beforeNotes } = WORKER_FIELDS;

/** A worker's line: the worker's fields, and the PASS IAE that spreadsheets usually carry beside. */
const LINE_FIELDS = describeFields({
  ...beforeNotes,
  passNumber: { label: 'N° PASS IAE', kind: 'passNumber', csv: { aliases: ['PASS IAE', 'Numéro PASS IAE', 'PASS'] } },
  passStart: { label: 'Début du PASS IAE', kind: 'date', csv: { aliases: ['Date PASS IAE', 'Début PASS'] } },
  passEnd: { label: 'Fin du PASS IAE', kind: 'date', csv: { exportOnly: true } },
  notes,
});

export const WORKER_COLUMNS: CsvColumn[] = csvColumnsOf(LINE_FIELDS);

/** A worker line: the worker, plus the PASS IAE that spreadsheets usually carry beside. */
const workerLine = z
  .object({
    worker: workerInput,
    passNumber: z.string().nullable(),
    passStart: z.string().nullable(),
  })
  .transform((v, ctx) => {
    if (v.passNumber === null) {
      if (v.passStart !== null) ctx.addIssue({ code: 'custom', path: ['passNumber'], message: 'Le début du PASS IAE est donné sans son numéro.' });
      return { ...v.worker, passNumber: null, passStart: null };
    }
    const number = normalisePassNumber(v.passNumber);
    if (!checkPassNumber(number)) {
      ctx.addIssue({ code: 'custom', path: ['passNumber'], message: 'Le numéro de PASS IAE comporte 12 chiffres ou lettres.' });
      return z.NEVER;
    }
    const start = requiredDate.safeParse(v.passStart ?? '');
    if (!start.success) {
      ctx.addIssue({ code: 'custom', path: ['passStart'], message: v.passStart ? start.error.issues[0]!.message : 'Le début du PASS IAE est obligatoire avec son numéro.' });
      return z.NEVER;
    }
    return { ...v.worker, passNumber: number, passStart: start.data };
  });

type WorkerLine = WorkerValues & { passNumber: string | null; passStart: string | null };

const identityKey = (w: WorkerValues) => `id:${searchKey(w.birthName, w.firstName)}:${w.birthDate}`;

function toInput(cells: Record<string, string>): { input: unknown; errors: CellErrors; notes: CellErrors } {
  const errors: CellErrors = [];
  const notes: CellErrors = [];
  const worker = inputOfCells(WORKER_FIELDS, cells, errors, notes);
  return { input: { worker, passNumber: cells.passNumber || null, passStart: cells.passStart || null }, errors, notes };
}

export const workersImportSpec: ImportSpec<WorkerLine> = {
  list: 'salaries',
  entity: 'salarie',
  importedLabel: (n) => (n >= 2 ? `${n} salariés importés` : `${n} salarié importé`),
  columns: WORKER_COLUMNS,
  toInput,
  schema: workerLine,
  duplicate(ctx, value, seen) {
    const dups = findWorkerDuplicates(ctx, value, null);
    if (dups.length > 0) return `Ce salarié existe déjà : ${dups[0]!.label} (${dups[0]!.why}).`;
    if (value.nir && seen.has(`nir:${value.nir}`)) {
      return { key: 'nir', message: `Même NIR qu'à la ligne ${seen.get(`nir:${value.nir}`)} du fichier.` };
    }
    const identity = seen.get(identityKey(value));
    if (identity !== undefined) return `Même salarié qu'à la ligne ${identity} du fichier.`;
    // The form refuses a PASS number already given to another worker (workers.savePass): so does the import.
    if (value.passNumber) {
      const taken = ctx.sqlite.prepare('SELECT 1 FROM pass_iae WHERE number = ?').get(value.passNumber);
      if (taken) return { key: 'passNumber', message: 'Ce numéro de PASS IAE est déjà enregistré pour un autre salarié.' };
      const line = seen.get(`pass:${value.passNumber}`);
      if (line !== undefined) return { key: 'passNumber', message: `Même numéro de PASS IAE qu'à la ligne ${line} du fichier.` };
    }
    return null;
  },
  remember(value, line, seen) {
    if (value.nir) seen.set(`nir:${value.nir}`, line);
    seen.set(identityKey(value), line);
    if (value.passNumber) seen.set(`pass:${value.passNumber}`, line);
  },
  insert(ctx, value) {
    const { passNumber, passStart, ...worker } = value;
    const now = ctx.now().toISOString();
    const id = ctx.db
      .insert(workers)
      .values({
        ...workerColumns(worker, passNumber ? [passNumber] : []),
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: workers.id })
      .get().id;
    // An imported worker already out keeps their exit on a path, its reason to be given in the Suivi.
    insertPastPath(ctx, id, worker);
    if (passNumber && passStart) {
      ctx.db.insert(passes).values({ workerId: id, number: passNumber, startDate: passStart, createdAt: now }).run();
    }
  },
};

/** A worker's line of the export: its values, and its current PASS IAE (number, start, end). */
export interface WorkerExportLine {
  values: WorkerValues;
  passNumber: string | null;
  passStart: string | null;
  passEnd: string | null;
}

/** The workers' list as a sheet: the import's columns, and the PASS end date. */
export function workersSheet(lines: WorkerExportLine[]): Sheet {
  return {
    name: 'Salariés',
    columns: sheetColumnsOf(LINE_FIELDS),
    rows: lines.map(({ values, ...pass }) => sheetRowOf(LINE_FIELDS, { ...values, ...pass })),
  };
}
