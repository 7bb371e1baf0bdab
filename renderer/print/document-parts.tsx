import type { ReactNode } from 'react';
import type { Identity } from '../../db/contract/identity';

export { clientIdentity, organisationIdentity, type Identity } from '../../db/contract/identity';

// The pieces every document shares (ui.md, Printing): the organisation's identity at the top
// left, the recipient at the top right, the title, and the signature boxes.

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
