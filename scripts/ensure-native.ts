// `tsx scripts/ensure-native.ts node|electron`: makes sure better-sqlite3 is built for the
// runtime about to load it, verified by reading the ABI out of the binary.
//  node      node_modules/better-sqlite3's own build, for the tests and the web host;
//  electron  the copy in .native-cache/electron-<abi>/, for the window and for packaging.
import path from 'node:path';
import { ensureElectronBinding, ensureNodeBinding, readBindingAbi } from '../electron/tooling/native-binding';

const projectDir = path.resolve(import.meta.dirname, '..');
const target = process.argv[2];
const log = (m: string) => process.stdout.write(`${m}\n`);

try {
  if (target === 'node') {
    const file = ensureNodeBinding({ projectDir, log });
    log(`better-sqlite3 prêt pour Node (ABI ${readBindingAbi(file)}).`);
  } else if (target === 'electron') {
    const file = await ensureElectronBinding({ projectDir, log });
    log(`better-sqlite3 prêt pour Electron (ABI ${readBindingAbi(file)}) : ${file}`);
  } else {
    log('Usage : tsx scripts/ensure-native.ts node|electron');
    process.exit(2);
  }
} catch (e) {
  process.stderr.write(`${(e as Error).message}\n`);
  process.exit(1);
}
