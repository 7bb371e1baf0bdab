import type { Handler } from '../context';
import { AUDIT_ACTIONS, AUDIT_ENTITIES } from '../contract/audit';
import type { Sheet } from '../csv/sheet';
import { todayIso } from '../base/dates';
import { auditExport } from '../audit';
import { exportFile } from '../import/exports';
import { auditEntries, auditPage } from '../records/audit-log';

// The journal's screen (direction): read filtered, and exported — that export is itself logged.

const list: Handler<'audit.list'> = (ctx, filters) => auditPage(ctx.sqlite, filters);

const json = (v: unknown) => (v === null || v === undefined ? null : JSON.stringify(v));

const exportLog: Handler<'audit.export'> = (ctx, { filters, format }) => {
  const entries = auditEntries(ctx.sqlite, { ...filters, before: null }, null);
  auditExport(ctx, 'journal', null, { format, lignes: entries.length, filtres: filters });
  const sheet: Sheet = {
    name: 'Journal',
    columns: [
      { header: 'N°', type: 'integer' },
      { header: 'Date et heure (UTC)', type: 'text' },
      { header: 'Qui', type: 'text' },
      { header: 'Action', type: 'text' },
      { header: 'Fiche', type: 'text' },
      { header: 'N° de fiche', type: 'text' },
      { header: 'Détails', type: 'text' },
      { header: 'Avant', type: 'text' },
      { header: 'Après', type: 'text' },
    ],
    rows: entries.map((e) => [
      e.id,
      e.at,
      e.actor,
      AUDIT_ACTIONS[e.action] ?? e.action,
      AUDIT_ENTITIES[e.entity] ?? e.entity,
      e.entityId,
      json(e.details),
      json(e.before),
      json(e.after),
    ]),
  };
  return exportFile(sheet, format, 'journal', todayIso(ctx.now()));
};

export const auditHandlers = {
  'audit.list': list,
  'audit.export': exportLog,
};
