import type { Alert } from '../../../db/contract/alerts';
import { Link } from '../../router';
import { useOrganisation } from '../../organisation';
import { useList } from '../../components/useList';
import { BackupWarning } from '../backup/BackupWarning';
import { DataFileWarning } from '../backup/DataFileWarning';
import { MonthFiguresPanel } from './MonthFiguresPanel';
import { todayIso } from '../../../db/base/dates';

// The home page: what needs doing today, each line a link to the record. No decorative charts.

const GROUPS: { kinds: Alert['kind'][]; title: string }[] = [
  { kinds: ['pass_expired', 'pass_ending'], title: 'PASS IAE' },
  { kinds: ['permit_expiring'], title: 'Titres de séjour' },
  { kinds: ['hours_480'], title: '480 heures en entreprise' },
  { kinds: ['placement_ending'], title: 'Missions qui se terminent' },
  { kinds: ['no_hours'], title: 'Salariés sans heures depuis 60 jours' },
  { kinds: ['membership_missing'], title: 'Adhésions manquantes' },
];

export function Dashboard() {
  const { organisation } = useOrganisation();
  const alerts = useList('alerts.list', {});
  const setup: { to: string; text: string }[] = [];
  if (organisation && !organisation.configured) {
    setup.push({ to: '/parametres', text: "Renseigner l'identité de l'organisation (nom, SIRET, numéros de convention)." });
  } else if (organisation && !organisation.siret) {
    setup.push({ to: '/parametres', text: "Indiquer le SIRET de l'organisation : il figurera sur les factures." });
  }
  const items = alerts.data ?? [];
  const nothing = setup.length === 0 && items.length === 0;
  return (
    <section className="page">
      <header className="page-header">
        <h1>Tableau de bord</h1>
      </header>
      <DataFileWarning />
      <BackupWarning />
      <h2>À faire</h2>
      {alerts.error && <p className="error-text" role="alert">{alerts.error}</p>}
      {organisation === null || alerts.data === null ? (
        <p className="muted">Chargement…</p>
      ) : nothing ? (
        <p className="muted">Rien à signaler pour le moment.</p>
      ) : (
        <>
          {setup.length > 0 && (
            <ul className="todo-list">
              {setup.map((t) => (
                <li key={t.text}>
                  <Link to={t.to}>{t.text}</Link>
                </li>
              ))}
            </ul>
          )}
          {GROUPS.map((g) => {
            const mine = items.filter((a) => g.kinds.includes(a.kind));
            if (mine.length === 0) return null;
            return (
              <section key={g.title} className="alert-group" aria-label={g.title}>
                <h3>
                  {g.title} <span className="muted">({mine.length})</span>
                </h3>
                <ul className="todo-list">
                  {mine.map((a) => (
                    <li key={`${a.kind}-${a.to}-${a.text}`} className={`alert-${a.severity}`}>
                      <span className="sr-only">{a.severity === 'danger' ? 'Urgent : ' : 'À surveiller : '}</span>
                      <Link to={a.to}>{a.text}</Link>
                    </li>
                  ))}
                </ul>
              </section>
            );
          })}
        </>
      )}
      <MonthFiguresPanel month={todayIso().slice(0, 7)} />
    </section>
  );
}
