import type { Ctx, Handler } from '../context';
import type { TaxCertificates } from '../contract/tax-certificates';
import { AppError } from '../errors';
import { certificateIssuer, certificatesOfYear } from '../records/tax-certificates';

// Attestations fiscales (domain §5): the particuliers who paid something in a year, or one of
// them. A particulier who paid nothing in the year gets none.

function certificates(ctx: Ctx, year: number, clientId: number | null): TaxCertificates {
  return { year, issuer: certificateIssuer(ctx), certificates: certificatesOfYear(ctx, year, clientId) };
}

const list: Handler<'taxCertificates.list'> = (ctx, { year }) => certificates(ctx, year, null);

const get: Handler<'taxCertificates.get'> = (ctx, { year, clientId }) => {
  const found = certificates(ctx, year, clientId);
  if (found.certificates.length === 0) throw new AppError('not_found', `Cet utilisateur n'a pas d'attestation fiscale pour ${year} : ce n'est pas un particulier, ou il n'a rien payé dans l'année.`);
  return found;
};

export const taxCertificatesHandlers = {
  'taxCertificates.list': list,
  'taxCertificates.get': get,
};
