import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

// Finds a Chromium-family browser, for the web host's app window and for the end-to-end tests:
// an environment variable first, then the system's browsers, then Playwright's own download.

export interface FoundChromium {
  path: string;
  source: 'variable' | 'système' | 'playwright';
}

export const CHROMIUM_VARIABLES = ['PASSERELLE_CHROMIUM', 'CHROMIUM_PATH', 'CHROME_PATH'] as const;

export const CHROMIUM_HELP =
  "Aucun navigateur Chromium n'a été trouvé. Installez-en un : sous Debian ou Ubuntu « sudo apt-get install chromium », " +
  'sous Windows Google Chrome ou Microsoft Edge ; ou donnez son chemin dans la variable PASSERELLE_CHROMIUM.';

function systemCandidates(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] {
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((r): r is string => !!r);
    return roots.flatMap((r) => [
      path.win32.join(r, 'Google', 'Chrome', 'Application', 'chrome.exe'),
      path.win32.join(r, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
      path.win32.join(r, 'Chromium', 'Application', 'chrome.exe'),
    ]);
  }
  if (platform === 'darwin') {
    return [
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ];
  }
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/microsoft-edge',
    '/snap/bin/chromium',
  ];
}

function playwrightChromium(fromDir: string): string | null {
  try {
    const req = createRequire(path.join(fromDir, 'package.json'));
    const pw = req('playwright-core') as { chromium: { executablePath(): string } };
    const p = pw.chromium.executablePath();
    return p && fs.existsSync(p) ? p : null;
  } catch {
    return null;
  }
}

export function findChromium(
  options: { env?: NodeJS.ProcessEnv; platform?: NodeJS.Platform; projectDir?: string } = {},
): FoundChromium | null {
  const env = options.env ?? process.env;
  for (const v of CHROMIUM_VARIABLES) {
    const p = env[v];
    if (p && fs.existsSync(p)) return { path: p, source: 'variable' };
  }
  for (const p of systemCandidates(options.platform ?? process.platform, env)) {
    if (fs.existsSync(p)) return { path: p, source: 'système' };
  }
  const pw = playwrightChromium(options.projectDir ?? process.cwd());
  return pw ? { path: pw, source: 'playwright' } : null;
}

/** Flags for a Chromium run on machines without a desktop session's comforts (CI, root). */
export const QUIET_CHROMIUM_FLAGS = [
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--no-default-browser-check',
];
