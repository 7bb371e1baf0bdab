import { describe, expect, it } from 'vitest';
import { onFreshBackend } from '../testing/backend';
import type { Backend } from '../backend';
import type { InvoiceSettings } from '../contract/invoice-settings';
import { failure, ok } from '../testing/seed';

let backend: Backend;
onFreshBackend((b) => {
  backend = b;
});

const read = () => ok<InvoiceSettings>(backend.dispatch('settings.getInvoicing', {}));
function values(s: InvoiceSettings) {
  const { configured: _c, version: _v, updatedAt: _u, ...rest } = s;
  return rest;
}

describe('settings.getInvoicing and settings.saveInvoicing', () => {
  it('starts from the defaults: not subject to VAT with its mention, 40 € indemnity, accounts of the usual chart', () => {
    expect(read()).toMatchObject({
      configured: false,
      version: 0,
      prefix: null,
      vatRate: '0',
      vatMention: 'TVA non applicable, art. 293 B du CGI',
      recoveryIndemnityCents: 4000,
      clientAccountPrefix: '411',
      incomeAccount: '706000',
      cesuAccount: '511300',
    });
  });

  it('saves typed values (IBAN spaced, money in euros), checks them, and refuses a stale version', () => {
    const s = read();
    const saved = ok<InvoiceSettings>(
      backend.dispatch('settings.saveInvoicing', {
        version: 0,
        settings: { ...values(s), prefix: 'FA-', vatRate: '2000', recoveryIndemnityCents: '40,00', iban: 'fr76 3000 6000 0112 3456 7890 189', bic: 'agrifrpp' },
      }),
    );
    expect(saved).toMatchObject({ configured: true, version: 1, prefix: 'FA-', vatRate: '2000', iban: 'FR7630006000011234567890189', bic: 'AGRIFRPP' });
    const bad = failure(backend.dispatch('settings.saveInvoicing', { version: 1, settings: { ...values(saved), iban: 'FR76 3000 6000 0112 3456 7890 188', incomeAccount: '706 000', prefix: 'FA 26' } }));
    expect(bad.fields).toMatchObject({
      'settings.iban': expect.stringContaining('clé ne correspond pas'),
      'settings.incomeAccount': 'Lettres majuscules et chiffres seulement, sans espace.',
      'settings.prefix': 'Lettres, chiffres et - _ / seulement (exemple : FA-).',
    });
    expect(failure(backend.dispatch('settings.saveInvoicing', { version: 0, settings: values(saved) })).code).toBe('stale');
  });
});
