import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { useLatest } from '../components/useLatest';
import { paginate, type Measured, type Page, type PagePart } from './paginate';

// One printed document, laid out on A4 sheets by the print view itself. Its content is a list of
// blocks (paragraphs, headings, signatures: never split) and tables (rows never split, header on
// every page, totals with the last row). They are rendered once off screen at the sheet's width
// and measured; paginate.ts decides the pages; then each sheet is drawn with the document's
// label and « Page n / N » at its foot. The sheets are exactly A4 (print.css, @page margin 0),
// so the browser's print, Electron's printToPDF and Playwright's page.pdf all print the same
// pages, one sheet a page.

export interface PrintColumn {
  header: ReactNode;
  /** A fixed width (`22mm`, `15%`): every slice of the table has the same columns, so a row measured once keeps its height. */
  width: string;
  align?: 'left' | 'right' | 'center';
  /** The column names its row (`<th scope="row">`). */
  rowHeader?: boolean;
}

export interface PrintRow {
  key: string;
  cells: ReactNode[];
  className?: string;
}

interface Glue {
  /** Stays on the same page as what follows (a heading with its table). */
  keepWithNext?: boolean;
  /** Stays on the same page as what precedes (the signatures with the text above). */
  keepWithPrevious?: boolean;
}

export interface PrintBlockSpec extends Glue {
  kind: 'block';
  key: string;
  content: ReactNode;
  className?: string;
}

export interface PrintTableSpec extends Glue {
  kind: 'table';
  key: string;
  /** Read aloud and shown in the accessibility tree: « Détail de la facture ». */
  label: string;
  columns: PrintColumn[];
  rows: PrintRow[];
  /** Totals: printed once, with the last row. */
  foot?: PrintRow[];
  /** False: a table without a header row (label / value rows). */
  head?: boolean;
  className?: string;
}

export type PrintBlock = PrintBlockSpec | PrintTableSpec;

/** A block that is never split across pages. */
export function block(key: string, content: ReactNode, options: Glue & { className?: string } = {}): PrintBlockSpec {
  return { kind: 'block', key, content, ...options };
}

/** A table whose rows are never split and whose header is repeated on every page. */
export function table(key: string, spec: Omit<PrintTableSpec, 'kind' | 'key'>): PrintTableSpec {
  return { kind: 'table', key, ...spec };
}

/**
 * Lets the print frame (PrintScreen) know when every document on the page has its pages: it then
 * marks the page ready to print. `begin` is called by a document when it starts laying out, and
 * returns the function it calls once its sheets are drawn.
 */
export const PrintProgress = createContext<{ begin(): () => void } | null>(null);

/**
 * What is left off the measured page height: text laid out for print may wrap a hair differently
 * from the screen where it was measured. A line is never clipped for want of this much.
 */
const SAFETY_PX = 12;

function heightOf(el: Element | null | undefined): number {
  return el ? el.getBoundingClientRect().height : 0;
}

function measure(root: HTMLElement, blocks: readonly PrintBlock[]): Page[] {
  const pageHeight = heightOf(root.querySelector('.pd-probe')) - SAFETY_PX;
  const items: Measured[] = blocks.map((b, i) => {
    const el = root.querySelector(`[data-pd-item="${i}"]`);
    const total = heightOf(el);
    const glue = { keepWithNext: b.keepWithNext, keepWithPrevious: b.keepWithPrevious };
    if (b.kind === 'block') return { kind: 'block', height: total, ...glue };
    const rows = [...(el?.querySelectorAll(':scope tbody > tr') ?? [])].map(heightOf);
    const foot = [...(el?.querySelectorAll(':scope tfoot > tr') ?? [])].map(heightOf);
    const sum = (xs: number[]) => xs.reduce((a, x) => a + x, 0);
    return { kind: 'table', head: Math.max(0, total - sum(rows) - sum(foot)), rows, foot, ...glue };
  });
  return paginate(items, pageHeight);
}

function TableSlice({ spec, from, to, foot }: { spec: PrintTableSpec; from: number; to: number; foot: boolean }) {
  const cellsOf = (row: PrintRow) =>
    row.cells.map((cell, i) => {
      const col = spec.columns[i];
      const className = col?.align && col.align !== 'left' ? `pd-${col.align}` : undefined;
      return col?.rowHeader ? (
        <th key={i} scope="row" className={className}>
          {cell}
        </th>
      ) : (
        <td key={i} className={className}>
          {cell}
        </td>
      );
    });
  return (
    <table className={`pd-table ${spec.className ?? ''}`} aria-label={spec.label}>
      <colgroup>
        {spec.columns.map((c, i) => (
          <col key={i} style={{ width: c.width }} />
        ))}
      </colgroup>
      {spec.head !== false && (
        <thead>
          <tr>
            {spec.columns.map((c, i) => (
              <th key={i} scope="col" className={c.align && c.align !== 'left' ? `pd-${c.align}` : undefined}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
      )}
      <tbody>
        {spec.rows.slice(from, to).map((r) => (
          <tr key={r.key} className={r.className}>
            {cellsOf(r)}
          </tr>
        ))}
      </tbody>
      {foot && spec.foot && spec.foot.length > 0 && (
        <tfoot>
          {spec.foot.map((r) => (
            <tr key={r.key} className={r.className}>
              {cellsOf(r)}
            </tr>
          ))}
        </tfoot>
      )}
    </table>
  );
}

function Item({ spec, part, index }: { spec: PrintBlock; part: PagePart | null; index?: number }) {
  const attrs = index === undefined ? {} : { 'data-pd-item': index };
  if (spec.kind === 'block') {
    return (
      <div className={`pd-item pd-block ${spec.className ?? ''}`} {...attrs}>
        {spec.content}
      </div>
    );
  }
  const slice = part && part.kind === 'table' ? part : { from: 0, to: spec.rows.length, foot: true };
  return (
    <div className="pd-item" {...attrs}>
      <TableSlice spec={spec} from={slice.from} to={slice.to} foot={slice.foot} />
    </div>
  );
}

/**
 * A document on A4 sheets. `label` is repeated at the foot of every page beside « Page n / N »
 * (« Facture n° 2026-0001 »). Give the component a `key` that changes with its data: its blocks
 * are measured once.
 */
export function PrintedDocument({ label, blocks }: { label: string; blocks: PrintBlock[] }) {
  const measuring = useRef<HTMLDivElement>(null);
  const [pages, setPages] = useState<Page[] | null>(null);
  const progress = useContext(PrintProgress);
  const end = useRef<(() => void) | null>(null);
  const latest = useLatest(blocks);

  useEffect(() => {
    end.current = progress?.begin() ?? null;
    let live = true;
    // Measured once the fonts are there: a fallback font would wrap the lines elsewhere.
    void document.fonts.ready.then(() => {
      if (live && measuring.current) setPages(measure(measuring.current, latest.current));
    });
    return () => {
      live = false;
      end.current?.();
    };
  }, [latest, progress]);

  useEffect(() => {
    if (pages) end.current?.();
  }, [pages]);

  if (!pages) {
    return (
      <div className="pd-measure" aria-hidden="true" ref={measuring}>
        <div className="sheet">
          <div className="pd-probe" />
        </div>
        <div className="sheet">
          <div className="sheet-body pd-flow">
            {blocks.map((b, i) => (
              <Item key={b.key} spec={b} part={null} index={i} />
            ))}
          </div>
        </div>
      </div>
    );
  }
  return (
    <div className="pd-doc">
      {pages.map((page, n) => (
        <section key={n} className="sheet" aria-label={`${label}, page ${n + 1} sur ${pages.length}`}>
          <div className="sheet-body">
            {page.map((part) => {
              const spec = blocks[part.item]!;
              return <Item key={`${spec.key}-${part.kind === 'table' ? part.from : 0}`} spec={spec} part={part} />;
            })}
          </div>
          <footer className="sheet-foot">
            <span>{label}</span>
            <span>
              Page {n + 1} / {pages.length}
            </span>
          </footer>
        </section>
      ))}
    </div>
  );
}
