import { z } from 'zod';
import type { CsvColumn } from '../csv/columns';
import { csvBool, csvDate, csvMoney, textColumnsOf, toCsv, type CsvCell } from '../csv/write';
import { CLIENT_KINDS, labelOf } from '../contract/reference';
import { clientInput, type ClientValues } from '../contract/clients';
import { clients } from '../schema';
import { boolCell, choiceCell, type CellErrors } from './cells';
import type { ImportSpec } from './run-import';
import { clientColumns, findClientDuplicates } from '../records/clients';

// The clients' spreadsheet: same columns for export and import.

export const CLIENT_COLUMNS: CsvColumn[] = [
  { key: 'kind', label: 'Type', aliases: ["Type d'utilisateur", 'Catégorie', 'Type de client'], required: true },
  { key: 'name', label: 'Nom ou raison sociale', aliases: ['Nom', 'Raison sociale', 'Client', 'Utilisateur'], required: true },
  { key: 'siret', label: 'SIRET', aliases: ['N° SIRET', 'Numéro SIRET'], text: true },
  { key: 'contactName', label: 'Contact', aliases: ['Interlocuteur', 'Personne à contacter'] },
  { key: 'addressLine1', label: 'Adresse', aliases: ['Adresse 1', 'Adresse de facturation', 'Rue'] },
  { key: 'addressLine2', label: "Complément d'adresse", aliases: ['Adresse 2', 'Complément'] },
  { key: 'postalCode', label: 'Code postal', aliases: ['CP'], text: true },
  { key: 'city', label: 'Commune', aliases: ['Ville', 'Localité'] },
  { key: 'phone', label: 'Téléphone', aliases: ['Tél', 'Tel', 'Portable'], text: true },
  { key: 'email', label: 'E-mail', aliases: ['Email', 'Mail', 'Courriel'] },
  { key: 'hourlyRateCents', label: 'Taux horaire', aliases: ['Tarif horaire', 'Taux', 'Prix horaire'] },
  { key: 'paymentTermsDays', label: 'Délai de paiement (jours)', aliases: ['Délai de paiement', 'Échéance'] },
  { key: 'counts480', label: 'Compte dans les 480 h', aliases: ['480 h', '480 heures'] },
  { key: 'lastLayoffDate', label: 'Dernier licenciement économique', aliases: ['Date licenciement économique'] },
  { key: 'lastLayoffPost', label: 'Poste du licenciement', aliases: ['Poste licencié'] },
  { key: 'notes', label: 'Notes', aliases: ['Observations', 'Commentaire', 'Commentaires'] },
];

function toInput(cells: Record<string, string>): { input: unknown; errors: CellErrors } {
  const errors: CellErrors = [];
  const c = (k: string) => cells[k] ?? '';
  const counts = boolCell('counts480', c('counts480'), errors);
  return {
    input: {
      kind: choiceCell(CLIENT_KINDS, 'kind', c('kind'), errors, { Société: 'entreprise', Commune: 'collectivite', Mairie: 'collectivite', Bailleur: 'bailleur_social' }),
      name: c('name'),
      siret: c('siret'),
      contactName: c('contactName'),
      addressLine1: c('addressLine1'),
      addressLine2: c('addressLine2'),
      postalCode: c('postalCode'),
      city: c('city'),
      phone: c('phone'),
      email: c('email'),
      hourlyRateCents: c('hourlyRateCents'),
      paymentTermsDays: c('paymentTermsDays'),
      counts480: counts ?? null,
      lastLayoffDate: c('lastLayoffDate'),
      lastLayoffPost: c('lastLayoffPost'),
      notes: c('notes'),
    },
    errors,
  };
}

export const clientsImportSpec: ImportSpec<ClientValues> = {
  entity: 'utilisateur',
  importedLabel: (n) => (n >= 2 ? `${n} utilisateurs importés` : `${n} utilisateur importé`),
  columns: CLIENT_COLUMNS,
  toInput,
  schema: clientInput as z.ZodType<ClientValues>,
  duplicate(ctx, value, seen) {
    const dups = findClientDuplicates(ctx, value, null);
    if (dups.length > 0) return `Cet utilisateur existe déjà : ${dups[0]!.label} (${dups[0]!.why}).`;
    if (value.siret && seen.has(`siret:${value.siret}`)) return `Même SIRET qu'à la ligne ${seen.get(`siret:${value.siret}`)} du fichier.`;
    return null;
  },
  remember(value, line, seen) {
    if (value.siret) seen.set(`siret:${value.siret}`, line);
  },
  insert(ctx, value) {
    const now = ctx.now().toISOString();
    ctx.db.insert(clients).values({ ...clientColumns(value), createdAt: now, updatedAt: now }).run();
  },
};

export function clientsCsv(rows: (Omit<ClientValues, 'counts480'> & { counts480: boolean })[]): string {
  const body: CsvCell[][] = rows.map((c) => [
    labelOf(CLIENT_KINDS, c.kind),
    c.name,
    c.siret,
    c.contactName,
    c.addressLine1,
    c.addressLine2,
    c.postalCode,
    c.city,
    c.phone,
    c.email,
    csvMoney(c.hourlyRateCents),
    c.paymentTermsDays,
    csvBool(c.counts480),
    csvDate(c.lastLayoffDate),
    c.lastLayoffPost,
    c.notes,
  ]);
  return toCsv(CLIENT_COLUMNS.map((c) => c.label), body, textColumnsOf(CLIENT_COLUMNS));
}
