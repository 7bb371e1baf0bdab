import { useEffect, useState } from 'react';
import type { AppStatus } from '../db/contract/app';
import { send } from './api/client';
import { Router, useRouter } from './router';
import { FeedbackProvider } from './components/feedback';
import { Shell, sectionOf } from './components/Shell';
import { OrganisationProvider } from './organisation';
import { Dashboard } from './screens/dashboard/Dashboard';
import { NotBuilt } from './screens/NotBuilt';
import { Settings } from './screens/settings/Settings';
import { WorkersSection } from './screens/workers/WorkersSection';
import { ClientsSection } from './screens/clients/ClientsSection';
import { HoursScreen } from './screens/hours/HoursScreen';
import { PlacementsSection } from './screens/placements/PlacementsSection';
import { PrintRoutes } from './print/PrintRoutes';
import { StartupProblemScreen } from './screens/startup/StartupProblem';

function Screen() {
  const { path } = useRouter();
  // A query (`#/heures?mois=2026-11`) is the screen's business, not the section's.
  const section = sectionOf(path.split('?')[0] ?? path);
  useEffect(() => {
    document.title = section && section.path !== '/' ? `${section.label} · Passerelle` : 'Passerelle';
  }, [section]);
  if (!section) {
    return (
      <section className="page">
        <h1>Page introuvable</h1>
        <p>
          Cette adresse ne correspond à aucune page. <a href="#/">Retour au tableau de bord</a>
        </p>
      </section>
    );
  }
  if (section.path === '/') return <Dashboard />;
  if (section.path === '/parametres') return <Settings />;
  if (section.path === '/salaries') return <WorkersSection path={path} />;
  if (section.path === '/utilisateurs') return <ClientsSection path={path} />;
  if (section.path === '/heures') return <HoursScreen path={path} />;
  if (section.path === '/missions') return <PlacementsSection path={path} />;
  return <NotBuilt section={section} />;
}

/** Print views (#/print/...) are documents: no sidebar, no search, nothing but the page. */
function Frame({ notices }: { notices: string[] }) {
  const { path } = useRouter();
  const [shown, setShown] = useState(notices);
  if (path.startsWith('/print/')) return <PrintRoutes path={path} />;
  return (
    <Shell>
      {shown.length > 0 && (
        // What start-up wants the office to know (a network drive, a backup made before an update).
        <div className="banner banner-warning startup-notices" role="status">
          {shown.map((n) => (
            <p key={n}>{n}</p>
          ))}
          <button type="button" className="button" onClick={() => setShown([])}>
            J'ai compris
          </button>
        </div>
      )}
      <Screen />
    </Shell>
  );
}

export function App() {
  const [status, setStatus] = useState<AppStatus | null>(null);
  const [unreachable, setUnreachable] = useState<string | null>(null);
  useEffect(() => {
    void send('app.status', {}).then((r) => (r.ok ? setStatus(r.value) : setUnreachable(r.error.message)));
  }, []);
  if (unreachable) {
    return (
      <main className="startup-problem" role="alert">
        <h1>Passerelle ne répond pas</h1>
        <p>{unreachable}</p>
      </main>
    );
  }
  if (!status) return <p className="loading">Ouverture de Passerelle…</p>;
  if (status.state === 'error') return <StartupProblemScreen status={status} />;
  return (
    <FeedbackProvider>
      <Router>
        <OrganisationProvider>
          <Frame notices={status.notices} />
        </OrganisationProvider>
      </Router>
    </FeedbackProvider>
  );
}
