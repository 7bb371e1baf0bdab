// The hours grid's keyboard and paste logic, kept pure (no React, no DOM) so it can be tested.
//
// Decisions:
// - A cell is either *navigating* (focused, not being typed in) or *editing*. Editing starts by
//   typing a character (which replaces the value: "typed" mode, where every arrow key
//   leaves the cell like in Excel) or by F2 / double-click ("edit" mode, where Left/Right/
//   Home/End move the caret inside the text).
// - Cells outside the placement's dates are skipped by the arrows (they hold no input).
//   Left/Right jump over them within the row; Up/Down go to the nearest row above/below
//   whose cell that day is open; when there is none the focus stays put.
// - Tab / Shift+Tab are left to the browser: the open cells are in reading order, so Tab moves
//   right and wraps to the next row, and leaves the grid after its last cell.

export interface Pos {
  row: number;
  col: number;
}

export interface GridShape {
  rows: number;
  cols: number;
  /** Whether the cell holds an input (inside the placement's dates). */
  enabled(row: number, col: number): boolean;
}

export type Move = 'left' | 'right' | 'up' | 'down' | 'home' | 'end';

export type EditMode = 'typed' | 'edit' | null;

export type KeyAction =
  | { type: 'move'; move: Move }
  | { type: 'clear' }
  | { type: 'revert' }
  | { type: 'save' }
  | { type: 'edit' }
  | { type: 'type'; char: string }
  /** Let the browser do its default (caret moves, Tab, text editing). */
  | { type: 'default' };

export interface KeyInfo {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  shiftKey?: boolean;
}

/** What a key press does in a cell, given whether the cell is being typed in. */
export function keyAction(e: KeyInfo, mode: EditMode, readOnly: boolean): KeyAction {
  const ctrl = Boolean(e.ctrlKey || e.metaKey);
  if (ctrl && !e.altKey && e.key.toLowerCase() === 's') return { type: 'save' };
  switch (e.key) {
    case 'Escape':
      return mode ? { type: 'revert' } : { type: 'default' };
    case 'Enter':
      return { type: 'move', move: e.shiftKey ? 'up' : 'down' };
    case 'ArrowUp':
      return { type: 'move', move: 'up' };
    case 'ArrowDown':
      return { type: 'move', move: 'down' };
    case 'ArrowLeft':
    case 'ArrowRight':
    case 'Home':
    case 'End': {
      if (mode === 'edit') return { type: 'default' };
      const move: Move = e.key === 'ArrowLeft' ? 'left' : e.key === 'ArrowRight' ? 'right' : e.key === 'Home' ? 'home' : 'end';
      return { type: 'move', move };
    }
    case 'Delete':
    case 'Backspace':
      if (mode) return { type: 'default' };
      return readOnly ? { type: 'default' } : { type: 'clear' };
    case 'F2':
      return readOnly || mode ? { type: 'default' } : { type: 'edit' };
    default:
      break;
  }
  // A printable character starts typing and replaces the value.
  if (!mode && !ctrl && !e.altKey && e.key.length === 1) {
    return readOnly ? { type: 'default' } : { type: 'type', char: e.key };
  }
  return { type: 'default' };
}

/** Where a move lands from `from`, or null when it stays put. */
export function moveTarget(shape: GridShape, from: Pos, move: Move): Pos | null {
  const { row, col } = from;
  switch (move) {
    case 'left':
      for (let c = col - 1; c >= 0; c--) if (shape.enabled(row, c)) return { row, col: c };
      return null;
    case 'right':
      for (let c = col + 1; c < shape.cols; c++) if (shape.enabled(row, c)) return { row, col: c };
      return null;
    case 'up':
      for (let r = row - 1; r >= 0; r--) if (shape.enabled(r, col)) return { row: r, col };
      return null;
    case 'down':
      for (let r = row + 1; r < shape.rows; r++) if (shape.enabled(r, col)) return { row: r, col };
      return null;
    case 'home':
      for (let c = 0; c < col; c++) if (shape.enabled(row, c)) return { row, col: c };
      return null;
    case 'end':
      for (let c = shape.cols - 1; c > col; c--) if (shape.enabled(row, c)) return { row, col: c };
      return null;
  }
}

/**
 * Excel's clipboard text as a matrix: lines separated by CR/LF, values by tabs. The line break
 * Excel puts after the last line is dropped. Values are trimmed, and a time copied from a
 * cell formatted as time (`7:30:00`) loses its seconds.
 */
export function parseClipboard(text: string): string[][] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines.map((line) => line.split('\t').map(cleanPasted));
}

export function cleanPasted(value: string): string {
  const t = value.trim().replace(/^"(.*)"$/, '$1').trim();
  const hms = /^(\d{1,3}):(\d{2}):00$/.exec(t);
  return hms ? `${hms[1]}:${hms[2]}` : t;
}

/** Whether pasted text is more than one value (and so fills several cells). */
export function isMultiCell(matrix: string[][]): boolean {
  return matrix.length > 1 || (matrix[0]?.length ?? 0) > 1;
}

export interface PastePlan {
  /** The cells that receive a value (an empty value clears the cell). */
  cells: { row: number; col: number; text: string }[];
  /** Non-empty values that fell on a day outside the placement's dates. */
  outside: number;
  /** Non-empty values past the last day or the last row. */
  beyond: number;
}

/**
 * Pasted values go one per day from the focused cell rightwards, one line per row downwards,
 * skipping nothing: the k-th value lands on the k-th day, so a timesheet copied day by day
 * stays aligned even where a cell is closed (those values are counted, not placed).
 */
export function planPaste(matrix: string[][], start: Pos, shape: GridShape): PastePlan {
  const plan: PastePlan = { cells: [], outside: 0, beyond: 0 };
  matrix.forEach((line, i) => {
    const row = start.row + i;
    line.forEach((text, j) => {
      const col = start.col + j;
      if (row >= shape.rows || col >= shape.cols) {
        if (text !== '') plan.beyond++;
      } else if (!shape.enabled(row, col)) {
        if (text !== '') plan.outside++;
      } else {
        plan.cells.push({ row, col, text });
      }
    });
  });
  return plan;
}
