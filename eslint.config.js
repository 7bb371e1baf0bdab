import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

// Beyond the recommended rules, the seams of the architecture: the renderer knows nothing of
// Electron, SQLite, Node or the back end except the API contract (db/contract), and the back
// end (db/) knows nothing of Electron.
export const rendererBoundary = {
  paths: [
    { name: 'electron', message: "Le renderer ne parle pas à Electron : passez par l'API (renderer/api/client.ts)." },
    { name: 'better-sqlite3', message: "Le renderer n'accède pas à SQLite : passez par l'API." },
  ],
  patterns: [
    { group: ['node:*'], message: 'Le renderer tourne dans un navigateur : pas de modules Node.' },
    { group: ['drizzle-orm', 'drizzle-orm/*'], message: "Le renderer n'accède pas à la base : passez par l'API." },
    {
      regex: '(^|/)db/(?!contract(/|$)|rules(/|$))',
      message: "Le renderer n'importe du back end que le contrat de l'API (db/contract) et ses règles pures.",
    },
    { regex: '(^|/)electron/', message: "Le renderer n'importe pas le code du shell Electron." },
  ],
};

// The renderer reaches its host through one seam: renderer/api/host.ts reads the Electron
// bridge, renderer/api/platform.ts prints, saves and opens files. Screens ask neither which host
// they run in nor the browser to print.
export const platformSeam = [
  { object: 'window', property: 'passerelle', message: "Passez par renderer/api/platform.ts (impression, fichiers) ou renderer/api/client.ts (appels)." },
  { object: 'window', property: 'print', message: "Imprimez par renderer/api/platform.ts (printDocument, printPage) : Electron imprime autrement que le navigateur." },
];

export const dbBoundary = {
  paths: [{ name: 'electron', message: "db/ ne dépend pas d'Electron : il tourne aussi dans le serveur local et les tests." }],
  patterns: [{ regex: '(^|/)(electron|renderer)/', message: "db/ n'importe ni le shell Electron ni le renderer." }],
};

// electron/ holds two sides. The main process (electron/main) runs inside Electron; the
// launcher, the web host and the native tooling run in plain Node, where requiring `electron`
// would download the binary, and the main process never starts them.
export const nodeSideBoundary = {
  paths: [
    {
      name: 'electron',
      message: "Le lanceur, le serveur local et l'outillage tournent sous Node : importer electron téléchargerait le binaire.",
    },
  ],
  patterns: [{ regex: '(^|/)main/', message: "Le lanceur, le serveur local et l'outillage n'importent pas le processus principal (electron/main)." }],
};

export const mainProcessBoundary = {
  patterns: [
    {
      regex: '(^|/)(launcher|server|tooling)/',
      message: "Le processus principal n'importe ni le lanceur, ni le serveur local, ni l'outillage du module natif.",
    },
  ],
};

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', '.tsbuild/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.native-cache/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { console: 'readonly', process: 'readonly', __dirname: 'readonly', window: 'readonly', document: 'readonly', URL: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  // The rules of hooks, and the React Compiler's checks of what a component may do while it
  // renders (no ref read or written, no state set from an effect's body…).
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/api/host.ts', 'renderer/api/platform.ts'],
    rules: { 'no-restricted-properties': ['error', ...platformSeam] },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'db/contract/**/*.ts', 'db/rules/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', rendererBoundary] },
  },
  {
    files: ['db/**/*.ts'],
    ignores: ['db/contract/**', 'db/rules/**'],
    rules: { 'no-restricted-imports': ['error', dbBoundary] },
  },
  {
    files: ['electron/launcher/**/*.ts', 'electron/server/**/*.ts', 'electron/tooling/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', nodeSideBoundary] },
  },
  {
    files: ['electron/main/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', mainProcessBoundary] },
  },
);
