import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

// A print view made into a PDF by the same Chromium engine Electron prints with (page.pdf), then
// read back with poppler: its page count and size (pdfinfo), its text page by page (pdftotext).

export interface PrintedPdf {
  file: string;
  pages: number;
  /** Each page's text, spaces squeezed. */
  pageTexts: string[];
  /** The whole text, spaces squeezed. */
  text: string;
}

const squeeze = (t: string) => t.replace(/\s+/g, ' ').trim();

/** Waits for the print view to be laid out, then prints it as the browser would (A4, the page's own margins). */
export async function printToPdf(page: Page, name = 'document'): Promise<PrintedPdf> {
  await expect(page.locator('html[data-print-ready="true"]')).toHaveCount(1);
  await page.emulateMedia({ media: 'print' });
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'passerelle-pdf-')), `${name}.pdf`);
  await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  expect(info).toMatch(/Page size:.*\(A4\)/);
  const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
  // pdftotext separates pages with a form feed.
  const raw = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  const pageTexts = raw.split('\f').slice(0, pages).map(squeeze);
  return { file, pages, pageTexts, text: squeeze(raw) };
}

/** The pages as PNG images (60 dpi), to look at: where PASSERELLE_PDF_IMAGES names a folder. */
export function keepImages(pdf: PrintedPdf, name: string): void {
  const dir = process.env.PASSERELLE_PDF_IMAGES;
  if (!dir) return;
  fs.mkdirSync(dir, { recursive: true });
  fs.copyFileSync(pdf.file, path.join(dir, `${name}.pdf`));
  execFileSync('pdftoppm', ['-png', '-r', '60', pdf.file, path.join(dir, name)]);
}
