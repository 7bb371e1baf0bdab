import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { onFreshBackend, unwrap } from '../testing/backend';
import type { Backend } from '../backend';
import type { ExportFile } from '../contract/exports';
import { parseCsv } from '../csv/parse';

// The exports opened by LibreOffice Calc itself, where it is installed (Debian: apt-get install
// libreoffice-calc-nogui), else skipped with the reason: the CSV read as Calc reads it by default
// (semicolon and comma both separators, French), the workbook as it is; each read back by
// converting to CSV. Calc showed `="01000"` and shifted a row at a comma in an address before.

const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice', '/opt/libreoffice/program/soffice'].find((p) => fs.existsSync(p)) ?? null;

let backend: Backend;
onFreshBackend((b) => {
  backend = b;
});

/** Calc opens `file` (with `infilter` for a CSV), and writes what it read as CSV (`;`, text quoted). */
function readByCalc(file: string, infilter?: string): { headers: string[]; cells: string[] } {
  const dir = path.dirname(file);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'passerelle-calc-'));
  const out = path.join(dir, 'lu-par-calc');
  const run = (args: string[]) => execFileSync(SOFFICE!, ['--headless', `-env:UserInstallation=file://${profile}`, ...args], { stdio: 'ignore', timeout: 120_000 });
  try {
    let sheet = file;
    if (infilter) {
      run([`--infilter=${infilter}`, '--convert-to', 'ods', '--outdir', out, file]);
      sheet = path.join(out, `${path.parse(file).name}.ods`);
    }
    run(['--convert-to', 'csv:Text - txt - csv (StarCalc):59,34,76,1,,1036,true,true', '--outdir', path.join(out, 'csv'), sheet]);
    const parsed = parseCsv(fs.readFileSync(path.join(out, 'csv', `${path.parse(file).name}.csv`), 'utf8'));
    return { headers: parsed.headers, cells: parsed.rows[0]!.cells };
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

async function exported(call: string, format: 'csv' | 'xlsx', dir: string): Promise<string> {
  const file = unwrap<ExportFile>(await backend.call(call, { filters: {}, format }));
  const target = path.join(dir, file.fileName);
  fs.writeFileSync(target, Buffer.from(file.base64, 'base64'));
  return target;
}

describe.skipIf(!SOFFICE)(`the exports opened by LibreOffice Calc${SOFFICE ? '' : ' (skipped: LibreOffice is not installed)'}`, () => {
  it('reads the CSV without shifting a row, identifiers as text and the rate as a number; and the workbook with every cell typed', async () => {
    unwrap(
      backend.dispatch('clients.create', {
        client: { kind: 'entreprise', name: 'Espaces Verts, du "Rhône"', siret: '73282932000074', addressLine1: '3, rue des Lilas', hourlyRateCents: '22,50', phone: '0478000000', postalCode: '01000', city: 'Bourg-en-Bresse' },
      }),
    );
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'passerelle-calc-files-'));
    try {
      // Calc's own defaults split on commas as well as semicolons.
      const csv = readByCalc(await exported('clients.export', 'csv', dir), 'Text - txt - csv (StarCalc):59/44,34,76,1,,1036');
      const cell = (read: typeof csv, name: string) => read.cells[read.headers.indexOf(name)];
      expect(csv.cells).toHaveLength(csv.headers.length);
      expect(cell(csv, 'Raison sociale')).toBe('Espaces Verts, du "Rhône"');
      expect(cell(csv, 'Adresse')).toBe('3, rue des Lilas');
      expect(cell(csv, 'SIRET')).toBe('732 829 320 00074');
      expect(cell(csv, 'Téléphone')).toBe('04 78 00 00 00');
      expect(cell(csv, 'Taux horaire')).toBe('22.5'); // a number, written back by Calc without its format
      expect(cell(csv, 'Commune')).toBe('Bourg-en-Bresse');

      const xlsx = readByCalc(await exported('clients.export', 'xlsx', dir));
      expect(cell(xlsx, 'SIRET')).toBe('732 829 320 00074');
      expect(cell(xlsx, 'Code postal')).toBe('01000'); // text in the workbook: the leading 0 stays
      expect(cell(xlsx, 'Adresse')).toBe('3, rue des Lilas');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
