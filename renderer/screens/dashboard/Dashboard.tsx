import { Link } from '../../router';
import { useOrganisation } from '../../organisation';

// The home page: what needs doing today. Only what is really known is listed; the alerts on
// workers, PASS IAE and hours arrive with those sections.
export function Dashboard() {
  const { organisation } = useOrganisation();
  const todo: { to: string; text: string }[] = [];
  if (organisation && !organisation.configured) {
    todo.push({ to: '/parametres', text: "Renseigner l'identité de l'organisation (nom, SIRET, numéros de convention)." });
  } else if (organisation && !organisation.siret) {
    todo.push({ to: '/parametres', text: "Indiquer le SIRET de l'organisation : il figurera sur les factures." });
  }
  return (
    <section className="page">
      <header className="page-header">
        <h1>Tableau de bord</h1>
      </header>
      <h2>À faire</h2>
      {organisation === null ? (
        <p className="muted">Chargement…</p>
      ) : todo.length === 0 ? (
        <p className="muted">Rien à signaler pour le moment.</p>
      ) : (
        <ul className="todo-list">
          {todo.map((t) => (
            <li key={t.text}>
              <Link to={t.to}>{t.text}</Link>
            </li>
          ))}
        </ul>
      )}
      <div className="notice">
        <p>
          Les alertes (PASS IAE, titres de séjour, compteur des 480 heures) et les chiffres du mois apparaîtront ici
          dès que les salariés, les missions et les heures seront saisis dans Passerelle.
        </p>
      </div>
    </section>
  );
}
