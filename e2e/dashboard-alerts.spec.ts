import { expect, test } from './fixtures';
import { api } from './api';
import { daysFromToday, fr } from './dates';

test('the home page lists a PASS IAE ending soon, and the line opens the worker', async ({ page, host }) => {
  const soon = await api<{ id: number }>(host, 'workers.create', {
    worker: { civility: 'Mme', birthName: 'Lefèvre', firstName: 'Hélène', birthDate: '1985-03-12', status: 'en_parcours', entryDate: daysFromToday(-30) },
  });
  // Started 700 days ago: ends in 29 days (start + 730 days − 1).
  expect((await api(host, 'workers.savePass', { workerId: soon.value.id, number: 'AAAA11112222', startDate: daysFromToday(-700) })).ok).toBe(true);
  const later = await api<{ id: number }>(host, 'workers.create', {
    worker: { civility: 'M.', birthName: 'Martin', firstName: 'Paul', birthDate: '1990-01-01', status: 'en_parcours', entryDate: daysFromToday(-30) },
  });
  expect((await api(host, 'workers.savePass', { workerId: later.value.id, number: 'BBBB11112222', startDate: daysFromToday(-10) })).ok).toBe(true);

  await page.goto(host.url);
  const pass = page.getByRole('region', { name: 'PASS IAE' });
  const line = pass.getByRole('link', { name: `PASS IAE de LEFÈVRE Hélène : se termine le ${fr(daysFromToday(29))} (dans 29 jours).` });
  await expect(line).toBeVisible();
  // A PASS that ends in two years is not an alert.
  await expect(page.getByText(/MARTIN Paul/)).toHaveCount(0);
  await line.click();
  await expect(page.getByRole('heading', { name: 'Madame LEFÈVRE Hélène' })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'il se termine dans 29 jours' })).toBeVisible();
});
