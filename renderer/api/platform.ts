import type { PasserelleBridge } from '../../db/contract/bridge';
import { electronBridge } from './host';

// The page's one way to print, save a file and open one, whatever the host. Two variants,
// chosen once like the transport (client.ts): in the Electron window, the preload's bridge
// (the main process shows the system's dialogs, writes and reads the files, and prints in a
// hidden window); in a browser served by the local web host, what a browser does (a download,
// a file input, its own print). Screens call these functions and never ask which host it is.

/** The kinds of file the app writes or reads: the save and open dialogs offer these only. */
const FILE_TYPES = {
  csv: { label: 'Fichier CSV', extensions: ['csv'], mime: 'text/csv;charset=utf-8', accept: '.csv,text/csv' },
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
  /** Saved as it is: a CSV keeps its BOM, so that Excel reads the accents. */
  content: string;
  type: FileType;
}

interface Platform {
  printDocument(doc: PrintDocument): Promise<Outcome>;
  printPage(): Promise<Outcome>;
  saveFile(file: FileToSave): Promise<Outcome>;
  openFile(options: { title: string; type: FileType }): Promise<OpenOutcome>;
}

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
    // An A4 PDF made in a hidden window, saved where the person chooses.
    printDocument: (doc) => print(doc.route, 'pdf', doc.fileName),
    // The page on screen, rendered the same way and sent to the system's print dialog.
    printPage: () => print(currentRoute(), 'printer'),
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
  };
}

/** A file the browser handed over (chosen in a file input, or dropped on one). */
export function browserFile(file: File): OpenedFile {
  return { name: file.name, size: file.size, read: async () => new Uint8Array(await file.arrayBuffer()) };
}

const webPlatform: Platform = {
  // The document on screen, with its « Imprimer » button; the router asks first if a form has unsaved changes.
  async printDocument(doc) {
    window.location.hash = doc.route;
    return { kind: 'shown' };
  },
  async printPage() {
    window.print();
    return { kind: 'sent' };
  },
  async saveFile(file) {
    // A Blob made from a string is UTF-8; the BOM character at its start becomes EF BB BF.
    const url = URL.createObjectURL(new Blob([file.content], { type: FILE_TYPES[file.type].mime }));
    const a = document.createElement('a');
    a.href = url;
    a.download = file.name;
    a.style.display = 'none';
    document.body.appendChild(a);
    a.click();
    a.remove();
    // Revoked a moment later: some browsers read the URL after click() has returned.
    window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
    return { kind: 'saved' };
  },
  openFile({ type }) {
    // The browser's own chooser, through a file input made for the occasion.
    return new Promise((resolve) => {
      const input = document.createElement('input');
      input.type = 'file';
      input.accept = acceptOf(type);
      input.style.display = 'none';
      const finish = (outcome: OpenOutcome) => {
        input.remove();
        resolve(outcome);
      };
      input.addEventListener('change', () => {
        const file = input.files?.[0];
        finish(file ? { kind: 'opened', file: browserFile(file) } : { kind: 'cancelled' });
      });
      input.addEventListener('cancel', () => finish({ kind: 'cancelled' }));
      document.body.appendChild(input);
      input.click();
    });
  },
};

const platform: Platform = electronBridge ? electronPlatform(electronBridge) : webPlatform;

/**
 * Prints a document of the print routes. Electron: an A4 PDF, saved where the person chooses
 * (`saved` with its path). Browser: the document is shown (`shown`), and its « Imprimer »
 * button prints it with `printPage`.
 */
export const printDocument = (doc: PrintDocument): Promise<Outcome> => platform.printDocument(doc);

/** Prints the document on screen: the system's print dialog in Electron, the browser's print otherwise. */
export const printPage = (): Promise<Outcome> => platform.printPage();

/** Saves a file the back end produced (a CSV export): Electron's save dialog in Documents, or a browser download. */
export const saveFile = (file: FileToSave): Promise<Outcome> => platform.saveFile(file);

/** Asks for a file to read: Electron's open dialog, or the browser's chooser. */
export const openFile = (options: { title: string; type: FileType }): Promise<OpenOutcome> => platform.openFile(options);
