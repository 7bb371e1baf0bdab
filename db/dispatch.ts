import crypto from 'node:crypto';
import { contract, isCallName } from './contract';
import { fieldErrors, isMalformed, MSG } from './contract/fields';
import type { Result } from './contract/result';
import type { Ctx, HandlerMap } from './context';
import { AppError, classifyError } from './errors';

export type Logger = (level: 'error' | 'warn' | 'info', message: string, extra?: unknown) => void;

function isPromise(value: unknown): value is Promise<unknown> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}

/**
 * validate → run (writes in an immediate transaction, so a rule that throws leaves nothing
 * behind) → envelope. Never throws: every failure becomes a French error in the envelope. A
 * read call whose handler answers later (an export) gives a promise of the envelope.
 */
export function createDispatcher(handlers: HandlerMap, ctx: Ctx, log: Logger) {
  return function dispatch(name: string, raw: unknown): Result<unknown> | Promise<Result<unknown>> {
    if (!isCallName(name)) {
      return { ok: false, error: { code: 'unknown_call', message: `Action inconnue : ${name}` } };
    }
    const spec = contract[name];
    const parsed = spec.input.safeParse(raw ?? {});
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
    const handler = handlers[name] as (ctx: Ctx, input: unknown) => unknown;
    const failure = (e: unknown): Result<unknown> => {
      const reference = crypto.randomBytes(4).toString('hex').toUpperCase();
      if (!(e instanceof AppError)) log('error', `${name} [${reference}]`, e);
      return { ok: false, error: classifyError(e, reference) };
    };
    try {
      const value = spec.write
        ? ctx.sqlite
            .transaction(() => {
              const v = handler(ctx, parsed.data);
              // The transaction ends here: a write that went on later would escape it.
              if (isPromise(v)) throw new Error(`${name} : une écriture ne peut pas répondre plus tard`);
              return v;
            })
            .immediate()
        : handler(ctx, parsed.data);
      if (isPromise(value)) return value.then((v): Result<unknown> => ({ ok: true, value: v }), failure);
      return { ok: true, value };
    } catch (e) {
      return failure(e);
    }
  };
}

export { AppError };
