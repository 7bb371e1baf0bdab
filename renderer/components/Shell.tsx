import type { ReactNode } from 'react';
import { sectionOf, SECTIONS } from '../sections';
import { Icon } from './Icon';
import { Link, useRouter } from '../router';
import { useOrganisation } from '../organisation';
import { GlobalSearch } from './GlobalSearch';

export function Shell({ children }: { children: ReactNode }) {
  const { path } = useRouter();
  const { organisation } = useOrganisation();
  const current = sectionOf(path);
  return (
    <div className="shell">
      <nav className="sidebar" aria-label="Navigation principale">
        <div className="sidebar-org" title={organisation?.name || undefined}>
          <span className="app-name">Passerelle</span>
          <span className="org-name">{organisation?.name || 'Organisation à renseigner'}</span>
        </div>
        <ul>
          {SECTIONS.map((s) => (
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
      </nav>
      <main className="content" id="contenu">
        <GlobalSearch />
        {children}
      </main>
    </div>
  );
}
