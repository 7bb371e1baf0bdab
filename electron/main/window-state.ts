// Remembers the main window's size, position and maximized state in <dataDir>/fenetre.json.
// Only Electron types are imported: the logic runs (and can be tested) in plain Node.
import type { BrowserWindow, Rectangle } from 'electron';
import fs from 'node:fs';
import path from 'node:path';

export const STATE_FILE = 'fenetre.json';
export const MIN_WIDTH = 1024;
export const MIN_HEIGHT = 640;
export const DEFAULT_WIDTH = 1280;
export const DEFAULT_HEIGHT = 800;
/** How much of the window must lie on a display for saved bounds to be kept. */
const VISIBLE_WIDTH = 120;
const VISIBLE_HEIGHT = 60;

export interface WindowState {
  /** Absent: let Electron centre the window. */
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

function isInt(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && Math.abs(v) < 100_000;
}

function overlap(a: Rectangle, b: Rectangle): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

/**
 * The bounds to open with. `workAreas` are the current displays' work areas, the primary one
 * first. Saved bounds that are not visibly on any display (a monitor unplugged since) give way
 * to 1280×800 centred; sizes never go below 1024×640 nor beyond the display they are on.
 */
export function restoreState(saved: unknown, workAreas: readonly Rectangle[]): WindowState {
  const primary = workAreas[0];
  const fit = (area: Rectangle | undefined, width: number, height: number) => ({
    width: Math.max(MIN_WIDTH, area ? Math.min(width, area.width) : width),
    height: Math.max(MIN_HEIGHT, area ? Math.min(height, area.height) : height),
  });
  const fallback = (maximized: boolean): WindowState => ({ ...fit(primary, DEFAULT_WIDTH, DEFAULT_HEIGHT), maximized });

  if (typeof saved !== 'object' || saved === null) return fallback(false);
  const s = saved as Record<string, unknown>;
  const maximized = s.maximized === true;
  if (!isInt(s.x) || !isInt(s.y) || !isInt(s.width) || !isInt(s.height) || s.width <= 0 || s.height <= 0) {
    return fallback(maximized);
  }
  const bounds: Rectangle = { x: s.x, y: s.y, width: s.width, height: s.height };
  const home = workAreas.find((area) => {
    const o = overlap(bounds, area);
    return o.width >= VISIBLE_WIDTH && o.height >= VISIBLE_HEIGHT;
  });
  if (!home) return fallback(maximized);
  // Keep the title bar reachable: the top edge must be inside the display it is on.
  const size = fit(home, bounds.width, bounds.height);
  const y = Math.min(Math.max(bounds.y, home.y), home.y + home.height - VISIBLE_HEIGHT);
  return { x: bounds.x, y, ...size, maximized };
}

export function loadWindowState(dataDir: string, workAreas: readonly Rectangle[]): WindowState {
  let saved: unknown = null;
  try {
    saved = JSON.parse(fs.readFileSync(path.join(dataDir, STATE_FILE), 'utf8'));
  } catch {
    // first start, or an unreadable file: defaults
  }
  return restoreState(saved, workAreas);
}

function writeState(dataDir: string, state: WindowState): void {
  try {
    fs.mkdirSync(dataDir, { recursive: true });
    const file = path.join(dataDir, STATE_FILE);
    const tmp = `${file}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(state, null, 2) + '\n');
    fs.renameSync(tmp, file);
  } catch {
    // losing the window position is not worth an error message
  }
}

/** Saves the window's state on close, and (debounced) after it is moved or resized. */
export function trackWindowState(win: BrowserWindow, dataDir: string): void {
  let timer: NodeJS.Timeout | undefined;
  const snapshot = (): WindowState => {
    const b = win.getNormalBounds();
    return { x: b.x, y: b.y, width: b.width, height: b.height, maximized: win.isMaximized() };
  };
  const save = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (!win.isDestroyed()) writeState(dataDir, snapshot());
  };
  const later = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      if (!win.isDestroyed() && !win.isMinimized() && !win.isFullScreen()) save();
    }, 800);
  };
  win.on('resize', later);
  win.on('move', later);
  win.on('maximize', later);
  win.on('unmaximize', later);
  win.on('close', save);
  win.on('closed', () => {
    if (timer) clearTimeout(timer);
  });
}
