import { useRef } from 'react';
import { useRouter } from '../../router';
import { OrganisationSettings } from './OrganisationSettings';
import { RulesSettings } from './RulesSettings';
import { InvoicingSettings } from './InvoicingSettings';

// Paramètres, one tab each: #/parametres (Organisation), #/parametres/regles (Règles),
// #/parametres/facturation (Facturation); the
// route table (renderer/routes.tsx) says which tab an address shows.
export type SettingsTab = 'organisation' | 'regles' | 'facturation';

const TABS: readonly { id: SettingsTab; label: string; path: string }[] = [
  { id: 'organisation', label: 'Organisation', path: '/parametres' },
  { id: 'regles', label: 'Règles des missions', path: '/parametres/regles' },
  { id: 'facturation', label: 'Facturation', path: '/parametres/facturation' },
];

export function Settings({ tab }: { tab: SettingsTab }) {
  const { navigate } = useRouter();
  const current = TABS.find((t) => t.id === tab) ?? TABS[0]!;
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const onKeyDown = (e: React.KeyboardEvent, i: number) => {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
    e.preventDefault();
    const next = (i + (e.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length;
    refs.current[next]?.focus();
    navigate(TABS[next]!.path);
  };
  return (
    <section className="page">
      <header className="page-header">
        <h1>Paramètres</h1>
      </header>
      <div className="tabs" role="tablist" aria-label="Paramètres">
        {TABS.map((t, i) => (
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
        {current.id === 'organisation' ? <OrganisationSettings /> : current.id === 'regles' ? <RulesSettings /> : <InvoicingSettings />}
      </div>
    </section>
  );
}
