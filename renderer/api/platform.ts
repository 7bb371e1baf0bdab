import type { PasserelleBridge } from '../../db/contract/bridge';
import type { ExportDestination } from '../../db/contract/backup';
import { electronBridge } from './host';

// The page's one way to print, save a file and open one, whatever the host. Two variants,
// chosen once like the transport (client.ts): in the Electron window, the preload's bridge
// (the main process shows the system's dialogs, writes and reads the files, and prints in a
// hidden window); in a browser served by the local web host, what a browser does (a download,
// a file input, its own print). Screens call these functions and never ask which host it is.

/** The kinds of file the app writes or reads: the save and open dialogs offer these only. */
const FILE_TYPES = {
  csv: { label: 'Fichier CSV', extensions: ['csv'], mime: 'text/csv;charset=utf-8', accept: '.csv,text/csv' },
  xlsx: {
    label: 'Classeur Excel',
    extensions: ['xlsx'],
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    accept: '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  },
  json: { label: 'Fichier JSON', extensions: ['json'], mime: 'application/json;charset=utf-8', accept: '.json,application/json' },
} as const;

export type FileType = keyof typeof FILE_TYPES;

/** What a file input of this type accepts (`.csv,text/csv`). */
export function acceptOf(type: FileType): string {
  return FILE_TYPES[type].accept;
}

/**
 * How it went. `saved`: the file is written (Electron says where; a browser download goes where
 * the browser decides). `shown`: the browser shows the document, whose « Imprimer » button
 * prints it. `sent`: it went to the print dialog. `cancelled`: the person closed the dialog,
 * nothing to say. `failed`: a French message to show.
 */
export type Outcome =
  | { kind: 'saved'; path?: string }
  | { kind: 'shown' }
  | { kind: 'sent' }
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: string };

/** A file the person chose: its name and size at once, its bytes when asked (a 400 MB mistake is refused unread). */
export interface OpenedFile {
  name: string;
  size: number;
  /** Rejects when the file cannot be read (moved, locked by another program). */
  read(): Promise<Uint8Array>;
}

export type OpenOutcome = { kind: 'opened'; file: OpenedFile } | { kind: 'cancelled' } | { kind: 'failed'; message: string };

export interface PrintDocument {
  /** The print route of the document (renderer/routes.tsx), e.g. `/print/contrat/12`. */
  route: string;
  /** The PDF's name offered in the save dialog, e.g. `contrat-mise-a-disposition-12.pdf`. */
  fileName: string;
}

export interface FileToSave {
  name: string;
  /** Saved as it is: a CSV keeps its BOM, so that Excel reads the accents; a workbook is bytes. */
  content: string | Uint8Array;
  type: FileType;
}

/**
 * A backup to restore: in Electron a path (the back end reads the file itself: it may weigh
 * 100 MB), in a browser the chosen file (uploaded to the web host).
 */
export type BackupChoice = { kind: 'path'; path: string } | { kind: 'file'; file: File } | { kind: 'cancelled' };

/** How far a batch of PDFs has gone: `done` of `total` files written. */
export type BatchProgress = (done: number, total: number) => void;

interface Platform {
  printDocument(doc: PrintDocument): Promise<Outcome>;
  saveDocumentPdf(doc: PrintDocument): Promise<Outcome>;
  /** One PDF per document in a folder the person picks; absent in a browser, which cannot write into a folder. */
  saveDocumentsInFolder: ((docs: readonly PrintDocument[], onProgress: BatchProgress) => Promise<Outcome>) | null;
  saveFile(file: FileToSave): Promise<Outcome>;
  openFile(options: { title: string; type: FileType }): Promise<OpenOutcome>;
  /** Where the back end writes an export: a path (null: cancelled), or a download. */
  exportDestination(title: string, defaultName: string): Promise<ExportDestination | null>;
  chooseBackup(): Promise<BackupChoice>;
  /** A folder picked in the system's dialog; absent in a browser, which cannot give one. */
  chooseFolder: ((title: string) => Promise<string | null>) | null;
}

const ZIP_FILTER = [{ name: 'Archive ZIP', extensions: ['zip'] }];
const BACKUP_FILTER = [{ name: 'Sauvegarde Passerelle', extensions: ['zip', 'sqlite'] }];

const SAVE_FAILED = "Le fichier n'a pas pu être enregistré. Réessayez, ou choisissez un autre dossier.";
const PRINT_FAILED = "Le document n'a pas pu être imprimé. Réessayez.";

/** The bridge answers `{ ok, path?, message? }`: a message is shown only when it is text. */
function fromBridge(result: { ok: boolean; path?: string; message?: unknown }, done: Outcome): Outcome {
  if (result.ok) return done.kind === 'saved' && result.path ? { kind: 'saved', path: result.path } : done;
  return typeof result.message === 'string' ? { kind: 'failed', message: result.message } : { kind: 'cancelled' };
}

/** The current hash route (`/print/contrat/12`). */
function currentRoute(): string {
  return window.location.hash.replace(/^#/, '') || '/';
}

function electronPlatform(bridge: PasserelleBridge): Platform {
  const print = async (route: string, mode: 'pdf' | 'printer', defaultName?: string): Promise<Outcome> => {
    try {
      const r = await bridge.print({ route, mode, ...(defaultName ? { defaultName } : {}) });
      return fromBridge(r, mode === 'pdf' ? { kind: 'saved' } : { kind: 'sent' });
    } catch {
      return { kind: 'failed', message: PRINT_FAILED };
    }
  };
  return {
    // The document rendered in a hidden window and sent to the system's print dialog.
    printDocument: (doc) => print(doc.route, 'printer'),
    // An A4 PDF made in a hidden window, saved where the person chooses.
    saveDocumentPdf: (doc) => print(doc.route, 'pdf', doc.fileName),
    async saveDocumentsInFolder(docs, onProgress) {
      const picked = await bridge.pickPath({ kind: 'folder', title: 'Choisir le dossier où enregistrer les PDF' });
      if (!picked.ok || !picked.path) return { kind: 'cancelled' };
      const folder = picked.path;
      onProgress(0, docs.length);
      for (const [i, doc] of docs.entries()) {
        try {
          const r = await bridge.printToFolder({ folder, route: doc.route, fileName: doc.fileName });
          if (!r.ok) return { kind: 'failed', message: typeof r.message === 'string' ? r.message : PRINT_FAILED };
        } catch {
          return { kind: 'failed', message: PRINT_FAILED };
        }
        onProgress(i + 1, docs.length);
      }
      return { kind: 'saved', path: folder };
    },
    async saveFile(file) {
      const type = FILE_TYPES[file.type];
      try {
        const r = await bridge.saveFile(
          { title: 'Enregistrer le fichier', defaultName: file.name, filters: [{ name: type.label, extensions: [...type.extensions] }] },
          file.content,
        );
        return fromBridge(r, { kind: 'saved' });
      } catch {
        return { kind: 'failed', message: SAVE_FAILED };
      }
    },
    async openFile({ title, type }) {
      const t = FILE_TYPES[type];
      try {
        const r: { ok: boolean; name?: string; bytes?: Uint8Array; message?: unknown } = await bridge.openFile({
          title,
          filters: [{ name: t.label, extensions: [...t.extensions] }],
        });
        const bytes = r.bytes;
        if (r.ok && r.name !== undefined && bytes) return { kind: 'opened', file: { name: r.name, size: bytes.byteLength, read: async () => bytes } };
        return typeof r.message === 'string' ? { kind: 'failed', message: r.message } : { kind: 'cancelled' };
      } catch {
        return { kind: 'failed', message: "Le fichier n'a pas pu être ouvert. Réessayez." };
      }
    },
    async exportDestination(title, defaultName) {
      const r = await bridge.pickPath({ kind: 'save', title, defaultName, filters: ZIP_FILTER });
      return r.ok && r.path ? { path: r.path } : null;
    },
    async chooseBackup() {
      const r = await bridge.pickPath({ kind: 'open', title: 'Restaurer une sauvegarde', filters: BACKUP_FILTER });
      return r.ok && r.path ? { kind: 'path', path: r.path } : { kind: 'cancelled' };
    },
    async chooseFolder(title) {
      const r = await bridge.pickPath({ kind: 'folder', title });
      return r.ok && r.path ? r.path : null;
    },
  };
}

/** The browser downloads `url` (a blob, or a file the web host prepared) as `fileName`. */
function clickDownload(url: string, fileName: string): void {
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
}

/** The browser's own chooser, through a file input made for the occasion. */
function chooseInBrowser(accept: string): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.style.display = 'none';
    const finish = (file: File | null) => {
      input.remove();
      resolve(file);
    };
    input.addEventListener('change', () => finish(input.files?.[0] ?? null));
    input.addEventListener('cancel', () => finish(null));
    document.body.appendChild(input);
    input.click();
  });
}

/** A file the browser handed over (chosen in a file input, or dropped on one). */
export function browserFile(file: File): OpenedFile {
  return { name: file.name, size: file.size, read: async () => new Uint8Array(await file.arrayBuffer()) };
}

/**
 * The browser prints the page it shows: the document on screen goes to the print dialog (whose
 * destination « Enregistrer au format PDF » saves it); from another screen, the document is
 * shown first, with its own « Imprimer » and « Enregistrer en PDF » (the router asks if a form
 * has unsaved changes). It is not printed at once: the person sees what will be printed.
 */
async function browserPrint(doc: PrintDocument): Promise<Outcome> {
  if (currentRoute() === doc.route) {
    window.print();
    return { kind: 'sent' };
  }
  window.location.hash = doc.route;
  return { kind: 'shown' };
}

const webPlatform: Platform = {
  printDocument: browserPrint,
  saveDocumentPdf: browserPrint,
  saveDocumentsInFolder: null,
  async saveFile(file) {
    // A Blob made from a string is UTF-8; the BOM character at its start becomes EF BB BF.
    const part = typeof file.content === 'string' ? file.content : new Uint8Array(file.content);
    const url = URL.createObjectURL(new Blob([part], { type: FILE_TYPES[file.type].mime }));
    clickDownload(url, file.name);
    // Revoked a moment later: some browsers read the URL after click() has returned.
    window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
    return { kind: 'saved' };
  },
  async openFile({ type }) {
    const file = await chooseInBrowser(acceptOf(type));
    return file ? { kind: 'opened', file: browserFile(file) } : { kind: 'cancelled' };
  },
  async exportDestination() {
    return { download: true };
  },
  async chooseBackup() {
    const file = await chooseInBrowser('.zip,.sqlite');
    return file ? { kind: 'file', file } : { kind: 'cancelled' };
  },
  chooseFolder: null,
};

const platform: Platform = electronBridge ? electronPlatform(electronBridge) : webPlatform;

// ---- documents (the print routes of renderer/routes.tsx) ----

/**
 * « Imprimer »: the system's print dialog. Electron renders the document in a hidden window; a
 * browser prints the document on screen, or shows it (`shown`) when asked from another screen.
 */
export const printDocument = (doc: PrintDocument): Promise<Outcome> => platform.printDocument(doc);

/**
 * « Enregistrer en PDF »: Electron makes an A4 PDF and saves it where the person chooses
 * (`saved` with its path); a browser opens its print dialog, whose destination « Enregistrer
 * au format PDF » does the same.
 */
export const saveDocumentPdf = (doc: PrintDocument): Promise<Outcome> => platform.saveDocumentPdf(doc);

/**
 * One PDF per document, in a folder the person picks (Electron), with the progress; undefined
 * in a browser, which cannot write into a folder: there, a batch is one PDF (its print route).
 */
export const saveDocumentsInFolder = platform.saveDocumentsInFolder ?? undefined;

/** What a print view says under its buttons: in a browser, where « Enregistrer en PDF » goes through the print dialog. */
export const PDF_HINT: string = electronBridge
  ? 'Format A4.'
  : 'Format A4. « Enregistrer en PDF » ouvre la fenêtre d’impression : choisissez « Enregistrer au format PDF » comme imprimante.';

// ---- files ----

/** Saves a file the back end produced (an export): Electron's save dialog in Documents, or a browser download. */
export const saveFile = (file: FileToSave): Promise<Outcome> => platform.saveFile(file);

/** Asks for a file to read: Electron's open dialog, or the browser's chooser. */
export const openFile = (options: { title: string; type: FileType }): Promise<OpenOutcome> => platform.openFile(options);

// ---- backups: files too large to travel through the page ----

/** Where an export goes: a path chosen in Electron's save dialog (null: cancelled), or a download from the web host. */
export const exportDestination = (title: string, defaultName: string): Promise<ExportDestination | null> =>
  platform.exportDestination(title, defaultName);

/** A backup to restore: a path in Electron, a file to upload in a browser. */
export const chooseBackup = (): Promise<BackupChoice> => platform.chooseBackup();

/** Electron's folder dialog (null: cancelled); undefined in a browser, where the folder is typed. */
export const chooseFolder = platform.chooseFolder ?? undefined;

/** Downloads a file the web host prepared (`transfert/<token>`). */
export function downloadPrepared(address: string, fileName: string): void {
  clickDownload(address, fileName);
}
