import type { ReactNode } from 'react';
import { ROLES, type Permission } from '../../db/contract/roles';
import { useAccount } from '../auth/account';

/** An address the account's role does not open (typed, or from a bookmark). */
export function NotAllowed() {
  const { account } = useAccount();
  return (
    <section className="page">
      <h1>Accès refusé</h1>
      <p>
        Votre rôle ({ROLES[account.role]}) ne permet pas d'ouvrir cette page. <a href="#/">Retour au tableau de bord</a>
      </p>
    </section>
  );
}

/** Its children for a role that holds the permission, nothing for the others (a button, a link). */
export function IfAllowed({ to, children }: { to: Permission; children: ReactNode }) {
  const { can } = useAccount();
  return can(to) ? children : null;
}

/** Its children for a role that holds the permission; « Accès refusé » for the others. */
export function Allowed({ to, children }: { to: Permission; children: ReactNode }) {
  const { can } = useAccount();
  return can(to) ? children : <NotAllowed />;
}
