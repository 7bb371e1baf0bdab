import fs from 'node:fs';
import { expect, test } from './fixtures';
import { api } from './api';
import { keepImages, printToPdf } from './print';
import type { AuditPage } from '../db/contract/audit';
import type { PersonFile } from '../db/contract/personal-data';

// A person asks for what Passerelle holds on them (GDPR, issue 13): direction answers from the
// worker's page with the whole file as JSON and as a printed document (A4, the app's one print
// mechanism), and both are written in the journal.

test('direction gives a person their whole file as JSON and as a printed PDF, and both are in the journal', async ({ page, host }) => {
  const w = await api<{ id: number }>(host, 'workers.create', {
    worker: { civility: 'Mme', birthName: 'Benali', firstName: 'Samira', birthDate: '1979-06-02', phone: '06 98 76 54 32', city: 'Villeurbanne' },
  });
  expect(w.ok, JSON.stringify(w.error)).toBe(true);
  const id = w.value.id;
  await page.goto(host.url);
  await page.goto(`${host.origin}/#/salaries/${id}`);
  const section = page.getByRole('region', { name: 'Données personnelles' });

  const download = page.waitForEvent('download');
  await section.getByRole('button', { name: 'Exporter ses données (JSON)' }).click();
  const d = await download;
  expect(d.suggestedFilename()).toMatch(new RegExp(`^donnees-personnelles-salarie-${id}-\\d{4}-\\d{2}-\\d{2}\\.json$`));
  const json = JSON.parse(fs.readFileSync((await d.path())!, 'utf8')) as PersonFile;
  const own = json.tables.find((t) => t.table === 'workers')!;
  expect(own.rows).toHaveLength(1);
  expect(own.rows[0]).toMatchObject({ birth_name: 'Benali', first_name: 'Samira', phone: '06 98 76 54 32' });

  await section.getByRole('button', { name: 'Imprimer son dossier' }).click();
  const pdf = await printToPdf(page, 'dossier');
  keepImages(pdf, 'dossier-personnel');
  expect(pdf.text).toContain('Données personnelles de BENALI Samira');
  expect(pdf.text).toContain('06 98 76 54 32');
  expect(pdf.text).toContain('Villeurbanne');
  expect(pdf.text).not.toContain('Imprimer son dossier'); // no UI chrome

  const journal = await api<AuditPage>(host, 'audit.list', { entity: 'salarie', entityId: String(id) });
  const actions = journal.value.entries.map((e) => e.action);
  expect(actions).toContain('export');
  expect(actions).toContain('impression');
});
