import { expect, test } from './fixtures';
import { api } from './api';
import { daysFromToday, fr } from './dates';

// A PASS IAE or a titre de séjour ending within 60 days: the worker's page and the placement
// form say how many days are left and what to do; the Salariés list finds the titres to renew.

async function seed(host: Parameters<typeof api>[0]) {
  const permit = (birthName: string, firstName: string, days: number) =>
    api<{ id: number }>(host, 'workers.create', {
      worker: {
        civility: 'Mme',
        birthName,
        firstName,
        birthDate: '1990-03-12',
        nationality: 'hors_ue',
        permitNumber: '9912345678',
        permitExpiry: daysFromToday(days),
        status: 'en_parcours',
        entryDate: daysFromToday(-700),
      },
    });
  const soon = await permit("N'Diaye", 'Aminata', 25);
  // Started 700 days ago: the PASS ends in 29 days.
  expect((await api(host, 'workers.savePass', { workerId: soon.value.id, number: 'AAAA11112222', startDate: daysFromToday(-700) })).ok).toBe(true);
  const expired = await permit('Benali', 'Fatima', -3);
  await permit('Traoré', 'Awa', 120);
  await api(host, 'workers.create', {
    worker: { civility: 'M.', birthName: 'Martin', firstName: 'Paul', birthDate: '1990-01-01', status: 'en_parcours', entryDate: daysFromToday(-30) },
  });
  return { soon: soon.value.id, expired: expired.value.id };
}

test('the worker page says how many days are left on the permit and the PASS, and what to do', async ({ page, host }) => {
  const { soon, expired } = await seed(host);
  await page.goto(host.url);
  await page.goto(`${host.origin}/#/salaries/${soon}`);
  const permit = page.getByRole('alert').filter({ hasText: 'Titre de séjour' });
  await expect(permit).toContainText(`Titre de séjour valable jusqu'au ${fr(daysFromToday(25))} : il expire dans 25 jours.`);
  await expect(permit).toContainText('renouvellement à la préfecture');
  const pass = page.getByRole('alert').filter({ hasText: 'PASS IAE' });
  await expect(pass).toContainText(`PASS IAE valable jusqu'au ${fr(daysFromToday(29))} : il se termine dans 29 jours.`);
  await expect(pass).toContainText("demandez une prolongation au prescripteur ou sur la plateforme de l'inclusion");

  await page.goto(`${host.origin}/#/salaries/${expired}`);
  await expect(page.getByRole('alert').filter({ hasText: 'Titre de séjour' })).toContainText(
    `Titre de séjour expiré le ${fr(daysFromToday(-3))} : aucune mission ni heure n'est possible.`,
  );
});

test('the placement form shows the same banners as soon as the worker is chosen', async ({ page, host }) => {
  const { soon } = await seed(host);
  await page.goto(host.url);
  await page.goto(`${host.origin}/#/missions/nouvelle`);
  await expect(page.getByRole('alert').filter({ hasText: 'Titre de séjour' })).toHaveCount(0);
  await page.getByRole('combobox', { name: 'Salarié', exact: true }).selectOption(String(soon));
  await expect(page.getByRole('alert').filter({ hasText: 'Titre de séjour' })).toContainText('il expire dans 25 jours');
  await expect(page.getByRole('alert').filter({ hasText: 'Titre de séjour' })).toContainText('préfecture');
  await expect(page.getByRole('alert').filter({ hasText: 'PASS IAE valable' })).toContainText('il se termine dans 29 jours');
});

test('the Salariés list filters the titres de séjour to renew, and says when each ends', async ({ page, host }) => {
  await seed(host);
  await page.goto(host.url);
  await page.goto(`${host.origin}/#/salaries`);
  await expect(page.getByText('4 salariés')).toBeVisible();
  await page.getByRole('combobox', { name: 'Titre de séjour' }).selectOption({ label: 'À renouveler' });
  await expect(page.getByText('2 salariés')).toBeVisible();
  const table = page.getByRole('table', { name: 'Liste des salariés' });
  await expect(table.getByRole('row', { name: /N'DIAYE Aminata/ })).toContainText(`${fr(daysFromToday(25))} (dans 25 jours)`);
  await expect(table.getByRole('row', { name: /BENALI Fatima/ })).toContainText(`Expiré le ${fr(daysFromToday(-3))}`);
  await expect(table.getByRole('row', { name: /TRAORÉ/ })).toHaveCount(0);
});
