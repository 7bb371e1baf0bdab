import { describe, expect, it } from 'vitest';
import { checkMonthRules, type GridRow, type HoursIssue, type MonthGrid, type WorkerMonthFacts } from '../../../db/contract/hours';
import { UNREADABLE } from './grid-model';
import { applyTexts, changesOf, dayColumns, editsLeft, editsOf, entriesToSave, pasteMessages, withSaved, type Edits } from './month-model';
import { firstBlockingCell, monthIssues, monthIssuesChecker, problemList, problemsByCell, savedText } from './month-issues';
import { rowTotal, totals, totalsByKind } from './month-totals';

// Three days of March 2026 (Thursday 5 to Saturday 7), two placements.
const grid: MonthGrid = {
  month: '2026-03',
  days: [
    { date: '2026-03-05', weekday: 4, weekend: false, holiday: null },
    { date: '2026-03-06', weekday: 5, weekend: false, holiday: null },
    { date: '2026-03-07', weekday: 6, weekend: true, holiday: null },
  ],
  rows: [
    { placementId: 1, workerId: 10, workerName: 'Éric MARTIN', clientId: 20, clientName: 'Mairie', clientSortName: 'Mairie', clientKind: 'collectivite', counts480: false, taskKind: 'menage', startDate: '2026-03-01', endDate: '2026-03-31', status: 'en_cours', entries: { '2026-03-05': 120 } },
    { placementId: 2, workerId: 11, workerName: 'Hélène DUPONT', clientId: 21, clientName: 'Boulangerie', clientSortName: 'Boulangerie', clientKind: 'entreprise', counts480: true, taskKind: 'menage', startDate: '2026-03-06', endDate: '2026-03-31', status: 'en_cours', entries: { '2026-03-06': 60 } },
    { placementId: 3, workerId: 11, workerName: 'Hélène DUPONT', clientId: 22, clientName: 'Mme Anne ROUX', clientSortName: 'Roux Anne', clientKind: 'particulier', counts480: false, taskKind: 'menage', startDate: '2026-03-01', endDate: '2026-03-31', status: 'en_cours', entries: { '2026-03-05': 360 } },
  ],
  closed: false,
  closedAt: null,
  issues: [],
  rules: { month: '2026-03', mode480: 'fenetre', waivers: [], workers: [facts(10), facts(11)] },
};

function facts(workerId: number): WorkerMonthFacts {
  return { workerId, passes: [{ start: '2026-01-05', end: '2028-01-04', periods: [] }], exitDate: null, permitExpiry: null, weekMinutes: {}, counting: { prior: null, starts: [], minutes: {} } };
}
const rows: GridRow[] = grid.rows;
const rowsById = new Map(rows.map((r) => [r.placementId, r]));
const days = dayColumns(grid, '2026-03-06');
function typed(edits: Edits, ...changes: [number, string, string][]): Edits {
  return applyTexts(edits, changes.map(([placementId, day, text]) => ({ placementId, day, text })), rowsById) ?? edits;
}

describe('the month’s columns', () => {
  it('names each day, marks the weekend and today', () => {
    expect(days.map((d) => [d.num, d.initial, d.cls])).toEqual([
      ['5', 'J', ''],
      ['6', 'V', 'hg-today'],
      ['7', 'S', 'hg-we'],
    ]);
    expect(days[1]!.description).toBe("vendredi 6 mars 2026 (aujourd'hui)");
  });
});

describe('typing and totals', () => {
  it('keeps only real changes: a value typed back to the saved one is no longer changed', () => {
    let edits = typed({}, [1, '2026-03-06', '3,5']);
    // « 2 h 30 » as in the totals (with ordinary spaces: a cell is typed over).
    expect(edits).toEqual({ 1: { '2026-03-06': { text: '3 h 30', minutes: 210, invalid: false } } });
    edits = typed(edits, [1, '2026-03-06', '']);
    expect(edits).toEqual({});
    expect(applyTexts({}, [{ placementId: 1, day: '2026-03-05', text: '2' }], rowsById)).toBeNull();
    expect(applyTexts({}, [{ placementId: 9, day: '2026-03-05', text: '2' }], rowsById)).toBeNull();
  });

  it('totals what is shown, changes not saved yet included, and by kind of client', () => {
    const edits = typed({}, [1, '2026-03-05', ''], [2, '2026-03-07', '7h30']);
    expect(totals(rows, days, edits)).toEqual({ dayTotals: [360, 60, 450], grandTotal: 870 });
    expect(rowTotal(rows[0]!, days, edits[1])).toBe(0);
    expect(rowTotal(rows[1]!, days, edits[2])).toBe(510);
    expect(totals(rows, days, {}).grandTotal).toBe(540);
    expect(totalsByKind(rows, days, edits)).toEqual([
      { kind: 'particulier', label: 'Particulier', minutes: 360 },
      { kind: 'entreprise', label: 'Entreprise', minutes: 510 },
      { kind: 'collectivite', label: 'Collectivité', minutes: 0 },
    ]);
  });
});

describe('saving', () => {
  it('sends the changes in reading order; a worker with a cell that cannot be read keeps all theirs', () => {
    const edits = typed({}, [2, '2026-03-07', '4'], [1, '2026-03-06', 'trois'], [1, '2026-03-05', ''], [3, '2026-03-06', '2']);
    const { entries, unreadable, kept } = entriesToSave(rows, days, edits);
    expect(entries).toEqual([
      { placementId: 2, day: '2026-03-07', minutes: 240 },
      { placementId: 3, day: '2026-03-06', minutes: 120 },
    ]);
    expect(unreadable).toEqual([{ placementId: 1, day: '2026-03-06' }]);
    expect(kept).toEqual([
      { placementId: 1, day: '2026-03-05' },
      { placementId: 1, day: '2026-03-06' },
    ]);
  });

  it('shows the saved values at once and keeps what was held or typed during the save', () => {
    const sent = typed({}, [1, '2026-03-05', ''], [2, '2026-03-07', '4'], [3, '2026-03-07', '11']);
    const later = typed(sent, [2, '2026-03-06', '2']);
    // The back end held placement 3's cell.
    const written = editsOf(sent, [
      { placementId: 1, day: '2026-03-05' },
      { placementId: 2, day: '2026-03-07' },
    ]);
    const saved = withSaved(grid, written);
    expect(saved.rows[0]!.entries).toEqual({});
    expect(saved.rows[1]!.entries).toEqual({ '2026-03-06': 60, '2026-03-07': 240 });
    expect(editsLeft(later, written)).toEqual({
      2: { '2026-03-06': { text: '2 h', minutes: 120, invalid: false } },
      3: { '2026-03-07': { text: '11 h', minutes: 660, invalid: false } },
    });
  });

  it('says what was saved and what is to correct', () => {
    expect(savedText(48, 0)).toBe('Heures du mois enregistrées');
    expect(savedText(48, 4)).toBe('48 cellules enregistrées, 4 à corriger.');
    expect(savedText(1, 1)).toBe('1 cellule enregistrée, 1 à corriger.');
    expect(savedText(0, 3)).toBe('Rien n’a été enregistré : 3 cellules à corriger.');
  });
});

describe('problems as they are typed', () => {
  it('turns a cell red before saving, with the rule the back end applies, on the cells typed only', () => {
    // Hélène has 6 h saved at Mme Roux on the 5th: 5 h typed at the Boulangerie make 11 h.
    const wide = { ...grid, rows: grid.rows.map((r) => (r.placementId === 2 ? { ...r, startDate: '2026-03-01' } : r)) };
    const edits = typed({}, [2, '2026-03-05', '5']);
    const issues = monthIssues(wide, edits);
    expect(issues.map((i) => [i.code, i.workerId, i.cells])).toEqual([['duree_max_jour', 11, [{ placementId: 2, day: '2026-03-05' }]]]);
    expect(problemsByCell(issues).get(3)).toBeUndefined();
    // 25 h in one cell: said at once too.
    expect(monthIssues(wide, typed({}, [1, '2026-03-06', '25'])).map((i) => i.code)).toEqual(['duration', 'duree_max_jour']);
    expect(monthIssues(wide, {})).toEqual([]);
  });

  it('checks again only the workers whose cells changed, and finds what the whole month’s check finds', () => {
    const wide = { ...grid, rows: grid.rows.map((r) => (r.placementId === 2 ? { ...r, startDate: '2026-03-01' } : r)) };
    const saved = wide.rows.flatMap((r) => Object.entries(r.entries).map(([day, minutes]) => ({ placementId: r.placementId, day, minutes })));
    const check = monthIssuesChecker(wide);
    let edits: Edits = {};
    const steps: [number, string, string][] = [[1, '2026-03-06', '25'], [2, '2026-03-05', '5'], [1, '2026-03-06', '3'], [2, '2026-03-05', '']];
    let before = check(edits);
    for (const step of steps) {
      const next = typed(edits, step);
      const after = check(next);
      expect(after).toEqual(checkMonthRules(wide.rules, wide.rows, saved, changesOf(next)));
      // The other worker's problems are the very same objects: not checked again.
      const other = step[0] === 1 ? 11 : 10;
      expect(after.filter((i) => i.workerId === other)).toEqual(before.filter((i) => i.workerId === other));
      after.filter((i) => i.workerId === other).forEach((i, n) => expect(i).toBe(before.filter((x) => x.workerId === other)[n]));
      edits = next;
      before = after;
    }
  });

  it('keeps the problems of a row that did not change, so that the row is not drawn again', () => {
    const first = problemsByCell(issues);
    const moved: HoursIssue[] = [...issues.slice(0, 2), { ...issues[2]!, cells: [{ placementId: 1, day: '2026-03-05' }] }];
    const second = problemsByCell(moved, first);
    expect(second.get(2)).toBe(first.get(2));
    expect(second.get(3)).toBe(first.get(3));
    expect(second.get(1)).toEqual({ '2026-03-05': { severity: 'warning', title: 'Sans cellule.', ids: ['hp-s2'] } });
    const reworded = problemsByCell([{ ...issues[0]!, message: 'Autre.' }, ...issues.slice(1)], first);
    expect(reworded.get(2)).not.toBe(first.get(2));
    expect(reworded.get(2)?.['2026-03-06']?.title).toBe('Autre.\nBloquant B.');
    expect(reworded.get(3)).toBe(first.get(3));
  });

  const issues: HoursIssue[] = [
    { code: 'jour', severity: 'warning', message: 'Attention A.', workerId: 11, cells: [{ placementId: 2, day: '2026-03-06' }] },
    { code: 'semaine', severity: 'blocking', message: 'Bloquant B.', workerId: 11, cells: [{ placementId: 2, day: '2026-03-06' }, { placementId: 3, day: '2026-03-07' }] },
    { code: 'mois', severity: 'warning', message: 'Sans cellule.', workerId: 10, cells: [] },
  ];

  it('gives each cell its worst severity, every message and the lines that describe it', () => {
    expect(problemsByCell(issues).get(2)).toEqual({
      '2026-03-06': { severity: 'blocking', title: 'Attention A.\nBloquant B.', ids: ['hp-s0', 'hp-s1'] },
    });
    expect(problemsByCell(issues).get(3)).toEqual({ '2026-03-07': { severity: 'blocking', title: 'Bloquant B.', ids: ['hp-s1'] } });
  });

  it('lists unreadable cells first, then one line per problem, saying who', () => {
    const edits = typed({}, [1, '2026-03-06', 'x']);
    expect(problemList(rows, days, edits, issues).map((p) => [p.id, p.severity, p.text])).toEqual([
      ['hp-l-1-2026-03-06', 'blocking', `Éric MARTIN · Mairie · 06/03 : ${UNREADABLE}`],
      ['hp-s0', 'warning', 'Hélène DUPONT · Boulangerie : Attention A.'],
      ['hp-s1', 'blocking', 'Hélène DUPONT : Bloquant B.'],
      ['hp-s2', 'warning', 'Éric MARTIN : Sans cellule.'],
    ]);
  });

  it('finds the first blocking cell in reading order', () => {
    expect(firstBlockingCell(rows, days, issues)).toEqual({ placementId: 2, day: '2026-03-06' });
    expect(firstBlockingCell(rows, days, issues.slice(0, 1))).toBeNull();
  });

  it('says what a paste left out or could not read', () => {
    expect(pasteMessages({ cells: [{ row: 0, col: 0, text: 'x' }, { row: 0, col: 1, text: '2' }], outside: 1, beyond: 2 })).toEqual([
      '1 valeur collée tombe hors des dates de la mission : elle n’a pas été prise.',
      '2 valeurs collées dépassent la grille : elles n’ont pas été prises.',
      '1 valeur collée est illisible : corrigez les cellules en rouge.',
    ]);
    expect(pasteMessages({ cells: [{ row: 0, col: 0, text: '2' }], outside: 0, beyond: 0 })).toEqual([]);
  });
});
