import { test as base, expect } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';

// Each test gets its own data folder and its own web host process, started exactly as
// `npm start -- --web` does (dist/electron/launch.cjs, built from electron/launcher/launch.ts,
// which runs the web host entry electron/server/web-host.ts), so the tests go through the real
// launcher, the real HTTP transport and a real SQLite file.

/** The built launcher: what `npm start` runs. */
export const LAUNCHER = path.join('dist', 'electron', 'launch.cjs');
/** Never try to download Electron from a test. */
export const LAUNCHER_ENV = { ...process.env, PASSERELLE_NO_ELECTRON_DOWNLOAD: '1' };

export interface HostInfo {
  url: string;
  origin: string;
  secret: string;
  dataDir: string;
}

export interface RunningHost extends HostInfo {
  process: ChildProcess;
  stop(): Promise<void>;
}

export function newDataDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'passerelle-e2e-'));
}

export async function startHost(dataDir: string): Promise<RunningHost> {
  const child = spawn(process.execPath, [LAUNCHER, '--web', '--json', `--data-dir=${dataDir}`], {
    cwd: process.cwd(),
    stdio: ['ignore', 'pipe', 'inherit'],
    env: LAUNCHER_ENV,
  });
  const lines = readline.createInterface({ input: child.stdout! });
  const info = await new Promise<HostInfo>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('le serveur local ne répond pas')), 30_000);
    child.once('exit', (code) => reject(new Error(`le serveur local s'est arrêté (code ${code})`)));
    lines.on('line', (line) => {
      if (line.startsWith('{')) {
        clearTimeout(timer);
        resolve(JSON.parse(line) as HostInfo);
      }
    });
  });
  return {
    ...info,
    process: child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

export const test = base.extend<{ host: RunningHost }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form
  host: async ({}, use) => {
    const dataDir = newDataDir();
    const host = await startHost(dataDir);
    await use(host);
    await host.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  },
});

export { expect };
