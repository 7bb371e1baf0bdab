// Cutting a document into A4 pages, as a pure function of measured heights. The print view
// measures every block and every table row once on screen (PrintedDocument.tsx), then this
// decides what goes on which page, so that each page knows its number and the page count
// (« Page 2 / 5 ») before anything is printed: CSS page-margin boxes and page counters are not
// printed the same way by every Chromium (browser print, Electron's printToPDF, page.pdf), and
// they cannot keep a signature with the text above it.
//
// The rules: a block is never split; a table row is never split; a table's header is repeated
// on every page it continues on (its height is counted on each); its footer (totals) stays with
// its last row; a block marked `keepWithNext` stays with what follows it (a heading with its
// table), one marked `keepWithPrevious` with what precedes it (the signatures with the last
// lines of the text). When something glued does not fit, the glued run moves to the next page
// together, unless the run alone would not fit a page either.

export interface MeasuredBlock {
  kind: 'block';
  height: number;
  keepWithNext?: boolean;
  keepWithPrevious?: boolean;
}

export interface MeasuredTable {
  kind: 'table';
  /** What a slice of the table costs besides its rows: its header row(s), borders and spacing. */
  head: number;
  rows: number[];
  /** The footer rows (totals), printed once, after the last row. */
  foot: number[];
  keepWithNext?: boolean;
  keepWithPrevious?: boolean;
}

export type Measured = MeasuredBlock | MeasuredTable;

/** What one page shows of one item: a whole block, or rows `from` (inclusive) to `to` (exclusive) of a table, with or without its footer. */
export type PagePart = { kind: 'block'; item: number } | { kind: 'table'; item: number; from: number; to: number; foot: boolean };

export type Page = PagePart[];

interface Atom {
  item: number;
  /** Row index, or -1 for a block, or `rows.length` for a table's footer. */
  row: number;
  height: number;
  /** Must stay on the same page as the next atom. */
  glueNext: boolean;
}

function atomsOf(items: readonly Measured[]): Atom[] {
  const atoms: Atom[] = [];
  items.forEach((it, item) => {
    // Whatever precedes an item that keeps with its previous one is glued to it.
    if (it.keepWithPrevious && atoms.length > 0) atoms[atoms.length - 1]!.glueNext = true;
    if (it.kind === 'block') {
      atoms.push({ item, row: -1, height: it.height, glueNext: Boolean(it.keepWithNext) });
      return;
    }
    const footHeight = it.foot.reduce((a, b) => a + b, 0);
    it.rows.forEach((h, row) => atoms.push({ item, row, height: h, glueNext: false }));
    if (it.foot.length > 0) {
      if (it.rows.length > 0) atoms[atoms.length - 1]!.glueNext = true;
      atoms.push({ item, row: it.rows.length, height: footHeight, glueNext: false });
    }
    if (it.keepWithNext && atoms.length > 0) atoms[atoms.length - 1]!.glueNext = true;
  });
  return atoms;
}

/** The height a run of atoms takes on one page: a table's header is counted once per page it appears on. */
function runHeight(items: readonly Measured[], atoms: readonly Atom[]): number {
  let total = 0;
  const seen = new Set<number>();
  for (const a of atoms) {
    const it = items[a.item]!;
    if (it.kind === 'table' && !seen.has(a.item)) {
      seen.add(a.item);
      total += it.head;
    }
    total += a.height;
  }
  return total;
}

function partsOf(items: readonly Measured[], atoms: readonly Atom[]): PagePart[] {
  const parts: PagePart[] = [];
  for (const a of atoms) {
    const it = items[a.item]!;
    const last = parts[parts.length - 1];
    if (it.kind === 'block') {
      parts.push({ kind: 'block', item: a.item });
    } else if (a.row === it.rows.length) {
      if (last && last.kind === 'table' && last.item === a.item) last.foot = true;
      else parts.push({ kind: 'table', item: a.item, from: it.rows.length, to: it.rows.length, foot: true });
    } else if (last && last.kind === 'table' && last.item === a.item) {
      last.to = a.row + 1;
    } else {
      parts.push({ kind: 'table', item: a.item, from: a.row, to: a.row + 1, foot: false });
    }
  }
  return parts;
}

/**
 * The pages of a document whose items were measured, for a page body `pageHeight` high (same
 * unit). Never returns an empty page; an item taller than a page gets a page of its own.
 */
export function paginate(items: readonly Measured[], pageHeight: number): Page[] {
  const atoms = atomsOf(items);
  const pages: Atom[][] = [];
  let page: Atom[] = [];
  for (const atom of atoms) {
    if (page.length === 0 || runHeight(items, [...page, atom]) <= pageHeight) {
      page.push(atom);
      continue;
    }
    // The run at the end of the page that is glued to this atom moves with it, if it is not the
    // whole page and fits a fresh page together with it.
    let start = page.length;
    while (start > 0 && page[start - 1]!.glueNext) start--;
    const run = page.slice(start);
    if (start > 0 && runHeight(items, [...run, atom]) <= pageHeight) {
      pages.push(page.slice(0, start));
      page = [...run, atom];
    } else {
      pages.push(page);
      page = [atom];
    }
  }
  if (page.length > 0) pages.push(page);
  return pages.map((p) => partsOf(items, p));
}
