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
}

export const appContract = {
  'app.status': call<AppStatus>()(z.object({}).strict(), { write: false, permission: 'public' }),
};
