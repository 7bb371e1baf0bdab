// Files in and out of the page, without Node: a chosen file becomes base64 for the API, and a
// text the back end produced (a CSV export) is saved through Electron's save dialog when the
// bridge exists, or downloaded by the browser otherwise.

/** 3 × 8 192 bytes: a multiple of 3, so that the base64 of each chunk can be concatenated. */
const CHUNK = 3 * 8192;

/** The file's bytes as base64, encoded chunk by chunk (a 30 MB file never becomes one huge string argument). */
export async function fileToBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const chunk = bytes.subarray(start, Math.min(start + CHUNK, bytes.length));
    parts.push(btoa(String.fromCharCode(...chunk)));
  }
  return parts.join('');
}

export interface SaveResult {
  ok: boolean;
  /** Where Electron wrote the file (absent in the browser, which decides itself). */
  path?: string;
  /** A French message when saving failed; absent when the person simply cancelled. */
  message?: string;
}

/**
 * Saves `content` as it is (a CSV keeps its BOM, so that Excel reads the accents). In Electron:
 * the system's save dialog, in the Documents folder; `ok` is false when the person cancels.
 * In the browser: a download of `fileName`.
 */
export async function saveTextFile(fileName: string, content: string, mime = 'text/csv;charset=utf-8'): Promise<SaveResult> {
  const bridge = typeof window !== 'undefined' ? window.passerelle : undefined;
  if (bridge) {
    try {
      const result: { ok: boolean; path?: string; message?: unknown } = await bridge.saveFile(
        { title: 'Enregistrer le fichier', defaultName: fileName, filters: [{ name: 'Fichier CSV', extensions: ['csv'] }] },
        content,
      );
      const out: SaveResult = { ok: result.ok };
      if (result.path) out.path = result.path;
      if (typeof result.message === 'string') out.message = result.message;
      return out;
    } catch {
      return { ok: false, message: "Le fichier n'a pas pu être enregistré. Réessayez, ou choisissez un autre dossier." };
    }
  }
  // A Blob made from a string is UTF-8; the BOM character at its start becomes EF BB BF.
  const url = URL.createObjectURL(new Blob([content], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoked a moment later: some browsers read the URL after click() has returned.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return { ok: true };
}
