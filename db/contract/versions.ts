import { z } from 'zod';

/**
 * The version a record or a setting was read at, carried by every save that updates it
 * (db/records/versions.ts): a save made on an older version is refused, never silently applied.
 * 0: a setting never saved yet.
 */
export const readVersion = z
  .number({ error: 'La version de la fiche lue manque : rechargez la page puis enregistrez à nouveau.' })
  .int()
  .min(0);

/** For a save that creates or updates (`id` null: creates): the version, required to update. */
export const versionIfUpdate = <T extends { id?: number | null; passId?: number | null; version: number | null }>(v: T, ctx: z.RefinementCtx) => {
  const updates = (v.id ?? v.passId ?? null) !== null;
  if (updates && v.version === null) {
    ctx.addIssue({ code: 'custom', path: ['version'], message: 'La version de la fiche lue manque : rechargez la page puis enregistrez à nouveau.' });
  }
};
