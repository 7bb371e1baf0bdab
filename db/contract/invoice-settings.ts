import { z } from 'zod';
import { call } from './define';
import { describeFields, fieldLabels, objectSchema, type ValuesOf } from './field-spec';
import { readVersion } from './versions';
import { checkIban, normaliseIban } from '../rules/iban';

export { formatIban } from '../rules/iban';

// The invoicing settings (Paramètres > Facturation), described once as data like every entity
// (db/contract/field-spec.ts): how invoices are numbered, what they must say (VAT, late-payment
// penalties, the 40 € indemnity, bank details) and how they are booked for the accountant.
// Values marked « à vérifier » are the usual ones, to check with the association's accountant.

/** VAT: not subject by default (association intermédiaire, art. 293 B du CGI: à vérifier). */
export const VAT_RATES = [
  { code: '0', label: 'Non assujettie à la TVA' },
  { code: '2000', label: 'TVA 20 %' },
  { code: '1000', label: 'TVA 10 %' },
  { code: '550', label: 'TVA 5,5 %' },
] as const;

export const INVOICE_SETTING_FIELDS = describeFields({
  prefix: { label: 'Préfixe des numéros de facture', kind: 'text', max: 12, csv: false },
  vatRate: { label: 'TVA', kind: 'choice', options: VAT_RATES, required: true, default: '0', message: 'Choisissez le régime de TVA.', csv: false },
  vatMention: { label: 'Mention de TVA', kind: 'text', max: 200, csv: false },
  latePenalty: { label: 'Taux des pénalités de retard', kind: 'text', max: 200, required: true, csv: false },
  recoveryIndemnityCents: { label: 'Indemnité forfaitaire pour frais de recouvrement', kind: 'money', required: true, csv: false },
  membershipFeeCents: { label: "Montant de l'adhésion annuelle", kind: 'money', required: true, csv: false },
  bankName: { label: 'Banque', kind: 'text', max: 80, csv: false },
  iban: { label: 'IBAN', kind: 'identifier', max: 42, csv: false },
  bic: { label: 'BIC', kind: 'identifier', max: 11, csv: false },
  salesJournal: { label: 'Journal des ventes', kind: 'identifier', max: 6, required: true, csv: false },
  bankJournal: { label: 'Journal des encaissements', kind: 'identifier', max: 6, required: true, csv: false },
  clientAccountPrefix: { label: 'Racine des comptes clients', kind: 'identifier', max: 8, required: true, csv: false },
  incomeAccount: { label: 'Compte de produits (heures)', kind: 'identifier', max: 12, required: true, csv: false },
  membershipAccount: { label: 'Compte des adhésions', kind: 'identifier', max: 12, required: true, csv: false },
  vatAccount: { label: 'Compte de TVA collectée', kind: 'identifier', max: 12, required: true, csv: false },
  bankAccount: { label: 'Compte de banque (virement, chèque, prélèvement, carte)', kind: 'identifier', max: 12, required: true, csv: false },
  cashAccount: { label: 'Compte de caisse (espèces)', kind: 'identifier', max: 12, required: true, csv: false },
  cesuAccount: { label: 'Compte des CESU préfinancés', kind: 'identifier', max: 12, required: true, csv: false },
});

export type InvoiceSettingValues = ValuesOf<typeof INVOICE_SETTING_FIELDS>;

/** What applies until the office saves the page (à vérifier with the accountant). */
export const INVOICE_SETTING_DEFAULTS: InvoiceSettingValues = {
  prefix: null,
  vatRate: '0',
  vatMention: 'TVA non applicable, art. 293 B du CGI',
  latePenalty: "trois fois le taux d'intérêt légal",
  recoveryIndemnityCents: 4000,
  membershipFeeCents: 2000,
  bankName: null,
  iban: null,
  bic: null,
  salesJournal: 'VT',
  bankJournal: 'BQ',
  clientAccountPrefix: '411',
  incomeAccount: '706000',
  membershipAccount: '756000',
  vatAccount: '445710',
  bankAccount: '512000',
  cashAccount: '530000',
  cesuAccount: '511300',
};

/** Under each field of the page: what it does, and what to check. */
export const INVOICE_SETTING_HELP: Partial<Record<keyof InvoiceSettingValues, string>> = {
  prefix: 'Par exemple FA- donne FA-2026-0001. Laissez vide pour 2026-0001. La numérotation repart à 1 chaque année.',
  vatRate: 'Une association intermédiaire n’est en général pas assujettie : à vérifier avec votre expert-comptable.',
  vatMention: 'Imprimée sous les totaux. Par défaut « TVA non applicable, art. 293 B du CGI » (à vérifier).',
  latePenalty: 'Imprimé sur les factures des professionnels : « Pénalités de retard : … ». Au moins trois fois le taux d’intérêt légal.',
  recoveryIndemnityCents: '40 € fixés par la loi (art. D441-5 du code de commerce), sur les factures des professionnels.',
  membershipFeeCents: 'Proposé sur la facture d’un particulier dont l’adhésion de l’année n’est pas réglée.',
  iban: 'Imprimé en pied de facture pour les virements.',
  clientAccountPrefix: 'Le compte d’un utilisateur est cette racine suivie de son code comptable (fiche de l’utilisateur), par exemple 411C00012.',
  cesuAccount: 'Les CESU préfinancés sont gardés à part pour les attestations fiscales.',
};

/** Codes the accounting software read: capitals and digits only. */
const CODE = /^[A-Z0-9]*$/;
const CODE_KEYS = ['salesJournal', 'bankJournal', 'clientAccountPrefix', 'incomeAccount', 'membershipAccount', 'vatAccount', 'bankAccount', 'cashAccount', 'cesuAccount'] as const;

export const invoiceSettingsInput = objectSchema(INVOICE_SETTING_FIELDS).superRefine((v, ctx) => {
  if (v.prefix !== null && !/^[A-Za-z0-9\-_/]*$/.test(v.prefix)) {
    ctx.addIssue({ code: 'custom', path: ['prefix'], message: 'Lettres, chiffres et - _ / seulement (exemple : FA-).' });
  }
  for (const key of CODE_KEYS) {
    if (!CODE.test(v[key])) ctx.addIssue({ code: 'custom', path: [key], message: 'Lettres majuscules et chiffres seulement, sans espace.' });
  }
  if (v.iban !== null) {
    const problem = checkIban(normaliseIban(v.iban));
    if (problem) ctx.addIssue({ code: 'custom', path: ['iban'], message: problem });
  }
});

export type InvoiceSettingsInput = z.input<typeof invoiceSettingsInput>;

export const INVOICE_SETTING_LABELS = fieldLabels(INVOICE_SETTING_FIELDS);

export interface InvoiceSettings extends InvoiceSettingValues {
  /** False until the office has saved the page once (the defaults apply). */
  configured: boolean;
  version: number;
  updatedAt: string | null;
}

export const invoiceSettingsContract = {
  'settings.getInvoicing': call<InvoiceSettings>()(z.object({}).strict(), { write: false, permission: 'settings.read' }),
  'settings.saveInvoicing': call<InvoiceSettings>()(z.object({ version: readVersion, settings: invoiceSettingsInput }), { write: true, permission: 'settings.write' }),
};
