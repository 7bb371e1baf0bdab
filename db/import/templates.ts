// The spreadsheet templates offered for import: a header line with the columns' French labels,
// in order, then two example lines, written as French Excel expects (db/csv/write.ts). Built
// from the very column lists the import reads, so a template can never drift from the code.
// The import screen offers them for download; scripts/write-csv-templates.ts writes them to
// build/modeles/ for the README.

import type { CsvColumn } from '../csv/columns';
import { textColumnsOf, toCsv } from '../csv/write';
import { CLIENT_COLUMNS } from './clients-csv';
import { WORKER_COLUMNS } from './workers-csv';

export type TemplateKind = 'salaries' | 'utilisateurs';

/** Example lines by column key; a key missing here leaves its cell empty. */
type Example = Record<string, string>;

interface TemplateSpec {
  /** Path from the project root. */
  file: string;
  columns: CsvColumn[];
  examples: Example[];
}

const WORKER_EXAMPLES: Example[] = [
  {
    civility: 'Madame',
    birthName: 'DUPONT',
    usageName: 'MARTIN',
    firstName: 'Sophie',
    birthDate: '14/03/1985',
    nir: '2 85 03 75 112 345 44',
    nationality: 'France',
    addressLine1: '12 rue des Lilas',
    addressLine2: 'Bâtiment B',
    postalCode: '75011',
    city: 'Paris',
    qpv: 'non',
    phone: '06 12 34 56 78',
    email: 'sophie.martin@exemple.fr',
    orienteur: 'France Travail',
    educationLevel: 'CAP, BEP',
    drivingLicence: 'oui',
    vehicle: 'non',
    skills: 'Ménage, Repassage',
    availability: 'Du lundi au vendredi, le matin',
    referent: 'Claire Bernard',
    status: 'En parcours',
    entryDate: '02/02/2026',
    passNumber: '999992612345',
    passStart: '02/02/2026',
    notes: "Ligne d'exemple : à remplacer par vos salariés.",
  },
  {
    civility: 'Monsieur',
    birthName: 'KONATÉ',
    firstName: 'Moussa',
    birthDate: '07/11/1992',
    nationality: 'Hors Union européenne',
    permitNumber: '7501234567',
    permitExpiry: '30/06/2027',
    addressLine1: '3 place de la Mairie',
    postalCode: '69008',
    city: 'Lyon',
    qpv: 'oui',
    phone: '07 98 76 54 32',
    orienteur: 'Mission locale',
    educationLevel: 'Niveau collège (3e)',
    drivingLicence: 'non',
    vehicle: 'non',
    skills: 'Jardinage, Espaces verts, Manutention',
    availability: 'Tous les jours',
    referent: 'Claire Bernard',
    status: 'Candidat',
    notes: "Ligne d'exemple : à remplacer par vos salariés.",
  },
];

const CLIENT_EXAMPLES: Example[] = [
  {
    kind: 'Particulier',
    name: 'LEROY Jeanne',
    addressLine1: '8 allée des Tilleuls',
    postalCode: '44000',
    city: 'Nantes',
    phone: '02 40 12 34 56',
    email: 'jeanne.leroy@exemple.fr',
    hourlyRateCents: '22,50',
    paymentTermsDays: '30',
    counts480: 'non',
    notes: "Ligne d'exemple : à remplacer par vos utilisateurs.",
  },
  {
    kind: 'Entreprise',
    name: 'Boulangerie du Parc',
    siret: '842 157 368 00015',
    contactName: 'Paul Girard',
    addressLine1: '25 avenue de la Gare',
    addressLine2: 'Zone artisanale',
    postalCode: '44100',
    city: 'Nantes',
    phone: '02 40 98 76 54',
    email: 'contact@boulangerie-du-parc.exemple.fr',
    hourlyRateCents: '24,00',
    paymentTermsDays: '45',
    counts480: 'oui',
    notes: "Ligne d'exemple : à remplacer par vos utilisateurs.",
  },
];

export const TEMPLATES: Record<TemplateKind, TemplateSpec> = {
  salaries: { file: 'build/modeles/salaries.csv', columns: WORKER_COLUMNS, examples: WORKER_EXAMPLES },
  utilisateurs: { file: 'build/modeles/utilisateurs.csv', columns: CLIENT_COLUMNS, examples: CLIENT_EXAMPLES },
};

/** The template's text, BOM included, exactly as it is written to disk (UTF-8). */
export function templateText(kind: TemplateKind): string {
  const { columns, examples } = TEMPLATES[kind];
  const known = new Set(columns.map((c) => c.key));
  for (const example of examples) {
    for (const key of Object.keys(example)) {
      if (!known.has(key)) throw new Error(`Modèle ${kind} : la colonne « ${key} » n'existe plus dans la liste des colonnes.`);
    }
  }
  return toCsv(
    columns.map((c) => c.label),
    examples.map((example) => columns.map((c) => example[c.key] ?? '')),
    textColumnsOf(columns),
  );
}

