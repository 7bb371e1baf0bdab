import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureElectronBinding } from '../electron/tooling/native-binding';
import { locateElectronBinary } from '../electron/launcher/electron-binary';

// The real Electron shell: main process, preload, IPC, the locked-down window. Runs where the
// Electron binary is on disk; skipped, with the reason printed, where it is not (these build
// machines cannot download it). The binary is located through the file system only: requiring
// the `electron` package from Node would try to download it.

const projectDir = process.cwd();
const mainScript = path.join(projectDir, 'dist', 'electron', 'main.cjs');

const binary = locateElectronBinary(projectDir);
const skipReason = `Binaire Electron absent : ${binary.reason}. Tests Electron ignorés (les mêmes écrans sont testés par le serveur local).`;

test.describe('Electron', () => {
  test.skip(!binary.path, skipReason);

  let app: ElectronApplication;
  let dataDir: string;

  test.beforeAll(async () => {
    // Building better-sqlite3 for Electron's ABI can take a minute and a half the first time.
    test.setTimeout(240_000);
    if (!fs.existsSync(mainScript)) throw new Error(`${mainScript} introuvable : lancez npm run build.`);
    const nativeBinding = await ensureElectronBinding({ projectDir, log: (m) => console.log(m) });
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'passerelle-electron-'));
    app = await electron.launch({
      executablePath: binary.path!,
      args: [mainScript, `--data-dir=${dataDir}`, `--native-binding=${nativeBinding}`],
      cwd: projectDir,
    });
  });

  test.afterAll(async () => {
    await app?.close();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  test('opens one locked-down window titled Passerelle, with the bridge and the navigation', async () => {
    const page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');

    const title = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle());
    expect(title).toBe('Passerelle');
    await expect(page).toHaveTitle('Passerelle');
    // Served by the app:// protocol, never from file://.
    expect(page.url()).toMatch(/^app:\/\/passerelle\/index\.html(#|$)/);

    // Node integration is off: the page sees the bridge and nothing of Node.
    const globals = await page.evaluate(() => ({
      bridge: typeof (window as unknown as { passerelle?: unknown }).passerelle,
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process,
      version: typeof (window as unknown as { passerelle?: { version?: unknown } }).passerelle?.version,
    }));
    expect(globals).toEqual({ bridge: 'object', require: 'undefined', process: 'undefined', version: 'string' });

    // The IPC transport answers our own page.
    const status = (await page.evaluate(() =>
      (window as unknown as { passerelle: { rpc(n: string, i: unknown): Promise<unknown> } }).passerelle.rpc('app.status', {}),
    )) as { ok: boolean; value?: { state: string; dataDir: string } };
    expect(status.ok).toBe(true);
    expect(status.value?.state).toBe('ready');
    expect(path.resolve(status.value!.dataDir)).toBe(path.resolve(dataDir));

    const nav = page.getByRole('navigation', { name: 'Navigation principale' });
    await expect(nav.getByRole('link', { name: 'Paramètres', exact: true })).toBeVisible();
  });
});
