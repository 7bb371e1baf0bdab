import path from 'node:path';
import os from 'node:os';

export const APP_FOLDER = 'Passerelle';
export const DB_FILE = 'passerelle.sqlite';

/**
 * Where the data lives by default: the user's application-data folder, as Electron's
 * `app.getPath('userData')` would give for "Passerelle" (so both shells share one database).
 */
export function defaultDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = os.homedir(),
): string {
  if (platform === 'win32') {
    return path.win32.join(env.APPDATA ?? path.win32.join(home, 'AppData', 'Roaming'), APP_FOLDER);
  }
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_FOLDER);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), APP_FOLDER);
}

/** `--data-dir X`, `--data-dir=X`, then PASSERELLE_DATA_DIR, then the default. */
export function resolveDataDir(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): string {
  const fromFlag = flagValue(argv, '--data-dir');
  if (fromFlag) return path.resolve(fromFlag);
  if (env.PASSERELLE_DATA_DIR) return path.resolve(env.PASSERELLE_DATA_DIR);
  return defaultDataDir(process.platform, env);
}

export function flagValue(argv: readonly string[], name: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === name) return argv[i + 1];
    if (a.startsWith(`${name}=`)) return a.slice(name.length + 1);
  }
  return undefined;
}

export interface DataPaths {
  dataDir: string;
  dbPath: string;
  backupsDir: string;
  logFile: string;
}

export function dataPaths(dataDir: string): DataPaths {
  return {
    dataDir,
    dbPath: path.join(dataDir, DB_FILE),
    backupsDir: path.join(dataDir, 'sauvegardes'),
    logFile: path.join(dataDir, 'journal', 'passerelle.log'),
  };
}
