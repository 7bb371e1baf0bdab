/** The ISO date `n` days from today, in the machine's time zone. */
export function daysFromToday(n: number): string {
  const d = new Date();
  d.setDate(d.getDate() + n);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** `2026-03-12` → `12/03/2026`, as typed in a form. */
export const fr = (iso: string) => iso.split('-').reverse().join('/');
