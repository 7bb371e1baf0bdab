import { and, desc, eq, isNotNull, isNull, like, lte, type SQL } from 'drizzle-orm';
import type { Ctx, Handler } from '../context';
import type { DuplicateLink } from '../contract/duplicates';
import { WORKER_STATUSES, type WorkerStatus } from '../contract/reference';
import { type DiagnosisView, PASS_LABELS, type WorkerDetail, type WorkerRow, workerFilters } from '../contract/workers';
import { WORKER_FIELDS } from '../contract/worker-fields';
import { fieldLabels } from '../contract/field-spec';
import { refuseStale, type VersionedRecord } from '../records/versions';
import { diagnoses, passes, passPeriods, workers } from '../schema';
import { audit, auditExport, diff, values } from '../audit';
import { linkReferents, referentChoices } from '../records/accounts';
import { AppError } from '../errors';
import { setArchived } from './archiving';
import { pathOfNewWorker, refusePathFields } from './support-records';
import { isReferenced } from '../records/references';
import { escapeLike, searchWords } from '../base/search';
import { de } from '../base/format';
import { findWorkerDuplicates, passNumbersOf, referentsOf, refreshWorkerSearch, WORKER_NAME_COLUMNS, workerColumns, workerName, workerValues } from '../records/workers';
import { checkPassPeriods, type PassPeriod, type PassReason } from '../rules/pass-iae';
import { evaluateEligibility, type CriterionCode } from '../rules/eligibility';
import { addDays, todayIso } from '../base/dates';
import { RENEWAL_NOTICE_DAYS } from '../rules/renewals';
import { analyseImport, commitImport } from '../import/run-import';
import { templateText } from '../import/templates';
import { workersImportSpec, workersSheet } from '../import/workers-csv';
import { csvFile, exportFile } from '../import/exports';
import { collator, sortRows } from '../records/list-sort';
import { windowOf } from '../contract/lists';
import { passesOf, passView } from '../records/passes';
import { counter480, hoursByMonth } from '../records/worker-hours';


export { workerName };

const NOT_FOUND = "Ce salarié n'existe pas (ou plus).";

/** A worker's record, for the refusal of a stale save: its fields, and its archiving. */
const workerRecord = (id: number): VersionedRecord => ({
  entity: 'salarie',
  entityId: id,
  changed: 'Ce salarié a été modifié',
  labels: { ...fieldLabels(WORKER_FIELDS), archivedAt: 'Archivage' },
});

const passRecord = (id: number): VersionedRecord => ({ entity: 'pass_iae', entityId: id, changed: 'Ce PASS IAE a été modifié', labels: PASS_LABELS });

function refuseDuplicates(dups: DuplicateLink[], allow: boolean) {
  const blocking = dups.filter((d) => d.blocking);
  if (blocking.length > 0) {
    throw new AppError(
      'duplicate',
      `Ce NIR est déjà celui ${de(blocking.map((d) => d.label).join(', '))} : un NIR n'appartient qu'à une personne.`,
      // The key the form's validation errors use (the input is `{ worker: {…} }`).
      { 'worker.nir': 'Ce NIR est déjà enregistré pour un autre salarié.' },
      blocking,
    );
  }
  if (dups.length > 0 && !allow) {
    throw new AppError(
      'duplicate',
      `Un salarié qui lui ressemble existe déjà (${dups.map((d) => `${d.label} : ${d.why}`).join(' ; ')}). Vérifiez avant de créer un doublon.`,
      undefined,
      dups,
    );
  }
}


// ------------------------------------------------------------------ reading

/** What may point at this record. */
const REFERENCES = [
  ['pass_iae', 'worker_id'],
  ['eligibility_diagnoses', 'worker_id'],
  ['placements', 'worker_id'],
] as const;

export function loadWorker(ctx: Ctx, id: number): WorkerDetail {
  const w = ctx.db.select().from(workers).where(eq(workers.id, id)).get();
  if (!w) throw new AppError('not_found', NOT_FOUND);
  const today = todayIso(ctx.now());
  const passViews = (passesOf(ctx, [id]).get(id) ?? []).map((p) => passView(p, today)).reverse();
  const diagRows = ctx.db.select().from(diagnoses).where(eq(diagnoses.workerId, id)).orderBy(desc(diagnoses.date)).all();
  const diagViews: DiagnosisView[] = diagRows.map((d) => {
    const criteria = JSON.parse(d.criteria) as CriterionCode[];
    const authorKind = d.authorKind as 'prescripteur' | 'structure';
    const evaluation = evaluateEligibility({ authorKind, criteria });
    return { id: d.id, date: d.date, authorKind, authorName: d.authorName, criteria, eligible: evaluation.eligible, reason: evaluation.reason };
  });
  return {
    ...workerValues(w),
    id: w.id,
    version: w.version,
    name: workerName(w),
    archivedAt: w.archivedAt,
    createdAt: w.createdAt,
    updatedAt: w.updatedAt,
    passes: passViews,
    currentPass: passViews[0] ?? null,
    diagnoses: diagViews,
    referenced: isReferenced(ctx, id, REFERENCES),
    hours480: counter480(ctx, id),
    hoursByMonth: hoursByMonth(ctx, id),
  };
}

// ------------------------------------------------------------------ list

interface ListedWorker extends WorkerRow {
  passStart: string | null;
}

// Only what a row shows: reading every column of 10 000 workers would double the time.
const LIST_COLUMNS = {
  id: workers.id,
  civility: workers.civility,
  ...WORKER_NAME_COLUMNS,
  birthDate: workers.birthDate,
  status: workers.status,
  referent: workers.referent,
  city: workers.city,
  phone: workers.phone,
  nationality: workers.nationality,
  permitExpiry: workers.permitExpiry,
  archivedAt: workers.archivedAt,
};

/** The filtered, sorted list (also what the CSV export writes). */
export function listWorkers(ctx: Ctx, filters: ReturnType<typeof workerFilters.parse>): ListedWorker[] {
  const conditions: SQL[] = searchWords(filters.search).map((word) => like(workers.searchText, `%${escapeLike(word)}%`));
  if (filters.status) conditions.push(eq(workers.status, filters.status));
  if (filters.referent) conditions.push(eq(workers.referent, filters.referent));
  if (filters.archived === 'actifs') conditions.push(isNull(workers.archivedAt));
  if (filters.archived === 'archives') conditions.push(isNotNull(workers.archivedAt));
  const today = todayIso(ctx.now());
  if (filters.permit === 'a_renouveler') {
    // permitToRenew (db/rules/renewals.ts), as a condition of the query.
    conditions.push(eq(workers.nationality, 'hors_ue'), isNotNull(workers.permitExpiry), lte(workers.permitExpiry, addDays(today, RENEWAL_NOTICE_DAYS)));
  }
  const records = ctx.db.select(LIST_COLUMNS).from(workers).where(and(...conditions)).all();
  if (records.length === 0) return [];
  // Past a few hundred workers, reading every PASS beats a long IN list.
  const passes = passesOf(ctx, records.length > 900 ? 'all' : records.map((w) => w.id));
  let rows: ListedWorker[] = records.map((w) => {
    // The current PASS: the one that started last.
    const p = passes.get(w.id)?.at(-1);
    const view = p ? passView(p, today) : null;
    return {
      id: w.id,
      name: workerName(w),
      civility: w.civility,
      birthDate: w.birthDate,
      status: w.status as WorkerStatus,
      referent: w.referent,
      city: w.city,
      phone: w.phone,
      passNumber: view?.number ?? null,
      passEnd: view?.end ?? null,
      passStatus: view?.status ?? 'aucun',
      permitExpiry: w.nationality === 'hors_ue' ? w.permitExpiry : null,
      archived: w.archivedAt !== null,
      passStart: view?.startDate ?? null,
    };
  });
  if (filters.passStatus) rows = rows.filter((r) => r.passStatus === filters.passStatus);
  const { column, direction } = filters.sort;
  const statusRank = (s: string) => WORKER_STATUSES.findIndex((x) => x.code === s);
  return sortRows(rows, direction, (a, b) => {
    switch (column) {
      case 'birthDate':
        return a.birthDate.localeCompare(b.birthDate);
      case 'status':
        return statusRank(a.status) - statusRank(b.status);
      case 'referent':
        return collator.compare(a.referent ?? '\uffff', b.referent ?? '\uffff');
      case 'passEnd':
        return (a.passEnd ?? '9999').localeCompare(b.passEnd ?? '9999');
      case 'city':
        return collator.compare(a.city ?? '\uffff', b.city ?? '\uffff');
      default:
        return 0;
    }
  }, (a, b) => collator.compare(a.name, b.name));
}

const list: Handler<'workers.list'> = (ctx, filters) => {
  const all = listWorkers(ctx, filters);
  const rows = windowOf(all, filters.window).map(({ passStart: _p, ...row }) => row);
  return { rows, total: all.length };
};

// ------------------------------------------------------------------ writes

const create: Handler<'workers.create'> = (ctx, { worker, allowDuplicate }) => {
  refuseDuplicates(findWorkerDuplicates(ctx, worker, null), allowDuplicate);
  const now = ctx.now().toISOString();
  const cols = workerColumns(worker, []);
  const row = ctx.db.insert(workers).values({ ...cols, createdAt: now, updatedAt: now }).returning({ id: workers.id }).get();
  audit(ctx, 'création', 'salarie', row.id, undefined, { before: null, after: values(cols) });
  pathOfNewWorker(ctx, row.id, cols);
  linkReferents(ctx.sqlite, row.id);
  return { id: row.id };
};

const update: Handler<'workers.update'> = (ctx, { id, version, worker }) => {
  const before = ctx.db.select().from(workers).where(eq(workers.id, id)).get();
  if (!before) throw new AppError('not_found', NOT_FOUND);
  refuseStale(ctx, workerRecord(id), before.version, version);
  refuseDuplicates(findWorkerDuplicates(ctx, worker, id).filter((d) => d.blocking), true);
  const cols = workerColumns(worker, passNumbersOf(ctx.sqlite, id));
  refusePathFields(before, cols);
  const next = before.version + 1;
  ctx.db.update(workers).set({ ...cols, updatedAt: ctx.now().toISOString(), version: next }).where(eq(workers.id, id)).run();
  const change = diff(before, cols);
  audit(ctx, 'modification', 'salarie', id, { champs: change.champs, version: next }, change);
  linkReferents(ctx.sqlite, id);
  return { id };
};

const ARCHIVED = { table: 'workers', entity: 'salarie', notFound: NOT_FOUND } as const;

const archive: Handler<'workers.archive'> = (ctx, { id }) => setArchived(ctx, ARCHIVED, id, ctx.now().toISOString());

const unarchive: Handler<'workers.unarchive'> = (ctx, { id }) => setArchived(ctx, ARCHIVED, id, null);

const remove: Handler<'workers.delete'> = (ctx, { id }) => {
  const w = ctx.db.select().from(workers).where(eq(workers.id, id)).get();
  if (!w) throw new AppError('not_found', NOT_FOUND);
  if (isReferenced(ctx, id, REFERENCES)) {
    throw new AppError('rule', 'Ce salarié a un PASS IAE, un diagnostic ou une mission enregistrés : il ne peut pas être supprimé, archivez-le.');
  }
  ctx.db.delete(workers).where(eq(workers.id, id)).run();
  audit(ctx, 'suppression', 'salarie', id, { nom: workerName(w) }, { before: values(w), after: null });
  return { id };
};

type PassInput = Parameters<Handler<'workers.savePass'>>[1];

/** A saved PASS as the journal shows it, periods included. */
function passValues(ctx: Ctx, existing: typeof passes.$inferSelect) {
  const periods = ctx.db.select().from(passPeriods).where(eq(passPeriods.passId, existing.id)).orderBy(passPeriods.id).all();
  return {
    number: existing.number,
    startDate: existing.startDate,
    endDateOverride: existing.endDateOverride,
    periods: periods.map((p) => ({ kind: p.kind, reason: p.reason, start: p.startDate, end: p.endDate })),
  };
}

/** The fields of a saved PASS that a correction changes (the journal's `champs`). */
function passChanges(ctx: Ctx, existing: typeof passes.$inferSelect, input: PassInput): string[] {
  const key = (list: { kind: string; reason: string; start: string; end: string }[]) => JSON.stringify(list.map((p) => [p.kind, p.reason, p.start, p.end]));
  const before = ctx.db.select().from(passPeriods).where(eq(passPeriods.passId, existing.id)).orderBy(passPeriods.id).all();
  return [
    ...(existing.number !== input.number ? ['number'] : []),
    ...(existing.startDate !== input.startDate ? ['startDate'] : []),
    ...(existing.endDateOverride !== input.endDateOverride ? ['endDateOverride'] : []),
    ...(key(before.map((p) => ({ kind: p.kind, reason: p.reason, start: p.startDate, end: p.endDate }))) !== key(input.periods) ? ['periods'] : []),
  ];
}

const savePass: Handler<'workers.savePass'> = (ctx, input) => {
  loadWorker(ctx, input.workerId);
  const existing =
    input.passId === null ? null : ctx.db.select().from(passes).where(and(eq(passes.id, input.passId), eq(passes.workerId, input.workerId))).get();
  if (existing === undefined) throw new AppError('not_found', "Ce PASS IAE n'existe pas (ou plus).");
  // Someone else's correction first: what this form shows may be out of date.
  if (existing) refuseStale(ctx, passRecord(existing.id), existing.version, input.version ?? 0);
  const periods: PassPeriod[] = input.periods.map((p) => ({ kind: p.kind, reason: p.reason as PassReason, start: p.start, end: p.end }));
  const issues = checkPassPeriods(input.startDate, periods);
  // A suspension reason on a prolongation (or the reverse) is a typing error.
  if (issues.length > 0) {
    const fields: Record<string, string> = {};
    for (const i of issues) fields[`periods.${i.index}.${i.field}`] ??= i.message;
    throw new AppError('validation', 'Certaines périodes du PASS IAE sont à corriger.', fields);
  }
  if (input.endDateOverride && input.endDateOverride < input.startDate) {
    throw new AppError('validation', 'Certains champs sont à corriger.', { endDateOverride: 'La fin ne peut pas précéder le début du PASS.' });
  }
  const other = ctx.db.select({ workerId: passes.workerId, id: passes.id }).from(passes).where(eq(passes.number, input.number)).all();
  if (other.some((o) => o.workerId !== input.workerId)) {
    throw new AppError('validation', 'Certains champs sont à corriger.', { number: 'Ce numéro de PASS IAE est déjà enregistré pour un autre salarié.' });
  }
  let passId: number;
  let changes: { champs: string[]; version: number } | null = null;
  const beforeValues = existing ? passValues(ctx, existing) : null;
  if (existing) {
    passId = existing.id;
    changes = { champs: passChanges(ctx, existing, input), version: existing.version + 1 };
    ctx.db
      .update(passes)
      .set({ number: input.number, startDate: input.startDate, endDateOverride: input.endDateOverride, version: changes.version })
      .where(eq(passes.id, passId))
      .run();
    ctx.db.delete(passPeriods).where(eq(passPeriods.passId, passId)).run();
  } else {
    passId = ctx.db
      .insert(passes)
      .values({
        workerId: input.workerId,
        number: input.number,
        startDate: input.startDate,
        endDateOverride: input.endDateOverride,
        createdAt: ctx.now().toISOString(),
      })
      .returning({ id: passes.id })
      .get().id;
  }
  for (const p of input.periods) {
    ctx.db.insert(passPeriods).values({ passId, kind: p.kind, reason: p.reason, startDate: p.start, endDate: p.end }).run();
  }
  // The PASS number is searched with the worker's names.
  refreshWorkerSearch(ctx.sqlite, input.workerId);
  const afterValues = { number: input.number, startDate: input.startDate, endDateOverride: input.endDateOverride, periods: input.periods };
  const change = beforeValues ? diff(beforeValues, afterValues, []) : { before: null, after: afterValues };
  audit(ctx, existing ? 'modification' : 'création', 'pass_iae', passId, { salarie: input.workerId, periodes: input.periods.length, ...changes }, change);
  return loadWorker(ctx, input.workerId);
};

const addDiagnosis: Handler<'workers.addDiagnosis'> = (ctx, input) => {
  loadWorker(ctx, input.workerId);
  const evaluation = evaluateEligibility({ authorKind: input.authorKind, criteria: input.criteria });
  if (evaluation.conflicts.length > 0) {
    throw new AppError('validation', 'Certains champs sont à corriger.', { criteria: evaluation.reason });
  }
  const id = ctx.db
    .insert(diagnoses)
    .values({
      workerId: input.workerId,
      date: input.date,
      authorKind: input.authorKind,
      authorName: input.authorName,
      criteria: JSON.stringify(input.criteria),
      createdAt: ctx.now().toISOString(),
    })
    .returning({ id: diagnoses.id })
    .get().id;
  const { workerId: _w, ...diagnosis } = input;
  audit(ctx, 'création', 'diagnostic', id, { salarie: input.workerId, eligible: evaluation.eligible }, { before: null, after: diagnosis });
  return loadWorker(ctx, input.workerId);
};

const get: Handler<'workers.get'> = (ctx, { id }) => loadWorker(ctx, id);

const importPreview: Handler<'workers.importPreview'> = (ctx, input) =>
  analyseImport(ctx, workersImportSpec, input.fileBase64, input.mapping).preview;

const importCommit: Handler<'workers.importCommit'> = (ctx, input) => commitImport(ctx, workersImportSpec, input);

// Read at once (one consistent snapshot); the workbook is then written without the database.
const exportList: Handler<'workers.export'> = (ctx, { filters, format }) => {
  const listed = listWorkers(ctx, filters);
  const full = new Map(ctx.db.select().from(workers).all().map((w) => [w.id, w]));
  const lines = listed.map((r) => ({ values: workerValues(full.get(r.id)!), passNumber: r.passNumber, passStart: r.passStart, passEnd: r.passEnd }));
  auditExport(ctx, 'salarie_liste', null, { format, lignes: lines.length, filtres: filters });
  return exportFile(workersSheet(lines), format, 'salaries', todayIso(ctx.now()));
};

export const workersHandlers = {
  'workers.list': list,
  'workers.get': get,
  // The field's suggestions: the active accounts (a referent typed as one of their names is
  // linked to that account) and the referents kept as text.
  'workers.referents': (ctx: Ctx) =>
    [...new Set([...referentChoices(ctx.sqlite).map((a) => a.name), ...referentsOf(ctx)])].sort((a, b) => collator.compare(a, b)),
  'workers.create': create,
  'workers.update': update,
  'workers.archive': archive,
  'workers.unarchive': unarchive,
  'workers.delete': remove,
  'workers.savePass': savePass,
  'workers.addDiagnosis': addDiagnosis,
  'workers.importPreview': importPreview,
  'workers.importCommit': importCommit,
  'workers.importTemplate': () => csvFile('modele-salaries.csv', templateText('salaries')),
  'workers.export': exportList,
};

