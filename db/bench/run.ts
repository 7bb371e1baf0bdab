// `npm run bench`: the app's speed on a realistic seeded data set (db/bench/generate), each
// back-end call in the process and over HTTP beside the same query written by hand in SQL on
// the same file, the statements each call runs, the local host's start-up and memory, and the
// built app in Chromium. Timings, not tests: the machines are shared, nothing fails on a slow
// figure; an error in a call does fail the run.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runBackendRows } from './backend-rows';
import { benchFile } from './generate/cache';
import { launcherPath } from './host-process';
import { runHostRows, type HostRun } from './host-rows';
import { parseOptions } from './options';
import { backendTable, machine, measureTable, num, writeReport, type BenchReport } from './report';
import { BENCH_ROWS } from './rows/index';

const projectDir = path.resolve(import.meta.dirname, '..', '..');
const say = (line: string) => console.log(line);

async function main(): Promise<number> {
  const loadAtStart = os.loadavg()[0]!;
  const options = parseOptions(process.argv.slice(2));
  const want = (name: string) => !options.only || options.only.test(name);

  const file = await benchFile({ size: options.size, seed: options.seed, today: options.today, projectDir, cacheDir: options.cacheDir }, say);
  say(file.built ? `Jeu de données construit en ${num(file.buildMs! / 1000)} s : ${file.path}` : `Jeu de données repris du cache : ${file.path}`);

  say('Back end (dans le processus, en HTTP, et SQL à la main) :');
  const { facts, results } = await runBackendRows(file.path, options.today, BENCH_ROWS.filter((r) => want(r.name)), say);

  const c = facts.counts;
  say(
    `Fichier : ${num(c.workers)} salariés, ${num(c.clients)} utilisateurs, ${num(c.placements)} missions, ${num(c.hours)} saisies d'heures, ${num(c.fileMb)} Mo ; ` +
      `mois le plus chargé ${facts.busiestMonth} (${num(facts.busiest.placements)} missions, ${num(facts.busiest.cells)} cases).`,
  );

  let hostRun: HostRun = { host: [], browser: [] };
  if (!options.noBuild) {
    say('Construction de l’application (npm run build)…');
    const t = performance.now();
    const built = spawnSync(process.execPath, [path.join(projectDir, 'scripts', 'build.mjs'), '--quiet'], { cwd: projectDir, stdio: 'inherit' });
    if (built.status !== 0) throw new Error('La construction a échoué : lignes du serveur local et de Chromium impossibles.');
    say(`  construite en ${num((performance.now() - t) / 1000)} s`);
  }
  if (fs.existsSync(launcherPath(projectDir))) {
    say('Serveur local et Chromium :');
    try {
      hostRun = await runHostRows(projectDir, file.path, facts, { browser: !options.skipBrowser, want }, say);
    } catch (e) {
      // The back-end rows are kept: the failure is one row of the report.
      const message = e instanceof Error ? e.message : String(e);
      hostRun = { host: [{ name: 'serveur local et Chromium', unit: 'ms', stats: null, value: null, target: null, error: message }], browser: [] };
    }
  } else say('dist/electron/launch.cjs absent (npm run build) : lignes du serveur local et de Chromium ignorées.');

  const report: BenchReport = {
    date: new Date().toISOString(),
    machine: machine(loadAtStart),
    size: options.size,
    seed: options.seed,
    today: options.today,
    file: { path: file.path, sizeMb: facts.counts.fileMb, built: file.built, buildMs: file.buildMs },
    facts: { ...facts, save300: { placements: facts.save300.placementIds.length, cells: facts.save300.cells.length } },
    backend: results,
    host: hostRun.host,
    browser: hostRun.browser,
  };
  const measured = [...hostRun.host, ...hostRun.browser];
  if (results.length > 0) say(['', ...backendTable(results)].join('\n'));
  if (measured.length > 0) say(['', ...measureTable(measured)].join('\n'));
  const written = writeReport(report, path.join(projectDir, 'bench-results'));
  say(`\nRésultats : ${written} (et latest.json, ${options.size}.md pour le README).`);
  const failed = [...results, ...hostRun.host, ...hostRun.browser].filter((r) => r.error);
  if (failed.length > 0) say(`${failed.length} mesure(s) en erreur.`);
  return failed.length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
