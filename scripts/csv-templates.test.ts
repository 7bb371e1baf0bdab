import { readExcelText } from '../db/csv/write';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { guessMapping } from '../db/csv/columns';
import { decodeCsvBytes } from '../db/csv/decode';
import { parseCsv } from '../db/csv/parse';
import { clientsImportSpec } from '../db/import/clients-csv';
import { workersImportSpec } from '../db/import/workers-csv';
import type { ImportSpec } from '../db/import/run-import';
import { PROJECT_ROOT, TEMPLATES, templateText, type TemplateKind } from './write-csv-templates';

// The import templates in build/modeles/ are generated from the import's column lists; this
// fails when a committed template is stale (regenerate: npx tsx scripts/write-csv-templates.ts)
// or when its example lines would not import.

const SPECS: Record<TemplateKind, ImportSpec<unknown>> = {
  salaries: workersImportSpec as ImportSpec<unknown>,
  utilisateurs: clientsImportSpec as ImportSpec<unknown>,
};

const REGENERATE = 'modèle périmé : lancez « npx tsx scripts/write-csv-templates.ts »';

describe.each(Object.keys(TEMPLATES) as TemplateKind[])('the %s template', (kind) => {
  const spec = TEMPLATES[kind];
  const bytes = () => new Uint8Array(readFileSync(path.join(PROJECT_ROOT, spec.file)));

  it('is committed exactly as the script writes it', () => {
    expect(readFileSync(path.join(PROJECT_ROOT, spec.file), 'utf8'), REGENERATE).toBe(templateText(kind));
  });

  it('is written as French Excel expects: UTF-8 with BOM, semicolons, CRLF', () => {
    const b = bytes();
    expect([...b.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const { text, encoding } = decodeCsvBytes(b);
    expect(encoding).toBe('utf-8-bom');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = text.split('\r\n').filter((l) => l !== '');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe(spec.columns.map((c) => `"${c.label}"`).join(';'));
  });

  it('has the columns of the import, in order, and example lines that import without error', () => {
    const parsed = parseCsv(decodeCsvBytes(bytes()).text);
    expect(parsed.delimiter).toBe(';');
    expect(parsed.problems).toEqual([]);
    expect(parsed.headers).toEqual(spec.columns.map((c) => c.label));
    const mapping = guessMapping(parsed.headers, spec.columns);
    spec.columns.forEach((c, i) => expect(mapping[c.key]).toBe(i));
    expect(parsed.rows).toHaveLength(2);
    for (const row of parsed.rows) {
      const cells = Object.fromEntries(spec.columns.map((c, i) => [c.key, readExcelText(row.cells[i] ?? '')]));
      const converted = SPECS[kind].toInput(cells);
      expect(converted.errors, `ligne ${row.line}`).toEqual([]);
      const result = SPECS[kind].schema.safeParse(converted.input);
      expect(result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')} : ${i.message}`), `ligne ${row.line}`).toEqual([]);
    }
  });
});
