import { todayIso } from '../base/dates';
import { isSizeName, type SizeName } from './generate/plan';

// `npm run bench -- [options]`.

export interface BenchOptions {
  size: SizeName;
  seed: number;
  /** The day the data stands at; default today (a new file is built once a day). */
  today: string;
  /** Only the rows whose name matches (a regular expression, case ignored). */
  only: RegExp | null;
  skipBrowser: boolean;
  /** Do not rebuild the app before the host and Chromium rows (use dist/ as it is). */
  noBuild: boolean;
  cacheDir: string | undefined;
}

export const USAGE = `npm run bench -- [--size office|federation] [--only MOTIF] [--skip-browser] [--seed N] [--today AAAA-MM-JJ] [--no-build] [--cache DOSSIER]`;

export function parseOptions(argv: readonly string[]): BenchOptions {
  const value = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    if (i >= 0) return argv[i + 1];
    return argv.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
  };
  const size = value('--size') ?? 'federation';
  if (!isSizeName(size) || size === 'small') throw new Error(`Taille inconnue « ${size} » : office ou federation.\n${USAGE}`);
  const seed = Number(value('--seed') ?? 1);
  if (!Number.isSafeInteger(seed)) throw new Error(`Graine invalide : un nombre entier.\n${USAGE}`);
  const today = value('--today') ?? todayIso();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new Error(`Date invalide « ${today} » : AAAA-MM-JJ.\n${USAGE}`);
  const only = value('--only');
  return {
    size,
    seed,
    today,
    only: only ? new RegExp(only, 'i') : null,
    skipBrowser: argv.includes('--skip-browser'),
    noBuild: argv.includes('--no-build'),
    cacheDir: value('--cache'),
  };
}
