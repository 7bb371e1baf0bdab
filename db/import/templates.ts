// The spreadsheet templates offered for import: a header line with the columns' French labels,
// in order, then two example lines, written as French Excel expects (db/csv/write.ts). Built
// from the very column lists the import reads, so a template can never drift from the code.
// The import screen offers them for download; scripts/write-csv-templates.ts writes them to
// build/modeles/ for the README.

import type { CsvColumn } from '../csv/columns';
import { sheetCsv } from '../csv/write';
import { CLIENT_COLUMNS } from './clients-csv';
import { WORKER_COLUMNS } from './workers-csv';

export type TemplateKind = 'salaries' | 'utilisateurs';

/** Example lines by column heading; a heading missing here leaves its cell empty. */
type Example = Record<string, string>;

interface TemplateSpec {
  /** Path from the project root. */
  file: string;
  columns: CsvColumn[];
  examples: Example[];
}

const WORKER_EXAMPLES: Example[] = [
  {
    'Civilité': 'Madame',
    'Nom de naissance': 'DUPONT',
    "Nom d'usage": 'MARTIN',
    'Prénom': 'Sophie',
    'Date de naissance': '14/03/1985',
    'NIR': '2 85 03 75 112 345 44',
    'Nationalité': 'France',
    'Adresse': '12 rue des Lilas',
    "Complément d'adresse": 'Bâtiment B',
    'Code postal': '75011',
    'Commune': 'Paris',
    'QPV': 'non',
    'Téléphone': '06 12 34 56 78',
    'E-mail': 'sophie.martin@exemple.fr',
    'Orienteur': 'France Travail',
    'Niveau de formation': 'CAP, BEP',
    'Permis de conduire': 'oui',
    'Véhicule': 'non',
    'Compétences': 'Ménage, Repassage',
    'Disponibilités': 'Du lundi au vendredi, le matin',
    'Référent': 'Claire Bernard',
    'Statut': 'En parcours',
    "Date d'entrée": '02/02/2026',
    'N° PASS IAE': '999992612345',
    'Début du PASS IAE': '02/02/2026',
    'Notes': "Ligne d'exemple : à remplacer par vos salariés.",
  },
  {
    'Civilité': 'Monsieur',
    'Nom de naissance': 'KONATÉ',
    'Prénom': 'Moussa',
    'Date de naissance': '07/11/1992',
    'Nationalité': 'Hors Union européenne',
    'N° titre de séjour': '7501234567',
    'Fin du titre de séjour': '30/06/2027',
    'Adresse': '3 place de la Mairie',
    'Code postal': '69008',
    'Commune': 'Lyon',
    'QPV': 'oui',
    'Téléphone': '07 98 76 54 32',
    'Orienteur': 'Mission locale',
    'Niveau de formation': 'Niveau collège (3e)',
    'Permis de conduire': 'non',
    'Véhicule': 'non',
    'Compétences': 'Jardinage, Espaces verts, Manutention',
    'Disponibilités': 'Tous les jours',
    'Référent': 'Claire Bernard',
    'Statut': 'Candidat',
    'Notes': "Ligne d'exemple : à remplacer par vos salariés.",
  },
];

const CLIENT_EXAMPLES: Example[] = [
  {
    'Type': 'Particulier',
    'Civilité': 'Madame',
    'Nom': 'LEROY',
    'Prénom': 'Jeanne',
    'Adresse': '8 allée des Tilleuls',
    'Code postal': '44000',
    'Commune': 'Nantes',
    'Téléphone': '02 40 12 34 56',
    'E-mail': 'jeanne.leroy@exemple.fr',
    'Taux horaire': '22,50',
    'Délai de paiement (jours)': '30',
    'Compte dans les 480 h': 'non',
    'Notes': "Ligne d'exemple : à remplacer par vos utilisateurs.",
  },
  {
    'Type': 'Entreprise',
    'Raison sociale': 'Boulangerie du Parc',
    'SIRET': '842 157 368 00015',
    'Contact': 'Paul Girard',
    'Adresse': '25 avenue de la Gare',
    "Complément d'adresse": 'Zone artisanale',
    'Code postal': '44100',
    'Commune': 'Nantes',
    'Téléphone': '02 40 98 76 54',
    'E-mail': 'contact@boulangerie-du-parc.exemple.fr',
    'Taux horaire': '24,00',
    'Délai de paiement (jours)': '45',
    'Compte dans les 480 h': 'oui',
    'Notes': "Ligne d'exemple : à remplacer par vos utilisateurs.",
  },
];

export const TEMPLATES: Record<TemplateKind, TemplateSpec> = {
  salaries: { file: 'build/modeles/salaries.csv', columns: WORKER_COLUMNS, examples: WORKER_EXAMPLES },
  utilisateurs: { file: 'build/modeles/utilisateurs.csv', columns: CLIENT_COLUMNS, examples: CLIENT_EXAMPLES },
};

/** The template's text, BOM included, exactly as it is written to disk (UTF-8). */
export function templateText(kind: TemplateKind): string {
  const { columns, examples } = TEMPLATES[kind];
  const known = new Set(columns.map((c) => c.label));
  for (const example of examples) {
    for (const heading of Object.keys(example)) {
      if (!known.has(heading)) throw new Error(`Modèle ${kind} : la colonne « ${heading} » n'existe plus dans la liste des colonnes.`);
    }
  }
  // The examples are written as people type them: every cell is text.
  return sheetCsv({
    name: kind,
    columns: columns.map((c) => ({ header: c.label, type: 'text' })),
    rows: examples.map((example) => columns.map((c) => example[c.label] ?? '')),
  });
}
