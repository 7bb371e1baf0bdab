import { z } from 'zod';
import { call } from './define';
import { integer } from './fields';
import type { Organisation } from './settings';

// Attestations fiscales (domain §5): for each particulier, what they need to claim the tax credit
// for services à la personne on the year — the organisation and its declaration number, the
// client, each worker's months and hours, the hourly price, and the amount paid in the year with
// the CESU préfinancés apart (not deductible). Hours in minutes, money in cents.

export const certificateYear = integer(2000, 2099, 'Indiquez une année entre 2000 et 2099.');

/** The organisation as each certificate prints it, with its déclaration (or agrément) services à la personne. */
export type CertificateIssuer = Pick<Organisation, 'name' | 'siret' | 'addressLine1' | 'addressLine2' | 'postalCode' | 'city' | 'phone' | 'email' | 'sapDeclarationNumber'>;

/** A worker's hours for the client in one month, at one hourly price. */
export interface CertificateLine {
  workerId: number;
  workerName: string;
  month: string;
  minutes: number;
  hourlyRateCents: number;
}

/** What the client paid in the year, from the payments recorded (not what was invoiced). */
export interface CertificatePayments {
  paidCents: number;
  /** Paid in CESU préfinancés: not deductible, shown apart. */
  cesuCents: number;
  /** paid − CESU préfinancés: the amount that opens the tax credit. */
  deductibleCents: number;
}

export interface TaxCertificate {
  year: number;
  clientId: number;
  clientName: string;
  addressLine1: string | null;
  addressLine2: string | null;
  postalCode: string | null;
  city: string | null;
  lines: CertificateLine[];
  minutes: number;
  payments: CertificatePayments;
}

export interface TaxCertificates {
  year: number;
  issuer: CertificateIssuer;
  certificates: TaxCertificate[];
}

export const taxCertificatesContract = {
  'taxCertificates.list': call<TaxCertificates>()(z.object({ year: certificateYear }), { write: false, permission: 'invoices.read' }),
  'taxCertificates.get': call<TaxCertificates>()(z.object({ year: certificateYear, clientId: z.number().int().positive() }), { write: false, permission: 'invoices.read' }),
};
