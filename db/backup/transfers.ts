import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';

// Files on their way in or out of the web host, in the data folder's work folder: an uploaded
// backup waiting to be checked, an export waiting to be downloaded. Electron does not need them
// (its dialogs give paths that the back end reads and writes itself). The work folder is
// emptied at each start.

export const WORK_FOLDER = 'fichiers-temporaires';
/** A backup upload: larger than any office database, small enough to stop a runaway request. */
export const MAX_UPLOAD_BYTES = 2 * 1024 * 1024 * 1024;

export interface Download {
  file: string;
  fileName: string;
}

export class TransferStore {
  readonly dir: string;
  private readonly uploads = new Map<string, string>();
  private readonly downloads = new Map<string, Download>();

  constructor(dataDir: string) {
    this.dir = path.join(dataDir, WORK_FOLDER);
  }

  /** Empties the work folder (what a previous run left). */
  clean(): void {
    try {
      fs.rmSync(this.dir, { recursive: true, force: true });
    } catch {
      // left for the next start
    }
  }

  /** A fresh path in the work folder. */
  workFile(prefix: string, ext: string): { id: string; file: string } {
    fs.mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    const id = crypto.randomBytes(16).toString('hex');
    return { id, file: path.join(this.dir, `${prefix}-${id}${ext}`) };
  }

  /** Streams an upload to the work folder; resolves to its id, for `backup.inspect`. */
  receive(body: Readable, maxBytes = MAX_UPLOAD_BYTES): Promise<string> {
    const { id, file } = this.workFile('envoi', '.bin');
    return new Promise((resolve, reject) => {
      const out = fs.createWriteStream(file);
      let size = 0;
      const fail = (e: Error) => {
        body.unpipe(out);
        out.destroy();
        fs.rmSync(file, { force: true });
        reject(e);
      };
      body.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > maxBytes) {
          fail(new Error('trop grand'));
          body.destroy();
        }
      });
      body.on('error', fail);
      out.on('error', fail);
      out.on('finish', () => {
        this.uploads.set(id, file);
        resolve(id);
      });
      body.pipe(out);
    });
  }

  uploaded(id: string): string | null {
    return this.uploads.get(id) ?? null;
  }

  /** Offers a finished file for one download; returns the address to fetch. */
  offer(file: string, fileName: string): string {
    const token = crypto.randomBytes(16).toString('hex');
    this.downloads.set(token, { file, fileName });
    return `transfert/${token}`;
  }

  /** The file behind a download address, once: it is forgotten (and deleted after sending). */
  take(token: string): Download | null {
    const d = this.downloads.get(token) ?? null;
    this.downloads.delete(token);
    return d;
  }
}
