import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { MonthGrid } from '../../../db/contract/hours';
import type { RuleIssue } from '../../../db/contract/result';
import { deMonth, formatMonth } from '../../../db/base/format';
import { errorText, send } from '../../api/client';
import { useFeedback } from '../../components/feedback';
import { useLatest } from '../../components/useLatest';
import { useLeaveGuard } from '../../router';
import { moveTarget, planPaste } from './grid-keys';
import { isMonth } from './grid-model';
import { CloseMonthBody } from './ReopenDialog';
import {
  applyTexts,
  cellId,
  countEdits,
  editsLeft,
  entriesToSave,
  firstBlockingCell,
  pasteMessages,
  problemList,
  problemsByCell,
  totals,
  visibleIssues,
  withSaved,
  type CellRef,
  type Edits,
  type GridApi,
} from './month-model';
import { useMonthGrid } from './useMonthGrid';

// The state of the month screen and what it does: take what is typed or pasted, save the
// changed cells in one call, close the month. The back end checks every rule and saves nothing
// while one blocks; what was typed stays on screen until it is saved.

function focusCell({ placementId, day }: CellRef) {
  document.getElementById(cellId(placementId, day))?.focus();
}

const CLOSED = 'Mois clôturé : rouvrez-le pour modifier les heures.';

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
  const [edits, setEditsState] = useState<Edits>({});
  /** The same edits, read at once by the events of one key press (before any render). */
  const editsRef = useRef<Edits>({});
  /** The issues of the last save (refused or with warnings) or of the last closing. */
  const [issues, setIssues] = useState<RuleIssue[]>([]);
  /** Cells changed since their issue was reported: the issue no longer shows. */
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  const [refused, setRefused] = useState(false);
  const [busy, setBusy] = useState(false);
  const busyRef = useRef(false);
  const [reopening, setReopening] = useState(false);
  /** Commits what is being typed in the focused cell (before a save or a change of month). */
  const activeFlush = useRef<(() => void) | null>(null);
  const shownGrid = useLatest(grid);

  const setEdits = (next: Edits) => {
    editsRef.current = next;
    setEditsState(next);
  };
  /** Shows the issues of an answer afresh: no cell is dismissed any more. */
  const report = (found: RuleIssue[]) => {
    setIssues(found);
    setDismissed(new Set());
  };

  const pending = useMemo(() => countEdits(edits), [edits]);
  const { dayTotals, grandTotal } = useMemo(() => totals(rows, days, edits), [rows, days, edits]);
  const shownIssues = useMemo(() => visibleIssues(issues, grid?.warnings ?? [], dismissed), [issues, grid, dismissed]);
  const problemMap = useMemo(() => problemsByCell(shownIssues), [shownIssues]);
  const problems = useMemo(() => problemList(rows, days, edits, shownIssues), [rows, days, edits, shownIssues]);

  // ------------------------------------------------------------ what the cells ask
  const applyChanges = (changes: (CellRef & { text: string })[]) => {
    const applied = applyTexts(editsRef.current, changes, m.rowsById, (c) => Boolean(problemMap.get(c.placementId)?.[c.day]));
    if (!applied) return;
    setEdits(applied.edits);
    if (applied.touched.length > 0) setDismissed((s) => new Set([...s, ...applied.touched]));
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
    const sent = editsRef.current;
    const { entries, firstInvalid } = entriesToSave(rows, days, sent);
    if (entries.length === 0) return toast('Aucune modification à enregistrer.');
    if (firstInvalid) {
      toast('Rien n’a été enregistré : des durées sont illisibles. Corrigez les cellules en rouge.', 'error');
      return focusCell(firstInvalid);
    }
    const savedMonth = grid.month;
    busyRef.current = true;
    setBusy(true);
    const r = await send('hours.saveMonth', { month: savedMonth, entries });
    busyRef.current = false;
    setBusy(false);
    // The month may have changed meanwhile: its answer is then of no use.
    const current = shownGrid.current;
    if (!current || current.month !== savedMonth) return;
    if (!r.ok) {
      if (r.error.code !== 'rule' || !r.error.issues) return toast(errorText(r.error), 'error');
      report(r.error.issues);
      setRefused(true);
      toast('Rien n’a été enregistré : corrigez les cellules en rouge.', 'error');
      // The first red cell in reading order takes the focus.
      const first = firstBlockingCell(rows, days, r.error.issues);
      if (first) focusCell(first);
      return;
    }
    // Show the saved values at once; cells typed in during the save stay changed.
    m.setGrid(withSaved(current, sent));
    setEdits(editsLeft(editsRef.current, sent));
    report(r.value.warnings);
    setRefused(false);
    toast('Heures du mois enregistrées');
    void load(savedMonth);
  };

  const api = useGridApi({ applyChanges, paste, move, save }, grid, activeFlush);

  const askAbandon = useCallback(
    () =>
      confirm({
        title: 'Abandonner les modifications ?',
        body: 'Les heures saisies sur cette page et non enregistrées seront perdues.',
        confirmLabel: 'Abandonner les modifications',
        cancelLabel: 'Continuer la saisie',
        danger: true,
      }),
    [confirm],
  );
  useLeaveGuard(pending > 0, askAbandon);

  // ------------------------------------------------------------ the month
  const goToMonth = async (next: string) => {
    if (!isMonth(next) || next === m.month || busyRef.current) return;
    activeFlush.current?.();
    if (countEdits(editsRef.current) > 0 && !(await askAbandon())) return;
    setEdits({});
    report([]);
    setRefused(false);
    m.showMonth(next);
  };

  const closeMonth = async () => {
    activeFlush.current?.();
    if (!grid) return;
    if (countEdits(editsRef.current) > 0) return toast('Enregistrez (ou abandonnez) les heures modifiées avant de clôturer le mois.', 'error');
    const label = formatMonth(grid.month);
    const ok = await confirm({
      title: `Clôturer le mois ${deMonth(grid.month)} ?`,
      body: <CloseMonthBody label={label} />,
      confirmLabel: 'Clôturer le mois',
      cancelLabel: 'Annuler',
    });
    if (!ok) return;
    const r = await send('hours.closeMonth', { month: grid.month });
    if (!r.ok) {
      if (r.error.issues) report(r.error.issues);
      return toast(errorText(r.error), 'error');
    }
    toast(`Mois ${deMonth(grid.month)} clôturé`);
    void load(grid.month);
  };

  const reopened = () => {
    if (!grid) return;
    setReopening(false);
    toast(`Mois ${deMonth(grid.month)} rouvert : les heures peuvent être modifiées`);
    void load(grid.month);
  };

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
    dayTotals,
    grandTotal,
    problemMap,
    problems,
    /** A save was refused and a blocking problem is still there. */
    refused: refused && problems.some((p) => p.severity === 'blocking'),
    busy,
    reopening,
    setReopening,
    api,
    reload: () => void load(m.month),
    goToMonth,
    save,
    closeMonth,
    reopened,
    focusCell,
  };
}

export type HoursMonthState = ReturnType<typeof useHoursMonth>;
