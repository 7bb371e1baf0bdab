// The shell's locks: only our own page is ever shown, it gets no Node, no new windows, no
// permissions, no webviews, and the main process only answers IPC from it.
import { app, protocol, session, type Session, type WebContents, type WebFrameMain, type WebPreferences } from 'electron';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../db/contract/csp';
import { answerAppRequest, APP_SCHEME, isAppPage } from './app-protocol';

/** dist/renderer, next to dist/electron where the bundled main process lives: all app:// serves. */
export const RENDERER_DIR = path.join(__dirname, '../renderer');
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

/**
 * True when `target` is our own renderer page, app://passerelle/index.html (any hash route). A
 * frame must also be a top-level frame: sub-frames never get the API.
 */
export function isOwnPage(target: string | WebFrameMain | null | undefined): boolean {
  if (!target) return false;
  if (typeof target === 'string') return isAppPage(target);
  try {
    return target.parent === null && isAppPage(target.url);
  } catch {
    return false; // a destroyed frame
  }
}

/**
 * app:// as a standard scheme (relative addresses, an origin for 'self' in the CSP) and a secure
 * one (like https: no mixed-content downgrade). Electron accepts this only before `ready`.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true } }]);
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
  // Only the renderer folder is served, each file with its type and the CSP header.
  ses.protocol.handle(APP_SCHEME, (request) => answerAppRequest(request, RENDERER_DIR));
  // The page also carries the policy in a meta tag (set at build time), and app:// answers with
  // it as a header; this hook is a further layer for any other response, not the only one.
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
