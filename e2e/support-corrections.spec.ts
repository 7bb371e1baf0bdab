import { expect, test } from './fixtures';
import { api } from './api';
import { daysFromToday, fr } from './dates';

// Correcting the Suivi (issue 12): an interview typed on the wrong person is deleted after a
// confirmation that names it, a recorded exit's day and the path's entry day are corrected, and
// the worker form sends the office to the Suivi for the exit instead of taking a date.

test('delete an interview after confirming, correct an exit date, and record the exit only through the Suivi', async ({ page, host }, testInfo) => {
  const created = await api<{ id: number }>(host, 'workers.create', {
    worker: { civility: 'Mme', birthName: 'Benali', firstName: 'Samia', birthDate: '1990-04-18', status: 'en_parcours', entryDate: daysFromToday(-120), referent: 'Claire Martin' },
  });
  expect(created.ok).toBe(true);
  const w = created.value.id;
  const opened = await api<{ path: { id: number } }>(host, 'support.openPath', { workerId: w, startDate: daysFromToday(-120) });
  const pathId = opened.value.path.id;
  for (const [days, kind, notes] of [[-100, 'accueil', 'Premier accueil'], [-40, 'bilan', 'Saisi sur la mauvaise personne']] as const) {
    expect((await api(host, 'support.saveInterview', { pathId, interview: { date: daysFromToday(days), kind, notes } })).ok).toBe(true);
  }
  expect((await api(host, 'support.saveBarrier', { pathId, barrier: { barrier: 'mobilite', state: 'en_cours' } })).ok).toBe(true);

  // The worker form shows the status and dates without taking them, and leads to the Suivi.
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.goto(`${host.url}#/salaries/${w}/modifier`);
  await expect(page.getByRole('heading', { name: 'Modifier : BENALI Samia' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Statut' })).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: 'Date de sortie' })).toHaveCount(0);
  const pathGroup = page.getByRole('group', { name: 'Parcours' });
  await expect(pathGroup).toContainText(`Date d'entrée${fr(daysFromToday(-120))}`);
  await pathGroup.scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath('fiche-parcours-1024.png') });
  await pathGroup.getByRole('link', { name: 'Enregistrer une sortie' }).click();
  await expect(page.getByRole('heading', { name: 'Suivi : BENALI Samia' })).toBeVisible();

  // The interview typed by mistake: the confirmation names it, « Garder » is the safe choice.
  const interviews = page.getByRole('table', { name: 'Entretiens' });
  await expect(interviews.getByRole('row')).toHaveCount(3);
  await page.screenshot({ path: testInfo.outputPath('suivi-suppression-1024.png'), fullPage: true });
  const name = `l'entretien du ${fr(daysFromToday(-40))} (bilan)`;
  await interviews.getByRole('button', { name: `Supprimer ${name}` }).click();
  const dialog = page.getByRole('dialog', { name: `Supprimer ${name} ?` });
  await expect(dialog).toContainText(`L'entretien du ${fr(daysFromToday(-40))} (bilan) est retiré du parcours de BENALI Samia. La suppression est inscrite au journal.`);
  await expect(dialog.getByRole('button', { name: 'Garder' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Supprimer' }).click();
  await expect(interviews.getByRole('row')).toHaveCount(2);
  await expect(interviews).not.toContainText('Saisi sur la mauvaise personne');
  await expect(interviews).toContainText('Premier accueil');
  const journal = await api<{ entries: { action: string; actor: string; before: Record<string, unknown> | null }[] }>(host, 'audit.list', { entity: 'entretien' });
  expect(journal.value.entries[0]).toMatchObject({ action: 'suppression', actor: 'Claire Direction', before: { kind: 'bilan', notes: 'Saisi sur la mauvaise personne' } });

  // The exit recorded on a wrong day, then corrected: a day before the entry is refused in French.
  const path = await api<{ path: { version: number } }>(host, 'support.get', { workerId: w, pathId });
  expect((await api(host, 'support.recordExit', { pathId, version: path.value.path.version, exit: { exitDate: daysFromToday(-10), exitReason: 'cdi' } })).ok).toBe(true);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.reload();
  const exit = page.getByRole('region', { name: 'Sortie', exact: true });
  await expect(exit).toContainText(fr(daysFromToday(-10)));
  await exit.getByRole('button', { name: 'Corriger la sortie' }).click();
  const exitDate = exit.getByRole('textbox', { name: 'Date de sortie' });
  await expect(exitDate).toHaveValue(fr(daysFromToday(-10)));
  await exitDate.fill(fr(daysFromToday(-130)));
  await exit.getByRole('button', { name: 'Enregistrer la correction' }).click();
  await expect(exit.getByText(`La sortie ne peut pas précéder l'entrée en parcours (${fr(daysFromToday(-120))}).`)).toBeVisible();
  await exitDate.fill(fr(daysFromToday(-3)));
  await exit.getByRole('button', { name: 'Enregistrer la correction' }).click();
  const confirmation = page.getByRole('dialog', { name: 'Corriger la sortie ?' });
  await expect(confirmation).toContainText(`La sortie passe du ${fr(daysFromToday(-10))} au ${fr(daysFromToday(-3))}.`);
  await page.screenshot({ path: testInfo.outputPath('sortie-correction-1366.png') });
  await confirmation.getByRole('button', { name: 'Corriger la sortie' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Sortie corrigée' })).toBeVisible();
  await expect(exit).toContainText(fr(daysFromToday(-3)));
  await expect(page.getByRole('heading', { name: `Parcours n° 1 : du ${fr(daysFromToday(-120))} au ${fr(daysFromToday(-3))}` })).toBeVisible();
  expect((await api<{ status: string; exitDate: string }>(host, 'workers.get', { id: w })).value).toMatchObject({ status: 'sorti', exitDate: daysFromToday(-3) });
  await page.screenshot({ path: testInfo.outputPath('sortie-corrigee-1366.png'), fullPage: true });

  // The entry typed five days late, corrected on the finished path: a day after the exit is refused beside the field.
  await page.getByRole('button', { name: "Corriger la date d'entrée" }).click();
  const entry = page.getByRole('dialog', { name: "Corriger la date d'entrée" });
  const entryDate = entry.getByRole('textbox', { name: "Date d'entrée en parcours" });
  await expect(entryDate).toBeFocused();
  await expect(entryDate).toHaveValue(fr(daysFromToday(-120)));
  await entryDate.fill(fr(daysFromToday(-2)));
  await entry.getByRole('button', { name: "Corriger l'entrée" }).click();
  await expect(entry.getByText(`L'entrée ne peut pas suivre la sortie du parcours (${fr(daysFromToday(-3))}).`)).toBeVisible();
  await expect(entryDate).toHaveAttribute('aria-invalid', 'true');
  await entryDate.fill(fr(daysFromToday(-125)));
  await expect(entry).toContainText(`L'entrée passe du ${fr(daysFromToday(-120))} au ${fr(daysFromToday(-125))}.`);
  await page.screenshot({ path: testInfo.outputPath('entree-correction-1366.png') });
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.screenshot({ path: testInfo.outputPath('entree-correction-1024.png') });
  await entry.getByRole('button', { name: "Corriger l'entrée" }).click();
  await expect(page.getByRole('status').filter({ hasText: "Date d'entrée corrigée" })).toBeVisible();
  await expect(entry).toHaveCount(0);
  await expect(page.getByRole('heading', { name: `Parcours n° 1 : du ${fr(daysFromToday(-125))} au ${fr(daysFromToday(-3))}` })).toBeVisible();
  expect((await api<{ entryDate: string }>(host, 'workers.get', { id: w })).value.entryDate).toBe(daysFromToday(-125));
  const paths = await api<{ entries: { action: string; before: unknown; after: unknown }[] }>(host, 'audit.list', { entity: 'parcours' });
  expect(paths.value.entries[0]).toMatchObject({ action: 'modification', before: { startDate: daysFromToday(-120) }, after: { startDate: daysFromToday(-125) } });
});
