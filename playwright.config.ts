import { defineConfig } from '@playwright/test';
import { CHROMIUM_HELP, findChromium, QUIET_CHROMIUM_FLAGS } from './electron/launcher/find-chromium';
import { locateElectronBinary } from './electron/launcher/electron-binary';

// End-to-end tests drive the real UI, served by the real local web host (dist/, built by
// `npm run build`), in a Chromium found on this machine. Electron tests run where the Electron
// binary exists and are skipped, with the reason, where it does not.
const chromium = findChromium({ projectDir: process.cwd() });
if (!chromium) {
  throw new Error(`Tests de bout en bout impossibles. ${CHROMIUM_HELP}`);
}
// The config is read by the runner and by each worker: say things once, from the runner.
if (process.env.TEST_WORKER_INDEX === undefined) {
  process.stdout.write(`Chromium des tests : ${chromium.path} (${chromium.source})\n`);
  const electron = locateElectronBinary(process.cwd());
  if (!electron.path) process.stdout.write(`Tests Electron ignorés (skipped) : binaire Electron absent, ${electron.reason}.\n`);
}

export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    viewport: { width: 1366, height: 768 },
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromium.path,
      args: ['--no-sandbox', ...QUIET_CHROMIUM_FLAGS],
    },
  },
});
