// An IBAN (ISO 13616), as printed at the foot of an invoice for transfers: checked by its key
// (the whole number, letters as 10 to 35, taken modulo 97, leaves 1), so a mistyped digit is
// caught before it is printed on every invoice.

/** Spaces out, capitals: `fr76 3000 …` → `FR763000…`. */
export function normaliseIban(text: string): string {
  return text.replace(/[\s\u00a0\u202f-]/g, '').toUpperCase();
}

/** A French message when the IBAN is wrong, null when it is right. */
export function checkIban(iban: string): string | null {
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return 'IBAN invalide : 2 lettres du pays, 2 chiffres de clé, puis le compte (exemple : FR76 3000 6000 0112 3456 7890 189).';
  if (iban.startsWith('FR') && iban.length !== 27) return 'Un IBAN français compte 27 caractères.';
  const moved = iban.slice(4) + iban.slice(0, 4);
  let rest = 0;
  for (const ch of moved) {
    const value = ch >= 'A' && ch <= 'Z' ? String(ch.charCodeAt(0) - 55) : ch;
    for (const digit of value) rest = (rest * 10 + Number(digit)) % 97;
  }
  return rest === 1 ? null : "Cet IBAN est faux : sa clé ne correspond pas. Vérifiez-le sur le RIB.";
}

/** `FR7630006000011234567890189` → `FR76 3000 6000 0112 3456 7890 189`, as on a RIB. */
export function formatIban(iban: string): string {
  return iban.replace(/(.{4})(?=.)/g, '$1 ');
}
