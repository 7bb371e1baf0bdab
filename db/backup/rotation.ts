// Which backups to keep: for each kind of backup, the newest of each of the last 7 days, the
// last 4 weeks (Monday to Sunday) and the last 12 months that have a backup. "Last days that
// have a backup", not calendar days counted back from today: an office closed all summer finds
// its older backups still there, and the newest backup is always kept.

export interface RotationPolicy {
  days: number;
  weeks: number;
  months: number;
}

export const DEFAULT_ROTATION: RotationPolicy = { days: 7, weeks: 4, months: 12 };

export interface Dated {
  name: string;
  at: Date;
  kind: string;
}

const p = (n: number) => String(n).padStart(2, '0');

function dayKey(d: Date): string {
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** The Monday that starts the (local) week of `d`. */
function weekKey(d: Date): string {
  const monday = new Date(d.getFullYear(), d.getMonth(), d.getDate());
  monday.setDate(monday.getDate() - ((monday.getDay() + 6) % 7));
  return dayKey(monday);
}

function monthKey(d: Date): string {
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}`;
}

/** The newest entry of each of the `count` most recent periods; `sorted` is newest first. */
function newestPerPeriod(sorted: readonly Dated[], key: (d: Date) => string, count: number): string[] {
  const kept: string[] = [];
  const seen = new Set<string>();
  for (const e of sorted) {
    if (seen.size >= count) break;
    const k = key(e.at);
    if (seen.has(k)) continue;
    seen.add(k);
    kept.push(e.name);
  }
  return kept;
}

/** The names to keep; every other entry may be deleted. */
export function keptByRotation(entries: readonly Dated[], policy: RotationPolicy = DEFAULT_ROTATION): Set<string> {
  const kept = new Set<string>();
  const kinds = new Set(entries.map((e) => e.kind));
  for (const kind of kinds) {
    const sorted = entries.filter((e) => e.kind === kind).sort((a, b) => b.at.getTime() - a.at.getTime() || (a.name < b.name ? 1 : -1));
    for (const name of [
      ...newestPerPeriod(sorted, dayKey, policy.days),
      ...newestPerPeriod(sorted, weekKey, policy.weeks),
      ...newestPerPeriod(sorted, monthKey, policy.months),
    ]) {
      kept.add(name);
    }
  }
  return kept;
}
