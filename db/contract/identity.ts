import { de, formatPhone, formatSiret, formatTownLine } from '../base/format';

// Who a document is from and to, as printed (ui.md, Printing): a name and the lines under it.
// Built once here for the print views and for the invoices' snapshots (an issued invoice keeps
// the identities it was issued with: a later change of address does not change it).

export interface Identity {
  name: string;
  lines: string[];
}

/** The parts that are filled, in order: empty and missing lines are left out. */
export function lines(...parts: (string | null | undefined | false)[]): string[] {
  return parts.filter((p): p is string => typeof p === 'string' && p.trim() !== '');
}

interface Address {
  addressLine1: string | null;
  addressLine2: string | null;
  postalCode: string | null;
  city: string | null;
}

/** The organisation's identity block: address, SIRET, convention, phone and e-mail. */
export function organisationIdentity(
  o: Address & { name: string; siret: string | null; conventionNumber: string | null; phone: string | null; email: string | null },
): Identity {
  return {
    name: o.name,
    lines: lines(
      lines(o.addressLine1, o.addressLine2).join(', '),
      formatTownLine(o.postalCode, o.city),
      o.siret && `SIRET ${formatSiret(o.siret)}`,
      o.conventionNumber && `Convention n° ${o.conventionNumber}`,
      lines(o.phone && `Tél. ${formatPhone(o.phone)}`, o.email).join(' · '),
    ),
  };
}

/** A client as addressed on a document: name, contact, billing address, SIRET. */
export function clientIdentity(c: Address & { displayName: string; contactName: string | null; siret: string | null }): Identity {
  return {
    name: c.displayName,
    lines: lines(
      c.contactName && `À l'attention ${de(c.contactName)}`,
      c.addressLine1,
      c.addressLine2,
      formatTownLine(c.postalCode, c.city),
      c.siret && `SIRET ${formatSiret(c.siret)}`,
    ),
  };
}
