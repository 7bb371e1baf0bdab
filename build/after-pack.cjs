// electron-builder afterPack hook: the packed app must carry a better_sqlite3.node built for
// Electron's ABI and for the target platform. A rebuild can log success while building for
// Node's ABI, so the ABI is read back from the binary itself (the exported symbol
// `node_register_module_v<abi>`), as electron/tooling/native-binding.ts does. Plain CommonJS: it runs
// inside electron-builder, before any TypeScript is built.
/* global require, exports */
'use strict';
const fs = require('node:fs');
const path = require('node:path');

// One implementation of the ABI reading, shared with the launcher: load the TypeScript module
// through tsx (a dev dependency, present whenever packaging runs).
require('tsx/cjs/api').register();
const { readBindingAbi, electronBindingPath } = require('../electron/tooling/native-binding.ts');

/** The binary format and machine of a native module: { format, arch } or null. */
function readBinaryKind(file) {
  const b = fs.readFileSync(file);
  if (b.length > 20 && b[0] === 0x7f && b[1] === 0x45 && b[2] === 0x4c && b[3] === 0x46) {
    const machine = b[5] === 2 ? b.readUInt16BE(18) : b.readUInt16LE(18);
    return { format: 'linux', arch: { 0x3e: 'x64', 0xb7: 'arm64', 0x28: 'armv7l', 0x03: 'ia32' }[machine] ?? `0x${machine.toString(16)}` };
  }
  if (b.length > 0x40 && b[0] === 0x4d && b[1] === 0x5a) {
    const pe = b.readUInt32LE(0x3c);
    if (pe + 6 <= b.length && b.readUInt32LE(pe) === 0x00004550) {
      const machine = b.readUInt16LE(pe + 4);
      return { format: 'win32', arch: { 0x8664: 'x64', 0xaa64: 'arm64', 0x14c: 'ia32' }[machine] ?? `0x${machine.toString(16)}` };
    }
  }
  const magic = b.length >= 4 ? b.readUInt32BE(0) : 0;
  if ([0xcffaedfe, 0xcefaedfe, 0xcafebabe].includes(magic)) return { format: 'darwin', arch: null };
  return null;
}

function findFiles(dir, name, found = []) {
  let entries;
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return found;
  }
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) findFiles(p, name, found);
    else if (e.name === name) found.push(p);
  }
  return found;
}

const ARCH_NAMES = { 0: 'ia32', 1: 'x64', 2: 'armv7l', 3: 'arm64', 4: 'universal' };

exports.default = async function afterPack(context) {
  const projectDir = (context.packager && context.packager.projectDir) || path.resolve(__dirname, '..');
  const abiFile = path.join(projectDir, 'node_modules', 'electron', 'abi_version');
  const wanted = Number(fs.readFileSync(abiFile, 'utf8').trim());
  const platform = context.electronPlatformName;
  const arch = ARCH_NAMES[context.arch] ?? String(context.arch);

  // Put the verified Electron build (made by `tsx scripts/ensure-native.ts electron`) in place
  // of whatever was copied from node_modules, for the platform we build on.
  const cached = electronBindingPath(projectDir, wanted);
  if (platform === process.platform && fs.existsSync(cached)) {
    for (const file of findFiles(context.appOutDir, 'better_sqlite3.node')) fs.copyFileSync(cached, file);
  }
  const found = findFiles(context.appOutDir, 'better_sqlite3.node');
  const fail = (why) => {
    throw new Error(
      `Paquet refusé : ${why}\n` +
        `Passerelle ne pourrait pas ouvrir sa base de données. Recompilez better-sqlite3 pour Electron ` +
        `(ABI ${wanted}, ${platform}/${arch}) et relancez la construction.`,
    );
  };
  if (found.length === 0) fail(`aucun better_sqlite3.node dans ${context.appOutDir} (doit être hors de l'archive asar).`);

  for (const file of found) {
    const rel = path.relative(context.appOutDir, file);
    if (!rel.split(path.sep).includes('app.asar.unpacked')) fail(`${rel} n'est pas dans app.asar.unpacked.`);
    const abi = readBindingAbi(file);
    if (abi !== wanted) {
      fail(
        `${rel} est compilé pour l'ABI ${abi ?? 'inconnue'}` +
          `${abi === Number(process.versions.modules) ? ' (celle de Node, pas celle d\'Electron)' : ''}, ` +
          `alors qu'Electron attend l'ABI ${wanted} (${abiFile}).`,
      );
    }
    const kind = readBinaryKind(file);
    if (!kind) fail(`${rel} n'est pas un module natif reconnu.`);
    if (kind.format !== platform) fail(`${rel} est un binaire ${kind.format}, pas ${platform}.`);
    if (kind.arch && arch !== 'universal' && kind.arch !== arch) fail(`${rel} est compilé pour ${kind.arch}, pas ${arch}.`);
    console.log(`  • better-sqlite3 vérifié : ${rel} (ABI ${abi}, ${kind.format}/${kind.arch ?? arch})`);
  }
};
