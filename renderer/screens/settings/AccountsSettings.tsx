import { useRef, useState } from 'react';
import { ACCOUNT_LABELS, PASSWORD_MIN, type AccountView } from '../../../db/contract/accounts';
import { ROLES, ROLE_CODES, type Role } from '../../../db/contract/roles';
import { formatDateTime } from '../../../db/base/format';
import { errorText, send } from '../../api/client';
import { Field } from '../../components/Field';
import { SelectField } from '../../components/Choice';
import { ErrorSummary, Form, FormSection, InlineFormActions, useForm } from '../../components/form';
import { Modal, useFeedback } from '../../components/feedback';
import { LoadState } from '../../components/Loading';
import { useList } from '../../components/useList';
import { useAccount } from '../../auth/account';
import { Refusal } from '../../auth/AuthScreens';

// Paramètres > Comptes (direction): the office's accounts, each with its role; created with a
// provisional password that the person replaces at the first login; disabled, never deleted
// (the journal keeps the name); a new provisional password when one is forgotten.

const ROLE_CHOICES = ROLE_CODES.map((code) => ({ code, label: ROLES[code] }));

function stateOf(a: AccountView): string {
  if (a.disabled) return 'Désactivé';
  if (a.lockedUntil && a.lockedUntil > new Date().toISOString()) return `Bloqué jusqu’à ${formatDateTime(a.lockedUntil)}`;
  if (a.mustChangePassword) return 'Mot de passe provisoire';
  return 'Actif';
}

export function AccountsSettings() {
  const accounts = useList('accounts.list', {});
  const [adding, setAdding] = useState(false);
  const [resetting, setResetting] = useState<AccountView | null>(null);
  const [editing, setEditing] = useState<AccountView | null>(null);
  const { toast, confirm } = useFeedback();
  const { account: self } = useAccount();
  if (!accounts.data) return <LoadState error={accounts.error} />;

  const toggle = async (a: AccountView) => {
    const disabling = !a.disabled;
    if (disabling) {
      const ok = await confirm({
        title: `Désactiver le compte de ${a.name} ?`,
        body: <p>{a.name} ne pourra plus se connecter. Le compte n’est pas supprimé : le journal garde son nom, et il peut être réactivé.</p>,
        confirmLabel: 'Désactiver',
        danger: true,
      });
      if (!ok) return;
    }
    const r = await send('accounts.setDisabled', { id: a.id, disabled: disabling });
    if (!r.ok) toast(errorText(r.error), 'error');
    else toast(disabling ? 'Compte désactivé' : 'Compte réactivé');
    accounts.reload();
  };

  return (
    <div className="accounts">
      <p className="muted">
        Chaque personne du bureau a son compte. Direction : tout, dont les paramètres, les comptes et le journal. Conseiller·ère en insertion : les
        salariés, l’accompagnement et les sorties ; lit les missions et les heures. Chargé·e de mission / assistant·e : les utilisateurs, les missions, les
        heures et la facturation ; ne voit ni l’accompagnement ni les critères de santé ou de justice.
      </p>
      <table className="simple-table">
        <thead>
          <tr>
            <th scope="col">Nom</th>
            <th scope="col">Identifiant</th>
            <th scope="col">Rôle</th>
            <th scope="col">État</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {accounts.data.map((a) => (
            <tr key={a.id}>
              <td>{a.name}</td>
              <td>{a.login}</td>
              <td>{ROLES[a.role]}</td>
              <td>{stateOf(a)}</td>
              <td className="row-actions">
                <button type="button" className="button button-small" onClick={() => setEditing(a)} aria-label={`Modifier le compte de ${a.name}`}>
                  Modifier
                </button>
                <button type="button" className="button button-small" onClick={() => setResetting(a)} aria-label={`Nouveau mot de passe pour ${a.name}`}>
                  Nouveau mot de passe
                </button>
                {a.id !== self.id && (
                  <button type="button" className="button button-small" onClick={() => void toggle(a)} aria-label={`${a.disabled ? 'Réactiver' : 'Désactiver'} le compte de ${a.name}`}>
                    {a.disabled ? 'Réactiver' : 'Désactiver'}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {adding ? (
        <NewAccountForm
          onDone={() => {
            setAdding(false);
            accounts.reload();
          }}
        />
      ) : (
        <p>
          <button type="button" className="button button-primary" onClick={() => setAdding(true)}>
            Nouveau compte
          </button>
        </p>
      )}
      {editing && <EditAccountDialog account={editing} onClose={() => { setEditing(null); accounts.reload(); }} />}
      {resetting && <ResetPasswordDialog account={resetting} onClose={() => setResetting(null)} />}
    </div>
  );
}

const PROVISIONAL_HELP = `${PASSWORD_MIN} caractères au moins. Donnez-le à la personne : elle le remplacera par le sien à sa première connexion.`;

function NewAccountForm({ onDone }: { onDone(): void }) {
  const form = useForm({
    call: 'accounts.create',
    initial: { name: '', login: '', role: 'conseiller', password: '', confirmation: '' },
    toInput: (v) => ({ name: v.name ?? '', login: v.login ?? '', role: (v.role ?? '') as Role, password: v.password ?? '', confirmation: v.confirmation ?? '' }),
    onSaved: onDone,
    savedMessage: 'Compte créé',
    labels: { ...ACCOUNT_LABELS, password: 'Mot de passe provisoire', confirmation: 'Mot de passe provisoire (à nouveau)' },
  });
  return (
    <Form form={form} label="Nouveau compte">
      <ErrorSummary form={form} />
      <FormSection title="Nouveau compte">
        <Field {...form.field('name')} required autoFocus />
        <Field {...form.field('login')} required help="Ce que la personne tapera pour se connecter." />
        <SelectField {...form.field('role')} options={ROLE_CHOICES} required />
        <Field {...form.field('password')} required type="password" help={PROVISIONAL_HELP} autoComplete="new-password" />
        <Field {...form.field('confirmation')} required type="password" autoComplete="new-password" />
      </FormSection>
      <InlineFormActions form={form} saveLabel="Créer le compte" onCancel={onDone} />
    </Form>
  );
}

function EditAccountDialog({ account, onClose }: { account: AccountView; onClose(): void }) {
  const first = useRef<HTMLInputElement>(null);
  const form = useForm({
    call: 'accounts.update',
    initial: { name: account.name, role: account.role },
    version: account.version,
    toInput: (v, _x, version) => ({ id: account.id, version, name: v.name ?? '', role: (v.role ?? '') as Role }),
    onSaved: onClose,
    savedMessage: 'Compte modifié',
    showsRefusal: true,
    labels: ACCOUNT_LABELS,
  });
  return (
    <Modal titleId="edit-account-title" focus={first} onCancel={onClose}>
      <h2 id="edit-account-title">Compte de {account.name}</h2>
      <Form form={form} label="Modifier le compte">
        <Refusal error={form.lastError} />
        <Field {...form.field('name')} required ref={first} />
        <SelectField {...form.field('role')} options={ROLE_CHOICES} required />
        <InlineFormActions form={form} saveLabel="Enregistrer" onCancel={onClose} />
      </Form>
    </Modal>
  );
}

function ResetPasswordDialog({ account, onClose }: { account: AccountView; onClose(): void }) {
  const first = useRef<HTMLInputElement>(null);
  const form = useForm({
    call: 'accounts.resetPassword',
    initial: { password: '', confirmation: '' },
    toInput: (v) => ({ id: account.id, password: v.password ?? '', confirmation: v.confirmation ?? '' }),
    onSaved: onClose,
    savedMessage: 'Nouveau mot de passe provisoire enregistré',
    labels: { password: 'Mot de passe provisoire', confirmation: 'Mot de passe provisoire (à nouveau)' },
  });
  return (
    <Modal titleId="reset-title" focus={first} onCancel={onClose}>
      <h2 id="reset-title">Nouveau mot de passe pour {account.name}</h2>
      <p>L’ancien mot de passe cesse de fonctionner et {account.name} est déconnecté·e ; à sa prochaine connexion, il lui sera demandé d’en choisir un.</p>
      <Form form={form} label="Nouveau mot de passe">
        <Field {...form.field('password')} required type="password" ref={first} help={PROVISIONAL_HELP} autoComplete="new-password" />
        <Field {...form.field('confirmation')} required type="password" autoComplete="new-password" />
        <InlineFormActions form={form} saveLabel="Enregistrer" onCancel={onClose} />
      </Form>
    </Modal>
  );
}
