import { useCallback, useEffect, useState } from 'react';
import type { ClientDetail } from '../../../db/contract/clients';
import { formatDate, formatMoney } from '../../../db/contract/format';
import { CLIENT_KINDS, labelOf, PAYMENT_MEANS } from '../../../db/contract/reference';
import { send } from '../../api/client';
import { Badge } from '../../components/Badge';
import { Field } from '../../components/Field';
import { SelectField } from '../../components/Choice';
import { useFeedback } from '../../components/feedback';
import { useForm } from '../../components/form';
import { Link, useRouter } from '../../router';
import { CLIENT_LABELS } from './ClientForm';
import { PlacementsPanel } from '../placements/PlacementsPanel';

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children || <span className="muted">—</span>}</dd>
    </>
  );
}

const thisYear = () => new Date().getFullYear();
const todayFr = () => formatDate(new Date().toISOString().slice(0, 10));

function MembershipForm({ client, onDone, onCancel }: { client: ClientDetail; onDone(c: ClientDetail): void; onCancel(): void }) {
  const form = useForm({
    call: 'clients.addMembership',
    initial: { year: String(thisYear()), amountCents: '20,00', paidOn: todayFr(), means: 'cheque' },
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
  const f = (name: string, label: string) => ({
    name,
    label,
    value: form.values[name] ?? '',
    onChange: (x: string) => form.setValue(name, x),
    error: form.errors[name],
  });
  return (
    <form
      ref={form.formRef}
      className="form inline-form"
      noValidate
      aria-label="Nouvelle adhésion"
      onKeyDown={(e) => void form.onKeyDown(e)}
      onSubmit={(e) => {
        e.preventDefault();
        void form.submit();
      }}
    >
      <div className="form-grid">
        <Field {...f('year', 'Année')} kind="digits" maxLength={4} required autoFocus />
        <Field {...f('amountCents', 'Montant')} kind="money" suffix="€" required />
        <Field {...f('paidOn', 'Payée le')} kind="date" required />
        <SelectField {...f('means', 'Moyen de paiement')} options={PAYMENT_MEANS} required />
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={form.busy}>
          Enregistrer l'adhésion
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Annuler
        </button>
      </div>
    </form>
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
  const f = (name: string, label: string) => ({
    name,
    label,
    value: form.values[name] ?? '',
    onChange: (x: string) => form.setValue(name, x),
    error: form.errors[name],
  });
  return (
    <form
      ref={form.formRef}
      className="form inline-form"
      noValidate
      aria-label="Nouveau lieu de travail"
      onKeyDown={(e) => void form.onKeyDown(e)}
      onSubmit={(e) => {
        e.preventDefault();
        void form.submit();
      }}
    >
      <div className="form-grid">
        <Field {...f('label', 'Nom du lieu')} required autoFocus help="Par exemple : Résidence Les Tilleuls, entrepôt." className="wide" />
        <Field {...f('addressLine1', 'Adresse')} required className="wide" />
        <Field {...f('addressLine2', "Complément d'adresse")} className="wide" />
        <Field {...f('postalCode', 'Code postal')} kind="digits" maxLength={5} required />
        <Field {...f('city', 'Commune')} required />
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={form.busy}>
          Enregistrer le lieu
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Annuler
        </button>
      </div>
    </form>
  );
}

export function ClientPage({ id }: { id: number }) {
  const { navigate } = useRouter();
  const { confirm, toast } = useFeedback();
  const [client, setClient] = useState<ClientDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<'membership' | 'address' | null>(null);
  const load = useCallback(async () => {
    const r = await send('clients.get', { id });
    if (r.ok) setClient(r.value);
    else setError(r.error.message);
  }, [id]);
  useEffect(() => {
    void load();
  }, [load]);
  if (error) return <p className="error-text" role="alert">{error}</p>;
  if (!client) return <p className="muted">Chargement…</p>;
  const c = client;
  const done = (x: ClientDetail) => {
    setClient(x);
    setEditing(null);
  };
  const act = async (call: 'clients.archive' | 'clients.unarchive' | 'clients.delete', message: string) => {
    const r = await send(call, { id: c.id });
    if (!r.ok) return toast(r.error.message, 'error');
    toast(message);
    if (call === 'clients.delete') navigate('/utilisateurs', { force: true });
    else void load();
  };

  return (
    <section className="page">
      <header className="page-header record-header">
        <div>
          <h1>{c.name}</h1>
          <p className="record-badges">
            <Badge tone="info">{labelOf(CLIENT_KINDS, c.kind)}</Badge>{' '}
            {c.membershipPaid ? <Badge tone="ok">Adhésion {thisYear()} payée</Badge> : <Badge tone="warn">Adhésion {thisYear()} manquante</Badge>}
            {c.archivedAt && (
              <>
                {' '}
                <Badge tone="neutral">Archivé</Badge>
              </>
            )}
          </p>
        </div>
        <div className="actions">
          <Link to={`/utilisateurs/${c.id}/modifier`} className="button button-primary">
            Modifier
          </Link>
          {c.archivedAt ? (
            <button type="button" className="button" onClick={() => void act('clients.unarchive', 'Fiche désarchivée')}>
              Désarchiver
            </button>
          ) : (
            <button
              type="button"
              className="button"
              onClick={async () => {
                const ok = await confirm({
                  title: 'Archiver cette fiche ?',
                  body: `${c.name} n'apparaîtra plus dans la liste des fiches actives. Rien n'est effacé : la fiche reste consultable et peut être désarchivée.`,
                  confirmLabel: 'Archiver',
                });
                if (ok) void act('clients.archive', 'Fiche archivée');
              }}
            >
              Archiver
            </button>
          )}
          {!c.referenced && (
            <button
              type="button"
              className="button button-danger-outline"
              onClick={async () => {
                const ok = await confirm({
                  title: 'Supprimer définitivement cette fiche ?',
                  body: `La fiche de ${c.name} sera effacée. Cette action ne peut pas être annulée ; elle est inscrite au journal.`,
                  confirmLabel: 'Supprimer définitivement',
                  danger: true,
                });
                if (ok) void act('clients.delete', 'Fiche supprimée');
              }}
            >
              Supprimer
            </button>
          )}
        </div>
      </header>
      {!c.membershipPaid && !c.archivedAt && (
        <div className="banner banner-warning" role="alert">
          L'adhésion {thisYear()} n'est pas enregistrée : une mise à disposition chez cet utilisateur demandera confirmation.
        </div>
      )}
      <section className="record-section" aria-labelledby="s-identite">
        <h2 id="s-identite">Identité et facturation</h2>
        <dl className="facts">
          <Fact label="SIRET">{c.siret}</Fact>
          <Fact label={CLIENT_LABELS.contactName!}>{c.contactName}</Fact>
          <Fact label="Adresse de facturation">
            {[c.addressLine1, c.addressLine2, [c.postalCode, c.city].filter(Boolean).join(' ')].filter(Boolean).join(', ')}
          </Fact>
          <Fact label="Téléphone">{c.phone}</Fact>
          <Fact label="E-mail">{c.email}</Fact>
          <Fact label={CLIENT_LABELS.hourlyRateCents!}>{c.hourlyRateCents !== null ? `${formatMoney(c.hourlyRateCents)} / h` : "taux par défaut de l'organisation"}</Fact>
          <Fact label="Délai de paiement">{c.paymentTermsDays === 0 ? 'à réception' : `${c.paymentTermsDays} jours`}</Fact>
          <Fact label="480 heures">{c.counts480 ? 'ses heures comptent dans les 480 h' : 'ses heures ne comptent pas dans les 480 h'}</Fact>
          {c.kind === 'entreprise' && (
            <Fact label="Dernier licenciement économique">{c.lastLayoffDate ? `${formatDate(c.lastLayoffDate)} (${c.lastLayoffPost ?? ''})` : 'aucun déclaré'}</Fact>
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
                <strong>{a.label}</strong> : {[a.addressLine1, a.addressLine2, `${a.postalCode} ${a.city}`].filter(Boolean).join(', ')}
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
      <section className="record-section" aria-labelledby="s-missions">
        <h2 id="s-missions">Missions</h2>
        <PlacementsPanel clientId={c.id} />
      </section>
    </section>
  );
}
