import type { Handler } from '../context';
import { INVOICE_SETTING_LABELS, type InvoiceSettingValues } from '../contract/invoice-settings';
import { invoiceSettings } from '../schema';
import { audit } from '../audit';
import { refuseStale } from '../records/versions';
import { invoiceSettingColumns, readInvoiceSettings } from '../records/invoice-settings';

// Paramètres > Facturation: one row, saved whole, with the version it was read at.

const getInvoicing: Handler<'settings.getInvoicing'> = (ctx) => readInvoiceSettings(ctx);

const saveInvoicing: Handler<'settings.saveInvoicing'> = (ctx, { version, settings }) => {
  const before = readInvoiceSettings(ctx);
  refuseStale(ctx, { entity: 'facturation', entityId: 1, changed: 'Les paramètres de facturation ont été modifiés', labels: INVOICE_SETTING_LABELS }, before.version, version);
  const values = { ...invoiceSettingColumns(settings), updatedAt: ctx.now().toISOString(), version: before.version + 1 };
  ctx.db.insert(invoiceSettings).values({ id: 1, ...values }).onConflictDoUpdate({ target: invoiceSettings.id, set: values }).run();
  const after = readInvoiceSettings(ctx);
  const changed = (Object.keys(settings) as (keyof InvoiceSettingValues)[]).filter((k) => before[k] !== after[k]);
  audit(ctx, before.configured ? 'modification' : 'création', 'facturation', 1, { champs: changed, version: values.version });
  return after;
};

export const invoiceSettingsHandlers = {
  'settings.getInvoicing': getInvoicing,
  'settings.saveInvoicing': saveInvoicing,
};
