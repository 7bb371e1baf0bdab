import type { TaxCertificate, TaxCertificates } from '../../db/contract/tax-certificates';
import { clientIdentity, organisationIdentity } from '../../db/contract/identity';
import { formatDate, formatHours, formatMoney, formatMonth } from '../../db/base/format';
import { todayIso } from '../../db/base/dates';
import { send } from '../api/client';
import { block, PrintedDocument, table, type PrintBlock } from './PrintedDocument';
import { PrintScreen } from './PrintScreen';
import { DocTitle, Parties, Signatures } from './document-parts';
import '../screens/reports/certificates/certificates.css';

// The attestation fiscale of a particulier (domain §5): the organisation and its declaration
// number, the client, each worker's months and hours with the hourly price, the amount paid in
// the year and, apart, the CESU préfinancés (not deductible). One client
// (#/print/attestation-fiscale/2026/12) or every particulier of the year, each its own document
// starting on a new sheet (#/print/attestations-fiscales/2026).

function Amounts({ certificate: c }: { certificate: TaxCertificate }) {
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

const labelOf = (c: TaxCertificate) => `Attestation fiscale ${c.year} — ${c.clientName}`;

function certificateBlocks(d: TaxCertificates, c: TaxCertificate): PrintBlock[] {
  const o = d.issuer;
  const from = organisationIdentity({ ...o, conventionNumber: null });
  from.lines.push(`Déclaration services à la personne n° ${o.sapDeclarationNumber ?? 'non renseigné'}`);
  const row = (l: TaxCertificate['lines'][number]) => ({
    key: `${l.workerId}-${l.month}-${l.hourlyRateCents}`,
    cells: [l.workerName, formatMonth(l.month), formatHours(l.minutes), formatMoney(l.hourlyRateCents)],
  });
  return [
    block('parties', <Parties from={from} role="Particulier" to={clientIdentity({ ...c, displayName: c.clientName, contactName: null, siret: null })} />),
    block('title', <DocTitle>Attestation fiscale — année {c.year}</DocTitle>, { keepWithNext: true }),
    block(
      'intro',
      <p>
        {o.name} atteste que <strong>{c.clientName}</strong> a bénéficié en {c.year} de services à la personne rendus à son domicile par des salariés de l'association
        mis à sa disposition, détaillés ci-dessous.
      </p>,
    ),
    table('hours', {
      label: 'Heures par salarié et par mois',
      columns: [
        { header: 'Salarié', width: 'auto', rowHeader: true },
        { header: 'Mois', width: '38mm' },
        { header: 'Heures', width: '28mm', align: 'right' },
        { header: 'Prix horaire', width: '30mm', align: 'right' },
      ],
      rows: c.lines.map(row),
      foot: [{ key: 'total', className: 'total', cells: [`Total des heures en ${c.year}`, '', formatHours(c.minutes), ''] }],
    }),
    block('amounts', <Amounts certificate={c} />),
    block(
      'legal',
      <p className="doc-legal">
        Attestation délivrée pour bénéficier du crédit d'impôt au titre des services à la personne (article 199 sexdecies du code général des impôts). Seules les
        sommes effectivement payées dans l'année ouvrent droit au crédit d'impôt ; la part payée en CESU préfinancés (par un employeur ou un comité d'entreprise)
        n'y ouvre pas droit.
      </p>,
    ),
    block('date', <p>Fait à {o.city ?? '…'}, le {formatDate(todayIso())}</p>, { keepWithNext: true }),
    block('signature', <Signatures boxes={[{ title: `Pour ${o.name}`, name: '', hint: 'Nom, qualité et signature' }]} />, { keepWithPrevious: true }),
  ];
}

function CertificatesPrint({ year, load, back }: { year: number; load: () => Promise<TaxCertificates | string>; back: string }) {
  return (
    <PrintScreen
      load={load}
      title={(d) => (d.certificates.length === 1 ? labelOf(d.certificates[0]!) : `Attestations fiscales ${year}`)}
      fileName={(d) => (d.certificates.length === 1 ? `attestation-fiscale-${year}-${d.certificates[0]!.clientId}.pdf` : `attestations-fiscales-${year}.pdf`)}
      back={{ to: back, label: 'Retour aux attestations' }}
      preparing="Préparation des attestations…"
    >
      {(d) =>
        d.certificates.length === 0 ? (
          <p className="print-problem">Aucun particulier n'a payé en {year} : aucune attestation fiscale.</p>
        ) : (
          d.certificates.map((c) => <PrintedDocument key={c.clientId} label={labelOf(c)} blocks={certificateBlocks(d, c)} />)
        )
      }
    </PrintScreen>
  );
}

const answer = async (r: Promise<{ ok: true; value: TaxCertificates } | { ok: false; error: { message: string } }>) => {
  const done = await r;
  return done.ok ? done.value : done.error.message;
};

/** One particulier's certificate. */
export function TaxCertificatePrint({ year, clientId }: { year: number; clientId: number }) {
  return <CertificatesPrint year={year} load={() => answer(send('taxCertificates.get', { year, clientId }))} back={`/rapports/attestations?annee=${year}`} />;
}

/** Every particulier's certificate of the year, each starting on a new sheet. */
export function TaxCertificatesPrint({ year }: { year: number }) {
  return <CertificatesPrint year={year} load={() => answer(send('taxCertificates.list', { year }))} back={`/rapports/attestations?annee=${year}`} />;
}
