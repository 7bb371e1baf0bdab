import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeSnapshot } from '../../backup/snapshot';
import { benchRow } from '../rows';

// A backup of the bench file as every backup is made (db/backup/snapshot.ts: online backup,
// switch to a rollback journal, integrity_check, manifest with counts), beside a plain
// `VACUUM INTO` of the same file. The architecture's target is 1.5 s for 110 MB: scaled to the
// file's size here (the office file is 21 MB, the federation one 220 MB).

let folder: string | null = null;

function emptyFolder(): string {
  if (folder) fs.rmSync(folder, { recursive: true, force: true });
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'passerelle-bench-copies-'));
  return folder;
}

let copy = 0;
const nextCopy = () => path.join(folder ?? emptyFolder(), `copie-${++copy}.sqlite`);

export const backupRows = [
  benchRow({
    name: 'sauvegarde du fichier, contrôle d’intégrité compris',
    target: (f) => ({ max: Math.round((1500 * f.counts.fileMb) / 110), on: 'p50', note: `(1,5 s pour 110 Mo ; fichier de ${Math.round(f.counts.fileMb)} Mo)` }),
    direct: (env) => writeSnapshot(env.db, nextCopy(), { appVersion: 'bench', kind: 'manuelle', createdAt: new Date() }),
    hand: (db) => {
      const vacuum = db.prepare('VACUUM INTO ?');
      return () => vacuum.run(nextCopy());
    },
    // The copies are removed between runs, untimed: they would fill the disk.
    beforeEach: () => {
      emptyFolder();
    },
    after: () => {
      if (folder) fs.rmSync(folder, { recursive: true, force: true });
      folder = null;
    },
  }),
];
