import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { api } from './api';

// Sauvegardes through the real UI and the real web host: an export is a download, a restore
// from a file is an upload, and the page reloads on the restored data.

async function addWorker(host: Parameters<typeof api>[0], birthName: string) {
  const r = await api<{ id: number }>(host, 'workers.create', { worker: { civility: 'Mme', birthName, firstName: 'Hélène', birthDate: '1985-03-12' } });
  expect(r.ok).toBe(true);
  return r.value.id;
}

async function openBackups(page: Page, url: string) {
  await page.goto(url);
  await page.getByRole('navigation').getByRole('link', { name: 'Sauvegardes' }).click();
  await expect(page.getByRole('heading', { name: 'Sauvegardes', level: 1 })).toBeVisible();
}

async function workerNames(page: Page): Promise<string> {
  await page.getByRole('navigation').getByRole('link', { name: 'Salariés' }).click();
  await expect(page.getByText(/\d+ salariés?/).first()).toBeVisible();
  return (await page.locator('.datatable-body').innerText()).toUpperCase();
}

test('export a backup, change the data, restore the file: the old data is back', async ({ page, host }, testInfo) => {
  await addWorker(host, 'Avant');
  await openBackups(page, host.url);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporter une sauvegarde…' }).click();
  const file = await downloading;
  expect(file.suggestedFilename()).toMatch(/^passerelle-sauvegarde-\d{4}-\d{2}-\d{2}-\d{4}\.zip$/);
  const saved = testInfo.outputPath(file.suggestedFilename());
  await file.saveAs(saved);
  expect(fs.statSync(saved).size).toBeGreaterThan(1000);
  await expect(page.getByRole('status').filter({ hasText: 'Fichier prêt' })).toBeVisible();

  // After the export: one more worker.
  await addWorker(host, 'Après');
  expect((await workerNames(page)).includes('APRÈS')).toBe(true);

  await page.getByRole('navigation').getByRole('link', { name: 'Sauvegardes' }).click();
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Restaurer depuis un fichier…' }).click();
  await (await choosing).setFiles(saved);

  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('heading', { name: /^Restaurer la sauvegarde du \d{2}\/\d{2}\/\d{4} à \d{2}:\d{2} \?$/ })).toBeVisible();
  await expect(dialog.getByText('1 salarié · 0 utilisateur · 0 mission · 0 saisie d’heures · 0 facture')).toBeVisible();
  await expect(dialog.getByText(/les données actuelles sont d’abord sauvegardées/)).toBeVisible();
  // The safe choice has the focus.
  await expect(dialog.getByRole('button', { name: 'Annuler' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Restaurer cette sauvegarde' }).click();

  await expect(page.getByRole('status').filter({ hasText: /^Sauvegarde du .* restaurée\.$/ })).toBeVisible();
  const names = await workerNames(page);
  expect(names).toContain('AVANT');
  expect(names).not.toContain('APRÈS');
  // The data from before the restore was saved first, and is in the list.
  await page.getByRole('navigation').getByRole('link', { name: 'Sauvegardes' }).click();
  await expect(page.getByRole('cell', { name: 'avant restauration' })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('sauvegardes-1366.png'), fullPage: true });
});

test('« Sauvegarder maintenant », then restore that backup from the list', async ({ page, host }) => {
  await addWorker(host, 'Gardée');
  await openBackups(page, host.url);
  await page.getByRole('button', { name: 'Sauvegarder maintenant' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Sauvegarde faite et vérifiée.' })).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: 'manuelle' });
  await expect(row).toContainText('1 salarié');

  await addWorker(host, 'Ajoutée');
  await row.getByRole('button', { name: /^Restaurer la sauvegarde du / }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByText('1 salarié · 0 utilisateur')).toBeVisible();
  // Échap cancels and nothing happens.
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  expect((await api<{ total: number }>(host, 'workers.list', {})).value.total).toBe(2);

  await row.getByRole('button', { name: /^Restaurer la sauvegarde du / }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Restaurer cette sauvegarde' }).click();
  await expect(page.getByRole('status').filter({ hasText: /restaurée\.$/ })).toBeVisible();
  expect((await api<{ total: number }>(host, 'workers.list', {})).value.total).toBe(1);
});

test('a file that is not a Passerelle backup is refused in French, and nothing changes', async ({ page, host }, testInfo) => {
  await addWorker(host, 'Intacte');
  await openBackups(page, host.url);
  const csv = testInfo.outputPath('tableur.csv');
  fs.writeFileSync(csv, 'nom;prénom\nDupont;Hélène\n');
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Restaurer depuis un fichier…' }).click();
  await (await choosing).setFiles(csv);
  await expect(page.getByRole('alert').filter({ hasText: "Ce fichier n'est pas une sauvegarde de Passerelle." })).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect((await api<{ total: number }>(host, 'workers.list', {})).value.total).toBe(1);
});

test('a failing backup folder shows its warning on the home page until a backup succeeds', async ({ page, host }) => {
  const key = path.join(host.dataDir, 'cle-usb');
  fs.mkdirSync(key);
  await openBackups(page, host.url);
  await page.getByLabel('Dossier', { exact: true }).fill(key);
  await page.getByRole('button', { name: 'Utiliser ce dossier' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Dossier des sauvegardes : ${key}` })).toBeVisible();

  // The key is unplugged: the next backup fails.
  fs.rmSync(key, { recursive: true });
  await page.getByRole('button', { name: 'Sauvegarder maintenant' }).click();
  const message = `Le dossier des sauvegardes est introuvable : ${key}. Branchez la clé USB ou le disque, ou choisissez un autre dossier dans Sauvegardes.`;
  await expect(page.getByRole('alert').filter({ hasText: message }).first()).toBeVisible();

  await page.getByRole('navigation').getByRole('link', { name: 'Tableau de bord' }).click();
  const warning = page.getByRole('alert').filter({ hasText: 'La dernière sauvegarde a échoué' });
  await expect(warning).toContainText(message);
  await warning.getByRole('link', { name: 'Ouvrir Sauvegardes' }).click();

  // An unusable folder is refused with its reason; back to the default folder, a backup succeeds.
  await page.getByLabel('Dossier', { exact: true }).fill(path.join(host.dataDir, 'nulle-part'));
  await page.getByRole('button', { name: 'Utiliser ce dossier' }).click();
  await expect(page.getByText(/^Le dossier des sauvegardes est introuvable : .*nulle-part/)).toBeVisible();
  await page.getByRole('button', { name: 'Revenir au dossier par défaut' }).click();
  await page.getByRole('button', { name: 'Sauvegarder maintenant' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Sauvegarde faite et vérifiée.' })).toBeVisible();
  await page.getByRole('navigation').getByRole('link', { name: 'Tableau de bord' }).click();
  await expect(page.getByRole('heading', { name: 'À faire' })).toBeVisible();
  await expect(page.getByText('La dernière sauvegarde a échoué')).toHaveCount(0);
});
