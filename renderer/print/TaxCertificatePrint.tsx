import { useEffect } from 'react';
import type { CertificateIssuer, TaxCertificate, TaxCertificates } from '../../db/contract/tax-certificates';
import { formatDate, formatHours, formatMoney, formatMonth, formatPhone, formatSiret, formatTownLine } from '../../db/base/format';
import { todayIso } from '../../db/base/dates';
import { useList } from '../components/useList';
import { PrintToolbar } from './PrintView';
import '../screens/reports/certificates/certificates.css';

// The attestation fiscale of a particulier (domain §5), one A4 page each: the organisation and
// its declaration number, the client, each worker's months and hours with the hourly price, the
// amount paid in the year and, apart, the CESU préfinancés (not deductible). One client
// (#/print/attestation-fiscale/2026/12) or every particulier of the year, a page each
// (#/print/attestations-fiscales/2026).

function present(...parts: (string | null | undefined | false)[]): string[] {
  return parts.filter((p): p is string => typeof p === 'string' && p.trim() !== '');
}

function Amounts({ certificate: c }: { certificate: TaxCertificate }) {
  if (!c.payments) {
    return (
      <p className="certificate-missing">
        Montant payé en {c.year} : <strong>non disponible</strong>. Les paiements ne sont pas encore enregistrés dans Passerelle : cette attestation ne peut pas être
        remise en l'état.
      </p>
    );
  }
  const p = c.payments;
  return (
    <table className="doc-mentions certificate-amounts">
      <tbody>
        <tr>
          <th scope="row">Montant payé en {c.year}</th>
          <td className="num">{formatMoney(p.paidCents)}</td>
        </tr>
        <tr>
          <th scope="row">dont CESU préfinancés (non déductibles)</th>
          <td className="num">{formatMoney(p.cesuCents)}</td>
        </tr>
        <tr className="total">
          <th scope="row">Montant ouvrant droit au crédit d'impôt</th>
          <td className="num">{formatMoney(p.deductibleCents)}</td>
        </tr>
      </tbody>
    </table>
  );
}

export function CertificateDocument({ issuer: o, certificate: c }: { issuer: CertificateIssuer; certificate: TaxCertificate }) {
  const from = present(
    present(o.addressLine1, o.addressLine2).join(', '),
    formatTownLine(o.postalCode, o.city),
    o.siret && `SIRET ${formatSiret(o.siret)}`,
    present(o.phone && `Tél. ${formatPhone(o.phone)}`, o.email).join(' · '),
  );
  const to = present(c.addressLine1, c.addressLine2, formatTownLine(c.postalCode, c.city));
  return (
    <main className="print-doc certificate">
      <header className="doc-parties">
        <div className="doc-from">
          <p className="doc-name">{o.name}</p>
          <p className="doc-kind">Association intermédiaire</p>
          {from.map((l) => (
            <p key={l}>{l}</p>
          ))}
          <p>
            <strong>Déclaration services à la personne n° {o.sapDeclarationNumber ?? 'non renseigné'}</strong>
          </p>
        </div>
        <div className="doc-to">
          <p className="doc-role">Particulier</p>
          <p className="doc-name">{c.clientName}</p>
          {to.map((l) => (
            <p key={l}>{l}</p>
          ))}
        </div>
      </header>
      <h1 className="doc-title">Attestation fiscale — année {c.year}</h1>
      <p className="doc-intro">
        {o.name} atteste que <strong>{c.clientName}</strong> a bénéficié en {c.year} de services à la personne rendus à son domicile par des salariés de
        l'association mis à sa disposition, détaillés ci-dessous.
      </p>
      <table className="certificate-hours">
        <thead>
          <tr>
            <th scope="col">Salarié</th>
            <th scope="col">Mois</th>
            <th scope="col" className="num">
              Heures
            </th>
            <th scope="col" className="num">
              Prix horaire
            </th>
          </tr>
        </thead>
        <tbody>
          {c.lines.map((l) => (
            <tr key={`${l.workerId}-${l.month}-${l.hourlyRateCents}`}>
              <td>{l.workerName}</td>
              <td>{formatMonth(l.month)}</td>
              <td className="num">{formatHours(l.minutes)}</td>
              <td className="num">{formatMoney(l.hourlyRateCents)}</td>
            </tr>
          ))}
          <tr className="total">
            <td colSpan={2}>Total des heures en {c.year}</td>
            <td className="num">{formatHours(c.minutes)}</td>
            <td />
          </tr>
        </tbody>
      </table>
      <Amounts certificate={c} />
      <div className="doc-legal">
        <p>
          Attestation délivrée pour bénéficier du crédit d'impôt au titre des services à la personne (article 199 sexdecies du code général des impôts). Seules
          les sommes effectivement payées dans l'année ouvrent droit au crédit d'impôt ; la part payée en CESU préfinancés (par un employeur ou un comité
          d'entreprise) n'y ouvre pas droit.
        </p>
      </div>
      <p className="doc-place-date">
        Fait à {o.city ?? '…'}, le {formatDate(todayIso())}
      </p>
      <div className="doc-signatures">
        <div className="doc-signature">
          <p className="doc-signature-title">Pour {o.name}</p>
          <p className="doc-signature-hint">Nom, qualité et signature</p>
        </div>
      </div>
    </main>
  );
}

/** One particulier's certificate. */
export function TaxCertificatePrint({ year, clientId }: { year: number; clientId: number }) {
  const { data, error } = useList('taxCertificates.get', { year, clientId }, 0);
  return <CertificatesFrame year={year} title={`Attestation fiscale ${year}`} data={data} error={error} />;
}

/** Every particulier's certificate of the year, each on its own page. */
export function TaxCertificatesPrint({ year }: { year: number }) {
  const { data, error } = useList('taxCertificates.list', { year }, 0);
  return <CertificatesFrame year={year} title={`Attestations fiscales ${year}`} data={data} error={error} />;
}

function CertificatesFrame({ year, title, data, error }: { year: number; title: string; data: TaxCertificates | null; error: string | null }) {
  useEffect(() => {
    document.title = title;
  }, [title]);
  useEffect(() => {
    if (data || error) document.documentElement.dataset.printReady = 'true';
  }, [data, error]);
  return (
    <div className="print-screen">
      <PrintToolbar ready={data !== null} backTo={`/rapports/attestations?annee=${year}`} backLabel="Retour aux attestations" />
      {error && (
        <main className="print-doc" role="alert">
          <h1>L'attestation ne peut pas être préparée</h1>
          <p>{error}</p>
        </main>
      )}
      {data && data.certificates.length === 0 && (
        <main className="print-doc">
          <h1>Aucune attestation fiscale pour {year}</h1>
          <p>Aucun particulier n'a eu d'heures dans l'année.</p>
        </main>
      )}
      {data?.certificates.map((c) => (
        <CertificateDocument key={c.clientId} issuer={data.issuer} certificate={c} />
      ))}
    </div>
  );
}
