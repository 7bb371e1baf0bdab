import ExcelJS from 'exceljs';
import { isIsoDate } from '../base/dates';
import type { Sheet, SheetType, SheetValue } from './sheet';

// A sheet written as an Excel workbook (.xlsx) with typed cells, with exceljs: text stays text
// (a NIR, a phone number, a postcode never lose a digit nor become 2,9E+14), dates are real
// dates shown JJ/MM/AAAA, amounts and hours are numbers. Excel and LibreOffice Calc open it as
// it is, whatever their settings. The header row stays in view and carries a filter.

/** How each type of cell is shown. */
const NUMBER_FORMATS: Record<SheetType, string> = {
  text: '@',
  date: 'dd/mm/yyyy',
  money: '#,##0.00" €"',
  hours: '#,##0.00',
  integer: '0',
  decimal: '0.0#',
};

function cellValue(type: SheetType, value: SheetValue): string | number | Date | null {
  if (value === null || value === '') return null;
  switch (type) {
    case 'date': {
      const iso = String(value);
      if (!isIsoDate(iso)) return iso;
      const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
      // exceljs counts days in UTC: midnight UTC is the day itself in every time zone.
      return new Date(Date.UTC(y, m - 1, d));
    }
    case 'money':
      return Number(value) / 100;
    case 'hours':
      return Math.round((Number(value) / 60) * 100) / 100;
    case 'integer':
    case 'decimal':
      return Number(value);
    case 'text':
      return String(value);
  }
}

/** A column wide enough for its heading and its longest cell (within reason). */
function widthOf(sheet: Sheet, index: number): number {
  const column = sheet.columns[index]!;
  if (column.type === 'date') return Math.max(12, column.header.length + 2);
  let longest = column.header.length;
  for (const row of sheet.rows) {
    const v = row[index];
    if (v !== null && v !== undefined) longest = Math.max(longest, String(v).length);
  }
  return Math.min(60, Math.max(8, longest + 2));
}

/** The workbook's bytes. */
export async function sheetXlsx(sheet: Sheet): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Passerelle';
  const ws = workbook.addWorksheet(sheet.name.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = sheet.columns.map((c, i) => ({ header: c.header, width: widthOf(sheet, i), style: { numFmt: NUMBER_FORMATS[c.type] } }));
  for (const row of sheet.rows) ws.addRow(sheet.columns.map((c, i) => cellValue(c.type, row[i] ?? null)));
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.numFmt = '@';
  });
  if (sheet.columns.length > 0) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}
