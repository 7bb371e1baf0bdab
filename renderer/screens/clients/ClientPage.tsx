import { useState } from 'react';
import type { ClientDetail } from '../../../db/contract/clients';
import { formatAddress, formatDate, formatMoney, formatPhone, formatSiret } from '../../../db/base/format';
import { CLIENT_KINDS, labelOf, PAYMENT_MEANS, TASK_KINDS } from '../../../db/contract/reference';
import { todayIso } from '../../../db/base/dates';
import { Badge } from '../../components/Badge';
import { Fact } from '../../components/Facts';
import { Field } from '../../components/Field';
import { SelectField } from '../../components/Choice';
import { LoadState } from '../../components/Loading';
import { ArchivedBadge, RecordActions } from '../../components/RecordActions';
import { useRecord } from '../../components/useList';
import { Form, InlineFormActions, useForm } from '../../components/form';
import { CLIENT_LABELS } from './ClientForm';
import { PlacementsPanel } from '../placements/PlacementsPanel';
import { Link } from '../../router';

const thisYear = () => new Date().getFullYear();

function MembershipForm({ client, onDone, onCancel }: { client: ClientDetail; onDone(c: ClientDetail): void; onCancel(): void }) {
  const form = useForm({
    call: 'clients.addMembership',
    initial: { year: String(thisYear()), amountCents: '20,00', paidOn: formatDate(todayIso()), means: 'cheque' },
    toInput: (v) => ({
      clientId: client.id,
      year: v.year ?? '',
      amountCents: v.amountCents ?? '',
      paidOn: v.paidOn ?? '',
      means: (v.means ?? '') as 'cheque',
    }),
    onSaved: onDone,
    savedMessage: 'Adhésion enregistrée',
  });
  return (
    <Form form={form} label="Nouvelle adhésion" className="inline-form">
      <div className="form-grid">
        <Field {...form.field('year', 'Année')} kind="digits" maxLength={4} required autoFocus />
        <Field {...form.field('amountCents', 'Montant')} kind="money" suffix="€" required />
        <Field {...form.field('paidOn', 'Payée le')} kind="date" required />
        <SelectField {...form.field('means', 'Moyen de paiement')} options={PAYMENT_MEANS} required />
      </div>
      <InlineFormActions form={form} saveLabel="Enregistrer l'adhésion" onCancel={onCancel} />
    </Form>
  );
}

function WorkAddressForm({ client, onDone, onCancel }: { client: ClientDetail; onDone(c: ClientDetail): void; onCancel(): void }) {
  const form = useForm({
    call: 'clients.saveWorkAddress',
    initial: { label: '', addressLine1: '', addressLine2: '', postalCode: '', city: '' },
    toInput: (v) => ({
      clientId: client.id,
      id: null,
      label: v.label ?? '',
      addressLine1: v.addressLine1 ?? '',
      addressLine2: v.addressLine2 ?? '',
      postalCode: v.postalCode ?? '',
      city: v.city ?? '',
    }),
    onSaved: onDone,
    savedMessage: 'Lieu de travail enregistré',
  });
  return (
    <Form form={form} label="Nouveau lieu de travail" className="inline-form">
      <div className="form-grid">
        <Field {...form.field('label', 'Nom du lieu')} required autoFocus help="Par exemple : Résidence Les Tilleuls, entrepôt." className="wide" />
        <Field {...form.field('addressLine1', 'Adresse')} required className="wide" />
        <Field {...form.field('addressLine2', "Complément d'adresse")} className="wide" />
        <Field {...form.field('postalCode', 'Code postal')} kind="digits" maxLength={5} required />
        <Field {...form.field('city', 'Commune')} required />
      </div>
      <InlineFormActions form={form} saveLabel="Enregistrer le lieu" onCancel={onCancel} />
    </Form>
  );
}

export function ClientPage({ id }: { id: number }) {
  const { data: client, error, reload, set: setClient } = useRecord('clients.get', id);
  const [editing, setEditing] = useState<'membership' | 'address' | null>(null);
  if (error || !client) return <LoadState error={error} />;
  const c = client;
  const done = (x: ClientDetail) => {
    setClient(x);
    setEditing(null);
  };

  return (
    <section className="page">
      <header className="page-header record-header">
        <div>
          <h1>{c.displayName}</h1>
          <p className="record-badges">
            <Badge tone="info">{labelOf(CLIENT_KINDS, c.kind)}</Badge>{' '}
            {c.membershipPaid ? <Badge tone="ok">Adhésion {thisYear()} payée</Badge> : <Badge tone="warn">Adhésion {thisYear()} manquante</Badge>}
            <ArchivedBadge record={c} />
          </p>
        </div>
        <RecordActions
          kind="clients"
          record={{ ...c, name: c.displayName }}
          listPath="/utilisateurs"
          archiveBody={`${c.displayName} n'apparaîtra plus dans la liste des fiches actives. Rien n'est effacé : la fiche reste consultable et peut être désarchivée.`}
          onChanged={reload}
        />
      </header>
      {c.nameToReview && (
        <div className="banner banner-warning" role="alert">
          Nom à vérifier : « {c.lastName} » n'a pas pu être séparé en civilité, prénom et nom lors de la mise à jour de Passerelle.{' '}
          <Link to={`/utilisateurs/${c.id}/modifier`}>Modifiez la fiche</Link> pour les indiquer.
        </div>
      )}
      {c.lastLayoffPostReview && (
        <div className="banner banner-warning" role="alert">
          Poste du licenciement économique à vérifier : « {c.lastLayoffPostReview} » ne correspond clairement à aucune tâche des missions.{' '}
          <Link to={`/utilisateurs/${c.id}/modifier`}>Modifiez la fiche</Link> pour choisir la tâche : une mission sur la même tâche sera
          alors refusée pendant 6 mois.
        </div>
      )}
      {!c.membershipPaid && !c.archivedAt && (
        <div className="banner banner-warning" role="alert">
          L'adhésion {thisYear()} n'est pas enregistrée : une mise à disposition chez cet utilisateur demandera confirmation.
        </div>
      )}
      <section className="record-section" aria-labelledby="s-identite">
        <h2 id="s-identite">Identité et facturation</h2>
        <dl className="facts">
          <Fact label="SIRET">{formatSiret(c.siret)}</Fact>
          <Fact label={CLIENT_LABELS.contactName!}>{c.contactName}</Fact>
          <Fact label="Adresse de facturation">
            {formatAddress(c)}
          </Fact>
          <Fact label="Téléphone">{formatPhone(c.phone)}</Fact>
          <Fact label="E-mail">{c.email}</Fact>
          <Fact label={CLIENT_LABELS.hourlyRateCents!}>{c.hourlyRateCents !== null ? `${formatMoney(c.hourlyRateCents)} / h` : "taux par défaut de l'organisation"}</Fact>
          <Fact label="Délai de paiement">{c.paymentTermsDays === 0 ? 'à réception' : `${c.paymentTermsDays} jours`}</Fact>
          <Fact label="480 heures">{c.counts480 ? 'ses heures comptent dans les 480 h' : 'ses heures ne comptent pas dans les 480 h'}</Fact>
          {(c.kind === 'entreprise' || c.lastLayoffDate) && (
            <Fact label="Dernier licenciement économique">
              {c.lastLayoffDate
                ? `le ${formatDate(c.lastLayoffDate)}, poste : ${c.lastLayoffPost ? labelOf(TASK_KINDS, c.lastLayoffPost) : c.lastLayoffPostReview ? `« ${c.lastLayoffPostReview} », à vérifier` : 'non précisé'}`
                : 'aucun déclaré'}
            </Fact>
          )}
          <Fact label="Notes">{c.notes}</Fact>
        </dl>
      </section>
      <section className="record-section" aria-labelledby="s-adhesions">
        <h2 id="s-adhesions">Adhésions</h2>
        {c.memberships.length === 0 ? (
          <p className="muted">Aucune adhésion enregistrée.</p>
        ) : (
          <table className="simple-table" aria-label="Adhésions">
            <thead>
              <tr>
                <th>Année</th>
                <th className="num">Montant</th>
                <th>Payée le</th>
                <th>Moyen</th>
              </tr>
            </thead>
            <tbody>
              {c.memberships.map((m) => (
                <tr key={m.id}>
                  <td>{m.year}</td>
                  <td className="num">{formatMoney(m.amountCents)}</td>
                  <td>{formatDate(m.paidOn)}</td>
                  <td>{labelOf(PAYMENT_MEANS, m.means)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {editing === 'membership' ? (
          <MembershipForm client={c} onDone={done} onCancel={() => setEditing(null)} />
        ) : (
          <button type="button" className="button" onClick={() => setEditing('membership')}>
            Enregistrer une adhésion
          </button>
        )}
      </section>
      <section className="record-section" aria-labelledby="s-lieux">
        <h2 id="s-lieux">Lieux de travail</h2>
        {c.workAddresses.length === 0 ? (
          <p className="muted">Aucun lieu de travail : les missions se dérouleront à l'adresse de facturation.</p>
        ) : (
          <ul>
            {c.workAddresses.map((a) => (
              <li key={a.id}>
                <strong>{a.label}</strong> : {formatAddress(a)}
              </li>
            ))}
          </ul>
        )}
        {editing === 'address' ? (
          <WorkAddressForm client={c} onDone={done} onCancel={() => setEditing(null)} />
        ) : (
          <button type="button" className="button" onClick={() => setEditing('address')}>
            Ajouter un lieu de travail
          </button>
        )}
      </section>
      <PlacementsPanel clientId={c.id} />
    </section>
  );
}
