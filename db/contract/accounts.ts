import { z } from 'zod';
import { call } from './define';
import { integer, requiredText } from './fields';
import { ROLE_CODES, type Role } from './roles';
import { readVersion } from './versions';

// Staff accounts, logging in, the idle lock and the security settings (issue 13).

export const PASSWORD_MIN = 10;
/** After this many failed attempts in a row, the login is refused for LOCKOUT_MINUTES. */
export const MAX_FAILED_ATTEMPTS = 5;
export const LOCKOUT_MINUTES = 5;

const password = z
  .string({ error: 'Saisissez un mot de passe.' })
  .min(PASSWORD_MIN, { error: `Le mot de passe compte au moins ${PASSWORD_MIN} caractères.` })
  .max(200, { error: '200 caractères au maximum.' });

/** The typed password must be repeated: a typing error would lock the person out. */
function confirmed<T extends { password: string; confirmation: string }>(v: T, ctx: z.RefinementCtx) {
  if (v.password !== v.confirmation) {
    ctx.addIssue({ code: 'custom', path: ['confirmation'], message: 'Les deux mots de passe ne sont pas identiques.' });
  }
}

export const loginName = requiredText(60).pipe(
  z.string().regex(/^[\p{L}\p{N}._@-]+$/u, { error: 'Identifiant : lettres, chiffres et . _ - @ seulement, sans espace.' }),
);

const role = z.enum(ROLE_CODES, { error: 'Choisissez un rôle.' });

export const newAccountInput = z
  .object({ name: requiredText(80), login: loginName, role, password, confirmation: z.string() })
  .superRefine(confirmed);
export type NewAccountInput = z.input<typeof newAccountInput>;

export const ACCOUNT_LABELS: Record<string, string> = {
  name: 'Nom et prénom',
  login: 'Identifiant',
  role: 'Rôle',
  password: 'Mot de passe',
  confirmation: 'Mot de passe (à nouveau)',
};

/** The first run: the organisation's name and the first account, always direction. */
export const setupInput = z
  .object({ organisationName: requiredText(120), name: requiredText(80), login: loginName, password, confirmation: z.string() })
  .superRefine(confirmed);
export type SetupInput = z.input<typeof setupInput>;

export const loginInput = z.object({
  login: z.string({ error: 'Saisissez votre identifiant.' }).trim().min(1, { error: 'Saisissez votre identifiant.' }).max(60),
  password: z.string({ error: 'Saisissez votre mot de passe.' }).min(1, { error: 'Saisissez votre mot de passe.' }).max(200),
});

export const passwordChangeInput = z
  .object({ current: z.string().min(1, { error: 'Saisissez votre mot de passe actuel.' }).max(200), password, confirmation: z.string() })
  .superRefine(confirmed);

export const securityInput = z.object({
  idleLockMinutes: integer(1, 240, 'Un nombre de minutes de 1 à 240.'),
  anonymiseAfterYears: integer(1, 30, "Un nombre d'années de 1 à 30."),
  version: readVersion,
});
export type SecurityInput = z.input<typeof securityInput>;

export const SECURITY_LABELS: Record<string, string> = {
  idleLockMinutes: 'Verrouillage après (minutes sans activité)',
  anonymiseAfterYears: 'Anonymisation proposée après (années depuis la sortie)',
};

export interface SecuritySettings {
  idleLockMinutes: number;
  anonymiseAfterYears: number;
  version: number;
}

/** The logged-in person as the screens know them. */
export interface SessionAccount {
  id: number;
  name: string;
  login: string;
  role: Role;
  mustChangePassword: boolean;
}

/** What the app asks first: is there an account yet, who is logged in, is the session locked. */
export interface AuthState {
  needsSetup: boolean;
  account: SessionAccount | null;
  locked: boolean;
  idleLockMinutes: number;
}

export interface AccountView {
  id: number;
  name: string;
  login: string;
  role: Role;
  disabled: boolean;
  /** Refused at login until then (5 failed attempts). */
  lockedUntil: string | null;
  mustChangePassword: boolean;
  createdAt: string;
  version: number;
}

/** An account that can be chosen as a worker's referent. */
export interface ReferentChoice {
  id: number;
  name: string;
  role: Role;
}

const id = z.object({ id: z.number().int().positive() });

export const accountsContract = {
  'auth.state': call<AuthState>()(z.object({}).strict(), { write: false, permission: 'public' }),
  /** Only while no account exists: creates the organisation and the first account, logged in. */
  'auth.setup': call<AuthState>()(setupInput, { write: false, permission: 'public' }),
  'auth.login': call<AuthState>()(loginInput, { write: false, permission: 'public' }),
  'auth.logout': call<AuthState>()(z.object({}).strict(), { write: false, permission: 'public' }),
  /** The page saw no activity for the set minutes: the session waits for the password. */
  'auth.lock': call<AuthState>()(z.object({}).strict(), { write: false, permission: 'account' }),
  'auth.unlock': call<AuthState>()(z.object({ password: loginInput.shape.password }), { write: false, permission: 'account' }),
  'auth.changePassword': call<AuthState>()(passwordChangeInput, { write: false, permission: 'account' }),

  'accounts.list': call<AccountView[]>()(z.object({}).strict(), { write: false, permission: 'accounts.manage' }),
  'accounts.create': call<{ id: number }>()(newAccountInput, { write: false, permission: 'accounts.manage' }),
  'accounts.update': call<{ id: number }>()(
    z.object({ id: id.shape.id, version: readVersion, name: requiredText(80), role }),
    { write: true, permission: 'accounts.manage' },
  ),
  'accounts.setDisabled': call<{ id: number }>()(z.object({ id: id.shape.id, disabled: z.boolean() }), { write: true, permission: 'accounts.manage' }),
  /** A new temporary password, to be changed at the next login; the account's sessions end. */
  'accounts.resetPassword': call<{ id: number }>()(
    z.object({ id: id.shape.id, password, confirmation: z.string() }).superRefine(confirmed),
    { write: false, permission: 'accounts.manage' },
  ),
  /** The active accounts a worker's referent can be. */
  'accounts.referents': call<ReferentChoice[]>()(z.object({}).strict(), { write: false, permission: 'workers.read' }),

  'settings.getSecurity': call<SecuritySettings>()(z.object({}).strict(), { write: false, permission: 'account' }),
  'settings.saveSecurity': call<SecuritySettings>()(securityInput, { write: true, permission: 'settings.write' }),
};
