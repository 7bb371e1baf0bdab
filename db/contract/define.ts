import type { z } from 'zod';
import type { Permission } from './roles';

// One API call as the UI sees it: the zod schema of its input (shared by the form and the
// handler) and, as a phantom type, its output. `write` decides whether the dispatcher wraps
// the handler in a write transaction; `permission` who may call it (db/contract/roles.ts),
// checked by the dispatcher before the handler runs. Both are required: a call without its
// permission does not compile.
export interface CallSpec<I extends z.ZodType, O> {
  input: I;
  write: boolean;
  permission: Permission;
  /** Never set: carries the output type for the client. */
  readonly __output?: O;
}

export function call<O>() {
  return <I extends z.ZodType>(input: I, options: { write: boolean; permission: Permission }): CallSpec<I, O> => ({
    input,
    write: options.write,
    permission: options.permission,
  });
}

export type AnyCall = CallSpec<z.ZodType, unknown>;
export type CallInput<C> = C extends CallSpec<infer I, unknown> ? z.input<I> : never;
export type CallParsed<C> = C extends CallSpec<infer I, unknown> ? z.output<I> : never;
export type CallOutput<C> = C extends CallSpec<z.ZodType, infer O> ? O : never;
