import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { resolveDataDir } from '../../db/paths';
import { startWebHost, webHostFlags, webHostOptionsProblem } from '../server/web-host';
import { findChromium, QUIET_CHROMIUM_FLAGS } from './find-chromium';
import { locateElectronBinary } from './electron-binary';
import { ensureElectronBinding, ensureNodeBinding } from '../tooling/native-binding';

// `npm start`. Opens the Electron window where the Electron binary is available; otherwise
// says so in one line and serves the same app from the local web host on 127.0.0.1
// (electron/server/web-host.ts), in Chromium's app mode when a Chromium is installed, else by
// printing the address.
//
// Flags: --web (skip Electron), --no-open (print the address only), --data-dir DIR,
// --port N, --bind ADDRESS (127.0.0.1 only, for now), --json (print one JSON line with the
// address and secret: for the tests).

const projectDir = path.resolve(__dirname, '..', '..');
const argv = process.argv.slice(2);
const has = (flag: string) => argv.includes(flag);

function say(line: string) {
  process.stdout.write(`${line}\n`);
}

/** The Electron executable if it is on disk, trying its download once (it fails offline). */
function electronBinary(): { path: string | null; reason: string } {
  const found = locateElectronBinary(projectDir);
  if (found.path || process.env.PASSERELLE_NO_ELECTRON_DOWNLOAD) return found;
  const installer = path.join(projectDir, 'node_modules', 'electron', 'install.js');
  if (!fs.existsSync(installer)) return found;
  // Electron ≥ 42 has no install script: the binary is fetched on first run. Try once, bounded.
  spawnSync(process.execPath, [installer], { stdio: 'ignore', timeout: 120_000 });
  return locateElectronBinary(projectDir);
}

async function runElectron(bin: string, dataDir: string): Promise<boolean> {
  let binding: string;
  try {
    binding = await ensureElectronBinding({ projectDir, log: say });
  } catch (e) {
    say(`Passerelle : ${(e as Error).message} ; ouverture dans le navigateur à la place.`);
    return false;
  }
  const child = spawn(bin, [path.join(__dirname, 'main.cjs'), `--data-dir=${dataDir}`, `--native-binding=${binding}`], {
    stdio: 'inherit',
  });
  child.on('exit', (code) => process.exit(code ?? 0));
  return true;
}

async function runWebHost(dataDir: string) {
  ensureNodeBinding({ projectDir, log: say });
  const web = await startWebHost({
    projectDir,
    dataDir,
    version: __PASSERELLE_VERSION__,
    ...webHostFlags(argv),
    json: has('--json'),
    say,
  });
  let browser: ChildProcess | null = null;
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    browser?.kill();
    await web.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());

  if (has('--json')) return;
  if (has('--no-open')) {
    say(`Ouvrez cette adresse dans un navigateur : ${web.openUrl}`);
    return;
  }
  const chromium = findChromium({ projectDir });
  if (!chromium) {
    say(`Aucun Chromium trouvé : ouvrez cette adresse dans un navigateur : ${web.openUrl}`);
    return;
  }
  const profile = path.join(dataDir, 'navigateur');
  const flags = [`--app=${web.openUrl}`, `--user-data-dir=${profile}`, '--window-size=1280,800', ...QUIET_CHROMIUM_FLAGS];
  // Chromium refuses to run as root without this; on an office PC nobody runs as root.
  if (process.getuid?.() === 0) flags.push('--no-sandbox');
  browser = spawn(chromium.path, flags, { stdio: 'ignore' });
  browser.on('error', () => say(`Chromium n'a pas pu s'ouvrir : ouvrez ${web.openUrl} dans un navigateur.`));
  // Closing the app window ends Passerelle.
  browser.on('exit', () => void stop());
}

async function main() {
  // A refused address or port is said at once, whether or not Electron would have opened.
  const problem = webHostOptionsProblem(webHostFlags(argv));
  if (problem) throw new Error(problem);
  const dataDir = resolveDataDir(argv);
  if (!has('--web')) {
    const bin = electronBinary();
    if (bin.path && (await runElectron(bin.path, dataDir))) return;
    if (!bin.path) {
      say(
        `Passerelle : le programme Electron n'est pas disponible sur ce poste (${bin.reason} ; téléchargement impossible hors ligne) : ouverture de la même application via le serveur local.`,
      );
    }
  }
  await runWebHost(dataDir);
}

main().catch((e: unknown) => {
  process.stderr.write(`Passerelle n'a pas pu démarrer : ${(e as Error).message ?? String(e)}\n`);
  process.exit(1);
});

