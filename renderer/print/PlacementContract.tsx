import { useEffect, useState } from 'react';
import type { ClientDetail } from '../../db/contract/clients';
import type { PlacementDetail } from '../../db/contract/placements';
import type { Organisation } from '../../db/contract/settings';
import { de, formatDate, formatHours, formatMoney, formatPhone, formatSiret, formatTownLine } from '../../db/base/format';
import { labelOf, TASK_KINDS } from '../../db/contract/reference';
import { todayIso } from '../../db/base/dates';
import { send } from '../api/client';
import { PrintToolbar } from './PrintView';

// The contrat de mise à disposition (domain §3): the mentions of article R5132-20 of the code du
// travail — the worker's name, the tasks, the place, the end date, for an entreprise the pay and
// its components, the protective equipment and whether the association supplies it — between the
// organisation's identity (top left) and the client's (top right), with the two signatures.

interface Data {
  placement: PlacementDetail;
  client: ClientDetail;
  organisation: Organisation;
}

function lines(...parts: (string | null | undefined | false)[]): string[] {
  return parts.filter((p): p is string => typeof p === 'string' && p.trim() !== '');
}

async function load(id: number): Promise<Data | string> {
  const [placement, organisation] = await Promise.all([send('placements.get', { id }), send('settings.getOrganisation', {})]);
  if (!placement.ok) return placement.error.message;
  if (!organisation.ok) return organisation.error.message;
  const client = await send('clients.get', { id: placement.value.clientId });
  if (!client.ok) return client.error.message;
  return { placement: placement.value, client: client.value, organisation: organisation.value };
}

export function PlacementContract({ id }: { id: number }) {
  const [data, setData] = useState<Data | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void load(id).then((r) => {
      if (!live) return;
      if (typeof r === 'string') setError(r);
      else setData(r);
    });
    return () => {
      live = false;
    };
  }, [id]);

  useEffect(() => {
    document.title = `Contrat de mise à disposition n° ${id}`;
  }, [id]);

  // Rendered: tell the Electron print path it can print now.
  useEffect(() => {
    if (data || error) document.documentElement.dataset.printReady = 'true';
  }, [data, error]);

  return (
    <div className="print-screen">
      <PrintToolbar ready={data !== null} backTo={`/missions/${id}`} backLabel="Retour à la mission" />
      {error && (
        <main className="print-doc" role="alert">
          <h1>Le contrat ne peut pas être préparé</h1>
          <p>{error}</p>
        </main>
      )}
      {!error && !data && <p className="muted no-print print-loading">Préparation du contrat…</p>}
      {data && <ContractDocument data={data} />}
    </div>
  );
}

function ContractDocument({ data }: { data: Data }) {
  const { placement: p, client: c, organisation: o } = data;
  // The pay mentions are due for an entreprise, and for any client counted as one (a private bailleur).
  const entreprise = p.clientKind === 'entreprise' || p.clientCounts480;
  const task = `${labelOf(TASK_KINDS, p.taskKind)}${p.taskDetail ? ` : ${p.taskDetail}` : ''}`;
  const orgLines = lines(
    lines(o.addressLine1, o.addressLine2).join(', '),
    formatTownLine(o.postalCode, o.city),
    o.siret && `SIRET ${formatSiret(o.siret)}`,
    o.conventionNumber && `Convention n° ${o.conventionNumber}`,
    lines(o.phone && `Tél. ${formatPhone(o.phone)}`, o.email).join(' · '),
  );
  const clientLines = lines(
    c.contactName && `À l'attention ${de(c.contactName)}`,
    c.addressLine1,
    c.addressLine2,
    formatTownLine(c.postalCode, c.city),
    c.siret && `SIRET ${formatSiret(c.siret)}`,
  );
  const supplier =
    p.ppeSuppliedBy === 'association'
      ? "Fournis par l'association : oui."
      : p.ppeSuppliedBy === 'utilisateur'
        ? "Fournis par l'association : non, ils sont fournis par l'utilisateur."
        : 'Fourniture : à préciser entre les parties.';

  return (
    <main className="print-doc contract">
      <header className="doc-parties">
        <div className="doc-from">
          <p className="doc-name">{o.name}</p>
          <p className="doc-kind">Association intermédiaire</p>
          {orgLines.map((l) => (
            <p key={l}>{l}</p>
          ))}
        </div>
        <div className="doc-to">
          <p className="doc-role">Utilisateur</p>
          <p className="doc-name">{c.displayName}</p>
          {clientLines.map((l) => (
            <p key={l}>{l}</p>
          ))}
        </div>
      </header>

      <h1 className="doc-title">Contrat de mise à disposition n° {p.id}</h1>

      <p className="doc-intro">
        Entre <strong>{o.name}</strong>, association intermédiaire, ci-après « l'association », et <strong>{c.displayName}</strong>, ci-après
        « l'utilisateur », il est convenu de la mise à disposition suivante.
      </p>

      <table className="doc-mentions">
        <tbody>
          <tr>
            <th scope="row">Salarié mis à disposition</th>
            <td>{p.workerName}</td>
          </tr>
          <tr>
            <th scope="row">Tâches à accomplir</th>
            <td>{task}</td>
          </tr>
          <tr>
            <th scope="row">Lieu d'exécution</th>
            <td>{p.place}</td>
          </tr>
          <tr>
            <th scope="row">Période</th>
            <td>
              Du {formatDate(p.startDate)} au <strong>{formatDate(p.endDate)}</strong> inclus (date de fin de la mise à disposition)
            </td>
          </tr>
          <tr>
            <th scope="row">Heures prévues</th>
            <td>{p.plannedMinutes !== null ? `${formatHours(p.plannedMinutes)} de travail au total` : 'Non fixées : selon les besoins de l’utilisateur, dans la période ci-dessus.'}</td>
          </tr>
          {entreprise && (
            <tr>
              <th scope="row">Rémunération du salarié</th>
              <td>
                <p>
                  <strong>Rémunération : {formatMoney(p.wageRateCents)} brut de l'heure</strong>, versée par l'association.
                </p>
                <p>
                  Composantes : salaire horaire de base brut par heure de travail effectuée, plus, le cas échéant, les majorations prévues
                  par le code du travail (heures supplémentaires, dimanches, jours fériés).
                </p>
              </td>
            </tr>
          )}
          <tr>
            <th scope="row">Prix facturé à l'utilisateur</th>
            <td>{formatMoney(p.billedRateCents)} par heure de travail effectuée.</td>
          </tr>
          <tr>
            <th scope="row">Équipements de protection (EPI)</th>
            <td>
              {p.ppeNeeded ? (
                <>
                  <p>Nécessaires : {p.ppeNeeded}.</p>
                  <p>{supplier}</p>
                </>
              ) : (
                <p>Aucun équipement de protection individuelle particulier n'est nécessaire pour ces tâches.</p>
              )}
            </td>
          </tr>
        </tbody>
      </table>

      <section className="doc-legal" aria-label="Mentions légales">
        <p>
          Mise à disposition à titre onéreux par une association intermédiaire conventionnée par l'État, en application des articles
          L5132-7 et suivants du code du travail{o.conventionNumber ? ` (convention n° ${o.conventionNumber})` : ''}. Le présent contrat
          comporte les mentions prévues à l'article R5132-20 du code du travail.
        </p>
        <p>
          L'association est l'employeur du salarié et lui verse sa rémunération. L'utilisateur atteste les heures effectuées sur le relevé
          d'heures, sur la base duquel l'association établit sa facture.
        </p>
        {entreprise && (
          <p>
            Auprès d'une entreprise, les mises à disposition d'un même salarié sont limitées à 480 heures sur 24 mois (article L5132-9 du
            code du travail, sauf dérogation préfectorale). Aucune mise à disposition n'est possible sur un poste ayant fait l'objet d'un
            licenciement économique dans les six mois précédents.
          </p>
        )}
      </section>

      <p className="doc-place-date">
        Fait à {o.city || '……………………'}, le {formatDate(todayIso())}, en deux exemplaires.
      </p>

      <div className="doc-signatures">
        <div className="doc-signature">
          <p className="doc-signature-title">Pour l'association</p>
          <p>{o.name}</p>
          <p className="doc-signature-hint">Nom, qualité et signature</p>
        </div>
        <div className="doc-signature">
          <p className="doc-signature-title">Pour l'utilisateur</p>
          <p>{c.displayName}</p>
          <p className="doc-signature-hint">Nom, qualité, signature{c.kind === 'particulier' ? '' : ' et cachet'}</p>
        </div>
      </div>
    </main>
  );
}
