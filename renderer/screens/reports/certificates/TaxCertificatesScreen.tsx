import { useEffect } from 'react';
import { formatHours, formatMoney } from '../../../../db/base/format';
import { todayIso } from '../../../../db/base/dates';
import { useList } from '../../../components/useList';
import { Link, useRouter } from '../../../router';
import { BatchActions } from '../../../print/DocumentActions';
import './certificates.css';

/** The print view and PDF name of one particulier's certificate. */
const certificateDocument = (year: number, clientId: number) => ({ route: `/print/attestation-fiscale/${year}/${clientId}`, fileName: `attestation-fiscale-${year}-${clientId}.pdf` });

// Rapports > Attestations fiscales (domain §5): the particuliers who paid in a year, before 31
// March of the next, each certificate printed alone, all of them in one PDF, or one PDF each.

/** The year whose certificates are due: last year, unless the address says otherwise. */
export function certificateYearOf(query: URLSearchParams, now: Date = new Date()): number {
  const asked = Number(query.get('annee'));
  return Number.isInteger(asked) && asked >= 2000 && asked <= 2099 ? asked : Number(todayIso(now).slice(0, 4)) - 1;
}

export function TaxCertificatesScreen({ year }: { year: number }) {
  const { navigate } = useRouter();
  const { data, error } = useList('taxCertificates.list', { year }, 0);
  const thisYear = Number(todayIso().slice(0, 4));
  useEffect(() => {
    document.title = `Attestations fiscales ${year}`;
  }, [year]);
  const certificates = data?.certificates ?? [];
  return (
    <section className="page certificates-page">
      <header className="page-header record-header">
        <div>
          <h1>Attestations fiscales {year}</h1>
          <p className="muted">Pour les particuliers, à leur remettre avant le 31 mars {year + 1}.</p>
        </div>
        {certificates.length > 0 && (
          <BatchActions
            whole={{ route: `/print/attestations-fiscales/${year}`, fileName: `attestations-fiscales-${year}.pdf` }}
            documents={certificates.map((c) => certificateDocument(year, c.clientId))}
            noun={certificates.length === 1 ? "l'attestation" : `les ${certificates.length} attestations`}
          />
        )}
      </header>
      <div className="report-years" role="group" aria-label="Année">
        {[thisYear - 1, thisYear, thisYear - 2].sort().map((y) => (
          <button key={y} type="button" className={`button ${y === year ? 'button-primary' : ''}`} aria-pressed={y === year} onClick={() => navigate(`/rapports/attestations?annee=${y}`)}>
            {y}
          </button>
        ))}
      </div>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
      {data && !data.issuer.sapDeclarationNumber && (
        <div className="notice notice-warning" role="note">
          <p>
            Le numéro de déclaration services à la personne manque : il figure sur chaque attestation. <Link to="/parametres">Le renseigner dans les paramètres</Link>.
          </p>
        </div>
      )}
      {!data && !error && <p className="muted">Chargement…</p>}
      {data && certificates.length === 0 && <p className="muted">Aucun particulier n'a payé en {year} : aucune attestation à faire.</p>}
      {certificates.length > 0 && (
        <table className="report-table certificates-table" aria-label={`Attestations fiscales ${year}`}>
          <thead>
            <tr>
              <th scope="col">Particulier</th>
              <th scope="col" className="num">Heures</th>
              <th scope="col" className="num">Montant payé</th>
              <th scope="col" className="num">dont CESU préfinancés</th>
              <th scope="col">Attestation</th>
            </tr>
          </thead>
          <tbody>
            {certificates.map((c) => (
              <tr key={c.clientId}>
                <th scope="row">
                  <Link to={`/utilisateurs/${c.clientId}`}>{c.clientName}</Link>
                </th>
                <td className="num">{formatHours(c.minutes)}</td>
                <td className="num">{formatMoney(c.payments.paidCents)}</td>
                <td className="num">{formatMoney(c.payments.cesuCents)}</td>
                <td>
                  <Link to={certificateDocument(year, c.clientId).route} aria-label={`Voir l'attestation de ${c.clientName}`}>
                    Voir l'attestation
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
