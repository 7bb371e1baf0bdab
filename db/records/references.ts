import type { Ctx } from '../context';

/**
 * Whether any row of these tables points at the record (`[table, column]` pairs, constants of
 * the caller): a record something refers to is archived, never deleted.
 */
export function isReferenced(ctx: Ctx, id: number, refs: readonly (readonly [table: string, column: string])[]): boolean {
  const sql = refs.map(([table, column]) => `EXISTS(SELECT 1 FROM ${table} WHERE ${column} = ?)`).join(' OR ');
  return (ctx.sqlite.prepare(`SELECT ${sql} AS r`).get(...refs.map(() => id)) as { r: number }).r === 1;
}
