import { describeFields } from './field-spec';
import { BIRTH_DATES } from './bounds';
import { CIVILITIES, CIVILITY_SYNONYMS, EDUCATION_LEVELS, NATIONALITIES, ORIENTEURS, TASK_KINDS, WORKER_STATUSES } from './reference';

// A worker (salarié en parcours, or candidat), described once: db/contract/field-spec.ts says
// what is derived from it. The order is the spreadsheet's column order.

export const WORKER_FIELDS = describeFields({
  civility: {
    label: 'Civilité',
    kind: 'choice',
    options: CIVILITIES,
    message: 'Choisissez Madame ou Monsieur.',
    required: true,
    synonyms: CIVILITY_SYNONYMS,
    csv: { aliases: ['Civ', 'Titre', 'Sexe'], codes: true },
  },
  birthName: {
    label: 'Nom de naissance',
    kind: 'text',
    max: 80,
    required: true,
    csv: { aliases: ['Nom', 'Nom de famille', 'Nom patronymique'] },
  },
  usageName: { label: "Nom d'usage", kind: 'text', max: 80, csv: { aliases: ['Nom marital', 'Nom d usage'] } },
  firstName: { label: 'Prénom', kind: 'text', max: 80, required: true, csv: { aliases: ['Prenoms', 'Prénoms'] } },
  birthDate: {
    label: 'Date de naissance',
    kind: 'date',
    range: BIRTH_DATES,
    required: true,
    csv: { aliases: ['Né le', 'Née le', 'Naissance', 'Date naissance'] },
  },
  nir: {
    label: 'NIR (n° de sécurité sociale)',
    kind: 'nir',
    csv: { header: 'NIR', aliases: ['N° de sécurité sociale', 'Numéro de sécurité sociale', 'N° SS', 'Sécurité sociale', 'NSS'] },
  },
  nationality: {
    label: 'Nationalité',
    kind: 'choice',
    options: NATIONALITIES,
    message: 'Choisissez la nationalité.',
    default: 'france',
    synonyms: { Française: 'france', Français: 'france', UE: 'ue', 'Hors UE': 'hors_ue' },
    csv: {},
  },
  permitNumber: {
    label: 'N° du titre de séjour',
    kind: 'identifier',
    max: 40,
    csv: { header: 'N° titre de séjour', aliases: ['Titre de séjour', 'Numéro titre de séjour'] },
  },
  permitExpiry: {
    label: 'Fin de validité du titre de séjour',
    kind: 'date',
    csv: { header: 'Fin du titre de séjour', aliases: ['Expiration titre de séjour', 'Validité titre de séjour'] },
  },
  addressLine1: { label: 'Adresse', kind: 'text', max: 120, csv: { aliases: ['Adresse 1', 'Rue'] } },
  addressLine2: { label: "Complément d'adresse", kind: 'text', max: 120, csv: { aliases: ['Adresse 2', 'Complément'] } },
  postalCode: { label: 'Code postal', kind: 'postalCode', csv: { aliases: ['CP'] } },
  city: { label: 'Commune', kind: 'text', max: 80, csv: { aliases: ['Ville', 'Localité'] } },
  qpv: { label: 'Réside en quartier prioritaire (QPV)', kind: 'boolean', csv: { header: 'QPV', aliases: ['Quartier prioritaire'] } },
  phone: { label: 'Téléphone', kind: 'phone', csv: { aliases: ['Tél', 'Tel', 'Portable', 'Mobile'] } },
  email: { label: 'E-mail', kind: 'email', csv: { aliases: ['Email', 'Mail', 'Courriel', 'Adresse e-mail'] } },
  orienteur: {
    label: 'Orienteur',
    kind: 'choice',
    options: ORIENTEURS,
    message: 'Orienteur inconnu.',
    synonyms: { 'Pôle emploi': 'france_travail' },
    csv: { aliases: ['Prescripteur', 'Orienté par'] },
  },
  educationLevel: {
    label: 'Niveau de formation',
    kind: 'choice',
    options: EDUCATION_LEVELS,
    message: 'Niveau inconnu.',
    csv: { aliases: ["Niveau d'études", 'Niveau scolaire', 'Diplôme'] },
  },
  drivingLicence: { label: 'Permis de conduire', kind: 'boolean', csv: { aliases: ['Permis', 'Permis B'] } },
  vehicle: { label: 'Véhicule', kind: 'boolean', csv: { aliases: ['Véhiculé'] } },
  skills: { label: 'Compétences', kind: 'choices', options: TASK_KINDS, message: 'Compétence inconnue.', csv: { aliases: ['Métiers', 'Tâches'] } },
  availability: { label: 'Disponibilités', kind: 'text', max: 300, csv: { aliases: ['Disponibilité'] } },
  referent: { label: 'Référent (CIP)', kind: 'text', max: 80, csv: { header: 'Référent', aliases: ['CIP', 'Conseiller', 'Référent CIP'] } },
  status: {
    label: 'Statut',
    kind: 'choice',
    options: WORKER_STATUSES,
    message: 'Choisissez un statut.',
    default: 'candidat',
    csv: { aliases: ['Situation'] },
  },
  entryDate: { label: "Date d'entrée", kind: 'date', csv: { aliases: ['Entrée', "Date d'embauche"] } },
  exitDate: { label: 'Date de sortie', kind: 'date', csv: { aliases: ['Sortie'] } },
  notes: { label: 'Notes', kind: 'multiline', csv: { aliases: ['Observations', 'Commentaire', 'Commentaires'] } },
});

/** The parts of a worker's name, in the order the record's page shows them. */
export const WORKER_NAME_PARTS = ['birthName', 'usageName', 'firstName'] as const satisfies readonly (keyof typeof WORKER_FIELDS)[];
