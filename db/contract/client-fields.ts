import { describeFields } from './field-spec';
import { KIND_BOUNDS, PAST_DATES } from './bounds';
import { CIVILITIES, CIVILITY_SYNONYMS, CLIENT_KINDS, TASK_KINDS } from './reference';

// A client (utilisateur, adhérent), described once: db/contract/field-spec.ts says what is
// derived from it. The order is the spreadsheet's column order.

export const CLIENT_FIELDS = describeFields({
  kind: {
    label: "Type d'utilisateur",
    kind: 'choice',
    options: CLIENT_KINDS,
    message: "Choisissez le type d'utilisateur.",
    required: true,
    synonyms: { Société: 'entreprise', Commune: 'collectivite', Mairie: 'collectivite', Bailleur: 'bailleur_social' },
    csv: { header: 'Type', aliases: ["Type d'utilisateur", 'Catégorie', 'Type de client'] },
  },
  // An organisation is named by its raison sociale; a particulier by civility, last and first name.
  name: {
    label: 'Raison sociale',
    kind: 'text',
    max: 120,
    csv: { aliases: ['Nom ou raison sociale', 'Dénomination', 'Client', 'Utilisateur'] },
  },
  civility: {
    label: 'Civilité',
    kind: 'choice',
    options: CIVILITIES,
    message: 'Choisissez Madame ou Monsieur.',
    synonyms: CIVILITY_SYNONYMS,
    csv: { aliases: ['Civ', 'Titre'], codes: true },
  },
  lastName: { label: 'Nom', kind: 'text', max: 80, csv: { aliases: ['Nom de famille'] } },
  firstName: { label: 'Prénom', kind: 'text', max: 80, csv: { aliases: ['Prénoms'] } },
  siret: { label: 'SIRET', kind: 'siret', csv: { aliases: ['N° SIRET', 'Numéro SIRET'] } },
  contactName: { label: 'Personne à contacter', kind: 'text', max: 120, csv: { header: 'Contact', aliases: ['Interlocuteur', 'Personne à contacter'] } },
  addressLine1: {
    label: 'Adresse de facturation',
    kind: 'text',
    max: 120,
    csv: { header: 'Adresse', aliases: ['Adresse 1', 'Adresse de facturation', 'Rue'] },
  },
  addressLine2: { label: "Complément d'adresse", kind: 'text', max: 120, csv: { aliases: ['Adresse 2', 'Complément'] } },
  postalCode: { label: 'Code postal', kind: 'postalCode', csv: { aliases: ['CP'] } },
  city: { label: 'Commune', kind: 'text', max: 80, csv: { aliases: ['Ville', 'Localité'] } },
  phone: { label: 'Téléphone', kind: 'phone', csv: { aliases: ['Tél', 'Tel', 'Portable'] } },
  email: { label: 'E-mail', kind: 'email', csv: { aliases: ['Email', 'Mail', 'Courriel'] } },
  hourlyRateCents: { label: 'Taux horaire facturé', kind: 'money', max: KIND_BOUNDS.hourlyRate.max, csv: { header: 'Taux horaire', aliases: ['Tarif horaire', 'Taux', 'Prix horaire'] } },
  paymentTermsDays: {
    label: 'Délai de paiement (jours)',
    kind: 'integer',
    min: 0,
    max: 120,
    default: 30,
    message: 'Délai de paiement : un nombre de jours entre 0 et 120.',
    typeMessage: 'Nombre de jours invalide.',
    csv: { aliases: ['Délai de paiement', 'Échéance'] },
  },
  /** null: the default for the kind (countsTowards480ByDefault). */
  counts480: { label: 'Ses heures comptent dans les 480 h', kind: 'boolean', unset: true, csv: { header: 'Compte dans les 480 h', aliases: ['480 h', '480 heures'] } },
  lastLayoffDate: { label: 'Dernier licenciement économique', kind: 'date', range: PAST_DATES, csv: { aliases: ['Date licenciement économique'] } },
  // Chosen from the placements' tasks, so that a placement on the same post is recognised (L5132-7).
  lastLayoffPost: {
    label: 'Poste concerné',
    kind: 'choice',
    options: TASK_KINDS,
    message: 'Choisissez le poste dans la liste des tâches.',
    csv: { header: 'Poste du licenciement', aliases: ['Poste licencié'] },
  },
  notes: { label: 'Notes', kind: 'multiline', csv: { aliases: ['Observations', 'Commentaire', 'Commentaires'] } },
  // Its account in the books is the invoicing settings' prefix + this code (411…): given at the
  // first invoice when empty. Not in the spreadsheets: set in Passerelle, checked by clientInput.
  accountCode: { label: 'Code comptable', kind: 'identifier', max: 12, csv: false },
});
