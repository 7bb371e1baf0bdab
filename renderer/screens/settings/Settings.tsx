import { useRef, type ReactNode } from 'react';
import type { Permission } from '../../../db/contract/roles';
import { useRouter } from '../../router';
import { useAccount } from '../../auth/account';
import { NotAllowed } from '../NotAllowed';
import { OrganisationSettings } from './OrganisationSettings';
import { RulesSettings } from './RulesSettings';
import { InvoicingSettings } from './InvoicingSettings';
import { AccountsSettings } from './AccountsSettings';
import { PersonalDataSettings } from './PersonalDataSettings';
import { JournalSettings } from './JournalSettings';

// Paramètres, one tab each: #/parametres (Organisation), #/parametres/regles (Règles),
// #/parametres/facturation (Facturation), and for direction #/parametres/comptes,
// #/parametres/securite, #/parametres/journal; the route table (renderer/routes.tsx) says which
// tab an address shows. A tab the role may not open is not shown, and its address says so.
export type SettingsTab = 'organisation' | 'regles' | 'facturation' | 'comptes' | 'securite' | 'journal';

const TABS: readonly { id: SettingsTab; label: string; path: string; permission: Permission; panel: () => ReactNode }[] = [
  { id: 'organisation', label: 'Organisation', path: '/parametres', permission: 'settings.read', panel: () => <OrganisationSettings /> },
  { id: 'regles', label: 'Règles des missions', path: '/parametres/regles', permission: 'settings.read', panel: () => <RulesSettings /> },
  { id: 'facturation', label: 'Facturation', path: '/parametres/facturation', permission: 'settings.read', panel: () => <InvoicingSettings /> },
  { id: 'comptes', label: 'Comptes', path: '/parametres/comptes', permission: 'accounts.manage', panel: () => <AccountsSettings /> },
  { id: 'securite', label: 'Sécurité et données personnelles', path: '/parametres/securite', permission: 'personal-data.manage', panel: () => <PersonalDataSettings /> },
  { id: 'journal', label: 'Journal', path: '/parametres/journal', permission: 'audit.read', panel: () => <JournalSettings /> },
];

export function Settings({ tab }: { tab: SettingsTab }) {
  const { navigate } = useRouter();
  const { can } = useAccount();
  const tabs = TABS.filter((t) => can(t.permission));
  const current = tabs.find((t) => t.id === tab);
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  if (!current) return <NotAllowed />;
  const onKeyDown = (e: React.KeyboardEvent, i: number) => {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
    e.preventDefault();
    const next = (i + (e.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length;
    refs.current[next]?.focus();
    navigate(tabs[next]!.path);
  };
  return (
    <section className="page">
      <header className="page-header">
        <h1>Paramètres</h1>
      </header>
      <div className="tabs" role="tablist" aria-label="Paramètres">
        {tabs.map((t, i) => (
          <button
            key={t.id}
            ref={(el) => {
              refs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`tab-${t.id}`}
            aria-selected={t.id === current.id}
            tabIndex={t.id === current.id ? 0 : -1}
            className={`tab ${t.id === current.id ? 'active' : ''}`}
            onClick={() => navigate(t.path)}
            onKeyDown={(e) => onKeyDown(e, i)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" aria-labelledby={`tab-${current.id}`}>
        {current.panel()}
      </div>
    </section>
  );
}
