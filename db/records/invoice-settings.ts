import { eq } from 'drizzle-orm';
import type { Ctx } from '../context';
import { INVOICE_SETTING_DEFAULTS, INVOICE_SETTING_FIELDS, type InvoiceSettings, type InvoiceSettingValues } from '../contract/invoice-settings';
import { invoiceSettings } from '../schema';
import { rowOf } from './row-values';
import { normaliseIban } from '../rules/iban';

// The invoicing settings' one row: the defaults until the office saves Paramètres > Facturation.
// The VAT rate is a choice of the page (`vatRate`, a code) stored as basis points.

type Row = typeof invoiceSettings.$inferSelect;

export function readInvoiceSettings(ctx: Ctx): InvoiceSettings {
  const row = ctx.db.select().from(invoiceSettings).where(eq(invoiceSettings.id, 1)).get();
  if (!row) return { ...INVOICE_SETTING_DEFAULTS, configured: false, version: 0, updatedAt: null };
  const values = Object.fromEntries(Object.keys(INVOICE_SETTING_FIELDS).map((k) => [k, row[k as keyof Row] ?? null])) as unknown as InvoiceSettingValues;
  // No prefix is stored as '' (the column is NOT NULL), read as null like an empty field.
  return { ...values, prefix: row.prefix || null, vatRate: String(row.vatRateBasisPoints) as InvoiceSettingValues['vatRate'], configured: true, version: row.version, updatedAt: row.updatedAt };
}

/** The settings as the columns of their row. */
export function invoiceSettingColumns(v: InvoiceSettingValues) {
  const { vatRate, ...rest } = rowOf(INVOICE_SETTING_FIELDS, v) as InvoiceSettingValues;
  // The IBAN and BIC are kept as printed on a RIB, without spaces: they are spaced when printed.
  return { ...rest, prefix: rest.prefix ?? '', iban: rest.iban && normaliseIban(rest.iban), bic: rest.bic && rest.bic.toUpperCase(), vatRateBasisPoints: Number(vatRate) };
}

/** The VAT rate in basis points (0: not subject). */
export function vatBasisPoints(s: InvoiceSettingValues): number {
  return Number(s.vatRate);
}
