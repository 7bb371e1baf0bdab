// The one object the Electron preload exposes to the page, as `window.passerelle`.
// Declared here (no Electron import) so the renderer can type it and the preload can be
// checked against it with `satisfies`.

export interface SaveDialogOptions {
  title: string;
  defaultName: string;
  filters: { name: string; extensions: string[] }[];
}

export interface OpenDialogOptions {
  title: string;
  filters: { name: string; extensions: string[] }[];
}

export interface PrintRequest {
  /** The hash route of the print view, e.g. `/print/organisation`. */
  route: string;
  /** `pdf` saves a PDF (asking where), `printer` opens the system print dialog. */
  mode: 'pdf' | 'printer';
  defaultName?: string;
}

/**
 * One document of a batch saved as a PDF in a folder: `folder` must be one the person chose in
 * the folder dialog (pickPath) during this session; the file is `folder/fileName`, replaced if
 * it is there (the same document printed again).
 */
export interface FolderPrintRequest {
  folder: string;
  route: string;
  fileName: string;
}

/**
 * A path chosen in a system dialog, for files too large to travel through the page (backups):
 * the back end reads or writes the file itself. `folder`: a folder (the backups folder),
 * `save`: where to write a new file, `open`: an existing file.
 */
export interface PathRequest {
  kind: 'folder' | 'save' | 'open';
  title: string;
  /** `save`: the proposed file name. */
  defaultName?: string;
  filters?: { name: string; extensions: string[] }[];
}

export interface PasserelleBridge {
  /** Calls one API handler; resolves to the result envelope (never rejects for a handled error). */
  rpc(name: string, input: unknown): Promise<unknown>;
  print(request: PrintRequest): Promise<{ ok: boolean; path?: string; message?: string }>;
  printToFolder(request: FolderPrintRequest): Promise<{ ok: boolean; path?: string; message?: string }>;
  saveFile(options: SaveDialogOptions, contents: string | Uint8Array): Promise<{ ok: boolean; path?: string }>;
  openFile(options: OpenDialogOptions): Promise<{ ok: boolean; name?: string; bytes?: Uint8Array }>;
  /** The chosen path, or ok false when the person cancelled. */
  pickPath(request: PathRequest): Promise<{ ok: boolean; path?: string }>;
  version: string;
}

export const IPC_CHANNEL = {
  rpc: 'passerelle:rpc',
  print: 'passerelle:print',
  printToFolder: 'passerelle:print-to-folder',
  saveFile: 'passerelle:save-file',
  openFile: 'passerelle:open-file',
  pickPath: 'passerelle:pick-path',
} as const;
