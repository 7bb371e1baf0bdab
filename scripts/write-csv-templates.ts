// Writes the spreadsheet templates (build/modeles/*.csv) from db/import/templates.ts:
//
//   npx tsx scripts/write-csv-templates.ts
//
// scripts/csv-templates.test.ts fails when a committed template differs from this output.

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { TEMPLATES, templateText, type TemplateKind } from '../db/import/templates';

export { TEMPLATES, templateText, type TemplateKind };

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export function writeTemplates(root = PROJECT_ROOT): string[] {
  const written: string[] = [];
  for (const kind of Object.keys(TEMPLATES) as TemplateKind[]) {
    const target = path.join(root, TEMPLATES[kind].file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, templateText(kind), 'utf8');
    written.push(target);
  }
  return written;
}

const runAsMain = !!process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (runAsMain) {
  for (const file of writeTemplates()) console.log(`écrit : ${path.relative(PROJECT_ROOT, file)}`);
}
