import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

// Beyond the recommended rules, the seams of the architecture, checked on every import:
// - the renderer knows nothing of Electron, SQLite, Node or the back end, except the API
//   contract (db/contract) and the bottom module (db/base);
// - the back end (db/) knows nothing of Electron or the renderer;
// - inside db/, each layer imports only what is below it. These are allow-lists: an import of
//   our code (or a package) that a layer does not list is refused, so that a new folder or a
//   new dependency has to be placed here on purpose.
export const rendererBoundary = {
  paths: [
    { name: 'electron', message: "Le renderer ne parle pas à Electron : passez par l'API (renderer/api/client.ts)." },
    { name: 'better-sqlite3', message: "Le renderer n'accède pas à SQLite : passez par l'API." },
  ],
  patterns: [
    { group: ['node:*'], message: 'Le renderer tourne dans un navigateur : pas de modules Node.' },
    { group: ['drizzle-orm', 'drizzle-orm/*'], message: "Le renderer n'accède pas à la base : passez par l'API." },
    {
      regex: '(^|/)db/(?!base(/|$)|contract(/|$))',
      message:
        "Le renderer n'importe du back end que le contrat de l'API (db/contract) et le module de base (db/base) ; une règle pure passe par le contrat de son domaine.",
    },
    { regex: '(^|/)electron/', message: "Le renderer n'importe pas le code du shell Electron." },
  ],
};

// The renderer reaches its host through one seam: renderer/api/host.ts reads the Electron
// bridge, renderer/api/platform.ts prints, saves and opens files. Screens ask neither which host
// they run in nor the browser to print.
export const platformSeam = [
  { object: 'window', property: 'passerelle', message: "Passez par renderer/api/platform.ts (impression, fichiers) ou renderer/api/client.ts (appels)." },
  { object: 'window', property: 'print', message: "Imprimez par renderer/api/platform.ts (printDocument, saveDocumentPdf) : Electron imprime autrement que le navigateur." },
];

export const dbBoundary = {
  paths: [{ name: 'electron', message: "db/ ne dépend pas d'Electron : il tourne aussi dans le serveur local et les tests." }],
  patterns: [{ regex: '(^|/)(electron|renderer)/', message: "db/ n'importe ni le shell Electron ni le renderer." }],
};

/**
 * What a file of a db/ folder may import: its own folder (`./…`), the folders and root modules
 * of db/ named here (`../x`), and the packages named here. Anything else is refused.
 */
function allowOnly({ folders = [], modules = [], packages = [] }, message) {
  const alternatives = [
    '\\./',
    ...(folders.length ? [`\\.\\./(${folders.join('|')})(/|$)`] : []),
    ...(modules.length ? [`\\.\\./(${modules.join('|')})$`] : []),
    ...packages.map((p) => `${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(/|$)`),
  ];
  return { patterns: [{ regex: `^(?!(${alternatives.join('|')}))`, message }] };
}

/** The layers of db/, bottom first: each may import the ones before it, never one after. */
export const dbLayers = {
  'db/base': allowOnly({}, "db/base est le socle : il n'importe rien d'autre du projet, ni paquet."),
  'db/rules': allowOnly({ folders: ['base'] }, "db/rules ne dépend que de db/base : les règles sont pures et tournent aussi dans le navigateur."),
  'db/contract': allowOnly(
    { folders: ['base', 'rules'], packages: ['zod'] },
    "db/contract n'importe que db/base, db/rules et zod : l'interface l'importe, il ne voit pas le back end.",
  ),
  'db/schema': allowOnly({ packages: ['drizzle-orm'] }, "db/schema ne décrit que les tables : il n'importe que drizzle-orm."),
  'db/csv': allowOnly(
    { folders: ['base', 'contract'], packages: ['papaparse', 'exceljs'] },
    "db/csv lit et écrit des fichiers : il n'importe que db/base, db/contract, papaparse et exceljs.",
  ),
  'db/records': allowOnly(
    { folders: ['base', 'rules', 'contract', 'schema'], modules: ['context', 'errors'], packages: ['drizzle-orm', 'better-sqlite3'] },
    "db/records n'importe que ce qui est en dessous (base, rules, contract, schema, context, errors) : jamais handlers, import ni l'API.",
  ),
  'db/auth': allowOnly(
    { folders: ['base', 'contract'], packages: ['node:crypto', 'better-sqlite3'] },
    "db/auth (mots de passe, sessions) n'importe que db/base, db/contract et node:crypto : ni handlers, ni l'API.",
  ),
  'db/import': allowOnly(
    { folders: ['base', 'rules', 'contract', 'schema', 'records', 'csv'], modules: ['context', 'errors', 'audit'], packages: ['zod', 'drizzle-orm', 'better-sqlite3'] },
    "db/import n'importe que ce qui est en dessous (base, rules, contract, schema, records, csv…) : jamais les handlers.",
  ),
  'db/handlers': allowOnly(
    {
      // db/backup: the backup service (files, snapshots), driven by the backup handlers.
      // db/auth: password hashing, for the account handlers.
      folders: ['base', 'rules', 'contract', 'schema', 'records', 'csv', 'import', 'backup', 'auth'],
      modules: ['context', 'errors', 'audit'],
      packages: ['zod', 'drizzle-orm', 'better-sqlite3'],
    },
    "Un handler n'importe que ce qui est en dessous (records, import, contract…) : ni l'API, ni le dispatcher, ni les transports.",
  ),
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
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', rendererBoundary] },
  },
  {
    files: ['db/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', dbBoundary] },
  },
  // The layers come after the rule for all of db/: for their files, the allow-list replaces it.
  ...Object.entries(dbLayers).map(([folder, rule]) => ({
    files: [`${folder}/**/*.ts`],
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', rule] },
  })),
  {
    files: ['electron/launcher/**/*.ts', 'electron/server/**/*.ts', 'electron/tooling/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', nodeSideBoundary] },
  },
  {
    files: ['electron/main/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', mainProcessBoundary] },
  },
);
