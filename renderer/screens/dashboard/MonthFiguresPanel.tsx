import { formatMonth } from '../../../db/base/format';
import { useList } from '../../components/useList';
import { etpNote, hoursByKindLines, keyFigureLines, yearToDate } from '../../components/month-figures';
import { DocumentActions } from '../../print/DocumentActions';
import { figuresFileName, figuresRoute } from '../../print/MonthFiguresPrint';
import { Link } from '../../router';
import './month-figures.css';

// The month's key figures (domain §4), under the things to do on the home page, and on the
// Rapports screen for the month chosen there. Printable.

export function MonthFiguresPanel({ month, title = `Chiffres ${formatMonth(month)}` }: { month: string; title?: string }) {
  const figures = useList('reports.monthFigures', { month }, 0);
  const f = figures.data;
  return (
    <section className="month-figures" aria-label={title}>
      <div className="month-figures-head">
        <h2>{title}</h2>
        <div className="actions">
          <DocumentActions doc={{ route: figuresRoute(month), fileName: figuresFileName(month) }} printLabel="Imprimer le tableau de bord" pdfLabel="Tableau de bord en PDF" />
          <Link to={`/rapports?mois=${month}`} className="button">
            Documents du mois
          </Link>
        </div>
      </div>
      {figures.error && (
        <p className="error-text" role="alert">
          {figures.error}
        </p>
      )}
      {!f && !figures.error && <p className="muted">Chargement…</p>}
      {f && (
        <div className="month-figures-body">
          <table className="simple-table month-figures-hours" aria-label="Heures par type d'utilisateur">
            <thead>
              <tr>
                <th scope="col">Type d'utilisateur</th>
                <th scope="col" className="num">
                  Heures du mois
                </th>
                <th scope="col" className="num">
                  Heures {yearToDate(month)}
                </th>
              </tr>
            </thead>
            <tbody>
              {hoursByKindLines(f).map((k) => (
                <tr key={k.key} className={k.key === 'total' ? 'month-figures-total' : undefined}>
                  <th scope="row">{k.label}</th>
                  <td className="num">{k.month}</td>
                  <td className="num">{k.year}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <dl className="month-figures-facts">
            {keyFigureLines(f).map((l) => (
              <div key={l.key} className="month-figures-fact">
                <dt>{l.label}</dt>
                <dd>{l.key === 'open' && f.openMonths.length > 0 ? <OpenMonths months={f.openMonths} /> : l.value}</dd>
              </div>
            ))}
          </dl>
          <p className="muted month-figures-note">{etpNote(f)}</p>
        </div>
      )}
    </section>
  );
}

/** Each month not closed, a link to its hours. */
function OpenMonths({ months }: { months: string[] }) {
  return (
    <>
      {months.map((m, i) => (
        <span key={m}>
          {i > 0 && ', '}
          <Link to={`/heures?mois=${m}`}>{formatMonth(m)}</Link>
        </span>
      ))}
    </>
  );
}
