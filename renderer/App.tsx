import { Fragment, useEffect, useState } from 'react';
import type { AppStatus } from '../db/contract/app';
import { send } from './api/client';
import { Router, useRouter } from './router';
import { FeedbackProvider } from './components/feedback';
import { Shell } from './components/Shell';
import { OrganisationProvider } from './organisation';
import { matchRoute, renderMatch } from './route-match';
import { isPrintPath, PRINT_ROUTES, ROUTES } from './routes';
import { sectionOf } from './sections';
import { PrintView, UnknownDocument } from './print/PrintView';
import { StartupProblemScreen, Unreachable } from './screens/startup/StartupProblem';
import { AuthGate } from './auth/AuthGate';
import { useAccount } from './auth/account';
import { NotAllowed } from './screens/NotAllowed';

function Screen() {
  const { path } = useRouter();
  const section = sectionOf(path);
  useEffect(() => {
    document.title = section && section.path !== '/' ? `${section.label} · Passerelle` : 'Passerelle';
  }, [section]);
  const { can } = useAccount();
  const match = matchRoute(ROUTES, path);
  // The back end refuses the calls anyway; the screen says so rather than failing call by call.
  if (section && !can(section.permission)) return <NotAllowed />;
  if (!match) {
    return (
      <section className="page">
        <h1>Page introuvable</h1>
        <p>
          Cette adresse ne correspond à aucune page. <a href="#/">Retour au tableau de bord</a>
        </p>
      </section>
    );
  }
  // Keyed by section: another section starts its screens afresh (a record loaded for one
  // section's form is never handed to another's), while a move within one (a tab of
  // Paramètres) keeps what React can keep, such as the focus.
  return <Fragment key={section?.path ?? match.route.pattern}>{renderMatch(match)}</Fragment>;
}

/** Print views (#/print/...) are documents: no sidebar, no search, nothing but the page. */
function Frame({ notices }: { notices: string[] }) {
  const { path } = useRouter();
  const [shown, setShown] = useState(notices);
  if (isPrintPath(path)) {
    const match = matchRoute(PRINT_ROUTES, path);
    return <PrintView>{match ? renderMatch(match) : <UnknownDocument />}</PrintView>;
  }
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
  if (unreachable) return <Unreachable message={unreachable} />;
  if (!status) return <p className="loading">Ouverture de Passerelle…</p>;
  if (status.state === 'error') return <StartupProblemScreen status={status} />;
  return (
    <FeedbackProvider>
      <Router>
        <AuthGate>
          <OrganisationProvider>
            <Frame notices={status.notices} />
          </OrganisationProvider>
        </AuthGate>
      </Router>
    </FeedbackProvider>
  );
}
