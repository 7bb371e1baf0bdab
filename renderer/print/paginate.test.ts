import { describe, expect, it } from 'vitest';
import { paginate, type Measured } from './paginate';

const block = (height: number, extra: Partial<Extract<Measured, { kind: 'block' }>> = {}): Measured => ({ kind: 'block', height, ...extra });
const table = (head: number, rows: number[], foot: number[] = [], extra: Partial<Extract<Measured, { kind: 'table' }>> = {}): Measured => ({
  kind: 'table',
  head,
  rows,
  foot,
  ...extra,
});

describe('cutting a document into pages', () => {
  it('keeps a document that fits on one page', () => {
    expect(paginate([block(30), table(10, [10, 10], [10]), block(20)], 100)).toEqual([
      [
        { kind: 'block', item: 0 },
        { kind: 'table', item: 1, from: 0, to: 2, foot: true },
        { kind: 'block', item: 2 },
      ],
    ]);
  });

  it('repeats the table header on each page, counting it on each, and never splits a row', () => {
    // 10 rows of 20 under a header of 10, on pages of 100: 4 rows a page (10 + 4 × 20 = 90).
    const pages = paginate([table(10, Array(10).fill(20))], 100);
    expect(pages).toEqual([
      [{ kind: 'table', item: 0, from: 0, to: 4, foot: false }],
      [{ kind: 'table', item: 0, from: 4, to: 8, foot: false }],
      [{ kind: 'table', item: 0, from: 8, to: 10, foot: false }],
    ]);
  });

  it('keeps the totals with the last row', () => {
    // Header 10 + 4 rows of 20 = 90: the footer (15) does not fit, so the last row goes over with it.
    const pages = paginate([table(10, [20, 20, 20, 20], [15])], 100);
    expect(pages).toEqual([
      [{ kind: 'table', item: 0, from: 0, to: 3, foot: false }],
      [{ kind: 'table', item: 0, from: 3, to: 4, foot: true }],
    ]);
  });

  it('never leaves the signatures alone on a page: the block before them goes with them', () => {
    const pages = paginate([block(40), block(30), block(20), block(25, { keepWithPrevious: true })], 100);
    expect(pages).toEqual([
      [
        { kind: 'block', item: 0 },
        { kind: 'block', item: 1 },
      ],
      [
        { kind: 'block', item: 2 },
        { kind: 'block', item: 3 },
      ],
    ]);
  });

  it('keeps a heading with the first row of its table', () => {
    const pages = paginate([block(80), block(10, { keepWithNext: true }), table(5, [20, 20])], 100);
    expect(pages[0]).toEqual([{ kind: 'block', item: 0 }]);
    expect(pages[1]).toEqual([
      { kind: 'block', item: 1 },
      { kind: 'table', item: 2, from: 0, to: 2, foot: false },
    ]);
  });

  it('moves a glued run only when it fits a fresh page, and never makes an empty page', () => {
    // The glued run (60 + 60) cannot fit a page of 100: it is cut rather than looping.
    const pages = paginate([block(60, { keepWithNext: true }), block(60)], 100);
    expect(pages).toEqual([[{ kind: 'block', item: 0 }], [{ kind: 'block', item: 1 }]]);
    // A block taller than a page has a page of its own.
    expect(paginate([block(10), block(250), block(10)], 100)).toHaveLength(3);
    expect(paginate([], 100)).toEqual([]);
  });

  it('numbers nothing twice: every row of every table is on exactly one page', () => {
    const rows = Array.from({ length: 137 }, (_, i) => 12 + (i % 5) * 7);
    const pages = paginate([block(50), table(14, rows, [18, 18]), block(40, { keepWithPrevious: true })], 260);
    const printed = pages.flat().flatMap((p) => (p.kind === 'table' ? Array.from({ length: p.to - p.from }, (_, i) => p.from + i) : []));
    expect(printed).toEqual(rows.map((_, i) => i));
    const last = pages[pages.length - 1]!;
    expect(last.length).toBeGreaterThan(1);
    expect(last[0]).toMatchObject({ kind: 'table', foot: true });
  });
});
