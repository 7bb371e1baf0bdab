import crypto from 'node:crypto';

// The sessions of the logged-in accounts, kept in memory by the back end: a restart logs
// everyone out. A transport holds one slot per window (Electron: per WebContents, in the main
// process; the web host: the token of an HttpOnly cookie or the x-passerelle-session header)
// and hands it with each call; the renderer never sees an Electron session's token.

/** What a transport keeps for one window or browser: the token of its session, if any. */
export interface SessionSlot {
  token: string | null;
}

export interface Session {
  accountId: number;
  /**
   * The account's login when the session opened: a restored database may give that id to
   * someone else, and then the session ends (db/dispatch.ts).
   */
  login: string;
  /** Last call made by the person (not by a screen's own polling): for the idle lock. */
  lastActivity: number;
  /** Locked by idleness: only unlocking (the password again) and logging out are answered. */
  locked: boolean;
}

export class SessionStore {
  private readonly sessions = new Map<string, Session>();

  open(slot: SessionSlot, account: { id: number; login: string }, now: number): void {
    if (slot.token) this.sessions.delete(slot.token);
    const token = crypto.randomBytes(32).toString('base64url');
    this.sessions.set(token, { accountId: account.id, login: account.login, lastActivity: now, locked: false });
    slot.token = token;
  }

  get(slot: SessionSlot | undefined): Session | null {
    if (!slot?.token) return null;
    return this.sessions.get(slot.token) ?? null;
  }

  close(slot: SessionSlot): void {
    if (slot.token) this.sessions.delete(slot.token);
    slot.token = null;
  }

  /** Every session of an account ends (disabled, password reset by direction). */
  closeAccount(accountId: number): void {
    for (const [token, s] of this.sessions) if (s.accountId === accountId) this.sessions.delete(token);
  }
}
