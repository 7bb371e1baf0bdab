import fs from 'node:fs';
import type http from 'node:http';
import type { TransferStore } from './transfers';

// The web host's two file routes for backups, behind the same session check as the API
// (http-host.ts calls this only for an authenticated request):
// - `POST /transfert/envoi`: the raw bytes of a backup to restore, streamed to the work folder
//   (no JSON, no base64: a backup may be far larger than the API's body limit); answers
//   `{ ok: true, value: { upload } }` for `backup.inspect`;
// - `GET /transfert/<token>`: an export made by `backup.export`, downloaded once, then deleted.

export const TRANSFER_PREFIX = '/transfert/';

function json(res: http.ServerResponse, status: number, value: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
  res.end(JSON.stringify(value));
}

/** Serves a transfer route; `sameOrigin` is the API's Origin check. */
export async function serveTransfer(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  pathname: string,
  transfers: TransferStore,
  sameOrigin: boolean,
): Promise<void> {
  const rest = pathname.slice(TRANSFER_PREFIX.length);
  if (rest === 'envoi') {
    if (req.method !== 'POST' || !sameOrigin) {
      json(res, 403, { ok: false, error: { code: 'unauthorized', message: 'Envoi refusé.' } });
      return;
    }
    try {
      const upload = await transfers.receive(req);
      json(res, 200, { ok: true, value: { upload } });
    } catch {
      json(res, 400, { ok: false, error: { code: 'validation', message: "Le fichier n'a pas pu être envoyé (trop grand, ou envoi interrompu). Réessayez." } });
    }
    return;
  }
  const download = req.method === 'GET' && /^[a-f0-9]{32}$/.test(rest) ? transfers.take(rest) : null;
  if (!download || !fs.existsSync(download.file)) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
    res.end('Ce fichier a déjà été téléchargé ou a expiré : exportez-le à nouveau.');
    return;
  }
  res.writeHead(200, {
    'content-type': 'application/zip',
    'content-length': String(fs.statSync(download.file).size),
    'content-disposition': `attachment; filename="${download.fileName.replace(/[^A-Za-z0-9._-]/g, '_')}"`,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  const stream = fs.createReadStream(download.file);
  const done = () => fs.rm(download.file, { force: true }, () => undefined);
  stream.on('error', () => {
    res.destroy();
    done();
  });
  res.on('close', done);
  stream.pipe(res);
}
