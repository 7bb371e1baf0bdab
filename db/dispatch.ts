import crypto from 'node:crypto';
import { contract, isCallName } from './contract';
import { fieldErrors } from './contract/fields';
import type { Result } from './contract/result';
import type { Ctx, HandlerMap } from './context';
import { AppError, classifyError } from './errors';

export type Logger = (level: 'error' | 'warn' | 'info', message: string, extra?: unknown) => void;

/**
 * validate → run (writes in an immediate transaction, so a rule that throws leaves nothing
 * behind) → envelope. Never throws: every failure becomes a French error in the envelope.
 */
export function createDispatcher(handlers: HandlerMap, ctx: Ctx, log: Logger) {
  return function dispatch(name: string, raw: unknown): Result<unknown> {
    if (!isCallName(name)) {
      return { ok: false, error: { code: 'unknown_call', message: `Action inconnue : ${name}` } };
    }
    const spec = contract[name];
    const parsed = spec.input.safeParse(raw ?? {});
    if (!parsed.success) {
      return {
        ok: false,
        error: {
          code: 'validation',
          message: 'Certains champs sont à corriger.',
          fields: fieldErrors(parsed.error),
        },
      };
    }
    const handler = handlers[name] as (ctx: Ctx, input: unknown) => unknown;
    try {
      const value = spec.write
        ? ctx.sqlite.transaction(() => handler(ctx, parsed.data)).immediate()
        : handler(ctx, parsed.data);
      return { ok: true, value };
    } catch (e) {
      const reference = crypto.randomBytes(4).toString('hex').toUpperCase();
      if (!(e instanceof AppError)) log('error', `${name} [${reference}]`, e);
      return { ok: false, error: classifyError(e, reference) };
    }
  };
}

export { AppError };
