import type { Ctx } from '../context';
import type { CertificateIssuer, CertificateLine, TaxCertificate } from '../contract/tax-certificates';
import { clientNameColumns, clientNameOf, clientSortName, clientNameParts, type ClientNameColumns } from './clients';
import { workerNameColumns, workerNameOf, type WorkerNameColumns } from './workers';
import { collator } from './list-sort';

// The attestations fiscales of a year (domain §5): for each particulier who paid in the year, the
// payments recorded with the invoices (CESU préfinancés apart: not deductible), and the hours of
// the year month by month, per worker and hourly price.

interface HoursRow extends WorkerNameColumns {
  client_id: number;
  worker_id: number;
  month: string;
  minutes: number;
  rate: number;
}

export function certificateIssuer(ctx: Ctx): CertificateIssuer {
  const row = ctx.sqlite
    .prepare(
      `SELECT name, siret, address_line1 AS addressLine1, address_line2 AS addressLine2, postal_code AS postalCode, city, phone, email,
         sap_declaration_number AS sapDeclarationNumber FROM organisation WHERE id = 1`,
    )
    .get() as CertificateIssuer | undefined;
  return row ?? { name: '', siret: null, addressLine1: null, addressLine2: null, postalCode: null, city: null, phone: null, email: null, sapDeclarationNumber: null };
}

interface PaidRow extends ClientNameColumns {
  client_id: number;
  paid: number;
  cesu: number;
  address_line1: string | null;
  address_line2: string | null;
  postal_code: string | null;
  city: string | null;
}

/**
 * The particuliers who paid something in `year` (or the one `clientId`), by name: what they paid
 * (payments dated in the year, whatever the invoice's month), CESU préfinancés apart, and their
 * hours of the year, per worker, month and hourly price. Two statements, whatever the number of clients.
 */
export function certificatesOfYear(ctx: Ctx, year: number, clientId: number | null): TaxCertificate[] {
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  const paid = ctx.sqlite
    .prepare(
      `SELECT i.client_id, sum(p.amount_cents) AS paid, sum(CASE WHEN p.means = 'cesu' THEN p.amount_cents ELSE 0 END) AS cesu,
         ${clientNameColumns('c')}, c.address_line1, c.address_line2, c.postal_code, c.city
       FROM payments p JOIN invoices i ON i.id = p.invoice_id JOIN clients c ON c.id = i.client_id
       WHERE p.paid_on BETWEEN ? AND ? AND c.kind = 'particulier' AND (? IS NULL OR i.client_id = ?)
       GROUP BY i.client_id HAVING sum(p.amount_cents) > 0`,
    )
    .all(first, last, clientId, clientId) as PaidRow[];
  if (paid.length === 0) return [];
  const rows = ctx.sqlite
    .prepare(
      `SELECT p.client_id, p.worker_id, substr(h.day, 1, 7) AS month, sum(h.minutes) AS minutes, p.billed_rate_cents AS rate, ${workerNameColumns('w')}
       FROM hours h CROSS JOIN placements p ON p.id = h.placement_id JOIN workers w ON w.id = p.worker_id
       WHERE h.day BETWEEN ? AND ? AND p.client_id IN (SELECT value FROM json_each(?))
       GROUP BY p.client_id, p.worker_id, month, p.billed_rate_cents`,
    )
    .all(first, last, JSON.stringify(paid.map((r) => r.client_id))) as HoursRow[];
  const certificates = new Map<number, { sortName: string; certificate: TaxCertificate }>(
    paid.map((r) => [
      r.client_id,
      {
        sortName: clientSortName(clientNameParts(r)),
        certificate: {
          year,
          clientId: r.client_id,
          clientName: clientNameOf(r),
          addressLine1: r.address_line1,
          addressLine2: r.address_line2,
          postalCode: r.postal_code,
          city: r.city,
          lines: [],
          minutes: 0,
          payments: { paidCents: r.paid, cesuCents: r.cesu, deductibleCents: r.paid - r.cesu },
        },
      },
    ]),
  );
  for (const r of rows) {
    const { certificate } = certificates.get(r.client_id)!;
    const line: CertificateLine = { workerId: r.worker_id, workerName: workerNameOf(r), month: r.month, minutes: r.minutes, hourlyRateCents: r.rate };
    certificate.lines.push(line);
    certificate.minutes += r.minutes;
  }
  const list = [...certificates.values()].sort((a, b) => collator.compare(a.sortName, b.sortName) || a.certificate.clientId - b.certificate.clientId);
  for (const { certificate } of list) {
    certificate.lines.sort((a, b) => collator.compare(a.workerName, b.workerName) || a.workerId - b.workerId || a.month.localeCompare(b.month) || a.hourlyRateCents - b.hourlyRateCents);
  }
  return list.map((e) => e.certificate);
}
