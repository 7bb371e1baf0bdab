import type { Result } from '../../../db/contract/result';

// A backup file to restore, sent to the web host as it is (streamed, no base64: it may weigh
// 100 MB); the route answers with its id for `backup.inspect`. Electron never needs this: its
// dialog gives a path that the back end reads itself (renderer/api/platform.ts).
export async function upload(file: File): Promise<Result<{ upload: string }>> {
  try {
    const res = await fetch('transfert/envoi', {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream' },
      credentials: 'same-origin',
      body: file,
    });
    return (await res.json()) as Result<{ upload: string }>;
  } catch {
    return { ok: false, error: { code: 'unavailable', message: "Le fichier n'a pas pu être envoyé à Passerelle. Réessayez." } };
  }
}
