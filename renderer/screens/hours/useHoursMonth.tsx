import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { MonthGrid } from '../../../db/contract/hours';
import { formatMonth } from '../../../db/base/format';
import { errorText, send } from '../../api/client';
import { useFeedback } from '../../components/feedback';
import { useLatest } from '../../components/useLatest';
import { useLeaveGuard } from '../../router';
import { moveTarget, planPaste } from './grid-keys';
import { revealCell } from './grid-window';
import { isMonth } from './grid-model';
import { blockedWorkers, firstBlockingCell, monthIssuesChecker, problemList, problemsByCellKept, savedText } from './month-issues';
import { applyTexts, cellId, countEdits, editsLeft, editsOf, entriesToSave, pasteMessages, withSaved, type CellRef, type Edits, type GridApi } from './month-model';
import { totals, totalsByKind } from './month-totals';
import { useCloseMonth } from './useCloseMonth';
import { useMonthGrid } from './useMonthGrid';

// The state of the month screen and what it does: take what is typed or pasted, check it with
// the back end's rules as it comes, save the changed cells in one call, close the month. The
// back end saves the cells of every worker whose month keeps to the rules and holds the others;
// what is not saved stays on screen, month by month, until it is saved or abandoned.

function focusCell(cell: CellRef) {
  revealCell(cell, cellId(cell.placementId, cell.day));
}

const CLOSED = 'Mois clôturé : rouvrez-le pour modifier les heures.';
const NO_EDITS: Edits = {};

interface CellHandlers {
  applyChanges(changes: (CellRef & { text: string })[]): void;
  paste: GridApi['paste'];
  move: GridApi['move'];
  save(): Promise<void>;
}

/**
 * What the cells and Ctrl+S call: one stable object whose functions reach the latest handlers,
 * so that a row re-renders only when its own cells change.
 */
function useGridApi(handlers: CellHandlers, grid: MonthGrid | null, flushRef: RefObject<(() => void) | null>): GridApi {
  const latest = useLatest({ ...handlers, grid });
  const api = useMemo<GridApi>(
    () => ({
      commit: (placementId, col, text) => {
        const day = latest.current.grid?.days[col];
        if (day) latest.current.applyChanges([{ placementId, day: day.date, text }]);
      },
      move: (placementId, col, how) => latest.current.move(placementId, col, how),
      paste: (placementId, col, matrix) => latest.current.paste(placementId, col, matrix),
      focused: (flush) => {
        flushRef.current = flush;
      },
    }),
    [latest, flushRef],
  );
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 's') {
        e.preventDefault();
        if (document.querySelector('dialog[open]')) return;
        void latest.current.save();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [latest]);
  return api;
}

export function useHoursMonth(initialMonth: string) {
  const { toast, confirm } = useFeedback();
  const m = useMonthGrid(initialMonth);
  const { grid, rows, days, load } = m;
  /** The cells changed and not saved yet, month by month. */
  const [allEdits, setAllEdits] = useState<Record<string, Edits>>({});
  /** The same, read at once by the events of one key press (before any render). */
  const allRef = useRef<Record<string, Edits>>({});
  /** What the last save of this month did: cells saved, cells held. */
  const [report, setReport] = useState<{ month: string; saved: number; held: number } | null>(null);
  const [busy, setBusy] = useState(false);
  const busyRef = useRef(false);
  /** Commits what is being typed in the focused cell (before a save or a change of month). */
  const activeFlush = useRef<(() => void) | null>(null);
  const shownGrid = useLatest(grid);

  const setMonthEdits = (month: string, next: Edits) => {
    const all = { ...allRef.current };
    if (countEdits(next) > 0) all[month] = next;
    else delete all[month];
    allRef.current = all;
    setAllEdits(all);
  };
  const editsNow = () => allRef.current[m.month] ?? NO_EDITS;

  const edits = allEdits[m.month] ?? NO_EDITS;
  const pending = useMemo(() => countEdits(edits), [edits]);
  const elsewhere = useMemo(
    () => Object.entries(allEdits).flatMap(([month, e]) => (month === m.month ? [] : [{ month, count: countEdits(e) }])).sort((a, b) => a.month.localeCompare(b.month)),
    [allEdits, m.month],
  );
  const { dayTotals, grandTotal } = useMemo(() => totals(rows, days, edits), [rows, days, edits]);
  const byKind = useMemo(() => totalsByKind(rows, days, edits), [rows, days, edits]);
  // The rules of the month on what is typed: a cell turns red before it is saved.
  // Checked again for the workers whose cells changed only; rows whose problems read the same keep them.
  const checker = useMemo(() => (grid ? monthIssuesChecker(grid) : null), [grid]);
  const issues = useMemo(() => (checker && grid?.month === m.month ? checker(edits) : []), [checker, grid, m.month, edits]);
  const [keepProblems] = useState(problemsByCellKept);
  const problemMap = useMemo(() => keepProblems(issues), [keepProblems, issues]);
  const blocked = useMemo(() => blockedWorkers(issues), [issues]);
  const problems = useMemo(() => problemList(rows, days, edits, issues), [rows, days, edits, issues]);

  // ------------------------------------------------------------ what the cells ask
  const applyChanges = (changes: (CellRef & { text: string })[]) => {
    const next = applyTexts(editsNow(), changes, m.rowsById);
    if (next) setMonthEdits(m.month, next);
  };

  const paste = (placementId: number, col: number, matrix: string[][]) => {
    if (!grid) return;
    if (grid.closed) return toast(CLOSED, 'error');
    const r = m.rowIndex.get(placementId);
    if (r === undefined) return;
    const plan = planPaste(matrix, { row: r, col }, m.shape);
    applyChanges(plan.cells.map((c) => ({ placementId: rows[c.row]!.placementId, day: days[c.col]!.date, text: c.text })));
    for (const message of pasteMessages(plan)) toast(message, 'error');
  };

  const move: GridApi['move'] = (placementId, col, how) => {
    const r = m.rowIndex.get(placementId);
    const to = r === undefined ? null : moveTarget(m.shape, { row: r, col }, how);
    const row = to && rows[to.row];
    const day = to && days[to.col];
    if (row && day) focusCell({ placementId: row.placementId, day: day.date });
  };

  // ------------------------------------------------------------ saving
  const save = async () => {
    activeFlush.current?.();
    if (busyRef.current || !grid) return;
    if (grid.closed) return toast(CLOSED, 'error');
    const sent = editsNow();
    const { entries, unreadable, kept } = entriesToSave(rows, days, sent);
    if (entries.length === 0 && unreadable.length === 0) return toast('Aucune modification à enregistrer.');
    if (entries.length === 0) {
      toast('Rien n’a été enregistré : des durées sont illisibles. Corrigez les cellules en rouge.', 'error');
      return focusCell(unreadable[0]!);
    }
    const savedMonth = grid.month;
    busyRef.current = true;
    setBusy(true);
    const r = await send('hours.saveMonth', { month: savedMonth, entries });
    busyRef.current = false;
    setBusy(false);
    if (!r.ok) return toast(errorText(r.error), 'error');
    const heldKeys = new Set(r.value.held.map((c) => `${c.placementId}|${c.day}`));
    const written = editsOf(
      sent,
      entries.filter((e) => !heldKeys.has(`${e.placementId}|${e.day}`)),
    );
    // What was typed in the meantime stays changed, in whichever month.
    setMonthEdits(savedMonth, editsLeft(allRef.current[savedMonth] ?? NO_EDITS, written));
    const held = r.value.held.length + kept.length;
    const savedCount = entries.length - r.value.held.length;
    toast(savedText(savedCount, held), held > 0 ? 'error' : undefined);
    // The month may have changed meanwhile: then its grid is read again when it is shown.
    const current = shownGrid.current;
    if (!current || current.month !== savedMonth) return;
    setReport({ month: savedMonth, saved: savedCount, held });
    // Show the saved values at once, then read the month again (its facts changed too).
    m.setGrid(withSaved(current, written));
    const first = firstBlockingCell(rows, days, r.value.issues) ?? unreadable[0];
    if (first) focusCell(first);
    void load(savedMonth);
  };

  const api = useGridApi({ applyChanges, paste, move, save }, grid, activeFlush);

  const totalPending = useMemo(() => Object.values(allEdits).reduce((n, e) => n + countEdits(e), 0), [allEdits]);
  const askAbandon = useCallback(
    () =>
      confirm({
        title: 'Abandonner les modifications ?',
        body: 'Les heures saisies et non enregistrées seront perdues, dans tous les mois.',
        confirmLabel: 'Abandonner les modifications',
        cancelLabel: 'Continuer la saisie',
        danger: true,
      }),
    [confirm],
  );
  useLeaveGuard(totalPending > 0, askAbandon);

  /** Drops the changes of the month shown, once confirmed. */
  const discard = async () => {
    activeFlush.current?.();
    const count = countEdits(editsNow());
    if (count === 0) return;
    const label = formatMonth(m.month);
    const ok = await confirm({
      title: `Abandonner les modifications de ${label} ?`,
      body: `${count > 1 ? `Les ${count} cellules modifiées` : 'La cellule modifiée'} de ${label} ${count > 1 ? 'reprendront' : 'reprendra'} leur valeur enregistrée.`,
      confirmLabel: 'Abandonner les modifications',
      cancelLabel: 'Continuer la saisie',
      danger: true,
    });
    if (!ok) return;
    setMonthEdits(m.month, {});
    setReport(null);
  };

  // ------------------------------------------------------------ the month
  /** Another month: the cells changed here wait for the return. */
  const goToMonth = (next: string) => {
    if (!isMonth(next) || next === m.month) return;
    activeFlush.current?.();
    setReport(null);
    m.showMonth(next);
  };

  const closing = useCloseMonth({ grid, month: m.month, pending, flush: () => activeFlush.current?.(), reload: () => void load(m.month) });

  return {
    month: m.month,
    groupBy: m.groupBy,
    setGroupBy: m.setGroupBy,
    grid,
    loadError: m.loadError,
    rows,
    days,
    edits,
    pending,
    elsewhere,
    dayTotals,
    grandTotal,
    byKind,
    problemMap,
    blocked,
    problems,
    /** The last save held cells that still break a rule. */
    report: report && report.month === m.month && report.held > 0 && problems.some((p) => p.severity === 'blocking') ? report : null,
    busy,
    api,
    reload: () => void load(m.month),
    goToMonth,
    save,
    discard,
    ...closing,
    focusCell,
  };
}

export type HoursMonthState = ReturnType<typeof useHoursMonth>;
