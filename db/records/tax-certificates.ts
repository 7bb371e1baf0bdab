import type { Ctx } from '../context';
import type { CertificateIssuer, CertificateLine, TaxCertificate } from '../contract/tax-certificates';
import { clientNameColumns, clientNameOf, clientSortName, clientNameParts, type ClientNameColumns } from './clients';
import { workerNameColumns, workerNameOf, type WorkerNameColumns } from './workers';
import { collator } from './list-sort';

// The attestations fiscales of a year: the particuliers' hours month by month, per worker and
// hourly price, in one statement (the hours read through their (day, placement_id, minutes)
// index). The amounts paid come from the payments recorded with the invoices: until invoicing is
// in Passerelle there are none, and a certificate says so rather than guessing from the hours.

interface Row extends WorkerNameColumns, ClientNameColumns {
  client_id: number;
  worker_id: number;
  month: string;
  minutes: number;
  rate: number;
  address_line1: string | null;
  address_line2: string | null;
  postal_code: string | null;
  city: string | null;
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

/** The particuliers with hours in `year` (or the one `clientId`), with their certificate's lines, by name. */
export function certificatesOfYear(ctx: Ctx, year: number, clientId: number | null): TaxCertificate[] {
  const rows = ctx.sqlite
    .prepare(
      `SELECT p.client_id, p.worker_id, substr(h.day, 1, 7) AS month, sum(h.minutes) AS minutes, p.billed_rate_cents AS rate,
         ${workerNameColumns('w')}, ${clientNameColumns('c')}, c.address_line1, c.address_line2, c.postal_code, c.city
       FROM hours h CROSS JOIN placements p ON p.id = h.placement_id JOIN clients c ON c.id = p.client_id JOIN workers w ON w.id = p.worker_id
       WHERE h.day BETWEEN ? AND ? AND c.kind = 'particulier' AND (? IS NULL OR p.client_id = ?)
       GROUP BY p.client_id, p.worker_id, month, p.billed_rate_cents`,
    )
    .all(`${year}-01-01`, `${year}-12-31`, clientId, clientId) as Row[];
  const byClient = new Map<number, { sortName: string; certificate: TaxCertificate }>();
  for (const r of rows) {
    let entry = byClient.get(r.client_id);
    if (!entry) {
      entry = {
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
          payments: null,
        },
      };
      byClient.set(r.client_id, entry);
    }
    const line: CertificateLine = { workerId: r.worker_id, workerName: workerNameOf(r), month: r.month, minutes: r.minutes, hourlyRateCents: r.rate };
    entry.certificate.lines.push(line);
    entry.certificate.minutes += r.minutes;
  }
  const list = [...byClient.values()].sort((a, b) => collator.compare(a.sortName, b.sortName) || a.certificate.clientId - b.certificate.clientId);
  for (const { certificate } of list) {
    certificate.lines.sort((a, b) => collator.compare(a.workerName, b.workerName) || a.workerId - b.workerId || a.month.localeCompare(b.month) || a.hourlyRateCents - b.hourlyRateCents);
  }
  return list.map((e) => e.certificate);
}
