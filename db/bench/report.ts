import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { RowResult } from './backend-rows';
import type { Facts } from './facts';
import type { Stats } from './measure';

// The bench's results: one table printed, the same in JSON (bench-results/<size>.json and
// latest.json) and in Markdown for the README.

/** A row of the host or Chromium tables: a timing (stats) or a single value (memory). */
export interface MeasureRow {
  name: string;
  unit: 'ms' | 'Mo';
  stats: Stats | null;
  value: number | null;
  target: { max: number; on: 'p50' | 'p95' | 'valeur'; note?: string } | null;
  detail?: string;
  error: string | null;
}

export interface BenchReport {
  date: string;
  machine: { cpus: number; cpuModel: string; memoryGb: number; node: string; platform: string; loadAtStart: number; loadAtEnd: number };
  size: string;
  seed: number;
  today: string;
  file: { path: string; sizeMb: number; built: boolean; buildMs: number | null };
  facts: Omit<Facts, 'save300'> & { save300: { placements: number; cells: number } };
  backend: RowResult[];
  host: MeasureRow[];
  browser: MeasureRow[];
}

/** The machine, and its load (1-minute average) at the start and end of the run: the cores are shared. */
export function machine(loadAtStart: number): BenchReport['machine'] {
  return {
    loadAtStart,
    loadAtEnd: os.loadavg()[0]!,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? '?',
    memoryGb: Math.round(os.totalmem() / 1024 ** 3),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
  };
}

/** 0,42 · 3,1 · 252 · 1 205 (French decimals and thousands). */
export function num(n: number): string {
  const digits = n < 1 ? 2 : n < 10 ? 1 : 0;
  return n.toLocaleString('fr-FR', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

function int(n: number): string {
  return n.toLocaleString('fr-FR', { maximumFractionDigits: 0 });
}

function pair(s: Stats | null): string {
  return s ? `${num(s.p50)} / ${num(s.p95)}` : '—';
}

function targetText(t: { max: number; on: string; note?: string } | null, unit: string): string {
  if (!t) return '—';
  return `< ${num(t.max)} ${unit}${t.on === 'valeur' ? '' : ` (${t.on})`}${t.note ? ` ${t.note}` : ''}`;
}

function verdict(t: { max: number; on: 'p50' | 'p95' | 'valeur' } | null, s: Stats | null, value: number | null, error: string | null): string {
  if (error) return '✗ erreur';
  if (!t) return '';
  const v = t.on === 'valeur' ? value : s?.[t.on];
  if (v === null || v === undefined) return '';
  return v < t.max ? '✓' : '✗';
}

function table(head: string[], rows: string[][]): string[] {
  const cell = (text: string) => text.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '/');
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)];
}

export function backendTable(results: RowResult[]): string[] {
  return table(
    ['opération', 'cible', 'processus p50 / p95 ms', 'HTTP p50 / p95 ms', 'SQL à la main p50 ms', 'rapport', 'requêtes SQL exéc. / compil.', 'réponse', ''],
    results.map((r) => [
      r.name,
      targetText(r.target, 'ms'),
      pair(r.inProcess),
      pair(r.http),
      r.hand ? num(r.hand.p50) : '—',
      r.ratio !== null ? `× ${num(r.ratio)}` : '—',
      r.statements ? `${int(r.statements.executed)} / ${int(r.statements.prepared)}` : '—',
      r.responseKb !== null ? (r.responseKb >= 1024 ? `${num(r.responseKb / 1024)} Mo` : `${num(r.responseKb)} Ko`) : '—',
      r.error ? `✗ ${r.error}` : verdict(r.target, r.inProcess, null, null),
    ]),
  );
}

export function measureTable(rows: MeasureRow[]): string[] {
  return table(
    ['mesure', 'cible', 'p50 / p95 ou valeur', '', 'détail'],
    rows.map((r) => [
      r.name,
      targetText(r.target, r.unit),
      r.stats ? `${pair(r.stats)} ${r.unit}` : r.value !== null ? `${num(r.value)} ${r.unit}` : '—',
      verdict(r.target, r.stats, r.value, r.error),
      r.error ?? r.detail ?? '',
    ]),
  );
}

export function markdown(report: BenchReport): string {
  const f = report.facts;
  const m = report.machine;
  return [
    `Jeu « ${report.size} » (graine ${report.seed}, au ${report.today}) : ${num(f.counts.workers)} salariés, ${num(f.counts.clients)} utilisateurs, ` +
      `${num(f.counts.placements)} missions, ${num(f.counts.hours)} saisies d'heures, fichier de ${num(f.counts.fileMb)} Mo ; ` +
      `mois le plus chargé ${f.busiestMonth} (${num(f.busiest.placements)} missions, ${num(f.busiest.cells)} cases ; ` +
      `la sauvegarde de ${num(f.save300.placements)} missions y écrit ${num(f.save300.cells)} cases). ` +
      `Machine : ${m.cpus} cœurs (${m.cpuModel}), ${m.memoryGb} Go, Node ${m.node}, ${report.date.slice(0, 10)} ; ` +
      `charge moyenne (1 min) ${num(m.loadAtStart)} au début, ${num(m.loadAtEnd)} à la fin.`,
    '',
    ...(report.backend.length > 0 ? [...backendTable(report.backend), ''] : []),
    ...(report.host.length + report.browser.length > 0 ? [...measureTable([...report.host, ...report.browser]), ''] : []),
  ].join('\n');
}

/** Writes the JSON and Markdown files; returns the JSON path. */
export function writeReport(report: BenchReport, dir: string): string {
  fs.mkdirSync(dir, { recursive: true });
  const json = JSON.stringify(report, null, 2);
  const file = path.join(dir, `${report.size}.json`);
  fs.writeFileSync(file, json);
  fs.writeFileSync(path.join(dir, 'latest.json'), json);
  fs.writeFileSync(path.join(dir, `${report.size}.md`), markdown(report));
  return file;
}
