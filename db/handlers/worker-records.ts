import type { Ctx } from '../context';
import type { DuplicateLink } from '../contract/duplicates';
import type { WorkerValues } from '../contract/workers';
import { searchKey } from '../base/search';

// How a worker is named, searched, stored and recognised: shared by the form's handlers and the
// spreadsheet import, so both write the same row and see the same duplicates.

export function workerName(w: { birthName: string; usageName: string | null; firstName: string }): string {
  return `${(w.usageName || w.birthName).toUpperCase()} ${w.firstName}`;
}

export function workerSearchText(w: WorkerValues): string {
  return searchKey(w.usageName || w.birthName, w.firstName, w.usageName ? w.birthName : null, w.nir);
}

export function workerColumns(w: WorkerValues) {
  return {
    civility: w.civility,
    birthName: w.birthName,
    usageName: w.usageName,
    firstName: w.firstName,
    birthDate: w.birthDate,
    nir: w.nir,
    nationality: w.nationality,
    permitNumber: w.nationality === 'hors_ue' ? w.permitNumber : null,
    permitExpiry: w.nationality === 'hors_ue' ? w.permitExpiry : null,
    addressLine1: w.addressLine1,
    addressLine2: w.addressLine2,
    postalCode: w.postalCode,
    city: w.city,
    qpv: w.qpv,
    phone: w.phone,
    email: w.email,
    orienteur: w.orienteur,
    educationLevel: w.educationLevel,
    drivingLicence: w.drivingLicence,
    vehicle: w.vehicle,
    skills: JSON.stringify(w.skills),
    availability: w.availability,
    referent: w.referent,
    status: w.status,
    entryDate: w.entryDate,
    exitDate: w.exitDate,
    notes: w.notes,
    searchText: workerSearchText(w),
  };
}

// ------------------------------------------------------------------ duplicates

/** Workers that look like `w`: the same NIR (blocking), or the same name and birth date. */
export function findWorkerDuplicates(ctx: Ctx, w: WorkerValues, excludeId: number | null): DuplicateLink[] {
  const out: DuplicateLink[] = [];
  if (w.nir) {
    const rows = ctx.sqlite.prepare('SELECT id, birth_name, usage_name, first_name FROM workers WHERE nir = ?').all(w.nir) as {
      id: number;
      birth_name: string;
      usage_name: string | null;
      first_name: string;
    }[];
    for (const r of rows) {
      if (r.id === excludeId) continue;
      out.push({
        id: r.id,
        label: workerName({ birthName: r.birth_name, usageName: r.usage_name, firstName: r.first_name }),
        why: 'même NIR',
        to: `/salaries/${r.id}`,
        blocking: true,
      });
    }
  }
  const names = new Set([searchKey(w.birthName), searchKey(w.usageName)].filter((n) => n !== ''));
  const first = searchKey(w.firstName);
  const sameDay = ctx.sqlite
    .prepare('SELECT id, birth_name, usage_name, first_name FROM workers WHERE birth_date = ?')
    .all(w.birthDate) as { id: number; birth_name: string; usage_name: string | null; first_name: string }[];
  for (const r of sameDay) {
    if (r.id === excludeId || out.some((o) => o.id === r.id)) continue;
    const theirs = [searchKey(r.birth_name), searchKey(r.usage_name)].filter((n) => n !== '');
    if (searchKey(r.first_name) === first && theirs.some((n) => names.has(n))) {
      out.push({
        id: r.id,
        label: workerName({ birthName: r.birth_name, usageName: r.usage_name, firstName: r.first_name }),
        why: 'même nom, même prénom et même date de naissance',
        to: `/salaries/${r.id}`,
        blocking: false,
      });
    }
  }
  return out;
}

