import { and, desc, eq, isNotNull, isNull, like, type SQL } from 'drizzle-orm';
import type { Ctx, Handler } from '../context';
import { type ClientDetail, type ClientRow, clientFilters, WORK_ADDRESS_LABELS } from '../contract/clients';
import { CLIENT_FIELDS } from '../contract/client-fields';
import { fieldLabels } from '../contract/field-spec';
import { refuseStale, type VersionedRecord } from '../records/versions';
import { CLIENT_KINDS, type ClientKind, type PaymentMeans } from '../contract/reference';
import { clients, memberships, workAddresses } from '../schema';
import { audit, auditExport, diff, values } from '../audit';
import { AppError } from '../errors';
import { windowOf } from '../contract/lists';
import { setArchived } from './archiving';
import { isReferenced } from '../records/references';
import { escapeLike, searchWords } from '../base/search';
import { todayIso } from '../base/dates';
import { analyseImport, commitImport } from '../import/run-import';
import { templateText } from '../import/templates';
import { clientsImportSpec, clientsSheet } from '../import/clients-csv';
import { csvFile, exportFile } from '../import/exports';
import { clientColumns, clientName, clientSortName, clientValues, findClientDuplicates } from '../records/clients';
import { blocking480 } from '../records/worker-hours';
import { collator, sortRows } from '../records/list-sort';

type ClientRecord = typeof clients.$inferSelect;

const NOT_FOUND = "Cet utilisateur n'existe pas (ou plus).";

/** A client's record, for the refusal of a stale save: its fields, and its archiving. */
const clientRecord = (id: number): VersionedRecord => ({
  entity: 'utilisateur',
  entityId: id,
  changed: 'Cet utilisateur a été modifié',
  labels: { ...fieldLabels(CLIENT_FIELDS), archivedAt: 'Archivage' },
});

const workAddressRecord = (id: number): VersionedRecord => ({
  entity: 'lieu_travail',
  entityId: id,
  changed: 'Ce lieu de travail a été modifié',
  labels: WORK_ADDRESS_LABELS,
});

function currentYear(ctx: Ctx): number {
  return Number(todayIso(ctx.now()).slice(0, 4));
}

/** What may point at this record. */
const REFERENCES = [
  ['memberships', 'client_id'],
  ['client_work_addresses', 'client_id'],
  ['placements', 'client_id'],
  ['invoices', 'client_id'],
] as const;

export function loadClient(ctx: Ctx, id: number): ClientDetail {
  const c = ctx.db.select().from(clients).where(eq(clients.id, id)).get();
  if (!c) throw new AppError('not_found', NOT_FOUND);
  const ms = ctx.db.select().from(memberships).where(eq(memberships.clientId, id)).orderBy(desc(memberships.year)).all();
  const addrs = ctx.db
    .select()
    .from(workAddresses)
    .where(and(eq(workAddresses.clientId, id)))
    .orderBy(workAddresses.label)
    .all()
    .filter((a) => a.archivedAt === null);
  const year = currentYear(ctx);
  return {
    ...clientValues(c),
    id: c.id,
    version: c.version,
    lastLayoffPostReview: c.lastLayoffPostReview,
    displayName: clientName(c),
    nameToReview: c.nameReview,
    archivedAt: c.archivedAt,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
    memberships: ms.map((m) => ({ id: m.id, year: m.year, amountCents: m.amountCents, paidOn: m.paidOn, means: m.means as PaymentMeans })),
    workAddresses: addrs.map((a) => ({
      id: a.id,
      version: a.version,
      label: a.label,
      addressLine1: a.addressLine1,
      addressLine2: a.addressLine2,
      postalCode: a.postalCode,
      city: a.city,
    })),
    membershipPaid: ms.some((m) => m.year === year),
    referenced: isReferenced(ctx, id, REFERENCES),
  };
}

interface ListedClient extends ClientRow {
  record: ClientRecord;
  sortName: string;
}

export function listClients(ctx: Ctx, filters: ReturnType<typeof clientFilters.parse>): { rows: ListedClient[]; year: number } {
  const year = filters.year ?? currentYear(ctx);
  const conditions: SQL[] = searchWords(filters.search).map((word) => like(clients.searchText, `%${escapeLike(word)}%`));
  if (filters.kind) conditions.push(eq(clients.kind, filters.kind));
  if (filters.archived === 'actifs') conditions.push(isNull(clients.archivedAt));
  if (filters.archived === 'archives') conditions.push(isNotNull(clients.archivedAt));
  const paid = new Set(ctx.sqlite.prepare('SELECT client_id FROM memberships WHERE year = ?').pluck().all(year) as number[]);
  let rows: ListedClient[] = ctx.db
    .select()
    .from(clients)
    .where(and(...conditions))
    .all()
    .map((c) => ({
      id: c.id,
      name: clientName(c),
      sortName: clientSortName(c),
      kind: c.kind as ClientKind,
      siret: c.siret,
      contactName: c.contactName,
      city: c.city,
      phone: c.phone,
      counts480: c.counts480,
      membershipPaid: paid.has(c.id),
      archived: c.archivedAt !== null,
      record: c,
    }));
  if (filters.membership === 'a_jour') rows = rows.filter((r) => r.membershipPaid);
  if (filters.membership === 'manquante') rows = rows.filter((r) => !r.membershipPaid);
  const kindRank = (k: string) => CLIENT_KINDS.findIndex((x) => x.code === k);
  const { column, direction } = filters.sort;
  rows = sortRows(
    rows,
    direction,
    (a, b) => {
      switch (column) {
        case 'kind':
          return kindRank(a.kind) - kindRank(b.kind);
        case 'city':
          return collator.compare(a.city ?? '\uffff', b.city ?? '\uffff');
        case 'siret':
          return (a.siret ?? '~').localeCompare(b.siret ?? '~');
        case 'membership':
          return Number(a.membershipPaid) - Number(b.membershipPaid);
        default:
          return 0;
      }
    },
    (a, b) => collator.compare(a.sortName, b.sortName),
  );
  return { rows, year };
}

const list: Handler<'clients.list'> = (ctx, filters) => {
  const { rows, year } = listClients(ctx, filters);
  return { rows: windowOf(rows, filters.window).map(({ record: _r, sortName: _s, ...row }) => row), total: rows.length, year };
};

const get: Handler<'clients.get'> = (ctx, { id }) => loadClient(ctx, id);

/** Two clients never share an account in the books. */
function refuseTakenAccountCode(ctx: Ctx, code: string | null, id: number | null): void {
  if (!code) return;
  const other = ctx.sqlite.prepare('SELECT id FROM clients WHERE account_code = ? AND id IS NOT ?').pluck().get(code, id) as number | undefined;
  if (other !== undefined) {
    const message = 'Ce code comptable est déjà celui d’un autre utilisateur.';
    throw new AppError('validation', message, { 'client.accountCode': message });
  }
}

const create: Handler<'clients.create'> = (ctx, { client, allowDuplicate }) => {
  refuseTakenAccountCode(ctx, client.accountCode, null);
  const dups = findClientDuplicates(ctx, client, null);
  if (dups.length > 0 && !allowDuplicate) {
    throw new AppError(
      'duplicate',
      `Un utilisateur a déjà ce SIRET : ${dups.map((d) => d.label).join(', ')}. Vérifiez avant de créer un doublon.`,
      undefined,
      dups,
    );
  }
  const now = ctx.now().toISOString();
  const cols = clientColumns(client);
  const id = ctx.db.insert(clients).values({ ...cols, createdAt: now, updatedAt: now }).returning({ id: clients.id }).get().id;
  audit(ctx, 'création', 'utilisateur', id, undefined, { before: null, after: values(cols) });
  return { id };
};

const update: Handler<'clients.update'> = (ctx, { id, version, client }) => {
  const before = ctx.db.select().from(clients).where(eq(clients.id, id)).get();
  if (!before) throw new AppError('not_found', NOT_FOUND);
  refuseStale(ctx, clientRecord(id), before.version, version);
  refuseTakenAccountCode(ctx, client.accountCode, id);
  const cols = clientColumns(client);
  const next = before.version + 1;
  ctx.db.update(clients).set({ ...cols, updatedAt: ctx.now().toISOString(), version: next }).where(eq(clients.id, id)).run();
  if (cols.counts480 && !before.counts480) {
    // Hours already worked here now count towards the 480 h: they must still fit (the update
    // is rolled back with the error).
    const workerIds = ctx.sqlite
      .prepare('SELECT DISTINCT p.worker_id FROM placements p JOIN hours h ON h.placement_id = p.id WHERE p.client_id = ?')
      .pluck()
      .all(id) as number[];
    const over = workerIds.filter((w) => blocking480(ctx, w).length > 0);
    if (over.length > 0) {
      throw new AppError(
        'rule',
        `Ses heures ne peuvent pas compter dans les 480 h : ${over.length} salarié(s) dépasseraient alors 480 heures sur 24 mois. Rien n'a été modifié.`,
        { 'client.counts480': 'Des salariés dépasseraient 480 heures avec ce réglage.' },
      );
    }
  }
  const change = diff(before, cols);
  audit(ctx, 'modification', 'utilisateur', id, { champs: change.champs, version: next }, change);
  return { id };
};

const ARCHIVED = { table: 'clients', entity: 'utilisateur', notFound: NOT_FOUND } as const;

const archive: Handler<'clients.archive'> = (ctx, { id }) => setArchived(ctx, ARCHIVED, id, ctx.now().toISOString());

const unarchive: Handler<'clients.unarchive'> = (ctx, { id }) => setArchived(ctx, ARCHIVED, id, null);

const remove: Handler<'clients.delete'> = (ctx, { id }) => {
  const c = ctx.db.select().from(clients).where(eq(clients.id, id)).get();
  if (!c) throw new AppError('not_found', NOT_FOUND);
  if (isReferenced(ctx, id, REFERENCES)) {
    throw new AppError('rule', 'Cet utilisateur a des adhésions, des lieux de travail ou des missions enregistrés : il ne peut pas être supprimé, archivez-le.');
  }
  ctx.db.delete(clients).where(eq(clients.id, id)).run();
  audit(ctx, 'suppression', 'utilisateur', id, { nom: clientName(c) }, { before: values(c), after: null });
  return { id };
};

const saveWorkAddress: Handler<'clients.saveWorkAddress'> = (ctx, input) => {
  loadClient(ctx, input.clientId);
  const place = {
    clientId: input.clientId,
    label: input.label,
    addressLine1: input.addressLine1,
    addressLine2: input.addressLine2,
    postalCode: input.postalCode,
    city: input.city,
  };
  if (input.id) {
    const before = ctx.db
      .select()
      .from(workAddresses)
      .where(and(eq(workAddresses.id, input.id), eq(workAddresses.clientId, input.clientId)))
      .get();
    if (!before) throw new AppError('not_found', "Ce lieu de travail n'existe pas (ou plus).");
    refuseStale(ctx, workAddressRecord(input.id), before.version, input.version ?? 0);
    const next = before.version + 1;
    ctx.db.update(workAddresses).set({ ...place, version: next }).where(eq(workAddresses.id, input.id)).run();
    const change = diff(before, place);
    const changed = change.champs.filter((k) => k in WORK_ADDRESS_LABELS);
    audit(ctx, 'modification', 'lieu_travail', input.id, { champs: changed, version: next }, change);
  } else {
    const id = ctx.db.insert(workAddresses).values(place).returning({ id: workAddresses.id }).get().id;
    audit(ctx, 'création', 'lieu_travail', id, { client: input.clientId }, { before: null, after: values(place) });
  }
  return loadClient(ctx, input.clientId);
};

const addMembership: Handler<'clients.addMembership'> = (ctx, input) => {
  loadClient(ctx, input.clientId);
  const existing = ctx.db
    .select()
    .from(memberships)
    .where(and(eq(memberships.clientId, input.clientId), eq(memberships.year, input.year)))
    .get();
  if (existing) {
    throw new AppError('validation', 'Certains champs sont à corriger.', { year: `L'adhésion ${input.year} est déjà enregistrée pour cet utilisateur.` });
  }
  const id = ctx.db
    .insert(memberships)
    .values({ ...input, createdAt: ctx.now().toISOString() })
    .returning({ id: memberships.id })
    .get().id;
  audit(ctx, 'création', 'adhesion', id, { client: input.clientId, annee: input.year, montant: input.amountCents }, { before: null, after: values(input) });
  return loadClient(ctx, input.clientId);
};

const importPreview: Handler<'clients.importPreview'> = (ctx, input) =>
  analyseImport(ctx, clientsImportSpec, input.fileBase64, input.mapping).preview;

const importCommit: Handler<'clients.importCommit'> = (ctx, input) => commitImport(ctx, clientsImportSpec, input);

const exportList: Handler<'clients.export'> = (ctx, { filters, format }) => {
  const rows = listClients(ctx, filters).rows.map((r) => clientValues(r.record));
  auditExport(ctx, 'utilisateur_liste', null, { format, lignes: rows.length, filtres: filters });
  return exportFile(clientsSheet(rows), format, 'utilisateurs', todayIso(ctx.now()));
};

export const clientsHandlers = {
  'clients.list': list,
  'clients.get': get,
  'clients.create': create,
  'clients.update': update,
  'clients.archive': archive,
  'clients.unarchive': unarchive,
  'clients.delete': remove,
  'clients.saveWorkAddress': saveWorkAddress,
  'clients.addMembership': addMembership,
  'clients.importPreview': importPreview,
  'clients.importCommit': importCommit,
  'clients.importTemplate': () => csvFile('modele-utilisateurs.csv', templateText('utilisateurs')),
  'clients.export': exportList,
};

