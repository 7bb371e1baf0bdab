import { useEffect, useRef } from 'react';
import { ACCOUNT_LABELS, PASSWORD_MIN, type AuthState, type SessionAccount } from '../../db/contract/accounts';
import type { ApiError } from '../../db/contract/result';
import { Field } from '../components/Field';
import { ErrorSummary, Form, FormSection, useForm } from '../components/form';

// What shows before the app: the first-run wizard (the organisation and the first account, with
// the direction role), the login screen, and the choice of a new password after a reset.

const PASSWORD_HELP = `${PASSWORD_MIN} caractères au moins ; une phrase facile à retenir convient (« le chat dort sur la chaise »).`;

function AuthCard({ title, lead, children }: { title: string; lead?: string; children: React.ReactNode }) {
  return (
    <main className="auth-screen">
      <div className="auth-card">
        <p className="app-name">Passerelle</p>
        <h1>{title}</h1>
        {lead && <p className="muted">{lead}</p>}
        {children}
      </div>
    </main>
  );
}

/** A refusal that belongs to no field (a wrong password, a blocked account), beside the form. */
export function Refusal({ error }: { error: ApiError | null }) {
  if (!error || error.fields) return null;
  return (
    <p className="error-text" role="alert">
      {error.message}
    </p>
  );
}

function useFirstFocus() {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return ref;
}

export function FirstRun({ onDone }: { onDone(state: AuthState): void }) {
  const first = useFirstFocus();
  const form = useForm({
    call: 'auth.setup',
    initial: { organisationName: '', name: '', login: '', password: '', confirmation: '' },
    toInput: (v) => ({
      organisationName: v.organisationName ?? '',
      name: v.name ?? '',
      login: v.login ?? '',
      password: v.password ?? '',
      confirmation: v.confirmation ?? '',
    }),
    onSaved: onDone,
    savedMessage: 'Passerelle est prêt : votre compte de direction est créé.',
    labels: { ...ACCOUNT_LABELS, organisationName: "Nom de l'association" },
  });
  return (
    <AuthCard
      title="Bienvenue dans Passerelle"
      lead="Première ouverture : indiquez le nom de l'association et créez votre compte. Il aura le rôle Direction : il pourra créer les comptes des autres personnes du bureau."
    >
      <Form form={form} label="Première ouverture">
        <ErrorSummary form={form} />
        <FormSection title="L'association">
          <Field {...form.field('organisationName')} required ref={first} className="wide" />
        </FormSection>
        <FormSection title="Votre compte (direction)">
          <Field {...form.field('name')} required className="wide" autoComplete="name" />
          <Field {...form.field('login')} required help="Ce que vous taperez pour vous connecter, par exemple « claire.martin »." autoComplete="username" />
          <Field {...form.field('password')} required type="password" help={PASSWORD_HELP} autoComplete="new-password" />
          <Field {...form.field('confirmation')} required type="password" autoComplete="new-password" />
        </FormSection>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={form.busy}>
            {form.busy ? 'Création…' : 'Créer mon compte et commencer'}
          </button>
        </div>
      </Form>
    </AuthCard>
  );
}

export function Login({ onDone }: { onDone(state: AuthState): void }) {
  const first = useFirstFocus();
  const form = useForm({
    call: 'auth.login',
    initial: { login: '', password: '' },
    toInput: (v) => ({ login: v.login ?? '', password: v.password ?? '' }),
    onSaved: onDone,
    savedMessage: 'Connecté',
    showsRefusal: true,
    labels: { login: 'Identifiant', password: 'Mot de passe' },
  });
  return (
    <AuthCard title="Connexion" lead="Chaque personne du bureau a son compte : ce qu'elle modifie est inscrit à son nom.">
      <Form form={form} label="Connexion">
        <Refusal error={form.lastError} />
        <Field {...form.field('login')} required ref={first} autoComplete="username" />
        <Field {...form.field('password')} required type="password" autoComplete="current-password" />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={form.busy}>
            {form.busy ? 'Vérification…' : 'Se connecter'}
          </button>
        </div>
      </Form>
    </AuthCard>
  );
}

export function NewPassword({ account, onDone, onLogout }: { account: SessionAccount; onDone(state: AuthState): void; onLogout(): void }) {
  const first = useFirstFocus();
  const form = useForm({
    call: 'auth.changePassword',
    initial: { current: '', password: '', confirmation: '' },
    toInput: (v) => ({ current: v.current ?? '', password: v.password ?? '', confirmation: v.confirmation ?? '' }),
    onSaved: onDone,
    savedMessage: 'Mot de passe enregistré',
    labels: { current: 'Mot de passe provisoire', password: 'Nouveau mot de passe', confirmation: 'Nouveau mot de passe (à nouveau)' },
  });
  return (
    <AuthCard title="Choisissez votre mot de passe" lead={`${account.name} : votre mot de passe a été donné par la direction. Choisissez le vôtre, que vous seul connaîtrez.`}>
      <Form form={form} label="Nouveau mot de passe">
        <ErrorSummary form={form} />
        <Field {...form.field('current')} required type="password" ref={first} autoComplete="current-password" />
        <Field {...form.field('password')} required type="password" help={PASSWORD_HELP} autoComplete="new-password" />
        <Field {...form.field('confirmation')} required type="password" autoComplete="new-password" />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={form.busy}>
            Enregistrer mon mot de passe
          </button>
          <button type="button" className="button" onClick={onLogout}>
            Se déconnecter
          </button>
        </div>
      </Form>
    </AuthCard>
  );
}
