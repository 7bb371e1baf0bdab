import { describe, expect, it } from 'vitest';
import type { GridRow } from '../../../db/contract/hours';
import { splitPath } from '../../route-match';
import { cleanPasted, isMultiCell, keyAction, moveTarget, parseClipboard, planPaste, type GridShape } from './grid-keys';
import { cellEdit, cellLabel, missionLabel, monthAsked, pendingText, shiftMonth, sortRows } from './grid-model';

// A 3 × 5 grid; row 1 has days 0 and 4 closed, row 2 has day 2 closed.
const closed = new Set(['1,0', '1,4', '2,2']);
const shape: GridShape = { rows: 3, cols: 5, enabled: (r, c) => !closed.has(`${r},${c}`) };

describe('keyAction', () => {
  it('moves with the arrows, Enter and Home/End when not typing', () => {
    expect(keyAction({ key: 'ArrowRight' }, null, false)).toEqual({ type: 'move', move: 'right' });
    expect(keyAction({ key: 'ArrowLeft' }, null, false)).toEqual({ type: 'move', move: 'left' });
    expect(keyAction({ key: 'ArrowUp' }, null, false)).toEqual({ type: 'move', move: 'up' });
    expect(keyAction({ key: 'Enter' }, null, false)).toEqual({ type: 'move', move: 'down' });
    expect(keyAction({ key: 'Enter', shiftKey: true }, null, false)).toEqual({ type: 'move', move: 'up' });
    expect(keyAction({ key: 'Home' }, null, false)).toEqual({ type: 'move', move: 'home' });
    expect(keyAction({ key: 'End' }, null, false)).toEqual({ type: 'move', move: 'end' });
  });

  it('leaves Tab to the browser', () => {
    expect(keyAction({ key: 'Tab' }, null, false)).toEqual({ type: 'default' });
    expect(keyAction({ key: 'Tab', shiftKey: true }, 'typed', false)).toEqual({ type: 'default' });
  });

  it('after typing, every arrow leaves the cell (Excel); after F2, Left/Right/Home/End move the caret', () => {
    expect(keyAction({ key: 'ArrowLeft' }, 'typed', false)).toEqual({ type: 'move', move: 'left' });
    expect(keyAction({ key: 'ArrowLeft' }, 'edit', false)).toEqual({ type: 'default' });
    expect(keyAction({ key: 'End' }, 'edit', false)).toEqual({ type: 'default' });
    expect(keyAction({ key: 'ArrowDown' }, 'edit', false)).toEqual({ type: 'move', move: 'down' });
    expect(keyAction({ key: 'Enter' }, 'edit', false)).toEqual({ type: 'move', move: 'down' });
  });

  it('typing a character replaces the value; Delete and Backspace clear a cell not being typed in', () => {
    expect(keyAction({ key: '7' }, null, false)).toEqual({ type: 'type', char: '7' });
    expect(keyAction({ key: 'Delete' }, null, false)).toEqual({ type: 'clear' });
    expect(keyAction({ key: 'Backspace' }, null, false)).toEqual({ type: 'clear' });
    expect(keyAction({ key: 'Backspace' }, 'typed', false)).toEqual({ type: 'default' });
    expect(keyAction({ key: 'h' }, 'typed', false)).toEqual({ type: 'default' });
  });

  it('Échap reverts only what is being typed; Ctrl+S saves; F2 edits', () => {
    expect(keyAction({ key: 'Escape' }, 'typed', false)).toEqual({ type: 'revert' });
    expect(keyAction({ key: 'Escape' }, null, false)).toEqual({ type: 'default' });
    expect(keyAction({ key: 's', ctrlKey: true }, null, false)).toEqual({ type: 'save' });
    expect(keyAction({ key: 'S', ctrlKey: true, shiftKey: true }, 'typed', false)).toEqual({ type: 'save' });
    expect(keyAction({ key: 'F2' }, null, false)).toEqual({ type: 'edit' });
    expect(keyAction({ key: 'c', ctrlKey: true }, null, false)).toEqual({ type: 'default' });
  });

  it('a read-only cell (closed month) moves but never changes', () => {
    expect(keyAction({ key: 'ArrowRight' }, null, true)).toEqual({ type: 'move', move: 'right' });
    expect(keyAction({ key: '7' }, null, true)).toEqual({ type: 'default' });
    expect(keyAction({ key: 'Delete' }, null, true)).toEqual({ type: 'default' });
    expect(keyAction({ key: 'F2' }, null, true)).toEqual({ type: 'default' });
  });
});

describe('moveTarget', () => {
  it('moves one cell, and stays put at the edges', () => {
    expect(moveTarget(shape, { row: 0, col: 0 }, 'right')).toEqual({ row: 0, col: 1 });
    expect(moveTarget(shape, { row: 0, col: 0 }, 'left')).toBeNull();
    expect(moveTarget(shape, { row: 0, col: 0 }, 'up')).toBeNull();
    expect(moveTarget(shape, { row: 2, col: 0 }, 'down')).toBeNull();
    expect(moveTarget(shape, { row: 0, col: 4 }, 'right')).toBeNull();
  });

  it('skips closed cells', () => {
    expect(moveTarget(shape, { row: 0, col: 0 }, 'down')).toEqual({ row: 2, col: 0 });
    expect(moveTarget(shape, { row: 2, col: 1 }, 'right')).toEqual({ row: 2, col: 3 });
    expect(moveTarget(shape, { row: 2, col: 4 }, 'up')).toEqual({ row: 0, col: 4 });
    expect(moveTarget(shape, { row: 1, col: 2 }, 'down')).toBeNull();
  });

  it('Home and End go to the first and last open day of the row', () => {
    expect(moveTarget(shape, { row: 1, col: 2 }, 'home')).toEqual({ row: 1, col: 1 });
    expect(moveTarget(shape, { row: 1, col: 2 }, 'end')).toEqual({ row: 1, col: 3 });
    expect(moveTarget(shape, { row: 1, col: 1 }, 'home')).toBeNull();
  });
});

describe('paste', () => {
  it('reads Excel clipboard text (tabs, CRLF, trailing line break, time cells)', () => {
    expect(parseClipboard('3\t3,5\t\t7:30:00\r\n2\t2\r\n')).toEqual([
      ['3', '3,5', '', '7:30'],
      ['2', '2'],
    ]);
    expect(parseClipboard('4')).toEqual([['4']]);
    expect(isMultiCell(parseClipboard('4\r\n'))).toBe(false);
    expect(isMultiCell(parseClipboard('4\t5'))).toBe(true);
    expect(cleanPasted(' "3h30" ')).toBe('3h30');
  });

  it('fills rightwards and downwards one value per day, skipping nothing', () => {
    const plan = planPaste(
      [
        ['1', '2', '3'],
        ['4', '', '6', '7'],
      ],
      { row: 0, col: 2 },
      shape,
    );
    expect(plan.cells).toEqual([
      { row: 0, col: 2, text: '1' },
      { row: 0, col: 3, text: '2' },
      { row: 0, col: 4, text: '3' },
      { row: 1, col: 2, text: '4' },
      { row: 1, col: 3, text: '' },
    ]);
    // Row 1 day 4 is closed ('6'), day 5 does not exist ('7').
    expect(plan.outside).toBe(1);
    expect(plan.beyond).toBe(1);
  });

  it('counts the lines past the last row', () => {
    const plan = planPaste([['1'], ['2'], ['3']], { row: 1, col: 1 }, shape);
    expect(plan.cells).toHaveLength(2);
    expect(plan.beyond).toBe(1);
  });
});

describe('cell values', () => {
  it('turns typed text into a change, or nothing when the value is the same', () => {
    expect(cellEdit('3,5', undefined)).toEqual({ text: '3 h 30', minutes: 210, invalid: false });
    expect(cellEdit('3:30', 210)).toBeNull();
    expect(cellEdit('', undefined)).toBeNull();
    expect(cellEdit('  ', 180)).toEqual({ text: '', minutes: null, invalid: false });
    expect(cellEdit('0', 180)).toEqual({ text: '', minutes: null, invalid: false });
    expect(cellEdit('0', undefined)).toBeNull();
    expect(cellEdit('trois', 180)).toEqual({ text: 'trois', minutes: null, invalid: true });
    expect(cellEdit('3:75', undefined)).toEqual({ text: '3:75', minutes: null, invalid: true });
  });

  it('counts the unsaved cells in French', () => {
    expect(pendingText(1)).toBe('1 cellule modifiée, non enregistrée');
    expect(pendingText(3)).toBe('3 cellules modifiées, non enregistrées');
  });
});

describe('rows and months', () => {
  const row = (id: number, workerId: number, workerName: string, clientId: number, clientName: string): GridRow => ({
    placementId: id,
    workerId,
    workerName,
    clientId,
    clientName,
    clientSortName: clientName,
    clientKind: 'entreprise',
    counts480: true,
    taskKind: 'menage',
    startDate: '2026-03-01',
    endDate: '2026-03-31',
    status: 'en_cours',
    entries: {},
  });
  const rows = [row(1, 10, 'Éric MARTIN', 20, 'Mairie'), row(2, 11, 'Hélène DUPONT', 21, 'Boulangerie'), row(3, 10, 'Éric MARTIN', 21, 'Boulangerie')];

  it('sorts by the grouping, accents ignored', () => {
    expect(sortRows(rows, 'worker').map((r) => r.placementId)).toEqual([3, 1, 2]);
    expect(sortRows(rows, 'client').map((r) => r.placementId)).toEqual([3, 2, 1]);
  });

  it('groups a particulier under her last name, not under « Mme »', () => {
    const moreau = { ...row(4, 11, 'Hélène DUPONT', 22, 'Mme Jeanne MOREAU'), clientSortName: 'Moreau Jeanne' };
    const mode = row(5, 11, 'Hélène DUPONT', 23, 'Mode et Couture');
    expect(sortRows([moreau, mode], 'client').map((r) => r.clientName)).toEqual(['Mode et Couture', 'Mme Jeanne MOREAU']);
  });

  it('labels rows and cells', () => {
    expect(missionLabel(rows[1]!, 'worker')).toBe('Hélène DUPONT · Boulangerie · Ménage');
    expect(missionLabel(rows[1]!, 'client')).toBe('Boulangerie · Hélène DUPONT · Ménage');
    expect(cellLabel(rows[1]!, '2026-03-12')).toBe('Hélène DUPONT · Boulangerie · 12/03');
  });

  it('reads ?mois= and steps months across years', () => {
    expect(monthAsked(splitPath('/heures?mois=2026-11').query.get('mois'))).toBe('2026-11');
    expect(monthAsked(splitPath('/heures?mois=2026-13').query.get('mois'))).toBeNull();
    expect(monthAsked(splitPath('/heures').query.get('mois'))).toBeNull();
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
  });
});
