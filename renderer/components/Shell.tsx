import type { ReactNode } from 'react';
import { sectionOf, SECTIONS } from '../sections';
import { Icon } from './Icon';
import { Link, useRouter } from '../router';
import { useOrganisation } from '../organisation';
import { GlobalSearch } from './GlobalSearch';
import { useAccount } from '../auth/account';
import { ROLES } from '../../db/contract/roles';

export function Shell({ children }: { children: ReactNode }) {
  const { path } = useRouter();
  const { organisation } = useOrganisation();
  const current = sectionOf(path);
  const { account, can, logout, lock } = useAccount();
  return (
    <div className="shell">
      <nav className="sidebar" aria-label="Navigation principale">
        <div className="sidebar-org" title={organisation?.name || undefined}>
          <span className="app-name">Passerelle</span>
          <span className="org-name">{organisation?.name || 'Organisation à renseigner'}</span>
        </div>
        <ul>
          {SECTIONS.filter((s) => can(s.permission)).map((s) => (
            <li key={s.path}>
              <Link
                to={s.path}
                className={`nav-link ${current?.path === s.path ? 'active' : ''}`}
                aria-current={current?.path === s.path ? 'page' : undefined}
              >
                <Icon name={s.icon} />
                <span>{s.label}</span>
              </Link>
            </li>
          ))}
        </ul>
        <div className="sidebar-account" aria-label="Compte connecté">
          <span className="account-name">{account.name}</span>
          <span className="account-role">{ROLES[account.role]}</span>
          <div className="account-actions">
            <button type="button" className="link-button" onClick={lock} title="Verrouiller en quittant le poste un moment">
              Verrouiller
            </button>
            <button type="button" className="link-button" onClick={logout}>
              Se déconnecter
            </button>
          </div>
        </div>
      </nav>
      <main className="content" id="contenu">
        <GlobalSearch />
        {children}
      </main>
    </div>
  );
}
