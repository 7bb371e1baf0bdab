import type { ExportFile, ExportFormat } from '../contract/exports';
import { CLIENT_KINDS, labelOf, TASK_KINDS } from '../contract/reference';
import { PLACEMENT_STATUSES, type PlacementRow } from '../contract/placements';
import type { Sheet } from '../csv/sheet';
import { sheetCsv } from '../csv/write';
import { sheetXlsx } from '../csv/xlsx';

// The lists' exports, in the format asked: an Excel workbook with typed cells (.xlsx), or a CSV
// file (text, `;`). The workers' and clients' sheets are their import's columns (workers-csv.ts,
// clients-csv.ts), so that an exported list re-imports; the placements' is a report.

/** The file of a sheet: `salaries-2026-11-28.xlsx`. */
export async function exportFile(sheet: Sheet, format: ExportFormat, baseName: string, today: string): Promise<ExportFile> {
  const fileName = `${baseName}-${today}.${format}`;
  const bytes = format === 'csv' ? Buffer.from(sheetCsv(sheet), 'utf8') : Buffer.from(await sheetXlsx(sheet));
  return { fileName, format, base64: bytes.toString('base64') };
}

/** A CSV text the back end wrote (an import template), as a file to save. */
export function csvFile(fileName: string, text: string): ExportFile {
  return { fileName, format: 'csv', base64: Buffer.from(text, 'utf8').toString('base64') };
}

/** What the placements' export writes of each placement: its list row, and its detail, wage and planned hours. */
export interface PlacementExportLine extends PlacementRow {
  taskDetail: string | null;
  wageRateCents: number;
  plannedMinutes: number | null;
}

/** The placements' list as a sheet: who, where, when, the rates and the hours (decimal hours). */
export function placementsSheet(lines: PlacementExportLine[]): Sheet {
  return {
    name: 'Missions',
    columns: [
      { header: 'N° de mission', type: 'integer' },
      { header: 'Salarié', type: 'text' },
      { header: 'Utilisateur', type: 'text' },
      { header: "Type d'utilisateur", type: 'text' },
      { header: 'Tâche', type: 'text' },
      { header: 'Précision sur la tâche', type: 'text' },
      { header: 'Début', type: 'date' },
      { header: 'Fin', type: 'date' },
      { header: 'Statut', type: 'text' },
      { header: 'Taux horaire facturé', type: 'money' },
      { header: 'Salaire horaire', type: 'money' },
      { header: 'Heures prévues', type: 'hours' },
      { header: 'Heures réalisées', type: 'hours' },
    ],
    rows: lines.map((p) => [
      p.id,
      p.workerName,
      p.clientName,
      labelOf(CLIENT_KINDS, p.clientKind),
      labelOf(TASK_KINDS, p.taskKind),
      p.taskDetail,
      p.startDate,
      p.endDate,
      labelOf(PLACEMENT_STATUSES, p.status),
      p.billedRateCents,
      p.wageRateCents,
      p.plannedMinutes,
      p.workedMinutes,
    ]),
  };
}
