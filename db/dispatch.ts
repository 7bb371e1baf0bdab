import crypto from 'node:crypto';
import { contract, isCallName, type CallName } from './contract';
import { fieldErrors, isMalformed, MSG } from './contract/fields';
import type { ApiError, Result } from './contract/result';
import { allows, ROLES } from './contract/roles';
import type { SessionAccount } from './contract/accounts';
import type { BaseCtx, Ctx, HandlerMap, SessionPort } from './context';
import { AppError, classifyError } from './errors';
import { SessionStore, type SessionSlot } from './auth/sessions';
import { accountOfSession, idleLockMinutes } from './records/accounts';
import { redact } from './redact';

export type Logger = (level: 'error' | 'warn' | 'info', message: string, extra?: unknown) => void;

function isPromise(value: unknown): value is Promise<unknown> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}

/** Calls a screen makes by itself (polling, start-up): they do not keep a session awake. */
const PASSIVE: ReadonlySet<CallName> = new Set<CallName>(['app.status', 'auth.state', 'backup.job', 'backup.health']);
/** What a locked session may still do. */
const WHILE_LOCKED: ReadonlySet<CallName> = new Set<CallName>(['auth.unlock', 'auth.logout', 'auth.state', 'app.status']);
/** What an account whose password was reset may do before choosing a new one. */
const BEFORE_NEW_PASSWORD: ReadonlySet<CallName> = new Set<CallName>(['auth.changePassword', 'auth.logout', 'auth.state', 'auth.lock', 'app.status']);

function refusal(code: ApiError['code'], message: string): Result<unknown> {
  return { ok: false, error: { code, message } };
}

/** Why this account may not make this call now; null when it may. */
function accessProblem(name: CallName, account: SessionAccount | null, locked: boolean): Result<unknown> | null {
  const { permission } = contract[name];
  if (permission === 'public') return null;
  if (!account) return refusal('unauthenticated', 'Connectez-vous pour continuer.');
  if (locked && !WHILE_LOCKED.has(name)) return refusal('locked', 'Passerelle est verrouillé : saisissez votre mot de passe pour continuer.');
  if (account.mustChangePassword && !BEFORE_NEW_PASSWORD.has(name)) {
    return refusal('password_change', 'Choisissez d’abord un nouveau mot de passe.');
  }
  if (!allows(permission, account.role)) {
    return refusal('forbidden', `Votre rôle (${ROLES[account.role]}) ne permet pas cette action.`);
  }
  return null;
}

/**
 * session → permission → validate → run (writes in an immediate transaction, so a rule that
 * throws leaves nothing behind) → what the role may see → envelope. Never throws: every failure
 * becomes a French error in the envelope. A read call whose handler answers later (an export)
 * gives a promise of the envelope. Each call declares its permission in the contract
 * (db/contract/roles.ts); no handler runs for an account whose role does not hold it.
 */
export function createDispatcher(handlers: HandlerMap, base: BaseCtx, log: Logger, sessions: SessionStore) {
  return function dispatch(name: string, raw: unknown, slot: SessionSlot = { token: null }): Result<unknown> | Promise<Result<unknown>> {
    if (!isCallName(name)) {
      return { ok: false, error: { code: 'unknown_call', message: `Action inconnue : ${name}` } };
    }
    const spec = contract[name];
    const session = sessions.get(slot);
    const found = session ? accountOfSession(base.sqlite, session.accountId) : null;
    const account = found && found.login === session?.login ? found : null;
    // A disabled account's sessions end at its next call (and one a restore gave to another).
    if (session && !account) sessions.close(slot);
    const nowMs = base.now().getTime();
    if (session && account && !session.locked && nowMs - session.lastActivity > idleLockMinutes(base.sqlite) * 60_000) {
      session.locked = true;
    }
    const denied = accessProblem(name, account, session?.locked ?? false);
    if (denied) return denied;
    if (session && account && !PASSIVE.has(name)) session.lastActivity = nowMs;

    let parsed: ReturnType<typeof spec.input.safeParse>;
    try {
      parsed = spec.input.safeParse(raw ?? {});
    } catch (e) {
      // A refinement that meets a shape it did not expect (an object missing): malformed.
      log('warn', `${name} : demande mal formée`, e);
      return { ok: false, error: { code: 'validation', message: MSG.malformed } };
    }
    if (!parsed.success) {
      // A request the screens would not send gets one calm message, never zod's own words;
      // the fields' own French messages still go with it.
      if (isMalformed(parsed.error)) log('warn', `${name} : demande mal formée`, parsed.error.issues);
      const fields = fieldErrors(parsed.error);
      return {
        ok: false,
        error: {
          code: 'validation',
          message: isMalformed(parsed.error) ? MSG.malformed : 'Certains champs sont à corriger.',
          ...(Object.keys(fields).length > 0 ? { fields } : {}),
        },
      };
    }
    const port: SessionPort = {
      get locked() {
        return sessions.get(slot)?.locked ?? false;
      },
      open: (accountId) => {
        const a = accountOfSession(base.sqlite, accountId);
        if (a) sessions.open(slot, a, base.now().getTime());
      },
      close: () => sessions.close(slot),
      setLocked: (locked) => {
        const s = sessions.get(slot);
        if (s) {
          s.locked = locked;
          s.lastActivity = base.now().getTime();
        }
      },
      closeAccount: (accountId) => sessions.closeAccount(accountId),
    };
    const ctx: Ctx = { ...base, account, actor: account ? { id: account.id, name: account.name } : { id: null, name: 'Passerelle' }, session: port };
    const handler = handlers[name] as (ctx: Ctx, input: unknown) => unknown;
    const failure = (e: unknown): Result<unknown> => {
      const reference = crypto.randomBytes(4).toString('hex').toUpperCase();
      if (!(e instanceof AppError)) log('error', `${name} [${reference}]`, e);
      return { ok: false, error: classifyError(e, reference) };
    };
    const answer = (v: unknown): Result<unknown> => ({ ok: true, value: account ? redact(name, v, account.role) : v });
    try {
      const value = spec.write
        ? base.sqlite
            .transaction(() => {
              const v = handler(ctx, parsed.data);
              // The transaction ends here: a write that went on later would escape it.
              if (isPromise(v)) throw new Error(`${name} : une écriture ne peut pas répondre plus tard`);
              return v;
            })
            .immediate()
        : handler(ctx, parsed.data);
      if (isPromise(value)) return value.then(answer, failure);
      return answer(value);
    } catch (e) {
      return failure(e);
    }
  };
}

export { AppError };
