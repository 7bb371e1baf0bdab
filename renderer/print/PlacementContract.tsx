import type { ReactNode } from 'react';
import type { ClientDetail } from '../../db/contract/clients';
import type { PlacementDetail } from '../../db/contract/placements';
import type { Organisation } from '../../db/contract/settings';
import { formatDate, formatHours, formatMoney } from '../../db/base/format';
import { labelOf, TASK_KINDS } from '../../db/contract/reference';
import { todayIso } from '../../db/base/dates';
import { send } from '../api/client';
import { block, PrintedDocument, table, type PrintBlock, type PrintRow } from './PrintedDocument';
import { PrintScreen } from './PrintScreen';
import { clientIdentity, DocTitle, organisationIdentity, Parties, Signatures } from './document-parts';

// The contrat de mise à disposition (domain §3): the mentions of article R5132-20 of the code du
// travail — the worker's name, the tasks, the place, the end date, for an entreprise the pay and
// its components, the protective equipment and whether the association supplies it — between the
// organisation's identity (top left) and the client's (top right), with the two signatures.
// One page when it fits; otherwise each page carries « Page n / N » and the contract's number,
// and the signatures never stand alone on the last page.

interface Data {
  placement: PlacementDetail;
  client: ClientDetail;
  organisation: Organisation;
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
  return (
    <PrintScreen
      load={() => load(id)}
      title={() => `Contrat de mise à disposition n° ${id}`}
      fileName={() => `contrat-mise-a-disposition-${id}.pdf`}
      back={{ to: `/missions/${id}`, label: 'Retour à la mission' }}
      preparing="Préparation du contrat…"
    >
      {(data) => <PrintedDocument label={`Contrat de mise à disposition n° ${id}`} blocks={contractBlocks(data)} />}
    </PrintScreen>
  );
}

/** A label / value row of the mentions table. */
const mention = (key: string, label: string, value: ReactNode): PrintRow => ({ key, cells: [label, value] });

function contractBlocks({ placement: p, client: c, organisation: o }: Data): PrintBlock[] {
  // The pay mentions are due for an entreprise, and for any client counted as one (a private bailleur).
  const entreprise = p.clientKind === 'entreprise' || p.clientCounts480;
  const task = `${labelOf(TASK_KINDS, p.taskKind)}${p.taskDetail ? ` : ${p.taskDetail}` : ''}`;
  const supplier =
    p.ppeSuppliedBy === 'association'
      ? "Fournis par l'association : oui."
      : p.ppeSuppliedBy === 'utilisateur'
        ? "Fournis par l'association : non, ils sont fournis par l'utilisateur."
        : 'Fourniture : à préciser entre les parties.';

  const rows: PrintRow[] = [
    mention('worker', 'Salarié mis à disposition', p.workerName),
    mention('task', 'Tâches à accomplir', task),
    mention('place', "Lieu d'exécution", p.place),
    mention(
      'period',
      'Période',
      <>
        Du {formatDate(p.startDate)} au <strong>{formatDate(p.endDate)}</strong> inclus (date de fin de la mise à disposition)
      </>,
    ),
    mention(
      'planned',
      'Heures prévues',
      p.plannedMinutes !== null ? `${formatHours(p.plannedMinutes)} de travail au total` : 'Non fixées : selon les besoins de l’utilisateur, dans la période ci-dessus.',
    ),
  ];
  if (entreprise) {
    rows.push(
      mention(
        'pay',
        'Rémunération du salarié',
        <>
          <p>
            <strong>Rémunération : {formatMoney(p.wageRateCents)} brut de l'heure</strong>, versée par l'association.
          </p>
          <p>
            Composantes : salaire horaire de base brut par heure de travail effectuée, plus, le cas échéant, les majorations prévues par le
            code du travail (heures supplémentaires, dimanches, jours fériés).
          </p>
        </>,
      ),
    );
  }
  rows.push(
    mention('price', "Prix facturé à l'utilisateur", `${formatMoney(p.billedRateCents)} par heure de travail effectuée.`),
    mention(
      'ppe',
      'Équipements de protection (EPI)',
      p.ppeNeeded ? (
        <>
          <p>Nécessaires : {p.ppeNeeded}.</p>
          <p>{supplier}</p>
        </>
      ) : (
        <p>Aucun équipement de protection individuelle particulier n'est nécessaire pour ces tâches.</p>
      ),
    ),
  );

  return [
    block('parties', <Parties from={organisationIdentity(o)} role="Utilisateur" to={clientIdentity(c)} />),
    block('title', <DocTitle>Contrat de mise à disposition n° {p.id}</DocTitle>, { keepWithNext: true }),
    block(
      'intro',
      <p>
        Entre <strong>{o.name}</strong>, association intermédiaire, ci-après « l'association », et <strong>{c.displayName}</strong>, ci-après
        « l'utilisateur », il est convenu de la mise à disposition suivante.
      </p>,
      { keepWithNext: true },
    ),
    table('mentions', {
      label: 'Mentions du contrat',
      head: false,
      className: 'doc-mentions',
      columns: [
        { header: 'Mention', width: '52mm', rowHeader: true },
        { header: 'Contenu', width: 'auto' },
      ],
      rows,
    }),
    block(
      'legal',
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
      </section>,
      // The last mentions go over with the signatures rather than leave them with one line.
      { keepWithNext: true },
    ),
    block('place-date', <p>Fait à {o.city || '……………………'}, le {formatDate(todayIso())}, en deux exemplaires.</p>, { keepWithNext: true }),
    block(
      'signatures',
      <Signatures
        boxes={[
          { title: "Pour l'association", name: o.name, hint: 'Nom, qualité et signature' },
          { title: "Pour l'utilisateur", name: c.displayName, hint: `Nom, qualité, signature${c.kind === 'particulier' ? '' : ' et cachet'}` },
        ]}
      />,
      { keepWithPrevious: true },
    ),
  ];
}
