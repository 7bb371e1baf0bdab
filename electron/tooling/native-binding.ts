// The native-module ABI logic: better-sqlite3 must be built for Node's ABI when the tests run
// and for Electron's ABI when Electron runs. Node-only (no `electron` import: requiring it from
// plain Node downloads the binary), used by the launcher (electron/launcher/launch.ts),
// scripts/ensure-native.ts and build/after-pack.cjs.
//
// The Node build stays in node_modules/better-sqlite3/build/Release, untouched. The Electron
// build lives in `.native-cache/electron-<abi>/better_sqlite3.node` and is passed to the main
// process with `--native-binding=<path>`. Every build is verified by reading the ABI back from
// the binary: a build tool's log is not trusted.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const MARKER = Buffer.from('node_register_module_v', 'latin1');

/**
 * The Node ABI a native module was built for, read statically from its bytes: the exported
 * symbol `node_register_module_v<abi>` (ELF, PE and Mach-O all keep export names as text).
 * Returns null when the file has no such marker (not a native module, or a Node-API-only one).
 * Throws only if the file cannot be read.
 */
export function readBindingAbi(file: string): number | null {
  const bytes = fs.readFileSync(file);
  let from = 0;
  for (;;) {
    const at = bytes.indexOf(MARKER, from);
    if (at < 0) return null;
    let end = at + MARKER.length;
    let digits = '';
    while (end < bytes.length && digits.length < 6) {
      const c = bytes[end]!;
      if (c < 0x30 || c > 0x39) break;
      digits += String.fromCharCode(c);
      end++;
    }
    if (digits.length > 0) return Number(digits);
    from = at + 1;
  }
}

/** The project's installed Electron package; relative to the current directory by default. */
export function defaultElectronPkgDir(projectDir: string = process.cwd()): string {
  return path.join(projectDir, 'node_modules', 'electron');
}

/** Electron's Node ABI (`NODE_MODULE_VERSION`), from the package's `abi_version` file. */
export function electronAbi(electronPkgDir: string = defaultElectronPkgDir()): number {
  const file = path.join(electronPkgDir, 'abi_version');
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8').trim();
  } catch {
    throw new Error(`Electron n'est pas installé : ${file} est introuvable (lancez npm install).`);
  }
  if (!/^\d+$/.test(text)) throw new Error(`Contenu inattendu dans ${file} : « ${text.slice(0, 40)} ».`);
  return Number(text);
}

/** The installed Electron version (the headers to build against). */
export function electronVersion(electronPkgDir: string = defaultElectronPkgDir()): string {
  const pkg = JSON.parse(fs.readFileSync(path.join(electronPkgDir, 'package.json'), 'utf8')) as { version?: unknown };
  if (typeof pkg.version !== 'string') throw new Error(`Version d'Electron illisible dans ${electronPkgDir}.`);
  return pkg.version;
}

/** Where the Electron build of better-sqlite3 is cached for one ABI. */
export function electronBindingPath(projectDir: string, abi: number): string {
  return path.join(projectDir, '.native-cache', `electron-${abi}`, 'better_sqlite3.node');
}

export interface EnsureElectronBindingOptions {
  /** The project root (holds node_modules and .native-cache). */
  projectDir: string;
  /** Progress messages, in French, one line each. */
  log?: (message: string) => void;
  /** Defaults to `<projectDir>/node_modules/electron`. */
  electronPkgDir?: string;
}

interface BuildInfo {
  electronVersion: string;
  abi: number;
  betterSqlite3: string;
  platform: string;
  arch: string;
}

/**
 * Returns the path of a better_sqlite3.node built for Electron's ABI, building it when the cache
 * is missing, stale (other Electron or better-sqlite3 version, platform or arch) or built for the
 * wrong ABI. Builds a copy of node_modules/better-sqlite3 with node-gyp against Electron's
 * headers; node_modules/better-sqlite3/build (the Node build the tests use) is never touched.
 *
 * Offline, the headers cannot be downloaded: set PASSERELLE_ELECTRON_HEADERS to a headers
 * tarball (`node-v<version>-headers.tar.gz` from https://electronjs.org/headers) or to an
 * unpacked headers directory. Throws a French Error when no verified build can be produced.
 */
export async function ensureElectronBinding(options: EnsureElectronBindingOptions): Promise<string> {
  const log = options.log ?? (() => {});
  const projectDir = path.resolve(options.projectDir);
  const electronDir = options.electronPkgDir ?? defaultElectronPkgDir(projectDir);
  const abi = electronAbi(electronDir);
  const version = electronVersion(electronDir);
  const sqliteDir = path.join(projectDir, 'node_modules', 'better-sqlite3');
  const sqlitePkg = JSON.parse(fs.readFileSync(path.join(sqliteDir, 'package.json'), 'utf8')) as { version: string };
  const wanted: BuildInfo = {
    electronVersion: version,
    abi,
    betterSqlite3: sqlitePkg.version,
    platform: process.platform,
    arch: process.arch,
  };

  const target = electronBindingPath(projectDir, abi);
  const cacheDir = path.dirname(target);
  const infoFile = path.join(cacheDir, 'build-info.json');
  if (fs.existsSync(target) && readBindingAbi(target) === abi && sameInfo(readInfo(infoFile), wanted)) {
    return target;
  }

  log(`Compilation de better-sqlite3 ${sqlitePkg.version} pour Electron ${version} (ABI ${abi})…`);
  fs.mkdirSync(cacheDir, { recursive: true });
  const workDir = path.join(cacheDir, 'src');
  const logFile = path.join(cacheDir, 'build.log');
  const devDir = path.join(projectDir, '.native-cache', 'headers');
  fs.rmSync(workDir, { recursive: true, force: true });
  fs.mkdirSync(workDir, { recursive: true });
  for (const entry of ['binding.gyp', 'package.json', 'src', 'deps']) {
    fs.cpSync(path.join(sqliteDir, entry), path.join(workDir, entry), { recursive: true });
  }

  const gypArgs = [
    findNodeGyp(projectDir),
    'rebuild',
    '--release',
    `--target=${version}`,
    `--arch=${process.arch}`,
    '--dist-url=https://electronjs.org/headers',
    '--runtime=electron',
    `--devdir=${devDir}`,
    '--jobs=max',
  ];
  const headers = process.env.PASSERELLE_ELECTRON_HEADERS;
  if (headers) {
    const isDir = fs.existsSync(headers) && fs.statSync(headers).isDirectory();
    gypArgs.push(isDir ? `--nodedir=${path.resolve(headers)}` : `--tarball=${path.resolve(headers)}`);
  }

  const code = await run(process.execPath, gypArgs, workDir, logFile);
  const built = path.join(workDir, 'build', 'Release', 'better_sqlite3.node');
  if (code !== 0 || !fs.existsSync(built)) {
    const tail = lastLines(logFile, 15);
    fs.rmSync(workDir, { recursive: true, force: true });
    const haveHeaders = headers || fs.existsSync(path.join(devDir, version, 'include', 'node', 'node.h'));
    if (!haveHeaders) {
      throw new Error(
        `Les en-têtes d'Electron ${version} n'ont pas pu être téléchargés depuis https://electronjs.org/headers : ` +
          `better-sqlite3 ne peut pas être compilé pour Electron (ABI ${abi}). ` +
          `Sans accès à ce site, placez le fichier node-v${version}-headers.tar.gz sur ce poste et indiquez son ` +
          `chemin dans la variable PASSERELLE_ELECTRON_HEADERS. Détail : ${logFile}\n${tail}`,
      );
    }
    throw new Error(
      `La compilation de better-sqlite3 pour Electron ${version} a échoué (code ${code}). Détail : ${logFile}\n${tail}`,
    );
  }

  const builtAbi = readBindingAbi(built);
  if (builtAbi !== abi) {
    fs.rmSync(workDir, { recursive: true, force: true });
    throw new Error(
      `better-sqlite3 a été compilé pour l'ABI ${builtAbi ?? 'inconnue'} au lieu de l'ABI ${abi} d'Electron ${version} : ` +
        `ce module ne se chargerait pas dans Electron, il n'est pas conservé. Détail : ${logFile}`,
    );
  }

  const tmp = `${target}.${process.pid}.tmp`;
  fs.copyFileSync(built, tmp);
  fs.renameSync(tmp, target);
  fs.writeFileSync(infoFile, JSON.stringify(wanted, null, 2) + '\n');
  fs.rmSync(workDir, { recursive: true, force: true });
  log(`better-sqlite3 compilé pour Electron (ABI ${abi}) : ${target}`);
  return target;
}

function readInfo(file: string): BuildInfo | null {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as BuildInfo;
  } catch {
    return null;
  }
}

function sameInfo(a: BuildInfo | null, b: BuildInfo): boolean {
  return (
    !!a &&
    a.electronVersion === b.electronVersion &&
    a.abi === b.abi &&
    a.betterSqlite3 === b.betterSqlite3 &&
    a.platform === b.platform &&
    a.arch === b.arch
  );
}

/** node-gyp's CLI: the project's own, else the one bundled with npm. */
function findNodeGyp(projectDir: string): string {
  const nodeDir = path.dirname(process.execPath);
  const candidates = [
    path.join(projectDir, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
    path.join(nodeDir, 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
    path.join(nodeDir, '..', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
  ];
  const found = candidates.find((c) => fs.existsSync(c));
  if (!found) {
    throw new Error(`node-gyp est introuvable (cherché dans : ${candidates.join(', ')}) : impossible de compiler better-sqlite3.`);
  }
  return found;
}

/** Runs a command, its output going to a log file; resolves to the exit code (-1 if it could not start). */
function run(command: string, args: string[], cwd: string, logFile: string): Promise<number> {
  // npm passes its configuration as npm_config_* variables, and node-gyp lets them override its
  // command line: a stray npm_config_target would silently build for the wrong runtime.
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (/^npm_config_/i.test(k) || /^npm_package_config_node_gyp_/i.test(k)) continue;
    env[k] = v;
  }
  fs.writeFileSync(logFile, `$ ${[command, ...args].join(' ')}\n(dans ${cwd})\n\n`);
  const out = fs.openSync(logFile, 'a');
  return new Promise((resolve) => {
    let settled = false;
    const finish = (code: number, message?: string) => {
      if (settled) return;
      settled = true;
      if (message) fs.appendFileSync(out, `\n${message}\n`);
      fs.closeSync(out);
      resolve(code);
    };
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', out, out], windowsHide: true });
    child.on('error', (e) => finish(-1, e.message));
    child.on('close', (code) => finish(code ?? -1));
  });
}

function lastLines(file: string, count: number): string {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-count).join('\n');
  } catch {
    return '';
  }
}

/**
 * Makes sure node_modules/better-sqlite3's own build is for the Node running this code (tests,
 * the web host): reads its ABI, runs `npm rebuild better-sqlite3` on a mismatch (for instance
 * after a packaging run rebuilt it for Electron), and verifies the result. Throws in French.
 */
export function ensureNodeBinding(options: { projectDir: string; log?: (message: string) => void }): string {
  const log = options.log ?? (() => {});
  const binding = path.join(options.projectDir, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
  const want = Number(process.versions.modules);
  const abiNow = () => (fs.existsSync(binding) ? readBindingAbi(binding) : null);
  const abi = abiNow();
  if (abi === want) return binding;
  log(`better-sqlite3 est compilé pour un autre moteur (ABI ${abi ?? 'absent'}, Node attend ${want}) : recompilation…`);
  const windows = process.platform === 'win32';
  const r = spawnSync(windows ? 'npm.cmd' : 'npm', ['rebuild', 'better-sqlite3'], {
    cwd: options.projectDir,
    stdio: 'inherit',
    shell: windows,
  });
  const after = abiNow();
  if (r.status !== 0 || after !== want) {
    throw new Error(`la recompilation de better-sqlite3 pour Node (ABI ${want}) a échoué (ABI obtenue : ${after ?? 'aucune'}).`);
  }
  log(`better-sqlite3 recompilé pour Node (ABI ${want}).`);
  return binding;
}
