/** `passerelle-2026-11-26-0930-avant-mise-a-jour.sqlite`: sortable, readable, no colons (Windows). */
export function backupFileName(at: Date, reason: string): string {
  const p = (n: number) => String(n).padStart(2, '0');
  const stamp = `${at.getFullYear()}-${p(at.getMonth() + 1)}-${p(at.getDate())}-${p(at.getHours())}${p(at.getMinutes())}${p(at.getSeconds())}`;
  return `passerelle-${stamp}-${reason}.sqlite`;
}
