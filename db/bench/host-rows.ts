import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromiumPath, runBrowserRows } from './browser';
import type { Facts } from './facts';
import { copyIntoDataDir } from './generate/cache';
import { launchHost, type HostProcess } from './host-process';
import { MIN_RUNS, stats } from './measure';
import type { MeasureRow } from './report';

// The host process rows (start-up time, memory) and, with the host kept running, the Chromium
// rows. The host runs on its own working copy of the bench file.

const MEMORY_TARGET = { max: 400, on: 'valeur' } as const;

export interface HostRun {
  host: MeasureRow[];
  browser: MeasureRow[];
}

/**
 * The host backs the file up a few seconds after it starts (no backup yet in this data folder):
 * waited for, so that it does not run in the middle of the Chromium rows.
 */
async function startupBackupDone(h: HostProcess, say: (line: string) => void): Promise<void> {
  say('  sauvegarde automatique du démarrage (attendue avant les mesures)…');
  const until = performance.now() + 180_000;
  while (performance.now() < until) {
    const overview = await h.call<{ lastSuccessAt: string | null; failure: unknown }>('backup.overview', {});
    if (overview.lastSuccessAt || overview.failure) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  say('  (pas de sauvegarde automatique après 3 min : mesures quand même)');
}

export async function runHostRows(
  projectDir: string,
  file: string,
  facts: Facts,
  options: { browser: boolean; want: (name: string) => boolean },
  say: (line: string) => void,
): Promise<HostRun> {
  const { want } = options;
  const host: MeasureRow[] = [];
  let browser: MeasureRow[] = [];
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'passerelle-bench-host-'));
  copyIntoDataDir(file, dataDir);
  try {
    const startup = 'démarrage du serveur local (jusqu’à son adresse)';
    const atStart = 'mémoire du processus hôte au démarrage';
    if (want(startup) || want(atStart)) {
      say(`  ${startup} (×${MIN_RUNS})…`);
      const times: number[] = [];
      const rss: number[] = [];
      for (let i = 0; i < MIN_RUNS; i++) {
        const h = await launchHost(projectDir, dataDir);
        times.push(h.startupMs);
        rss.push(h.memory()?.rssMb ?? NaN);
        await h.stop();
      }
      host.push({ name: startup, unit: 'ms', stats: stats(times), value: null, target: null, detail: 'node dist/electron/launch.cjs --web : Node, modules, ouverture et contrôles du fichier', error: null });
      host.push({ name: atStart, unit: 'Mo', stats: null, value: stats(rss).p50, target: MEMORY_TARGET, detail: 'RSS, médiane des lancements', error: null });
    }

    const afterCalls = 'mémoire du processus hôte après les appels les plus lourds';
    const peak = 'mémoire du processus hôte, pic';
    const chromium = chromiumPath();
    const runBrowser = options.browser && chromium !== null;
    if (!want(afterCalls) && !want(peak) && !runBrowser) return { host, browser };
    const h = await launchHost(projectDir, dataDir);
    try {
      await startupBackupDone(h, say);
      say(`  ${afterCalls}…`);
      for (const [name, input] of [
        ['alerts.list', {}],
        ['hours.month', { month: facts.busiestMonth }],
        ['placements.list', {}],
        ['clients.list', {}],
        ['workers.list', {}],
      ] as const) {
        await h.call(name, input);
      }
      const calls = h.memory();
      if (want(afterCalls)) {
        host.push({ name: afterCalls, unit: 'Mo', stats: null, value: calls?.rssMb ?? null, target: MEMORY_TARGET, detail: 'RSS après alerts.list, hours.month, placements.list, clients.list, workers.list', error: null });
      }
      if (runBrowser) browser = await runBrowserRows(h, facts, chromium, want, say);
      else if (options.browser) say('  Chromium introuvable (/usr/bin/chromium ou PASSERELLE_CHROMIUM) : lignes Chromium ignorées.');
      const end = h.memory();
      if (want(peak)) {
        host.push({ name: peak, unit: 'Mo', stats: null, value: end?.peakMb ?? null, target: MEMORY_TARGET, detail: `pic de RSS (VmHWM) sur tout le lancement${runBrowser ? ', mesures Chromium comprises' : ''} ; RSS à la fin : ${end ? Math.round(end.rssMb) : '?'} Mo`, error: null });
      }
    } finally {
      await h.stop();
    }
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  return { host, browser };
}
