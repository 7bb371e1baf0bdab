import { z } from 'zod';
import { call } from './define';
import { integer, MSG, money, optionalText, requiredDate, requiredText } from './fields';
import { objectSchema } from './field-spec';
import { CLIENT_FIELDS } from './client-fields';
import { clientKindCodes, paymentMeansCodes, type ClientKind, type PaymentMeans } from './reference';
import { type ImportCommitResult, type ImportPreviewResult, importCommitInput, importPreviewInput } from './imports';
import { listSort, listWindow } from './lists';
import { exportFormat, type ExportFile } from './exports';
import { readVersion, versionIfUpdate } from './versions';

/** A client's code in the accounts: what accounting software accept in an account number. */
export const ACCOUNT_CODE = /^[A-Z0-9]{1,12}$/;

/** What the client form sends (and each CSV line becomes). */
export const clientInput = objectSchema(CLIENT_FIELDS)
  .superRefine((c, ctx) => {
    if (c.lastLayoffDate && !c.lastLayoffPost) {
      ctx.addIssue({ code: 'custom', path: ['lastLayoffPost'], message: 'Indiquez le poste concerné par le licenciement économique.' });
    }
    if (typeof c.accountCode === 'string' && !ACCOUNT_CODE.test(c.accountCode)) {
      ctx.addIssue({ code: 'custom', path: ['accountCode'], message: 'Le code comptable : lettres majuscules et chiffres, sans espace (12 au plus).' });
    }
  })
  .superRefine(
    (c, ctx) => {
      // A particulier is a person (civility, last and first name); an organisation has its
      // raison sociale. Checked even when other fields fail, so the form shows every message at once.
      const missing = (key: 'name' | 'civility' | 'lastName' | 'firstName', message: string = MSG.required) => {
        if (c[key] === null || c[key] === undefined) ctx.addIssue({ code: 'custom', path: [key], message });
      };
      if (c.kind === 'particulier') {
        missing('civility', 'Choisissez Madame ou Monsieur.');
        missing('lastName');
        missing('firstName');
      } else if ((clientKindCodes as readonly unknown[]).includes(c.kind)) missing('name');
    },
    { when: () => true },
  );

export type ClientInput = z.input<typeof clientInput>;
export type ClientValues = z.output<typeof clientInput>;

/** The work address form's fields, named in messages (a save refused because someone else saved first). */
export const WORK_ADDRESS_LABELS: Record<string, string> = {
  label: 'Nom du lieu',
  addressLine1: 'Adresse',
  addressLine2: "Complément d'adresse",
  postalCode: 'Code postal',
  city: 'Commune',
};

export const workAddressInput = z.object({
  clientId: z.number().int().positive(),
  id: z.number().int().positive().nullable().default(null),
  /** The version of the address being changed (id), as it was read. */
  version: readVersion.nullable().default(null),
  label: requiredText(80),
  addressLine1: requiredText(120),
  addressLine2: optionalText(120),
  postalCode: z.string({ error: MSG.required }).trim().regex(/^\d{5}$/, { error: MSG.postalCode }),
  city: requiredText(80),
}).superRefine(versionIfUpdate);

export const membershipInput = z.object({
  clientId: z.number().int().positive(),
  year: integer(2000, 2100, 'Année invalide (exemple : 2026).'),
  amountCents: money,
  paidOn: requiredDate,
  means: z.enum(paymentMeansCodes, { error: 'Choisissez le moyen de paiement.' }),
});

export const clientFilters = z.object({
  search: z.string().max(200).default(''),
  kind: z.enum(clientKindCodes).nullable().default(null),
  /** Membership of `year` (default: this year): paid or missing. */
  membership: z.enum(['a_jour', 'manquante']).nullable().default(null),
  year: z.number().int().min(2000).max(2100).nullable().default(null),
  archived: z.enum(['actifs', 'archives', 'tous']).default('actifs'),
  sort: listSort(['name', 'kind', 'city', 'siret', 'membership']).default({ column: 'name', direction: 'asc' }),
  window: listWindow,
});
export type ClientFilters = z.input<typeof clientFilters>;

export interface ClientRow {
  id: number;
  /** As every screen shows it: « Mme Jeanne MOREAU », or the raison sociale. */
  name: string;
  kind: ClientKind;
  siret: string | null;
  contactName: string | null;
  city: string | null;
  phone: string | null;
  counts480: boolean;
  /** Whether the membership of the filter's year is paid. */
  membershipPaid: boolean;
  archived: boolean;
}

export interface MembershipView {
  id: number;
  year: number;
  amountCents: number;
  paidOn: string;
  means: PaymentMeans;
}

export interface WorkAddressView {
  id: number;
  version: number;
  label: string;
  addressLine1: string;
  addressLine2: string | null;
  postalCode: string;
  city: string;
}

export interface ClientDetail extends Omit<ClientValues, 'counts480'> {
  id: number;
  /** The version read: sent back with the save (db/records/versions.ts). */
  version: number;
  /**
   * The layoff's post as typed before posts were chosen from the tasks, when it could not be read
   * as one: to choose on the form (shown until saved).
   */
  lastLayoffPostReview: string | null;
  /** The name every screen and document addresses: « Mme Jeanne MOREAU », or the raison sociale. */
  displayName: string;
  /** The name could not be split into civility, first and last name by an update: to check, until saved. */
  nameToReview: boolean;
  counts480: boolean;
  archivedAt: string | null;
  createdAt: string;
  updatedAt: string;
  memberships: MembershipView[];
  workAddresses: WorkAddressView[];
  /** The current year's membership is paid. */
  membershipPaid: boolean;
  referenced: boolean;
}

export interface ClientList {
  rows: ClientRow[];
  total: number;
  year: number;
}

const id = z.object({ id: z.number().int().positive() });

export const clientsContract = {
  'clients.list': call<ClientList>()(clientFilters, { write: false, permission: 'clients.read' }),
  'clients.get': call<ClientDetail>()(id, { write: false, permission: 'clients.read' }),
  'clients.create': call<{ id: number }>()(z.object({ client: clientInput, allowDuplicate: z.boolean().default(false) }), { write: true, permission: 'clients.write' }),
  'clients.update': call<{ id: number }>()(z.object({ id: z.number().int().positive(), version: readVersion, client: clientInput }), { write: true, permission: 'clients.write' }),
  'clients.archive': call<{ id: number }>()(id, { write: true, permission: 'clients.write' }),
  'clients.unarchive': call<{ id: number }>()(id, { write: true, permission: 'clients.write' }),
  'clients.delete': call<{ id: number }>()(id, { write: true, permission: 'clients.write' }),
  'clients.saveWorkAddress': call<ClientDetail>()(workAddressInput, { write: true, permission: 'clients.write' }),
  'clients.addMembership': call<ClientDetail>()(membershipInput, { write: true, permission: 'clients.write' }),
  'clients.importPreview': call<ImportPreviewResult>()(importPreviewInput, { write: false, permission: 'clients.write' }),
  'clients.importCommit': call<ImportCommitResult>()(importCommitInput, { write: true, permission: 'clients.write' }),
  'clients.importTemplate': call<ExportFile>()(z.object({}), { write: false, permission: 'clients.write' }),
  /** The list as filtered on screen, with every column of the import. */
  'clients.export': call<ExportFile>()(z.object({ filters: clientFilters, format: exportFormat }), { write: false, permission: 'clients.read' }),
};
