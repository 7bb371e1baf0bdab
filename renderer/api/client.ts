import { contract, type CallName, type Input, type Output } from '../../db/contract';
import { fieldErrors } from '../../db/contract/fields';
import type { PasserelleBridge } from '../../db/contract/bridge';
import type { ApiError, Result } from '../../db/contract/result';
import { electronBridge } from './host';

// The renderer's one way to reach the back end: `send('settings.saveOrganisation', values)`.
// Typed from the contract; the transport is Electron's IPC bridge when the preload provided
// one, else the local web host's HTTP API (same origin, session cookie set by /auth).

type Transport = (name: string, input: unknown) => Promise<unknown>;

const ipcTransport = (bridge: PasserelleBridge): Transport => (name, input) => bridge.rpc(name, input);

const httpTransport: Transport = async (name, input) => {
  const res = await fetch(`api/${encodeURIComponent(name)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    credentials: 'same-origin',
    body: JSON.stringify(input ?? {}),
  });
  return res.json();
};

const transport: Transport = electronBridge ? ipcTransport(electronBridge) : httpTransport;

const OFFLINE: ApiError = {
  code: 'unavailable',
  message: 'Passerelle ne répond pas. Vérifiez que l’application est toujours ouverte, puis réessayez.',
};

/** The refusals that concern the session, not the call: the app shows the login or the lock. */
export type SessionProblem = 'unauthenticated' | 'locked' | 'password_change';
const sessionListeners = new Set<(problem: SessionProblem) => void>();

/** Called whenever a call is refused because the session ended, is locked, or needs a new password. */
export function onSessionProblem(listener: (problem: SessionProblem) => void): () => void {
  sessionListeners.add(listener);
  return () => sessionListeners.delete(listener);
}

export async function send<K extends CallName>(name: K, input: Input<K>): Promise<Result<Output<K>>> {
  try {
    const result = (await transport(name, input)) as Result<Output<K>>;
    if (!result || typeof result !== 'object' || !('ok' in result)) return { ok: false, error: OFFLINE };
    if (!result.ok && (result.error.code === 'unauthenticated' || result.error.code === 'locked' || result.error.code === 'password_change')) {
      const problem = result.error.code;
      for (const l of sessionListeners) l(problem);
    }
    return result;
  } catch {
    return { ok: false, error: OFFLINE };
  }
}

/**
 * A refusal as one line for a toast or a message: the back end's message (or, with
 * `withFields`, what it says of each field), and the reference to find it in the log.
 */
export function errorText(error: ApiError, withFields = false): string {
  const fields = withFields ? Object.values(error.fields ?? {}) : [];
  const message = fields.length > 0 ? fields.join(' ') : error.message;
  return error.detail ? `${message} (réf. ${error.detail})` : message;
}

/** Runs the call's own schema in the page, for immediate feedback before the back end decides. */
export function precheck<K extends CallName>(name: K, input: Input<K>): Record<string, string> | null {
  const parsed = contract[name].input.safeParse(input);
  return parsed.success ? null : fieldErrors(parsed.error);
}
