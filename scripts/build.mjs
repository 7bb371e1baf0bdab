// Builds what `npm start`, the tests and the packager run: the renderer (Vite) into
// dist/renderer, and the Node/Electron entry points (esbuild) into dist/electron as CommonJS.
// better-sqlite3 and electron stay external: one is native, the other is the runtime.
// The bundles sit side by side in dist/electron whatever their source folder: the main
// process finds preload.cjs and ../renderer beside itself, the launcher finds main.cjs.
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';
import fs from 'node:fs';

const pkg = JSON.parse(fs.readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const quiet = process.argv.includes('--quiet');

await viteBuild({ configFile: 'vite.config.ts', logLevel: quiet ? 'warn' : 'info' });

await esbuild({
  entryPoints: {
    main: 'electron/main/main.ts',
    preload: 'electron/main/preload.ts',
    launch: 'electron/launcher/launch.ts',
  },
  outdir: 'dist/electron',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: 'linked',
  external: ['electron', 'better-sqlite3'],
  define: { __PASSERELLE_VERSION__: JSON.stringify(pkg.version) },
  logLevel: quiet ? 'warning' : 'info',
});
