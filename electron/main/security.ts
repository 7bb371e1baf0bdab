// The shell's locks: only our own page is ever shown, it gets no Node, no new windows, no
// permissions, no webviews, and the main process only answers IPC from it.
import { app, session, type Session, type WebContents, type WebFrameMain, type WebPreferences } from 'electron';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTENT_SECURITY_POLICY } from '../../db/contract/csp';

/** dist/renderer, next to dist/electron where the bundled main process lives. */
export const RENDERER_DIR = path.join(__dirname, '../renderer');
export const RENDERER_INDEX = path.join(RENDERER_DIR, 'index.html');
export const PRELOAD_PATH = path.join(__dirname, 'preload.cjs');

/** The web preferences of every window we open (main window and hidden print windows). */
export function secureWebPreferences(): WebPreferences {
  return {
    preload: PRELOAD_PATH,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  };
}

function samePath(a: string, b: string): boolean {
  const na = path.normalize(a);
  const nb = path.normalize(b);
  return process.platform === 'win32' || process.platform === 'darwin'
    ? na.toLowerCase() === nb.toLowerCase()
    : na === nb;
}

/**
 * True when `target` is our own renderer page: the file dist/renderer/index.html (any hash
 * route). A frame must also be a top-level frame: sub-frames never get the API.
 */
export function isOwnPage(target: string | WebFrameMain | null | undefined): boolean {
  if (!target) return false;
  let url: string;
  if (typeof target === 'string') {
    url = target;
  } else {
    try {
      if (target.parent !== null) return false;
      url = target.url;
    } catch {
      return false; // a destroyed frame
    }
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'file:' || (parsed.host !== '' && parsed.host !== 'localhost')) return false;
  parsed.hash = '';
  parsed.search = '';
  let file: string;
  try {
    file = fileURLToPath(parsed);
  } catch {
    return false;
  }
  return samePath(file, RENDERER_INDEX);
}

/** Locks one webContents: no navigation away, no new windows, no webviews. */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isOwnPage(url)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isOwnPage(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isOwnPage(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

function hardenSession(ses: Session): void {
  // The page carries the same policy in a meta tag (set at build time); Chromium may not run
  // this hook for file:// responses, so the header is a second layer, not the only one.
  ses.webRequest.onHeadersReceived((details, callback) => {
    const headers = { ...details.responseHeaders };
    for (const key of Object.keys(headers)) {
      if (key.toLowerCase() === 'content-security-policy') delete headers[key];
    }
    headers['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY];
    callback({ responseHeaders: headers });
  });
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
}

let applied = false;

/** Installs the locks on the default session and on every webContents. Call once, when the app is ready. */
export function applySecurity(): void {
  if (applied) return;
  applied = true;
  hardenSession(session.defaultSession);
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
}
