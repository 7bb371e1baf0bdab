import type { ReactNode } from 'react';
import type { Organisation } from '../../db/contract/settings';
import { de, formatPhone, formatSiret, formatTownLine } from '../../db/base/format';

// The pieces every document shares (ui.md, Printing): the organisation's identity at the top
// left, the recipient at the top right, the title, and the signature boxes.

/** The parts that are filled, in order: empty and missing lines are left out. */
export function lines(...parts: (string | null | undefined | false)[]): string[] {
  return parts.filter((p): p is string => typeof p === 'string' && p.trim() !== '');
}

/** Who writes the document: a name and the lines under it. */
export interface Identity {
  name: string;
  lines: string[];
}

/** The organisation's identity block: address, SIRET, convention, phone and e-mail. */
export function organisationIdentity(o: Pick<Organisation, 'name' | 'addressLine1' | 'addressLine2' | 'postalCode' | 'city' | 'siret' | 'conventionNumber' | 'phone' | 'email'>): Identity {
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

/** A client as the recipient of a document: its name, the contact, the address and the SIRET. */
export function clientIdentity(c: {
  name: string;
  contactName: string | null;
  addressLine1: string | null;
  addressLine2: string | null;
  postalCode: string | null;
  city: string | null;
  siret: string | null;
}): Identity {
  return {
    name: c.name,
    lines: lines(
      c.contactName && `À l'attention ${de(c.contactName)}`,
      c.addressLine1,
      c.addressLine2,
      formatTownLine(c.postalCode, c.city),
      c.siret && `SIRET ${formatSiret(c.siret)}`,
    ),
  };
}

/** The top of a document: the organisation (left), the recipient in a box (right). */
export function Parties({ from, role, to }: { from: Identity; role: string; to: Identity }) {
  return (
    <header className="doc-parties">
      <div className="doc-from">
        <p className="doc-name">{from.name}</p>
        <p className="doc-kind">Association intermédiaire</p>
        {from.lines.map((l) => (
          <p key={l}>{l}</p>
        ))}
      </div>
      <div className="doc-to">
        <p className="doc-role">{role}</p>
        <p className="doc-name">{to.name}</p>
        {to.lines.map((l) => (
          <p key={l}>{l}</p>
        ))}
      </div>
    </header>
  );
}

export function DocTitle({ children }: { children: ReactNode }) {
  return <h1 className="doc-title">{children}</h1>;
}

export interface SignatureBox {
  title: string;
  name: string;
  hint: string;
}

/** Signature boxes side by side. Give their block `keepWithPrevious`: they never stand alone on a page. */
export function Signatures({ boxes }: { boxes: SignatureBox[] }) {
  return (
    <div className="doc-signatures">
      {boxes.map((b) => (
        <div key={b.title} className="doc-signature">
          <p className="doc-signature-title">{b.title}</p>
          <p>{b.name}</p>
          <p className="doc-signature-hint">{b.hint}</p>
        </div>
      ))}
    </div>
  );
}
