import {
  DIMENSIONS,
  MEASURES,
  NOT_GIVEN,
  dimensionLines,
  type AnnualReport,
  type Breakdown,
  type Dimension,
  type Figure,
  type Measure,
  type ReportWorkerRow,
} from '../contract/annual-report';
import { ageOn } from '../base/dates';
import { ageBandAtEntry, REPORT_EXIT_CATEGORIES as EXIT_CATEGORIES, rateOf, type ReportExitCategory as ExitCategory } from '../rules/annual-report';
import type { PathFacts } from './report-paths';
import { collator } from './list-sort';

// The workers' side of the rapport d'activité, counted from the paths of the period (report-
// paths.ts). Three populations, each with its own unit:
// - présents: people with a path overlapping the period, counted once each, seen through their
//   first path of the period (so their age band is the one at that entry);
// - entrées: the paths begun in the period (a person who comes back in the year counts twice);
// - sorties: the paths ended in the period, each with its category.
// A figure's list (`workersBehind`) filters the same populations with the same predicates as
// its count, so a number and its list can never disagree.

type Populations = Record<Measure, PathFacts[]>;

function populations(paths: PathFacts[], from: string, to: string): Populations {
  const seen = new Set<number>();
  const presents: PathFacts[] = [];
  for (const p of paths) {
    if (seen.has(p.workerId)) continue;
    seen.add(p.workerId);
    presents.push(p);
  }
  return {
    presents,
    entrees: paths.filter((p) => p.entryDate >= from && p.entryDate <= to),
    sorties: paths.filter((p) => p.exitDate !== null && p.exitDate >= from && p.exitDate <= to),
  };
}

/** The line of a breakdown a path falls in. */
function lineOf(dimension: Dimension, p: PathFacts): string {
  const has = (c: string) => p.criteria.includes(c);
  switch (dimension) {
    case 'sexe':
      return p.civility === 'Mme' ? 'femme' : 'homme';
    case 'age':
      return ageBandAtEntry(p.birthDate, p.entryDate);
    case 'qpv':
      return p.qpv ? 'oui' : 'non';
    case 'rsa':
      return has('rsa') ? 'oui' : 'non';
    case 'rqth':
      return has('rqth') ? 'oui' : 'non';
    case 'chomage':
      return has('detld') ? 'detld' : has('deld') ? 'deld' : 'non';
    case 'niveau':
      return p.educationLevel ?? NOT_GIVEN.code;
    case 'orienteur':
      return p.orienteur ?? NOT_GIVEN.code;
  }
}

function categoryOf(p: PathFacts): ExitCategory {
  return p.exitCategory ?? 'non_renseignee';
}

const isDynamic = (c: ExitCategory) => EXIT_CATEGORIES.some((x) => x.code === c && x.dynamic);

function figure(value: number, key: string): Figure {
  return { value, key };
}

/** The workers' figures of the report. */
export function workerFigures(paths: PathFacts[], from: string, to: string): Pick<AnnualReport, 'workers' | 'breakdowns' | 'exits'> {
  const pop = populations(paths, from, to);
  // One pass: each path's line in every breakdown is worked out once (an age band parses two
  // dates), then counted in each population it belongs to.
  const lineCounts = new Map(DIMENSIONS.map(({ code }) => [code, Object.fromEntries(MEASURES.map((m) => [m.code, new Map<string, number>()])) as Record<Measure, Map<string, number>>]));
  const linesOfPath = new Map<PathFacts, string[]>();
  for (const { code: measure } of MEASURES) {
    for (const p of pop[measure]) {
      let lines = linesOfPath.get(p);
      if (!lines) linesOfPath.set(p, (lines = DIMENSIONS.map(({ code }) => lineOf(code, p))));
      DIMENSIONS.forEach(({ code }, i) => {
        const counts = lineCounts.get(code)![measure];
        counts.set(lines[i]!, (counts.get(lines[i]!) ?? 0) + 1);
      });
    }
  }
  const breakdowns: Breakdown[] = DIMENSIONS.map(({ code: dimension, label }) => {
    const counts = lineCounts.get(dimension)!;
    // Every line of the list is shown (a 0 says « none », not « forgotten »), and any other code met.
    const lines = [...dimensionLines(dimension)];
    for (const m of MEASURES) for (const code of counts[m.code].keys()) if (!lines.some((l) => l.code === code)) lines.push({ code, label: code });
    return {
      dimension,
      label,
      lines: lines.map((l) => ({
        code: l.code,
        label: l.label,
        presents: figure(counts.presents.get(l.code) ?? 0, `repartition:${dimension}:${l.code}:presents`),
        entrees: figure(counts.entrees.get(l.code) ?? 0, `repartition:${dimension}:${l.code}:entrees`),
        sorties: figure(counts.sorties.get(l.code) ?? 0, `repartition:${dimension}:${l.code}:sorties`),
      })),
    };
  });

  const exits = pop.sorties.length;
  const byCategory = EXIT_CATEGORIES.map(({ code, label }) => {
    const count = pop.sorties.filter((p) => categoryOf(p) === code).length;
    return { category: code, label, count: figure(count, `sorties:${code}`), rate: rateOf(count, exits) };
  });
  const dynamic = pop.sorties.filter((p) => isDynamic(categoryOf(p))).length;
  return {
    workers: {
      presents: figure(pop.presents.length, 'salaries:presents'),
      entrees: figure(pop.entrees.length, 'salaries:entrees'),
      sorties: figure(exits, 'salaries:sorties'),
    },
    breakdowns,
    exits: {
      total: figure(exits, 'salaries:sorties'),
      byCategory,
      dynamic: { count: figure(dynamic, 'sorties:dynamiques'), rate: rateOf(dynamic, exits) },
      categoriesRecorded: pop.sorties.every((p) => p.exitCategory !== null),
    },
  };
}

const isMeasure = (m: string | undefined): m is Measure => MEASURES.some((x) => x.code === m);
const isDimension = (d: string | undefined): d is Dimension => DIMENSIONS.some((x) => x.code === d);

/** The paths behind a workers' figure key, or null when the key is not one of theirs. */
function pathsBehind(pop: Populations, key: string): PathFacts[] | null {
  const [head, a, b, c] = key.split(':');
  if (head === 'salaries' && isMeasure(a) && b === undefined) return pop[a];
  if (head === 'repartition' && isDimension(a) && b !== undefined && isMeasure(c)) return pop[c].filter((p) => lineOf(a, p) === b);
  if (head === 'sorties' && a === 'dynamiques' && b === undefined) return pop.sorties.filter((p) => isDynamic(categoryOf(p)));
  if (head === 'sorties' && b === undefined && EXIT_CATEGORIES.some((x) => x.code === a)) return pop.sorties.filter((p) => categoryOf(p) === a);
  return null;
}

/** The workers behind a figure, by name; null when the key is not a workers' figure. */
export function workersBehind(paths: PathFacts[], from: string, to: string, key: string): ReportWorkerRow[] | null {
  const found = pathsBehind(populations(paths, from, to), key);
  if (!found) return null;
  return found
    .map((p) => ({
      workerId: p.workerId,
      name: p.name,
      birthDate: p.birthDate,
      entryDate: p.entryDate,
      exitDate: p.exitDate,
      ageAtEntry: ageOn(p.birthDate, p.entryDate),
      exitCategory: p.exitDate ? categoryOf(p) : null,
    }))
    .sort((x, y) => collator.compare(x.name, y.name) || x.entryDate.localeCompare(y.entryDate));
}
