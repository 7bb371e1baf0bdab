import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { MonthGrid, RuleIssue } from '../../../db/contract/placements';
import { formatDateTime, formatMonth, parseHours } from '../../../db/contract/format';
import { todayIso } from '../../../db/rules/dates';
import { errorText, send } from '../../api/client';
import { useFeedback } from '../../components/feedback';
import { Link, useLeaveGuard } from '../../router';
import { moveTarget, planPaste, type GridShape } from './grid-keys';
import {
  cellEdit,
  cellLabel,
  cellOpen,
  isMonth,
  mergeIssues,
  monthAsked,
  pendingText,
  shiftMonth,
  sortRows,
  UNREADABLE,
  WEEKDAY_INITIALS,
  WEEKDAY_NAMES,
  type CellEdit,
  type GroupBy,
} from './grid-model';
import { cellId, HoursGrid, localProblemId, type CellProblem, type DayColumn, type GridApi, type RowEdits } from './HoursGrid';
import { ReopenDialog } from './ReopenDialog';

// #/heures (and #/heures?mois=2026-11): the month's hours, typed from the signed timesheets.
// Save is explicit and sends only the changed cells, in one call; the back end checks every
// rule and saves nothing while one blocks; what was typed stays on screen until it is saved.

type Edits = Record<number, RowEdits>;

interface Problem {
  id: string;
  severity: 'blocking' | 'warning';
  placementId?: number;
  day?: string;
  text: string;
}

export function HoursScreen({ month }: { month: string | null }) {
  const asked = monthAsked(month);
  return <HoursMonth key={asked ?? ''} initialMonth={asked ?? todayIso().slice(0, 7)} />;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n > 1 ? many : one}`;
}

function sameEdit(a: CellEdit | undefined, b: CellEdit | undefined): boolean {
  if (!a || !b) return a === b;
  return a.text === b.text && a.minutes === b.minutes && a.invalid === b.invalid;
}

function countEdits(edits: Edits): number {
  let n = 0;
  for (const r of Object.values(edits)) n += Object.keys(r).length;
  return n;
}

function focusCell(placementId: number, day: string) {
  document.getElementById(cellId(placementId, day))?.focus();
}

const cellKey = (placementId: number, day: string) => `${placementId}|${day}`;

function HoursMonth({ initialMonth }: { initialMonth: string }) {
  const { toast, confirm } = useFeedback();
  const [month, setMonth] = useState(initialMonth);
  const [groupBy, setGroupBy] = useState<GroupBy>('worker');
  const [grid, setGrid] = useState<MonthGrid | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [edits, setEditsState] = useState<Edits>({});
  const editsRef = useRef<Edits>({});
  /** The issues of the last save (refused or with warnings) or of the last closing. */
  const [issues, setIssues] = useState<RuleIssue[]>([]);
  /** Cells changed since their issue was reported: the issue no longer shows. */
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  const [refused, setRefused] = useState(false);
  const [busy, setBusy] = useState(false);
  const busyRef = useRef(false);
  const [reopening, setReopening] = useState(false);
  const activeFlush = useRef<(() => void) | null>(null);
  const loadSeq = useRef(0);
  const groupByRef = useRef(groupBy);
  groupByRef.current = groupBy;
  const today = useMemo(() => todayIso(), []);

  const setEdits = (next: Edits) => {
    editsRef.current = next;
    setEditsState(next);
  };

  const load = useCallback(async (m: string) => {
    const seq = ++loadSeq.current;
    const r = await send('hours.month', { month: m, groupBy: groupByRef.current });
    if (seq !== loadSeq.current) return;
    if (!r.ok) {
      setLoadError(errorText(r.error));
      return;
    }
    setLoadError(null);
    setGrid(r.value);
  }, []);

  useEffect(() => {
    void load(month);
  }, [month, load]);

  // ------------------------------------------------------------ derived
  const rows = useMemo(() => (grid ? sortRows(grid.rows, groupBy) : []), [grid, groupBy]);
  const rowsById = useMemo(() => new Map(rows.map((r) => [r.placementId, r])), [rows]);
  const rowIndex = useMemo(() => new Map(rows.map((r, i) => [r.placementId, i])), [rows]);
  const days = useMemo<DayColumn[]>(
    () =>
      (grid?.days ?? []).map((d) => {
        const n = Number(d.date.slice(8, 10));
        const cls = [d.weekend ? 'hg-we' : '', d.holiday ? 'hg-hol' : '', d.date === today ? 'hg-today' : ''].filter(Boolean).join(' ');
        let description = `${WEEKDAY_NAMES[d.weekday - 1] ?? ''} ${n} ${formatMonth(d.date.slice(0, 7))}`;
        if (d.holiday) description += `, férié : ${d.holiday}`;
        if (d.date === today) description += " (aujourd'hui)";
        return { date: d.date, num: String(n), initial: WEEKDAY_INITIALS[d.weekday - 1] ?? '', description, cls };
      }),
    [grid, today],
  );
  const shape = useMemo<GridShape>(
    () => ({
      rows: rows.length,
      cols: days.length,
      enabled: (r, c) => {
        const row = rows[r];
        const day = days[c];
        return row !== undefined && day !== undefined && cellOpen(row, day.date);
      },
    }),
    [rows, days],
  );

  const pending = useMemo(() => countEdits(edits), [edits]);

  const { dayTotals, grandTotal } = useMemo(() => {
    const totals = days.map(() => 0);
    let grand = 0;
    for (const row of rows) {
      const re = edits[row.placementId];
      days.forEach((d, i) => {
        const e = re?.[d.date];
        const m = e ? (e.minutes ?? 0) : (row.entries[d.date] ?? 0);
        totals[i]! += m;
        grand += m;
      });
    }
    return { dayTotals: totals, grandTotal: grand };
  }, [rows, days, edits]);

  const serverIssues = useMemo(
    () =>
      mergeIssues(issues, grid?.warnings ?? []).filter(
        (i) => i.placementId === undefined || i.day === undefined || !dismissed.has(cellKey(i.placementId, i.day)),
      ),
    [issues, grid, dismissed],
  );

  const problemMap = useMemo(() => {
    const map = new Map<number, Record<string, CellProblem>>();
    serverIssues.forEach((i, idx) => {
      if (i.placementId === undefined || i.day === undefined) return;
      const cells = map.get(i.placementId) ?? {};
      const before = cells[i.day];
      cells[i.day] = {
        severity: before?.severity === 'blocking' || i.severity === 'blocking' ? 'blocking' : 'warning',
        title: before ? `${before.title}\n${i.message}` : i.message,
        ids: [...(before?.ids ?? []), `hp-s${idx}`],
      };
      map.set(i.placementId, cells);
    });
    return map;
  }, [serverIssues]);

  const problems = useMemo(() => {
    const list: Problem[] = [];
    for (const row of rows) {
      const re = edits[row.placementId];
      if (!re) continue;
      for (const d of days) {
        if (re[d.date]?.invalid) {
          list.push({
            id: localProblemId(row.placementId, d.date),
            severity: 'blocking',
            placementId: row.placementId,
            day: d.date,
            text: `${cellLabel(row, d.date)} : ${UNREADABLE}`,
          });
        }
      }
    }
    serverIssues.forEach((i, idx) => {
      const row = i.placementId === undefined ? undefined : rowsById.get(i.placementId);
      const where = row ? (i.day ? cellLabel(row, i.day) : `${row.workerName} · ${row.clientName}`) : null;
      list.push({
        id: `hp-s${idx}`,
        severity: i.severity,
        ...(row && i.day ? { placementId: row.placementId, day: i.day } : {}),
        text: where ? `${where} : ${i.message}` : i.message,
      });
    });
    return list;
  }, [rows, days, edits, serverIssues, rowsById]);

  const blockingLeft = problems.some((p) => p.severity === 'blocking');

  // ------------------------------------------------------------ actions
  const applyChanges = (changes: { placementId: number; day: string; text: string }[]) => {
    let next: Edits | null = null;
    const copied = new Set<number>();
    const touched: string[] = [];
    for (const c of changes) {
      const row = rowsById.get(c.placementId);
      if (!row) continue;
      const before = (next ?? editsRef.current)[c.placementId]?.[c.day];
      const after = cellEdit(c.text, row.entries[c.day]) ?? undefined;
      if (sameEdit(before, after)) continue;
      next ??= { ...editsRef.current };
      if (!copied.has(c.placementId)) {
        next[c.placementId] = { ...(next[c.placementId] ?? {}) };
        copied.add(c.placementId);
      }
      const rowEdits = next[c.placementId]!;
      if (after) rowEdits[c.day] = after;
      else delete rowEdits[c.day];
      if (problemMap.get(c.placementId)?.[c.day]) touched.push(cellKey(c.placementId, c.day));
    }
    if (!next) return;
    for (const id of copied) if (Object.keys(next[id] ?? {}).length === 0) delete next[id];
    setEdits(next);
    if (touched.length > 0) setDismissed((s) => new Set([...s, ...touched]));
  };

  const paste = (placementId: number, col: number, matrix: string[][]) => {
    if (!grid) return;
    if (grid.closed) {
      toast('Mois clôturé : rouvrez-le pour modifier les heures.', 'error');
      return;
    }
    const r = rowIndex.get(placementId);
    if (r === undefined) return;
    const plan = planPaste(matrix, { row: r, col }, shape);
    applyChanges(plan.cells.map((c) => ({ placementId: rows[c.row]!.placementId, day: days[c.col]!.date, text: c.text })));
    const lost = (n: number) => (n > 1 ? 'elles n’ont pas été prises' : 'elle n’a pas été prise');
    if (plan.outside > 0) {
      toast(`${plural(plan.outside, 'valeur collée tombe', 'valeurs collées tombent')} hors des dates de la mission : ${lost(plan.outside)}.`, 'error');
    }
    if (plan.beyond > 0) {
      toast(`${plural(plan.beyond, 'valeur collée dépasse', 'valeurs collées dépassent')} la grille : ${lost(plan.beyond)}.`, 'error');
    }
    const unreadable = plan.cells.filter((c) => c.text !== '' && parseHours(c.text) === null).length;
    if (unreadable > 0) {
      toast(`${plural(unreadable, 'valeur collée est illisible', 'valeurs collées sont illisibles')} : corrigez les cellules en rouge.`, 'error');
    }
  };

  const move: GridApi['move'] = (placementId, col, m) => {
    const r = rowIndex.get(placementId);
    if (r === undefined) return;
    const to = moveTarget(shape, { row: r, col }, m);
    if (!to) return;
    const row = rows[to.row];
    const day = days[to.col];
    if (row && day) focusCell(row.placementId, day.date);
  };

  const save = async () => {
    activeFlush.current?.();
    if (busyRef.current || !grid) return;
    if (grid.closed) {
      toast('Mois clôturé : rouvrez-le pour modifier les heures.', 'error');
      return;
    }
    const sent = editsRef.current;
    const entries: { placementId: number; day: string; minutes: number | null }[] = [];
    let firstInvalid: { placementId: number; day: string } | null = null;
    for (const row of rows) {
      for (const d of days) {
        const e = sent[row.placementId]?.[d.date];
        if (!e) continue;
        if (e.invalid) firstInvalid ??= { placementId: row.placementId, day: d.date };
        entries.push({ placementId: row.placementId, day: d.date, minutes: e.minutes });
      }
    }
    if (entries.length === 0) {
      toast('Aucune modification à enregistrer.');
      return;
    }
    if (firstInvalid) {
      toast('Rien n’a été enregistré : des durées sont illisibles. Corrigez les cellules en rouge.', 'error');
      focusCell(firstInvalid.placementId, firstInvalid.day);
      return;
    }
    const savedMonth = grid.month;
    busyRef.current = true;
    setBusy(true);
    const r = await send('hours.saveMonth', { month: savedMonth, entries });
    busyRef.current = false;
    setBusy(false);
    if (latest.current.grid?.month !== savedMonth) return;
    if (!r.ok) {
      if (r.error.code === 'rule' && r.error.issues) {
        const found = r.error.issues;
        setIssues(found);
        setDismissed(new Set());
        setRefused(true);
        toast('Rien n’a été enregistré : corrigez les cellules en rouge.', 'error');
        // The first red cell in reading order takes the focus.
        const blocking = new Set(
          found.filter((i) => i.severity === 'blocking' && i.placementId !== undefined && i.day).map((i) => cellKey(i.placementId!, i.day!)),
        );
        let first: { placementId: number; day: string } | null = null;
        for (const row of rows) {
          const d = days.find((x) => blocking.has(cellKey(row.placementId, x.date)));
          if (d) {
            first = { placementId: row.placementId, day: d.date };
            break;
          }
        }
        if (first) focusCell(first.placementId, first.day);
      } else {
        toast(errorText(r.error), 'error');
      }
      return;
    }
    // Show the saved values at once; cells typed in during the save stay changed.
    const current = latest.current.grid ?? grid;
    setGrid({
      ...current,
      rows: current.rows.map((row) => {
        const re = sent[row.placementId];
        if (!re) return row;
        const entriesOf = { ...row.entries };
        for (const [day, e] of Object.entries(re)) {
          if (e.minutes === null) delete entriesOf[day];
          else entriesOf[day] = e.minutes;
        }
        return { ...row, entries: entriesOf };
      }),
    });
    const remaining: Edits = {};
    for (const [pid, re] of Object.entries(editsRef.current)) {
      const keep: RowEdits = {};
      for (const [day, e] of Object.entries(re)) if (sent[Number(pid)]?.[day] !== e) keep[day] = e;
      if (Object.keys(keep).length > 0) remaining[Number(pid)] = keep;
    }
    setEdits(remaining);
    setIssues(r.value.warnings);
    setDismissed(new Set());
    setRefused(false);
    toast('Heures du mois enregistrées');
    void load(savedMonth);
  };

  const latest = useRef({ grid, applyChanges, paste, move, save });
  latest.current = { grid, applyChanges, paste, move, save };

  const api = useMemo<GridApi>(
    () => ({
      commit: (placementId, col, text) => {
        const day = latest.current.grid?.days[col];
        if (day) latest.current.applyChanges([{ placementId, day: day.date, text }]);
      },
      move: (placementId, col, m) => latest.current.move(placementId, col, m),
      paste: (placementId, col, matrix) => latest.current.paste(placementId, col, matrix),
      focused: (flush) => {
        activeFlush.current = flush;
      },
    }),
    [],
  );

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
  }, []);

  const goToMonth = async (m: string) => {
    if (!isMonth(m) || m === month || busyRef.current) return;
    activeFlush.current?.();
    if (countEdits(editsRef.current) > 0 && !(await askAbandon())) return;
    setEdits({});
    setIssues([]);
    setDismissed(new Set());
    setRefused(false);
    setGrid(null);
    setLoadError(null);
    setMonth(m);
  };

  const closeMonth = async () => {
    activeFlush.current?.();
    if (!grid) return;
    if (countEdits(editsRef.current) > 0) {
      toast('Enregistrez (ou abandonnez) les heures modifiées avant de clôturer le mois.', 'error');
      return;
    }
    const label = formatMonth(grid.month);
    const ok = await confirm({
      title: `Clôturer le mois de ${label} ?`,
      body: (
        <>
          <p>
            Les heures de {label} ne pourront plus être modifiées, ni ajoutées, sans rouvrir le mois. La réouverture demande un
            motif et elle est inscrite au journal.
          </p>
          <p>Clôturez le mois une fois toutes les heures saisies et vérifiées, avant la facturation.</p>
        </>
      ),
      confirmLabel: 'Clôturer le mois',
      cancelLabel: 'Annuler',
    });
    if (!ok) return;
    const r = await send('hours.closeMonth', { month: grid.month });
    if (!r.ok) {
      if (r.error.issues) {
        setIssues(r.error.issues);
        setDismissed(new Set());
      }
      toast(errorText(r.error), 'error');
      return;
    }
    toast(`Mois de ${label} clôturé`);
    void load(grid.month);
  };

  // ------------------------------------------------------------ view
  const closed = grid?.closed ?? false;
  return (
    <section className="page page-wide hours-page">
      <header className="page-header">
        <h1>Heures</h1>
        <div className="actions">
          <span className={`hours-pending ${pending > 0 ? 'hours-pending-some' : ''}`} aria-live="polite">
            {grid && rows.length > 0 ? pendingText(pending) : ''}
          </span>
          {grid && !closed && (
            <button type="button" className="button" onClick={() => void closeMonth()}>
              Clôturer le mois
            </button>
          )}
          {grid && closed && (
            <button type="button" className="button" onClick={() => setReopening(true)}>
              Rouvrir le mois
            </button>
          )}
          <button
            type="button"
            className="button button-primary"
            disabled={busy || closed || pending === 0}
            title="Ctrl+S"
            onClick={() => void save()}
          >
            {busy ? 'Enregistrement…' : 'Enregistrer le mois'}
          </button>
        </div>
      </header>

      <div className="filter-bar hours-toolbar">
        <button type="button" className="button hours-nav" onClick={() => void goToMonth(shiftMonth(month, -1))}>
          <span aria-hidden="true">‹ </span>Mois précédent
        </button>
        <label className="hours-month">
          Mois{' '}
          <input type="month" value={month} required onChange={(e) => void goToMonth(e.target.value)} />
        </label>
        <button type="button" className="button hours-nav" onClick={() => void goToMonth(shiftMonth(month, 1))}>
          Mois suivant<span aria-hidden="true"> ›</span>
        </button>
        <label>
          Regrouper par{' '}
          <select value={groupBy} onChange={(e) => setGroupBy(e.target.value as GroupBy)}>
            <option value="worker">Salarié</option>
            <option value="client">Utilisateur</option>
          </select>
        </label>
      </div>

      {grid && closed && (
        <div className="banner banner-warning hours-closed" role="status">
          <p>
            <strong>
              Mois clôturé{grid.closedAt ? ` le ${formatDateTime(grid.closedAt)}` : ''} : rouvrez-le pour modifier les heures.
            </strong>
          </p>
        </div>
      )}
      {refused && blockingLeft && (
        <div className="banner banner-danger" role="alert">
          <p>
            <strong>Rien n’a été enregistré : corrigez les cellules en rouge.</strong>{' '}
            <a href="#hours-problems-title" onClick={(e) => {
              e.preventDefault();
              document.getElementById('hours-problems-title')?.scrollIntoView({ block: 'start' });
            }}>
              Voir les problèmes à corriger
            </a>
          </p>
        </div>
      )}

      {loadError && (
        <div className="banner banner-danger" role="alert">
          <p>{loadError}</p>
          <p>
            <button type="button" className="button" onClick={() => void load(month)}>
              Réessayer
            </button>
          </p>
        </div>
      )}
      {!grid && !loadError && <p className="muted">Chargement…</p>}
      {grid && rows.length === 0 && (
        <div className="notice">
          <p>
            Aucune mission active ce mois-ci. Créez une mission dans la section <Link to="/missions">Missions</Link>.
          </p>
        </div>
      )}
      {grid && rows.length > 0 && (
        <HoursGrid
          rows={rows}
          days={days}
          groupBy={groupBy}
          edits={edits}
          problems={problemMap}
          readOnly={closed}
          dayTotals={dayTotals}
          grandTotal={grandTotal}
          api={api}
        />
      )}

      {problems.length > 0 && (
        <section className="hours-problems" aria-labelledby="hours-problems-title">
          <h2 id="hours-problems-title">Problèmes à corriger</h2>
          <ul id="hours-problems">
            {problems.map((p) => (
              <li key={p.id} id={p.id} className={`problem-${p.severity}`}>
                <span className="problem-tag">{p.severity === 'blocking' ? 'Bloquant' : 'Attention'}</span>
                {p.placementId !== undefined && p.day ? (
                  <button type="button" className="link-button" onClick={() => focusCell(p.placementId!, p.day!)}>
                    {p.text}
                  </button>
                ) : (
                  <span>{p.text}</span>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}

      {reopening && grid && (
        <ReopenDialog
          month={grid.month}
          onClose={() => setReopening(false)}
          onReopened={() => {
            setReopening(false);
            toast(`Mois de ${formatMonth(grid.month)} rouvert : les heures peuvent être modifiées`);
            void load(grid.month);
          }}
        />
      )}
    </section>
  );
}
