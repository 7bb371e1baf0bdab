import type { z } from 'zod';
import { csvColumnsOf, type CsvColumn } from '../csv/columns';
import { sheetColumnsOf, sheetRowOf, type Sheet } from '../csv/sheet';
import { CLIENT_FIELDS } from '../contract/client-fields';
import { clientInput, type ClientValues } from '../contract/clients';
import { clients } from '../schema';
import { splitPersonName } from '../rules/person-name';
import { inputOfCells, type CellErrors } from './cells';
import type { ImportSpec } from './run-import';
import { clientColumns, findClientDuplicates, type StoredClientValues } from '../records/clients';
import { taskOfPost } from '../contract/task-posts';

// The clients' spreadsheet: same columns for export and import.

export const CLIENT_COLUMNS: CsvColumn[] = csvColumnsOf(CLIENT_FIELDS);

function toInput(cells: Record<string, string>): { input: unknown; errors: CellErrors; notes: CellErrors } {
  const errors: CellErrors = [];
  const notes: CellErrors = [];
  // The layoff's post is one of the tasks; other software writes it in words (« Manutentionnaire »).
  const post = cells.lastLayoffPost ? taskOfPost(cells.lastLayoffPost) : null;
  const read = post ? { ...cells, lastLayoffPost: post } : cells;
  return { input: namesApart(inputOfCells(CLIENT_FIELDS, read, errors, notes)), errors, notes };
}

/**
 * Older files (and other software) give a client's name in one column (« Nom ou raison
 * sociale »): a particulier's is read as civility, first and last name where it clearly says so
 * (the rule the update applied to the saved clients), else the line says what is missing; an
 * organisation's name found in the « Nom » column is its raison sociale.
 */
function namesApart(input: Record<string, unknown>): Record<string, unknown> {
  const text = (key: string) => String(input[key] ?? '').trim();
  if (input.kind === 'particulier' && text('lastName') === '' && text('name') !== '') {
    const person = splitPersonName(text('name'));
    return person ? { ...input, ...person, name: '' } : input;
  }
  if (input.kind !== 'particulier' && text('name') === '' && text('lastName') !== '') return { ...input, name: text('lastName') };
  return input;
}

export const clientsImportSpec: ImportSpec<ClientValues> = {
  list: 'utilisateurs',
  entity: 'utilisateur',
  importedLabel: (n) => (n >= 2 ? `${n} utilisateurs importés` : `${n} utilisateur importé`),
  columns: CLIENT_COLUMNS,
  toInput,
  schema: clientInput as z.ZodType<ClientValues>,
  duplicate(ctx, value, seen) {
    const dups = findClientDuplicates(ctx, value, null);
    if (dups.length > 0) return `Cet utilisateur existe déjà : ${dups[0]!.label} (${dups[0]!.why}).`;
    if (value.siret && seen.has(`siret:${value.siret}`)) return `Même SIRET qu'à la ligne ${seen.get(`siret:${value.siret}`)} du fichier.`;
    return null;
  },
  remember(value, line, seen) {
    if (value.siret) seen.set(`siret:${value.siret}`, line);
  },
  insert(ctx, value) {
    const now = ctx.now().toISOString();
    ctx.db.insert(clients).values({ ...clientColumns(value), createdAt: now, updatedAt: now }).run();
  },
};

/** The clients' list as a sheet: the import's columns. */
export function clientsSheet(rows: StoredClientValues[]): Sheet {
  return { name: 'Utilisateurs', columns: sheetColumnsOf(CLIENT_FIELDS), rows: rows.map((c) => sheetRowOf(CLIENT_FIELDS, c)) };
}
