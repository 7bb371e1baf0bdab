// Reference lists of the domain (domain.md §2–3): stored as codes, shown with French labels.
// One place for each list, shared by forms, handlers, CSV import and reports.

export interface Choice<C extends string = string> {
  code: C;
  label: string;
}

function codes<const T extends readonly Choice[]>(list: T): [T[number]['code'], ...T[number]['code'][]] {
  return list.map((c) => c.code) as [T[number]['code'], ...T[number]['code'][]];
}

export function labelOf(list: readonly Choice[], code: string | null | undefined): string {
  if (!code) return '';
  return list.find((c) => c.code === code)?.label ?? code;
}

export const CIVILITIES = [
  { code: 'Mme', label: 'Madame' },
  { code: 'M.', label: 'Monsieur' },
] as const satisfies readonly Choice[];

/** Other ways a civility is written in spreadsheets. */
export const CIVILITY_SYNONYMS = { Mme: 'Mme', Madame: 'Mme', F: 'Mme', Femme: 'Mme', M: 'M.', 'M.': 'M.', Monsieur: 'M.', H: 'M.', Homme: 'M.' } as const;

export const NATIONALITIES = [
  { code: 'france', label: 'France' },
  { code: 'ue', label: 'Union européenne (hors France)' },
  { code: 'hors_ue', label: 'Hors Union européenne' },
] as const satisfies readonly Choice[];

export const ORIENTEURS = [
  { code: 'france_travail', label: 'France Travail' },
  { code: 'mission_locale', label: 'Mission locale' },
  { code: 'cap_emploi', label: 'Cap emploi' },
  { code: 'plie', label: 'PLIE' },
  { code: 'departement', label: 'Service social du département' },
  { code: 'ccas', label: 'CCAS' },
  { code: 'spip', label: 'SPIP' },
  { code: 'spontanee', label: 'Candidature spontanée' },
  { code: 'autre', label: 'Autre' },
] as const satisfies readonly Choice[];

export const EDUCATION_LEVELS = [
  { code: 'aucun', label: 'Aucun diplôme, scolarité primaire' },
  { code: 'college', label: 'Niveau collège (3e)' },
  { code: 'cap_bep', label: 'CAP, BEP' },
  { code: 'bac', label: 'Baccalauréat' },
  { code: 'bac_plus', label: 'Supérieur au baccalauréat' },
] as const satisfies readonly Choice[];

export const WORKER_STATUSES = [
  { code: 'candidat', label: 'Candidat' },
  { code: 'en_parcours', label: 'En parcours' },
  { code: 'sorti', label: 'Sorti' },
] as const satisfies readonly Choice[];

export const TASK_KINDS = [
  { code: 'menage', label: 'Ménage' },
  { code: 'repassage', label: 'Repassage' },
  { code: 'jardinage', label: 'Jardinage' },
  { code: 'espaces_verts', label: 'Espaces verts' },
  { code: 'manutention', label: 'Manutention' },
  { code: 'demenagement', label: 'Déménagement' },
  { code: 'bricolage', label: 'Bricolage' },
  { code: 'nettoyage_locaux', label: 'Nettoyage de locaux' },
  { code: 'plonge', label: 'Plonge et restauration' },
  { code: 'second_oeuvre', label: 'Second œuvre du bâtiment' },
  { code: 'garde_enfants', label: "Garde d'enfants (plus de 3 ans)" },
  { code: 'aide_courses', label: 'Aide aux courses' },
  { code: 'autre', label: 'Autre' },
] as const satisfies readonly Choice[];

export const CLIENT_KINDS = [
  { code: 'particulier', label: 'Particulier' },
  { code: 'entreprise', label: 'Entreprise' },
  { code: 'association', label: 'Association' },
  { code: 'collectivite', label: 'Collectivité' },
  { code: 'bailleur_social', label: 'Bailleur social' },
] as const satisfies readonly Choice[];

export const PAYMENT_MEANS = [
  { code: 'cheque', label: 'Chèque' },
  { code: 'virement', label: 'Virement' },
  { code: 'especes', label: 'Espèces' },
  { code: 'carte', label: 'Carte bancaire' },
  { code: 'prelevement', label: 'Prélèvement' },
  { code: 'cesu', label: 'CESU préfinancé' },
] as const satisfies readonly Choice[];

/** The kinds of a support interview (domain §6). */
export const INTERVIEW_KINDS = [
  { code: 'accueil', label: 'Accueil' },
  { code: 'diagnostic', label: 'Diagnostic' },
  { code: 'suivi', label: 'Suivi' },
  { code: 'bilan', label: 'Bilan' },
  { code: 'tripartite', label: 'Tripartite avec un utilisateur' },
] as const satisfies readonly Choice[];

/** The barriers to employment worked on during a path (domain §6). */
export const BARRIERS = [
  { code: 'mobilite', label: 'Mobilité' },
  { code: 'logement', label: 'Logement' },
  { code: 'sante', label: 'Santé' },
  { code: 'garde_enfants', label: "Garde d'enfants" },
  { code: 'savoirs_base', label: 'Savoirs de base' },
  { code: 'demarches_administratives', label: 'Démarches administratives' },
  { code: 'budget', label: 'Budget' },
] as const satisfies readonly Choice[];

export const BARRIER_STATES = [
  { code: 'identifie', label: 'Identifié' },
  { code: 'en_cours', label: 'En cours de traitement' },
  { code: 'leve', label: 'Levé' },
] as const satisfies readonly Choice[];

export const civilityCodes = codes(CIVILITIES);
export const nationalityCodes = codes(NATIONALITIES);
export const orienteurCodes = codes(ORIENTEURS);
export const educationCodes = codes(EDUCATION_LEVELS);
export const workerStatusCodes = codes(WORKER_STATUSES);
export const taskKindCodes = codes(TASK_KINDS);
export const clientKindCodes = codes(CLIENT_KINDS);
export const paymentMeansCodes = codes(PAYMENT_MEANS);
export const interviewKindCodes = codes(INTERVIEW_KINDS);

export type Civility = (typeof civilityCodes)[number];
export type Nationality = (typeof nationalityCodes)[number];
export type Orienteur = (typeof orienteurCodes)[number];
export type EducationLevel = (typeof educationCodes)[number];
export type WorkerStatus = (typeof workerStatusCodes)[number];
export type TaskKind = (typeof taskKindCodes)[number];
export type ClientKind = (typeof clientKindCodes)[number];
export type PaymentMeans = (typeof paymentMeansCodes)[number];
export type InterviewKind = (typeof interviewKindCodes)[number];
export type Barrier = (typeof BARRIERS)[number]['code'];
export type BarrierState = (typeof BARRIER_STATES)[number]['code'];

/** Clients whose hours count towards the 480 h by default (domain §3; editable per client). */
export function countsTowards480ByDefault(kind: ClientKind): boolean {
  return kind === 'entreprise';
}
