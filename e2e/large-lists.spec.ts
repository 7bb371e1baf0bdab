import { expect, test } from './fixtures';
import { api } from './api';

test('a list of 10 000 workers stays a light page: only the visible rows are drawn, the keyboard reaches the last one', async ({ page, host }) => {
  const lines = ['Civilité;Nom de naissance;Prénom;Date de naissance'];
  for (let i = 0; i < 10_000; i++) lines.push(`${i % 2 ? 'Mme' : 'M.'};Nom${String(i).padStart(5, '0')};Prénom${i};01/01/1980`);
  const fileBase64 = Buffer.from(`\ufeff${lines.join('\r\n')}\r\n`, 'utf8').toString('base64');
  const preview = await api<{ mapping: Record<string, number | null>; validCount: number }>(host, 'workers.importPreview', { fileBase64 });
  expect(preview.value.validCount).toBe(10_000);
  const done = await api<{ imported: number }>(host, 'workers.importCommit', { fileBase64, mapping: preview.value.mapping });
  expect(done.value.imported).toBe(10_000);

  await page.goto(host.url);
  await page.getByRole('navigation').getByRole('link', { name: 'Salariés' }).click();
  await expect(page.getByText('10\u202f000 salariés')).toBeVisible();
  const table = page.getByRole('table', { name: 'Liste des salariés' });
  expect(await table.getByRole('row').count()).toBeLessThan(100);

  // ↓ from the search box into the list, End to the last row, Entrée opens it.
  await page.getByLabel('Rechercher un salarié').press('ArrowDown');
  await page.keyboard.press('End');
  await expect(table.getByRole('row', { name: /NOM09999 Prénom9999/ })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Madame NOM09999 Prénom9999' })).toBeVisible();

  await page.goBack();
  await page.getByLabel('Rechercher un salarié').fill('prenom4242');
  await expect(page.getByText('1 salarié', { exact: true })).toBeVisible();
});
