import { describe, expect, it } from 'vitest';
import type { GridRow, MonthGrid } from '../../../db/contract/hours';
import type { RuleIssue } from '../../../db/contract/result';
import { UNREADABLE } from './grid-model';
import {
  applyTexts,
  dayColumns,
  editsLeft,
  entriesToSave,
  firstBlockingCell,
  pasteMessages,
  problemList,
  problemsByCell,
  rowTotal,
  totals,
  visibleIssues,
  withSaved,
  type Edits,
} from './month-model';

// Three days of March 2026 (Thursday 5 to Saturday 7), two placements.
const grid: MonthGrid = {
  month: '2026-03',
  days: [
    { date: '2026-03-05', weekday: 4, weekend: false, holiday: null },
    { date: '2026-03-06', weekday: 5, weekend: false, holiday: null },
    { date: '2026-03-07', weekday: 6, weekend: true, holiday: null },
  ],
  rows: [
    { placementId: 1, workerId: 10, workerName: 'Éric MARTIN', clientId: 20, clientName: 'Mairie', clientSortName: 'Mairie', taskKind: 'menage', startDate: '2026-03-01', endDate: '2026-03-31', status: 'en_cours', entries: { '2026-03-05': 120 } },
    { placementId: 2, workerId: 11, workerName: 'Hélène DUPONT', clientId: 21, clientName: 'Boulangerie', clientSortName: 'Boulangerie', taskKind: 'menage', startDate: '2026-03-06', endDate: '2026-03-31', status: 'en_cours', entries: { '2026-03-06': 60 } },
  ],
  closed: false,
  closedAt: null,
  warnings: [],
};
const rows: GridRow[] = grid.rows;
const rowsById = new Map(rows.map((r) => [r.placementId, r]));
const days = dayColumns(grid, '2026-03-06');
const noProblem = () => false;

function typed(edits: Edits, ...changes: [number, string, string][]): Edits {
  const r = applyTexts(edits, changes.map(([placementId, day, text]) => ({ placementId, day, text })), rowsById, noProblem);
  return r ? r.edits : edits;
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
    expect(edits).toEqual({ 1: { '2026-03-06': { text: '3h30', minutes: 210, invalid: false } } });
    edits = typed(edits, [1, '2026-03-06', '']);
    expect(edits).toEqual({});
    expect(applyTexts({}, [{ placementId: 1, day: '2026-03-05', text: '2' }], rowsById, noProblem)).toBeNull();
    expect(applyTexts({}, [{ placementId: 9, day: '2026-03-05', text: '2' }], rowsById, noProblem)).toBeNull();
  });

  it('lists the cells whose shown problem the change dismisses', () => {
    const r = applyTexts({}, [{ placementId: 2, day: '2026-03-06', text: '11' }], rowsById, (c) => c.placementId === 2);
    expect(r?.touched).toEqual(['2|2026-03-06']);
  });

  it('totals what is shown, changes not saved yet included', () => {
    const edits = typed({}, [1, '2026-03-05', ''], [2, '2026-03-07', '7h30']);
    expect(totals(rows, days, edits)).toEqual({ dayTotals: [0, 60, 450], grandTotal: 510 });
    expect(rowTotal(rows[0]!, days, edits[1])).toBe(0);
    expect(rowTotal(rows[1]!, days, edits[2])).toBe(510);
    expect(totals(rows, days, {}).grandTotal).toBe(180);
  });
});

describe('saving', () => {
  it('sends the changes in reading order, and refuses while one cannot be read', () => {
    const edits = typed({}, [2, '2026-03-07', '4'], [1, '2026-03-06', 'trois'], [1, '2026-03-05', '']);
    const { entries, firstInvalid } = entriesToSave(rows, days, edits);
    expect(entries).toEqual([
      { placementId: 1, day: '2026-03-05', minutes: null },
      { placementId: 1, day: '2026-03-06', minutes: null },
      { placementId: 2, day: '2026-03-07', minutes: 240 },
    ]);
    expect(firstInvalid).toEqual({ placementId: 1, day: '2026-03-06' });
  });

  it('shows the saved values at once and keeps what was typed during the save', () => {
    const sent = typed({}, [1, '2026-03-05', ''], [2, '2026-03-07', '4']);
    const later = typed(sent, [2, '2026-03-06', '2']);
    const saved = withSaved(grid, sent);
    expect(saved.rows[0]!.entries).toEqual({});
    expect(saved.rows[1]!.entries).toEqual({ '2026-03-06': 60, '2026-03-07': 240 });
    expect(editsLeft(later, sent)).toEqual({ 2: { '2026-03-06': { text: '2', minutes: 120, invalid: false } } });
  });

  it('finds the first blocking cell in reading order', () => {
    const issues: RuleIssue[] = [
      { code: 'jour', severity: 'blocking', message: 'Plus de 10 h ce jour.', placementId: 2, day: '2026-03-06' },
      { code: 'alerte', severity: 'warning', message: '400 h atteintes.', placementId: 1, day: '2026-03-05' },
      { code: 'jour', severity: 'blocking', message: 'Plus de 10 h ce jour.', placementId: 2, day: '2026-03-07' },
    ];
    expect(firstBlockingCell(rows, days, issues)).toEqual({ placementId: 2, day: '2026-03-06' });
    expect(firstBlockingCell(rows, days, issues.slice(1, 2))).toBeNull();
  });
});

describe('problems', () => {
  const issues: RuleIssue[] = [
    { code: 'jour', severity: 'warning', message: 'Attention A.', placementId: 2, day: '2026-03-06' },
    { code: 'jour', severity: 'blocking', message: 'Bloquant B.', placementId: 2, day: '2026-03-06' },
    { code: 'mois', severity: 'warning', message: 'Sans cellule.' },
  ];

  it('gives each cell its worst severity, every message and the lines that describe it', () => {
    expect(problemsByCell(issues).get(2)).toEqual({
      '2026-03-06': { severity: 'blocking', title: 'Attention A.\nBloquant B.', ids: ['hp-s0', 'hp-s1'] },
    });
  });

  it('lists unreadable cells first, then the back end’s issues, each saying where', () => {
    const edits = typed({}, [1, '2026-03-06', 'x']);
    expect(problemList(rows, days, edits, issues).map((p) => [p.id, p.severity, p.text])).toEqual([
      ['hp-l-1-2026-03-06', 'blocking', `Éric MARTIN · Mairie · 06/03 : ${UNREADABLE}`],
      ['hp-s0', 'warning', 'Hélène DUPONT · Boulangerie · 06/03 : Attention A.'],
      ['hp-s1', 'blocking', 'Hélène DUPONT · Boulangerie · 06/03 : Bloquant B.'],
      ['hp-s2', 'warning', 'Sans cellule.'],
    ]);
  });

  it('hides the issues of the cells changed since, and shows each issue once', () => {
    const shown = visibleIssues(issues, [issues[2]!], new Set(['2|2026-03-06']));
    expect(shown).toEqual([issues[2]]);
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
