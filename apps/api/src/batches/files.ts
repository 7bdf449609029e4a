import ExcelJS from 'exceljs';
import type { KindSpec } from './kinds';

/** A cell a spreadsheet would run as a formula (CSV injection): written as text, with a leading apostrophe. */
const safe = (v: unknown) => {
  const s = v === null || v === undefined ? '' : String(v);
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
};

/** A table as CSV (UTF-8 with BOM, which Excel needs to read Chinese headers) or XLSX, both by exceljs. */
export async function tableFile(sheetName: string, header: string[], rows: unknown[][], format: 'csv' | 'xlsx'): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet(sheetName);
  sheet.addRow(header);
  for (const r of rows) sheet.addRow(r.map(safe));
  if (format === 'xlsx') {
    sheet.getRow(1).font = { bold: true };
    sheet.columns.forEach((c) => (c.width = 18));
    return Buffer.from(await wb.xlsx.writeBuffer());
  }
  return Buffer.concat([Buffer.from('\uFEFF'), Buffer.from(await wb.csv.writeBuffer())]);
}

/** The template of a kind: the Chinese headers and one example row (the resident ID a made-up one). */
export function templateFile(spec: KindSpec, format: 'csv' | 'xlsx'): Promise<Buffer> {
  return tableFile(spec.kind, spec.columns.map((c) => c.headers[0]!), [spec.columns.map((c) => c.example)], format);
}

export const CONTENT_TYPES = { csv: 'text/csv; charset=utf-8', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } as const;
