import { z } from 'zod';
import { call } from './define';

export interface StartupProblem {
  /** What happened, in one French sentence for the office. */
  title: string;
  /** What to do about it. */
  advice: string;
  /** Technical reference for support (error code), never a stack trace. */
  detail: string;
}

export interface AppStatus {
  state: 'ready' | 'error';
  version: string;
  dbPath: string;
  dataDir: string;
  backupsDir: string;
  /** Non-blocking notices from start-up (a journal mode that fell back, a migration backup made…). */
  notices: string[];
  problem: StartupProblem | null;
  /**
   * The page check of the data file (`quick_check`) when start-up left it until after the first
   * paint (db/file-health.ts): `pending`, `ok`, or `damaged` (shown on the home page).
   */
  fileCheck: 'pending' | 'ok' | 'damaged';
}

export const appContract = {
  'app.status': call<AppStatus>()(z.object({}).strict(), { write: false, permission: 'public' }),
};
