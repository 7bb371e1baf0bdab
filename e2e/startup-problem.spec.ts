import fs from 'node:fs';
import path from 'node:path';
import { expect, newDataDir, startHost, test } from './fixtures';

test('a corrupt database file shows an error screen with where the data and backups are', async ({ page }) => {
  const dataDir = newDataDir();
  const dbPath = path.join(dataDir, 'passerelle.sqlite');
  fs.writeFileSync(dbPath, 'Ceci est un tableur, pas une base de données.\n'.repeat(200));
  // No login: the error screen comes before it.
  const host = await startHost(dataDir, { account: false });
  try {
    await page.goto(host.url);
    await expect(page.getByRole('heading', { name: 'Passerelle ne peut pas ouvrir ses données' })).toBeVisible();
    await expect(
      page.getByText("Le fichier de données de Passerelle n'est pas une base de données : il a sans doute été remplacé ou écrasé par un autre fichier."),
    ).toBeVisible();
    await expect(page.getByText(dbPath, { exact: true })).toBeVisible();
    await expect(page.getByText(path.join(dataDir, 'sauvegardes'), { exact: true })).toBeVisible();
    // The file was left as it was.
    expect(fs.readFileSync(dbPath, 'utf8')).toContain('Ceci est un tableur');
  } finally {
    await host.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});

test('a database written by a newer version is refused with a French message', async ({ page }) => {
  const dataDir = newDataDir();
  // A first launch creates the database; then a "newer version" marks it.
  const first = await startHost(dataDir);
  await first.stop();
  const Database = (await import('better-sqlite3')).default;
  const db = new Database(path.join(dataDir, 'passerelle.sqlite'));
  db.pragma('user_version = 999');
  db.close();
  const host = await startHost(dataDir, { account: false });
  try {
    await page.goto(host.url);
    await expect(page.getByText('Cette base de données a été enregistrée par une version plus récente de Passerelle.')).toBeVisible();
  } finally {
    await host.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
