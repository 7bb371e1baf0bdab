import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { expect, LAUNCHER, LAUNCHER_ENV, newDataDir, test } from './fixtures';

// The launcher's web host options, through the real built launcher (what `npm start` runs).

test('npm start refuses a network bind address, says why in French, and touches no data', () => {
  const dataDir = newDataDir();
  try {
    for (const extra of [['--web'], []]) {
      const run = spawnSync(process.execPath, [LAUNCHER, ...extra, '--no-open', '--bind', '0.0.0.0', `--data-dir=${dataDir}`], {
        encoding: 'utf8',
        env: LAUNCHER_ENV,
        timeout: 30_000,
      });
      expect(run.status).toBe(1);
      expect(run.stderr).toBe(
        "Passerelle n'a pas pu démarrer : Adresse « 0.0.0.0 » refusée : Passerelle n'est servi que sur ce poste (127.0.0.1). " +
          "L'accès depuis les autres postes du bureau n'est pas encore ouvert : il demande, en plus des comptes du personnel, " +
          'une connexion chiffrée (HTTPS), qui viendra avec une prochaine version.\n',
      );
      expect(run.stdout).toBe('');
      expect(fs.readdirSync(dataDir)).toEqual([]);
    }
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
