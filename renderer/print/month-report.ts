import type { Result } from '../../db/contract/result';
import type { Organisation } from '../../db/contract/settings';
import { formatMonth } from '../../db/base/format';
import { isMonth } from '../../db/base/months';
import { send } from '../api/client';

// What every monthly document loads: its report for the month, and the organisation whose
// identity heads it. A French message when it cannot be printed.

export interface MonthReport<T> {
  month: string;
  report: T;
  organisation: Organisation;
}

export async function loadMonthReport<T>(
  month: string,
  fetch: () => Promise<Result<T>>,
  empty?: (report: T) => boolean,
): Promise<MonthReport<T> | string> {
  if (!isMonth(month)) return `« ${month} » n'est pas un mois.`;
  const [report, organisation] = await Promise.all([fetch(), send('settings.getOrganisation', {})]);
  if (!report.ok) return report.error.message;
  if (!organisation.ok) return organisation.error.message;
  if (empty?.(report.value)) return `Aucune heure n'est enregistrée en ${formatMonth(month)}.`;
  return { month, report: report.value, organisation: organisation.value };
}
