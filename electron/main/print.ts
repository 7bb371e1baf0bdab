// Prints a print view of the React bundle (`#/print/...`): rendered in a hidden window with the
// same locks and preload as the main window, then saved as an A4 PDF or sent to the system
// print dialog.
import { app, BrowserWindow, dialog } from 'electron';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { PrintRequest } from '../../db/contract/bridge';
import { secureWebPreferences } from './security';
import { appPageUrl } from './app-protocol';

export interface PrintResult {
  ok: boolean;
  path?: string;
  message?: string;
}

/**
 * How the page says it is ready to print: the print view sets
 * `document.documentElement.dataset.printReady = 'true'` once its data is rendered.
 * Without the signal we print after READY_TIMEOUT_MS anyway.
 */
const READY_TIMEOUT_MS = 8000;
const READY_POLL_MS = 100;
const SETTLE_MS = 150;

const READY_SCRIPT =
  "document.fonts.ready.then(() => document.documentElement.dataset.printReady === 'true')";

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function waitUntilReady(win: BrowserWindow): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline && !win.isDestroyed()) {
    try {
      if ((await win.webContents.executeJavaScript(READY_SCRIPT, false)) === true) break;
    } catch {
      // the page is still starting: try again
    }
    await sleep(READY_POLL_MS);
  }
  await sleep(SETTLE_MS);
}

/** A PDF file name with no folder part and no character Windows refuses. */
export function safePdfName(name: string | undefined): string {
  const cleaned = (name ?? '')
    // eslint-disable-next-line no-control-regex
    .replace(/[\\/:*?"<>|\u0000-\u001f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+/, '')
    .slice(0, 150);
  const base = cleaned || 'document';
  return /\.pdf$/i.test(base) ? base : `${base}.pdf`;
}

/**
 * Chromium lays the print views out on exact A4 sheets (renderer/print/print.css, `@page` margin
 * 0): no margin of its own, or a sheet would spill onto a second page.
 */
const PDF_OPTIONS = { pageSize: 'A4', printBackground: true, preferCSSPageSize: true, margins: { top: 0, bottom: 0, left: 0, right: 0 } } as const;

/** Gives a hidden print window the session of the window that prints (window-sessions.ts). */
export type ShareSession = (contents: Electron.WebContents) => void;

/**
 * Renders a print route in a hidden window, locked down like the main one and acting in the
 * session of the window that prints, and hands it to `use`.
 */
async function withRendered<T>(route: string, shareSession: ShareSession, use: (win: BrowserWindow) => Promise<T>, failed: (message: string) => T): Promise<T> {
  const win = new BrowserWindow({
    show: false,
    width: 900,
    height: 1200,
    title: 'Passerelle — impression',
    webPreferences: secureWebPreferences(),
  });
  shareSession(win.webContents);
  try {
    try {
      await win.loadURL(appPageUrl(route));
    } catch {
      return failed("La page à imprimer n'a pas pu être chargée.");
    }
    await waitUntilReady(win);
    if (win.isDestroyed()) return failed("L'impression a été interrompue.");
    return await use(win);
  } catch {
    return failed("L'impression a échoué.");
  } finally {
    if (!win.isDestroyed()) win.destroy();
  }
}

const failure = (message: string): PrintResult => ({ ok: false, message });

async function pdfOf(win: BrowserWindow): Promise<Buffer | null> {
  try {
    return await win.webContents.printToPDF(PDF_OPTIONS);
  } catch {
    return null;
  }
}

/**
 * Renders `request.route` and prints it. Never rejects. A cancelled dialog gives
 * `{ ok: false }` without a message; a failure gives a French message.
 */
export async function printRoute(request: PrintRequest, parent: BrowserWindow | null, shareSession: ShareSession): Promise<PrintResult> {
  return withRendered(
    request.route,
    shareSession,
    async (win) => {
      if (request.mode === 'pdf') {
        const data = await pdfOf(win);
        if (!data) return failure("Le PDF n'a pas pu être créé.");
        const options = {
          title: 'Enregistrer le PDF',
          buttonLabel: 'Enregistrer',
          defaultPath: path.join(app.getPath('documents'), safePdfName(request.defaultName)),
          filters: [{ name: 'Document PDF', extensions: ['pdf'] }],
        };
        const choice = parent && !parent.isDestroyed() ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
        if (choice.canceled || !choice.filePath) return { ok: false };
        const file = /\.pdf$/i.test(choice.filePath) ? choice.filePath : `${choice.filePath}.pdf`;
        try {
          await fs.writeFile(file, data);
        } catch {
          return failure(`Le fichier n'a pas pu être enregistré : ${file}`);
        }
        return { ok: true, path: file };
      }
      return await new Promise<PrintResult>((resolve) => {
        win.webContents.print({ silent: false, printBackground: true, margins: { marginType: 'none' } }, (success, failureReason) => {
          if (success) resolve({ ok: true });
          else if (/cancel/i.test(failureReason)) resolve({ ok: false });
          else resolve(failure("L'impression a échoué. Vérifiez l'imprimante et réessayez."));
        });
      });
    },
    failure,
  );
}

/** Renders `route` and writes it as an A4 PDF to `file` (a batch saved one file per document). Never rejects. */
export async function printRouteToFile(route: string, file: string, shareSession: ShareSession): Promise<PrintResult> {
  return withRendered(
    route,
    shareSession,
    async (win) => {
      const data = await pdfOf(win);
      if (!data) return failure("Le PDF n'a pas pu être créé.");
      try {
        await fs.writeFile(file, data);
      } catch {
        return failure(`Le fichier n'a pas pu être enregistré : ${file}`);
      }
      return { ok: true, path: file };
    },
    failure,
  );
}
