// How a save of the hours grid is written to the journal: one row per save (entity `heures`, the
// month as its id), holding every cell it changed, grouped by placement then day of the month,
// each as [minutes before, minutes after] (null: empty). Compact, since a federation saves
// millions of cells: `{"missions":{"412":{"03":[null,420],"04":[420,390]}}}`.

export interface HourChange {
  placementId: number;
  /** `YYYY-MM-DD`, within the month of the row. */
  day: string;
  before: number | null;
  after: number | null;
}

export type HourChangesDetails = { missions: Record<string, Record<string, [number | null, number | null]>> };

export function hourChangesDetails(changes: readonly HourChange[]): HourChangesDetails {
  const missions: HourChangesDetails['missions'] = {};
  for (const c of changes) (missions[String(c.placementId)] ??= {})[c.day.slice(8, 10)] = [c.before, c.after];
  return { missions };
}

/** The changes a journal row holds, back as cells (`month`: the row's id, `YYYY-MM`). */
export function hourChangesOf(month: string, details: HourChangesDetails): HourChange[] {
  return Object.entries(details.missions).flatMap(([placementId, days]) =>
    Object.entries(days).map(([dd, [before, after]]) => ({ placementId: Number(placementId), day: `${month}-${dd}`, before, after })),
  );
}
