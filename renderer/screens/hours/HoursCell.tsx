import { memo, useRef, useState } from 'react';
import { isMultiCell, keyAction, parseClipboard, type EditMode } from './grid-keys';
import type { GridApi } from './month-model';

// One cell of the hours grid: an input that behaves like a spreadsheet's. What is being typed
// stays here until the cell is left (or Entrée, an arrow, Ctrl+S); then it goes to the screen.

interface CellProps {
  id: string;
  label: string;
  /** The value when the cell is not being typed in. */
  shown: string;
  placementId: number;
  col: number;
  readOnly: boolean;
  invalid: boolean;
  title: string | undefined;
  describedBy: string | undefined;
  api: GridApi;
}

export const Cell = memo(function Cell({ id, label, shown, placementId, col, readOnly, invalid, title, describedBy, api }: CellProps) {
  const [typing, setTyping] = useState<string | null>(null);
  // Refs as well as state: a key press commits and moves in the same event, before any render.
  const text = useRef<string | null>(null);
  const mode = useRef<EditMode>(null);
  const input = useRef<HTMLInputElement>(null);

  const set = (value: string | null, m: EditMode) => {
    text.current = value;
    mode.current = value === null ? null : m;
    setTyping(value);
  };
  const flush = () => {
    const t = text.current;
    if (t === null) return;
    set(null, null);
    api.commit(placementId, col, t);
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    const a = keyAction(e, mode.current, readOnly);
    switch (a.type) {
      case 'move':
        e.preventDefault();
        flush();
        api.move(placementId, col, a.move);
        return;
      case 'clear':
        e.preventDefault();
        api.commit(placementId, col, '');
        return;
      case 'revert':
        e.preventDefault();
        e.stopPropagation();
        set(null, null);
        window.requestAnimationFrame(() => input.current?.select());
        return;
      case 'edit':
        e.preventDefault();
        set(shown, 'edit');
        window.requestAnimationFrame(() => input.current?.setSelectionRange(shown.length, shown.length));
        return;
      case 'type':
        e.preventDefault();
        set(a.char, 'typed');
        return;
      case 'save':
        // Ctrl+S is the screen's (window listener): it commits this cell first.
        return;
      case 'default':
        return;
    }
  };

  return (
    <input
      ref={input}
      id={id}
      type="text"
      inputMode="decimal"
      autoComplete="off"
      spellCheck={false}
      aria-label={label}
      aria-invalid={invalid || undefined}
      aria-describedby={describedBy}
      title={title}
      readOnly={readOnly}
      value={typing ?? shown}
      onChange={(e) => {
        if (!readOnly) set(e.target.value, mode.current ?? 'typed');
      }}
      onKeyDown={onKeyDown}
      onFocus={(e) => {
        e.target.select();
        // `flush` reads only refs and props that stay while the cell is focused.
        api.focused(flush);
      }}
      onBlur={() => {
        flush();
        api.focused(null);
      }}
      onDoubleClick={() => {
        if (!readOnly && mode.current === null) set(shown, 'edit');
      }}
      onPaste={(e) => {
        const matrix = parseClipboard(e.clipboardData.getData('text/plain'));
        // While typing, a single value is pasted into the text like any typing.
        if (mode.current && !isMultiCell(matrix)) return;
        e.preventDefault();
        set(null, null);
        api.paste(placementId, col, matrix);
      }}
    />
  );
});
