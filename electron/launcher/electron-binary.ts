import fs from 'node:fs';
import path from 'node:path';

// Where the Electron executable is, found through the file system only: requiring the
// `electron` package from Node would try to download the binary (Electron ≥ 42 fetches it on
// first run), which hangs or fails on an offline machine.

export interface ElectronBinary {
  path: string | null;
  /** Why there is none, in French. */
  reason: string;
}

export function locateElectronBinary(projectDir: string, env: NodeJS.ProcessEnv = process.env): ElectronBinary {
  const pkg = path.join(projectDir, 'node_modules', 'electron');
  if (!fs.existsSync(path.join(pkg, 'package.json'))) {
    return { path: null, reason: "le paquet electron n'est pas installé (npm install)" };
  }
  let rel = '';
  try {
    rel = fs.readFileSync(path.join(pkg, 'path.txt'), 'utf8').trim();
  } catch {
    // no path.txt: the binary was never downloaded
  }
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const bin = path.join(env.ELECTRON_OVERRIDE_DIST_PATH, rel || 'electron');
    return fs.existsSync(bin) ? { path: bin, reason: '' } : { path: null, reason: `${bin} introuvable (ELECTRON_OVERRIDE_DIST_PATH)` };
  }
  if (!rel) return { path: null, reason: `${path.join(pkg, 'path.txt')} absent : le binaire n'a jamais été téléchargé` };
  const bin = path.join(pkg, 'dist', rel);
  return fs.existsSync(bin) ? { path: bin, reason: '' } : { path: null, reason: `${bin} introuvable` };
}
