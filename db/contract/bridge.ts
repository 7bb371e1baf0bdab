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

export interface PasserelleBridge {
  /** Calls one API handler; resolves to the result envelope (never rejects for a handled error). */
  rpc(name: string, input: unknown): Promise<unknown>;
  print(request: PrintRequest): Promise<{ ok: boolean; path?: string; message?: string }>;
  saveFile(options: SaveDialogOptions, contents: string | Uint8Array): Promise<{ ok: boolean; path?: string }>;
  openFile(options: OpenDialogOptions): Promise<{ ok: boolean; name?: string; bytes?: Uint8Array }>;
  version: string;
}

export const IPC_CHANNEL = {
  rpc: 'passerelle:rpc',
  print: 'passerelle:print',
  saveFile: 'passerelle:save-file',
  openFile: 'passerelle:open-file',
} as const;
