import fs from 'node:fs';
import { Unzip, UnzipInflate, Zip, ZipDeflate } from 'fflate';

// Zip files, streamed: an exported backup (the snapshot and its manifest in one file) and the
// CSV export of every table. fflate writes and reads them chunk by chunk, so a 110 MB database
// never sits whole in memory. Deflate level 1: a SQLite file shrinks about as much as at the
// default level, several times faster.

export const ZIP_MAGIC = 'PK\u0003\u0004';
const CHUNK = 1024 * 1024;

export interface ZipPart {
  name: string;
  /** The entry's bytes, in pieces (a file read in chunks, CSV lines in batches). */
  chunks: Iterable<Uint8Array>;
}

export function* fileChunks(file: string): Generator<Uint8Array> {
  const fd = fs.openSync(file, 'r');
  try {
    for (;;) {
      const buf = Buffer.allocUnsafe(CHUNK);
      const n = fs.readSync(fd, buf, 0, CHUNK, null);
      if (n === 0) return;
      yield buf.subarray(0, n);
    }
  } finally {
    fs.closeSync(fd);
  }
}

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Writes the parts into a zip at `target` (built as `.partiel`, renamed when complete). Yields to
 * the event loop between chunks; `onProgress` gets the number of input bytes done.
 */
export async function writeZip(target: string, parts: readonly ZipPart[], onProgress?: (bytes: number) => void): Promise<void> {
  const partial = `${target}.partiel`;
  const fd = fs.openSync(partial, 'w');
  let failure: unknown = null;
  try {
    const zip = new Zip((err, data) => {
      if (err) failure ??= err;
      else if (failure === null) fs.writeSync(fd, data);
    });
    let done = 0;
    for (const part of parts) {
      const entry = new ZipDeflate(part.name, { level: 1 });
      zip.add(entry);
      for (const chunk of part.chunks) {
        entry.push(chunk);
        done += chunk.length;
        onProgress?.(done);
        if (failure) throw failure;
        await tick();
      }
      entry.push(new Uint8Array(0), true);
    }
    zip.end();
    if (failure) throw failure;
    fs.fsyncSync(fd);
  } catch (e) {
    fs.closeSync(fd);
    fs.rmSync(partial, { force: true });
    throw e;
  }
  fs.closeSync(fd);
  fs.renameSync(partial, target);
}

export function isZipFile(file: string): boolean {
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.alloc(4);
    return fs.readSync(fd, buf, 0, 4, 0) === 4 && buf.toString('latin1') === ZIP_MAGIC;
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Reads a zip: each entry named in `toFiles` is written to its path, each entry in `toText`
 * (small ones) is returned as text. Other entries are skipped. Throws on a damaged archive.
 */
export function readZip(file: string, toFiles: Record<string, string>, toText: readonly string[], maxText = 1024 * 1024): Record<string, string> {
  const texts: Record<string, string> = {};
  const open: number[] = [];
  let failure: unknown = null;
  const unzip = new Unzip((entry) => {
    const target = toFiles[entry.name];
    if (target !== undefined) {
      const fd = fs.openSync(target, 'w');
      open.push(fd);
      entry.ondata = (err, data, final) => {
        if (err) failure ??= err;
        else fs.writeSync(fd, data);
        if (final) fs.closeSync(open.splice(open.indexOf(fd), 1)[0]!);
      };
      entry.start();
    } else if (toText.includes(entry.name)) {
      const pieces: Uint8Array[] = [];
      let size = 0;
      entry.ondata = (err, data, final) => {
        if (err) failure ??= err;
        size += data.length;
        if (size > maxText) failure ??= new Error(`${entry.name} trop grand`);
        else pieces.push(data);
        if (final) texts[entry.name] = Buffer.concat(pieces).toString('utf8');
      };
      entry.start();
    }
  });
  unzip.register(UnzipInflate);
  try {
    for (const chunk of fileChunks(file)) {
      unzip.push(chunk);
      if (failure) throw failure;
    }
    unzip.push(new Uint8Array(0), true);
    if (failure) throw failure;
  } finally {
    for (const fd of open) fs.closeSync(fd);
  }
  return texts;
}
