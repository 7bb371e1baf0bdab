// The Electron main process: one instance per data folder, the back end in-process, one
// locked-down window on the built renderer, served as app://passerelle.
//
// Flags: --data-dir DIR (else PASSERELLE_DATA_DIR, else the user's app-data folder
// "Passerelle"), --native-binding=FILE (a better_sqlite3.node built for Electron's ABI, passed
// by the launcher; a packaged app uses the binding electron-builder unpacked from the asar).
import { app, BrowserWindow, dialog, screen } from 'electron';
import fs from 'node:fs';
import path from 'node:path';
import { startBackend, type Backend } from '../../db/backend';
import { fileLogger } from '../../db/log';
import { dataPaths, flagValue, resolveDataDir } from '../../db/paths';
import { registerIpc, registerPathPicker } from './ipc';
import { WindowSessions } from './window-sessions';
import { restrictNewFiles } from '../../db/file-modes';
import { installMenu } from './menu';
import { applySecurity, registerAppScheme, secureWebPreferences } from './security';
import { APP_INDEX_URL } from './app-protocol';
import { loadWindowState, MIN_HEIGHT, MIN_WIDTH, trackWindowState } from './window-state';

const version = __PASSERELLE_VERSION__;
const dataDir = resolveDataDir(process.argv, process.env);
const log = fileLogger(dataPaths(dataDir).logFile, !app.isPackaged);

// userData decides the single-instance lock: one Passerelle per data folder (the tests' own
// temporary folders never collide with the office's instance). Chromium's own files go in a
// sub-folder, away from the database.
app.setName('Passerelle');
// The data folder and everything in it (Chromium's files too) are the user's only: 0700/0600.
restrictNewFiles();
try {
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
} catch {
  // startBackend reports an unusable data folder in the window
}
app.setPath('userData', dataDir);
app.setPath('sessionData', path.join(dataDir, 'electron'));
if (process.platform === 'win32') app.setAppUserModelId('fr.passerelle.app');
app.enableSandbox();
// The page is served as app://passerelle (app-protocol.ts); the scheme is declared before ready.
registerAppScheme();

let mainWindow: BrowserWindow | null = null;
let backend: Backend | null = null;

function migrationsDir(): string {
  return app.isPackaged ? path.join(process.resourcesPath, 'migrations') : path.join(__dirname, '../../db/migrations');
}

function createMainWindow(): BrowserWindow {
  const state = loadWindowState(dataDir, [
    screen.getPrimaryDisplay().workArea,
    ...screen
      .getAllDisplays()
      .filter((d) => d.id !== screen.getPrimaryDisplay().id)
      .map((d) => d.workArea),
  ]);
  const win = new BrowserWindow({
    title: 'Passerelle',
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : { center: true }),
    width: state.width,
    height: state.height,
    minWidth: MIN_WIDTH,
    minHeight: MIN_HEIGHT,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(),
  });
  // The window keeps the product's name; the page's <title> does not replace it.
  win.on('page-title-updated', (event) => event.preventDefault());
  win.once('ready-to-show', () => {
    if (state.maximized) win.maximize();
    win.show();
  });
  trackWindowState(win, dataDir);
  // A page with unsaved changes (a form, the hours grid) asks before it is closed; in Electron
  // that request silently cancels the close unless the main process asks the user.
  win.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(win, {
      type: 'question',
      title: 'Modifications non enregistrées',
      message: 'Des modifications ne sont pas enregistrées.',
      detail: 'Si vous quittez maintenant, elles seront perdues.',
      buttons: ['Revenir à la saisie', 'Quitter sans enregistrer'],
      defaultId: 0,
      cancelId: 0,
      noLink: true,
    });
    if (choice === 1) event.preventDefault();
  });
  win.webContents.on('render-process-gone', (_event, details) => {
    log('error', `processus d'affichage arrêté : ${details.reason} (code ${details.exitCode})`);
  });
  win.on('closed', () => {
    mainWindow = null;
    // Hidden print windows must not keep the app alive once the main window is gone.
    app.quit();
  });
  void win.loadURL(APP_INDEX_URL).catch((e: unknown) => log('error', 'chargement de la fenêtre', e));
  return win;
}

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  if (!mainWindow.isVisible()) mainWindow.show();
  mainWindow.focus();
}

if (!app.requestSingleInstanceLock()) {
  // Another Passerelle already runs on this data folder: it gets the focus (second-instance).
  app.quit();
} else {
  app.on('second-instance', focusMainWindow);

  app.on('window-all-closed', () => app.quit());

  // Quitting waits for the backup made at quit time, then closes the database.
  app.on('will-quit', (event) => {
    const closing = backend;
    if (!closing) return;
    backend = null;
    event.preventDefault();
    void closing
      .shutdown()
      .catch((e: unknown) => log('error', 'fermeture de la base', e))
      .finally(() => app.quit());
  });

  app
    .whenReady()
    .then(async () => {
      applySecurity();
      const nativeBinding = flagValue(process.argv, '--native-binding');
      const started = startBackend({
        dataDir,
        migrationsDir: migrationsDir(),
        version,
        ...(nativeBinding ? { nativeBinding } : {}),
      });
      backend = started;
      // Only a migration waiting for its backup makes this last.
      await started.ready;
      registerIpc({ backend: started, sessions: new WindowSessions(() => backend), log });
      registerPathPicker();
      installMenu({ version, dataDir });
      mainWindow = createMainWindow();
    })
    .catch((e: unknown) => {
      log('error', 'démarrage', e);
      app.exit(1);
    });
}
