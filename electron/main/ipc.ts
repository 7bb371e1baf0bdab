// The IPC transport: one invoke channel per bridge method. The page is untrusted: every
// handler checks that the sender is our own page and validates its arguments.
import { app, BrowserWindow, dialog, ipcMain, type IpcMainInvokeEvent } from 'electron';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Backend } from '../../db/backend';
import {
  IPC_CHANNEL,
  type FolderPrintRequest,
  type OpenDialogOptions,
  type PathRequest,
  type PrintRequest,
  type SaveDialogOptions,
} from '../../db/contract/bridge';
import { printRoute, printRouteToFile, safePdfName } from './print';
import { isOwnPage } from './security';
import type { WindowSessions } from './window-sessions';

export const MAX_OPEN_BYTES = 50 * 1024 * 1024;
export const MAX_SAVE_BYTES = 200 * 1024 * 1024;
const DENIED_MESSAGE = 'Accès refusé.';
const INVALID_MESSAGE = 'Demande invalide.';

type Envelope = { ok: boolean; path?: string; name?: string; bytes?: Uint8Array; message?: string };

function fromOwnPage(event: IpcMainInvokeEvent): boolean {
  return isOwnPage(event.senderFrame);
}

function windowOf(event: IpcMainInvokeEvent): BrowserWindow | null {
  return BrowserWindow.fromWebContents(event.sender);
}

// ---- argument checks (the renderer may send anything) ----

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;
const isText = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max && !CONTROL.test(v);

function checkFilters(v: unknown): { name: string; extensions: string[] }[] | null {
  if (!Array.isArray(v) || v.length > 10) return null;
  const out: { name: string; extensions: string[] }[] = [];
  for (const f of v) {
    if (!isRecord(f) || !isText(f.name, 100) || !Array.isArray(f.extensions) || f.extensions.length > 10) return null;
    const extensions: string[] = [];
    for (const e of f.extensions) {
      if (typeof e !== 'string' || !/^(\*|[A-Za-z0-9]{1,10})$/.test(e)) return null;
      extensions.push(e);
    }
    out.push({ name: f.name, extensions });
  }
  return out;
}

/** A bare file name: no folder part, no character Windows refuses. */
function safeFileName(name: string): string {
  const cleaned = name
    .replace(/[\\/:*?"<>|]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+/, '');
  return cleaned.slice(0, 200) || 'document';
}

const isPrintRoute = (route: unknown): route is string => isText(route, 500) && /^\/print\/[A-Za-z0-9\-._~/?&=%+,;:@]*$/.test(route);

/**
 * The folders the person chose in the folder dialog during this session: the only ones a batch of
 * PDFs may be written into (the page names the folder, but cannot make one up).
 */
const chosenFolders = new Set<string>();

export function checkFolderPrintRequest(v: unknown): FolderPrintRequest | null {
  if (!isRecord(v) || !isPrintRoute(v.route) || !isText(v.fileName, 200) || !isText(v.folder, 1000)) return null;
  return { folder: v.folder, route: v.route, fileName: v.fileName };
}

export function checkPrintRequest(v: unknown): PrintRequest | null {
  if (!isRecord(v)) return null;
  const { route, mode, defaultName } = v;
  if (!isPrintRoute(route)) return null;
  if (mode !== 'pdf' && mode !== 'printer') return null;
  if (defaultName !== undefined && !isText(defaultName, 200)) return null;
  return { route, mode, ...(defaultName !== undefined ? { defaultName } : {}) };
}

export function checkSaveOptions(v: unknown): SaveDialogOptions | null {
  if (!isRecord(v) || !isText(v.title, 200) || !isText(v.defaultName, 255)) return null;
  const filters = checkFilters(v.filters);
  if (!filters) return null;
  return { title: v.title, defaultName: safeFileName(v.defaultName), filters };
}

export function checkOpenOptions(v: unknown): OpenDialogOptions | null {
  if (!isRecord(v) || !isText(v.title, 200)) return null;
  const filters = checkFilters(v.filters);
  if (!filters) return null;
  return { title: v.title, filters };
}

export function checkPathRequest(v: unknown): PathRequest | null {
  if (!isRecord(v) || !isText(v.title, 200)) return null;
  if (v.kind !== 'folder' && v.kind !== 'save' && v.kind !== 'open') return null;
  if (v.defaultName !== undefined && !isText(v.defaultName, 255)) return null;
  const filters = v.filters === undefined ? [] : checkFilters(v.filters);
  if (!filters) return null;
  return { kind: v.kind, title: v.title, filters, ...(typeof v.defaultName === 'string' ? { defaultName: safeFileName(v.defaultName) } : {}) };
}

function checkContents(v: unknown): string | Uint8Array | null {
  if (typeof v === 'string') return v.length <= MAX_SAVE_BYTES ? v : null;
  if (v instanceof Uint8Array) return v.byteLength <= MAX_SAVE_BYTES ? v : null;
  return null;
}

// ---- handlers ----

export interface IpcDeps {
  backend: Backend;
  /** The session of each window (the renderer never sees its token). */
  sessions: WindowSessions;
  log?: (level: 'info' | 'warn' | 'error', message: string, extra?: unknown) => void;
}

/** Registers every handler of the bridge. Call once, before the window loads. */
export function registerIpc({ backend, sessions, log }: IpcDeps): void {
  ipcMain.handle(IPC_CHANNEL.rpc, async (event, name: unknown, input: unknown) => {
    if (!fromOwnPage(event)) {
      log?.('warn', `IPC refusé (rpc) depuis ${safeUrl(event)}`);
      return { ok: false, error: { code: 'unauthorized', message: DENIED_MESSAGE } };
    }
    if (typeof name !== 'string' || name.length === 0 || name.length > 100) {
      return { ok: false, error: { code: 'invalid', message: INVALID_MESSAGE } };
    }
    try {
      return await backend.call(name, input, sessions.slotOf(event.sender));
    } catch (e) {
      log?.('error', `rpc ${name}`, e);
      return { ok: false, error: { code: 'internal', message: 'Une erreur inattendue est survenue.' } };
    }
  });

  ipcMain.handle(IPC_CHANNEL.print, async (event, raw: unknown): Promise<Envelope> => {
    if (!fromOwnPage(event)) return { ok: false, message: DENIED_MESSAGE };
    const request = checkPrintRequest(raw);
    if (!request) return { ok: false, message: INVALID_MESSAGE };
    const result = await printRoute(request, windowOf(event), (contents) => sessions.share(event.sender, contents));
    if (result.message) log?.('warn', `impression ${request.route} : ${result.message}`);
    return result;
  });

  ipcMain.handle(IPC_CHANNEL.printToFolder, async (event, raw: unknown): Promise<Envelope> => {
    if (!fromOwnPage(event)) return { ok: false, message: DENIED_MESSAGE };
    const request = checkFolderPrintRequest(raw);
    if (!request) return { ok: false, message: INVALID_MESSAGE };
    const folder = path.resolve(request.folder);
    if (!chosenFolders.has(folder)) return { ok: false, message: 'Choisissez de nouveau le dossier des PDF.' };
    const result = await printRouteToFile(request.route, path.join(folder, safePdfName(request.fileName)), (contents) => sessions.share(event.sender, contents));
    if (result.message) log?.('warn', `impression ${request.route} dans ${folder} : ${result.message}`);
    return result;
  });

  ipcMain.handle(IPC_CHANNEL.saveFile, async (event, rawOptions: unknown, rawContents: unknown): Promise<Envelope> => {
    if (!fromOwnPage(event)) return { ok: false, message: DENIED_MESSAGE };
    const options = checkSaveOptions(rawOptions);
    const contents = checkContents(rawContents);
    if (!options || contents === null) return { ok: false, message: INVALID_MESSAGE };
    const dialogOptions = {
      title: options.title,
      defaultPath: path.join(app.getPath('documents'), options.defaultName),
      filters: options.filters,
    };
    const parent = windowOf(event);
    const choice = parent ? await dialog.showSaveDialog(parent, dialogOptions) : await dialog.showSaveDialog(dialogOptions);
    if (choice.canceled || !choice.filePath) return { ok: false };
    try {
      await fs.writeFile(choice.filePath, contents);
    } catch (e) {
      log?.('error', `enregistrement de ${choice.filePath}`, e);
      return { ok: false, message: `Le fichier n'a pas pu être enregistré : ${choice.filePath}` };
    }
    return { ok: true, path: choice.filePath };
  });

  ipcMain.handle(IPC_CHANNEL.openFile, async (event, rawOptions: unknown): Promise<Envelope> => {
    if (!fromOwnPage(event)) return { ok: false, message: DENIED_MESSAGE };
    const options = checkOpenOptions(rawOptions);
    if (!options) return { ok: false, message: INVALID_MESSAGE };
    const dialogOptions = {
      title: options.title,
      filters: options.filters,
      properties: ['openFile' as const],
    };
    const parent = windowOf(event);
    const choice = parent ? await dialog.showOpenDialog(parent, dialogOptions) : await dialog.showOpenDialog(dialogOptions);
    const file = choice.filePaths[0];
    if (choice.canceled || !file) return { ok: false };
    try {
      const stat = await fs.stat(file);
      if (!stat.isFile()) return { ok: false, message: "Ce n'est pas un fichier." };
      if (stat.size > MAX_OPEN_BYTES) return { ok: false, message: 'Le fichier dépasse 50 Mo.' };
      const buffer = await fs.readFile(file);
      if (buffer.byteLength > MAX_OPEN_BYTES) return { ok: false, message: 'Le fichier dépasse 50 Mo.' };
      // A view over a larger (pooled) buffer would send the whole buffer to the page: copy it.
      const whole = buffer.byteOffset === 0 && buffer.buffer.byteLength === buffer.byteLength;
      const bytes = whole ? new Uint8Array(buffer.buffer, 0, buffer.byteLength) : new Uint8Array(buffer);
      return { ok: true, name: path.basename(file), bytes };
    } catch (e) {
      log?.('error', `lecture de ${file}`, e);
      return { ok: false, message: `Le fichier n'a pas pu être lu : ${file}` };
    }
  });
}

// ---- paths for the back end (backups: export, restore from a file, the backups folder) ----

/** The dialog gives a path, never the file's bytes: a backup may be too large for the page. */
export function registerPathPicker(): void {
  ipcMain.handle(IPC_CHANNEL.pickPath, async (event, raw: unknown): Promise<Envelope> => {
    if (!fromOwnPage(event)) return { ok: false, message: DENIED_MESSAGE };
    const request = checkPathRequest(raw);
    if (!request) return { ok: false, message: INVALID_MESSAGE };
    const parent = windowOf(event);
    if (request.kind === 'save') {
      const options = {
        title: request.title,
        defaultPath: path.join(app.getPath('documents'), request.defaultName ?? 'passerelle'),
        filters: request.filters ?? [],
      };
      const choice = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      return choice.canceled || !choice.filePath ? { ok: false } : { ok: true, path: choice.filePath };
    }
    const options = {
      title: request.title,
      filters: request.filters ?? [],
      properties: request.kind === 'folder' ? (['openDirectory', 'createDirectory'] as const) : (['openFile'] as const),
    };
    const choice = parent
      ? await dialog.showOpenDialog(parent, { ...options, properties: [...options.properties] })
      : await dialog.showOpenDialog({ ...options, properties: [...options.properties] });
    const chosen = choice.filePaths[0];
    if (choice.canceled || !chosen) return { ok: false };
    if (request.kind === 'folder') chosenFolders.add(path.resolve(chosen));
    return { ok: true, path: chosen };
  });
}

function safeUrl(event: IpcMainInvokeEvent): string {
  try {
    return event.senderFrame?.url.slice(0, 200) ?? '(cadre détruit)';
  } catch {
    return '(cadre détruit)';
  }
}
