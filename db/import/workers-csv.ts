import { z } from 'zod';
import type { CsvColumn } from '../csv/columns';
import { csvBool, csvDate, textColumnsOf, toCsv, type CsvCell } from '../csv/write';
import {
  CIVILITIES,
  EDUCATION_LEVELS,
  labelOf,
  NATIONALITIES,
  ORIENTEURS,
  TASK_KINDS,
  WORKER_STATUSES,
} from '../contract/reference';
import { workerInput, type WorkerValues } from '../contract/workers';
import { requiredDate } from '../contract/fields';
import { checkPassNumber, normalisePassNumber } from '../rules/pass-iae';
import { searchKey } from '../base/search';
import { boolCell, choiceCell, choiceListCell, type CellErrors } from './cells';
import type { ImportSpec } from './run-import';
import { findWorkerDuplicates, workerColumns } from '../records/workers';
import { passes, workers } from '../schema';

// The workers' spreadsheet: the same columns for export and import, so that an exported list
// re-imports identically. Headings are French; common variants are accepted on import.

export const WORKER_COLUMNS: CsvColumn[] = [
  { key: 'civility', label: 'Civilité', aliases: ['Civ', 'Titre', 'Sexe'], required: true },
  { key: 'birthName', label: 'Nom de naissance', aliases: ['Nom', 'Nom de famille', 'Nom patronymique'], required: true },
  { key: 'usageName', label: "Nom d'usage", aliases: ['Nom marital', "Nom d usage"] },
  { key: 'firstName', label: 'Prénom', aliases: ['Prenoms', 'Prénoms'], required: true },
  { key: 'birthDate', label: 'Date de naissance', aliases: ['Né le', 'Née le', 'Naissance', 'Date naissance'], required: true },
  { key: 'nir', label: 'NIR', aliases: ['N° de sécurité sociale', 'Numéro de sécurité sociale', 'N° SS', 'Sécurité sociale', 'NSS'], text: true },
  { key: 'nationality', label: 'Nationalité', aliases: [] },
  { key: 'permitNumber', label: 'N° titre de séjour', aliases: ['Titre de séjour', 'Numéro titre de séjour'], text: true },
  { key: 'permitExpiry', label: 'Fin du titre de séjour', aliases: ['Expiration titre de séjour', 'Validité titre de séjour'] },
  { key: 'addressLine1', label: 'Adresse', aliases: ['Adresse 1', 'Rue'] },
  { key: 'addressLine2', label: "Complément d'adresse", aliases: ['Adresse 2', 'Complément'] },
  { key: 'postalCode', label: 'Code postal', aliases: ['CP'], text: true },
  { key: 'city', label: 'Commune', aliases: ['Ville', 'Localité'] },
  { key: 'qpv', label: 'QPV', aliases: ['Quartier prioritaire'] },
  { key: 'phone', label: 'Téléphone', aliases: ['Tél', 'Tel', 'Portable', 'Mobile'], text: true },
  { key: 'email', label: 'E-mail', aliases: ['Email', 'Mail', 'Courriel', 'Adresse e-mail'] },
  { key: 'orienteur', label: 'Orienteur', aliases: ['Prescripteur', 'Orienté par'] },
  { key: 'educationLevel', label: 'Niveau de formation', aliases: ["Niveau d'études", 'Niveau scolaire', 'Diplôme'] },
  { key: 'drivingLicence', label: 'Permis de conduire', aliases: ['Permis', 'Permis B'] },
  { key: 'vehicle', label: 'Véhicule', aliases: ['Véhiculé'] },
  { key: 'skills', label: 'Compétences', aliases: ['Métiers', 'Tâches'] },
  { key: 'availability', label: 'Disponibilités', aliases: ['Disponibilité'] },
  { key: 'referent', label: 'Référent', aliases: ['CIP', 'Conseiller', 'Référent CIP'] },
  { key: 'status', label: 'Statut', aliases: ['Situation'] },
  { key: 'entryDate', label: "Date d'entrée", aliases: ['Entrée', "Date d'embauche"] },
  { key: 'exitDate', label: 'Date de sortie', aliases: ['Sortie'] },
  { key: 'passNumber', label: 'N° PASS IAE', aliases: ['PASS IAE', 'Numéro PASS IAE', 'PASS'], text: true },
  { key: 'passStart', label: 'Début du PASS IAE', aliases: ['Date PASS IAE', 'Début PASS'] },
  { key: 'notes', label: 'Notes', aliases: ['Observations', 'Commentaire', 'Commentaires'] },
];

/** A worker line: the worker, plus the PASS IAE that spreadsheets usually carry beside. */
const workerLine = z
  .object({
    worker: workerInput,
    passNumber: z.string().nullable(),
    passStart: z.string().nullable(),
  })
  .transform((v, ctx) => {
    if (v.passNumber === null) {
      if (v.passStart !== null) ctx.addIssue({ code: 'custom', path: ['passNumber'], message: 'Le début du PASS IAE est donné sans son numéro.' });
      return { ...v.worker, passNumber: null, passStart: null };
    }
    const number = normalisePassNumber(v.passNumber);
    if (!checkPassNumber(number)) {
      ctx.addIssue({ code: 'custom', path: ['passNumber'], message: 'Le numéro de PASS IAE comporte 12 chiffres ou lettres.' });
      return z.NEVER;
    }
    const start = requiredDate.safeParse(v.passStart ?? '');
    if (!start.success) {
      ctx.addIssue({ code: 'custom', path: ['passStart'], message: v.passStart ? start.error.issues[0]!.message : 'Le début du PASS IAE est obligatoire avec son numéro.' });
      return z.NEVER;
    }
    return { ...v.worker, passNumber: number, passStart: start.data };
  });

type WorkerLine = WorkerValues & { passNumber: string | null; passStart: string | null };

const identityKey = (w: WorkerValues) => `id:${searchKey(w.birthName, w.firstName)}:${w.birthDate}`;

function toInput(cells: Record<string, string>): { input: unknown; errors: CellErrors } {
  const errors: CellErrors = [];
  const c = (k: string) => cells[k] ?? '';
  const bool = (k: string) => boolCell(k, c(k), errors);
  const worker = {
    civility: choiceCell(CIVILITIES, 'civility', c('civility'), errors, { Mme: 'Mme', Madame: 'Mme', F: 'Mme', Femme: 'Mme', M: 'M.', 'M.': 'M.', Monsieur: 'M.', H: 'M.', Homme: 'M.' }),
    birthName: c('birthName'),
    usageName: c('usageName'),
    firstName: c('firstName'),
    birthDate: c('birthDate'),
    nir: c('nir'),
    nationality: choiceCell(NATIONALITIES, 'nationality', c('nationality'), errors, { Française: 'france', Français: 'france', UE: 'ue', 'Hors UE': 'hors_ue' }) || undefined,
    permitNumber: c('permitNumber'),
    permitExpiry: c('permitExpiry'),
    addressLine1: c('addressLine1'),
    addressLine2: c('addressLine2'),
    postalCode: c('postalCode'),
    city: c('city'),
    qpv: bool('qpv'),
    phone: c('phone'),
    email: c('email'),
    orienteur: choiceCell(ORIENTEURS, 'orienteur', c('orienteur'), errors, { 'Pôle emploi': 'france_travail' }),
    educationLevel: choiceCell(EDUCATION_LEVELS, 'educationLevel', c('educationLevel'), errors),
    drivingLicence: bool('drivingLicence'),
    vehicle: bool('vehicle'),
    skills: choiceListCell(TASK_KINDS, 'skills', c('skills'), errors),
    availability: c('availability'),
    referent: c('referent'),
    status: choiceCell(WORKER_STATUSES, 'status', c('status'), errors) || undefined,
    entryDate: c('entryDate'),
    exitDate: c('exitDate'),
    notes: c('notes'),
  };
  return {
    input: { worker, passNumber: c('passNumber') || null, passStart: c('passStart') || null },
    errors,
  };
}

export const workersImportSpec: ImportSpec<WorkerLine> = {
  entity: 'salarie',
  importedLabel: (n) => (n >= 2 ? `${n} salariés importés` : `${n} salarié importé`),
  columns: WORKER_COLUMNS,
  toInput,
  schema: workerLine,
  duplicate(ctx, value, seen) {
    const dups = findWorkerDuplicates(ctx, value, null);
    if (dups.length > 0) return `Ce salarié existe déjà : ${dups[0]!.label} (${dups[0]!.why}).`;
    if (value.nir && seen.has(`nir:${value.nir}`)) {
      return { key: 'nir', message: `Même NIR qu'à la ligne ${seen.get(`nir:${value.nir}`)} du fichier.` };
    }
    const identity = seen.get(identityKey(value));
    if (identity !== undefined) return `Même salarié qu'à la ligne ${identity} du fichier.`;
    // The form refuses a PASS number already given to another worker (workers.savePass): so does the import.
    if (value.passNumber) {
      const taken = ctx.sqlite.prepare('SELECT 1 FROM pass_iae WHERE number = ?').get(value.passNumber);
      if (taken) return { key: 'passNumber', message: 'Ce numéro de PASS IAE est déjà enregistré pour un autre salarié.' };
      const line = seen.get(`pass:${value.passNumber}`);
      if (line !== undefined) return { key: 'passNumber', message: `Même numéro de PASS IAE qu'à la ligne ${line} du fichier.` };
    }
    return null;
  },
  remember(value, line, seen) {
    if (value.nir) seen.set(`nir:${value.nir}`, line);
    seen.set(identityKey(value), line);
    if (value.passNumber) seen.set(`pass:${value.passNumber}`, line);
  },
  insert(ctx, value) {
    const { passNumber, passStart, ...worker } = value;
    const now = ctx.now().toISOString();
    const id = ctx.db
      .insert(workers)
      .values({
        ...workerColumns(worker),
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: workers.id })
      .get().id;
    if (passNumber && passStart) {
      ctx.db.insert(passes).values({ workerId: id, number: passNumber, startDate: passStart, createdAt: now }).run();
    }
  },
};

export function workersCsv(rows: { values: WorkerValues; passNumber: string | null; passStart: string | null }[]): string {
  const bool = csvBool;
  const body: CsvCell[][] = rows.map(({ values: w, passNumber, passStart }) => [
    w.civility,
    w.birthName,
    w.usageName,
    w.firstName,
    csvDate(w.birthDate),
    w.nir,
    labelOf(NATIONALITIES, w.nationality),
    w.permitNumber,
    csvDate(w.permitExpiry),
    w.addressLine1,
    w.addressLine2,
    w.postalCode,
    w.city,
    bool(w.qpv),
    w.phone,
    w.email,
    labelOf(ORIENTEURS, w.orienteur),
    labelOf(EDUCATION_LEVELS, w.educationLevel),
    bool(w.drivingLicence),
    bool(w.vehicle),
    w.skills.map((s) => labelOf(TASK_KINDS, s)).join(', '),
    w.availability,
    w.referent,
    labelOf(WORKER_STATUSES, w.status),
    csvDate(w.entryDate),
    csvDate(w.exitDate),
    passNumber,
    csvDate(passStart),
    w.notes,
  ]);
  return toCsv(WORKER_COLUMNS.map((c) => c.label), body, textColumnsOf(WORKER_COLUMNS));
}
