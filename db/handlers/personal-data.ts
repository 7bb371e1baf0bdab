import type { Ctx, Handler } from '../context';
import { todayIso } from '../base/dates';
import { audit, auditExport } from '../audit';
import { AppError } from '../errors';
import { anonymisationCandidates, anonymisationLimit, anonymiseWorker } from '../records/anonymise';
import { clearImportLinesBefore } from '../import/report';
import { personFile } from '../records/person-file';
import { securitySettings } from '../records/accounts';
import { workerNameById } from '../records/workers';

// A person's rights over their data (GDPR): their whole file, read (for the printable
// document) or exported as JSON, each time recorded in the journal; and the anonymisation of
// workers whose path ended long ago, listed first, then done on confirmation and logged.

function fileOf(ctx: Ctx, workerId: number) {
  const name = workerNameById(ctx.sqlite, workerId);
  if (name === null) throw new AppError('not_found', "Ce salarié n'existe pas (ou plus).");
  return personFile(ctx.sqlite, workerId, name, ctx.now().toISOString());
}

const file: Handler<'personalData.file'> = (ctx, { workerId }) => {
  const f = fileOf(ctx, workerId);
  audit(ctx, 'impression', 'salarie', workerId, { dossier: 'complet', tables: f.tables.length });
  return f;
};

const exportFile: Handler<'personalData.export'> = (ctx, { workerId }) => {
  const f = fileOf(ctx, workerId);
  auditExport(ctx, 'salarie', workerId, { format: 'json', dossier: 'complet', tables: f.tables.length });
  const fileName = `donnees-personnelles-salarie-${workerId}-${todayIso(ctx.now())}.json`;
  return { fileName, format: 'json', base64: Buffer.from(JSON.stringify(f, null, 2), 'utf8').toString('base64') };
};

const candidates: Handler<'personalData.candidates'> = (ctx) =>
  anonymisationCandidates(ctx.sqlite, securitySettings(ctx.sqlite).anonymiseAfterYears, ctx.now());

const anonymise: Handler<'personalData.anonymise'> = (ctx, { ids }) => {
  const allowed = new Set(anonymisationCandidates(ctx.sqlite, securitySettings(ctx.sqlite).anonymiseAfterYears, ctx.now()).map((c) => c.id));
  const refused = ids.filter((id) => !allowed.has(id));
  if (refused.length > 0) {
    throw new AppError('rule', `Ces personnes ne sont pas à anonymiser (parcours terminé trop récemment, ou déjà fait) : n° ${refused.join(', ')}. Rien n'a été modifié.`);
  }
  const at = ctx.now().toISOString();
  for (const id of ids) {
    const redacted = anonymiseWorker(ctx.sqlite, id, at);
    // Logged without the name: the entry must not bring back what was erased.
    audit(ctx, 'anonymisation', 'salarie', id, { entreesDuJournalEffacees: redacted });
  }
  const reports = clearImportLinesBefore(ctx, anonymisationLimit(securitySettings(ctx.sqlite).anonymiseAfterYears, ctx.now()));
  if (reports > 0) audit(ctx, 'anonymisation', 'import', 'rapports', { rapportsVides: reports });
  return { anonymised: ids.length };
};

export const personalDataHandlers = {
  'personalData.file': file,
  'personalData.export': exportFile,
  'personalData.candidates': candidates,
  'personalData.anonymise': anonymise,
};
