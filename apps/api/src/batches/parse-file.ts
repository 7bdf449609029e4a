import { BadRequestException, PayloadTooLargeException } from '@nestjs/common';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import * as iconv from 'iconv-lite';
import type { ColumnSpec } from './kinds';

export interface FileRow {
  /** As a spreadsheet counts it: the header is row 1. */
  rowNumber: number;
  cells: Record<string, string>;
  /** A cell that cannot be taken as it is (a formula, merged cells, an error value): the row is refused. */
  problem?: { column: string; reason: string };
}

export interface ParsedFile {
  format: 'csv' | 'xlsx';
  encoding: string;
  rows: FileRow[];
  /** Blank rows, left out. */
  skipped: number[];
}

const bad = (message: string, field = 'file') => new BadRequestException({ message: `${field}: ${message}`, field });

/** Headers are matched trimmed, case- and space-insensitively, without a trailing "(…)" note or a '*'. */
const norm = (h: string) =>
  h
    .replace(/^\uFEFF/, '')
    .replace(/[（(].*[)）]\s*$/, '')
    .replace(/[*＊\s_]/g, '')
    .toLowerCase();

/** Maps each header cell to a column key; 400 naming the header for unknown, repeated or missing ones. */
function columnsOf(header: string[], columns: ColumnSpec[]): Array<string | null> {
  const byHeader = new Map<string, string>();
  for (const c of columns) for (const h of c.headers) byHeader.set(norm(h), c.key);
  const seen = new Set<string>();
  const keys = header.map((h, i) => {
    if (norm(h) === '') return null;
    const key = byHeader.get(norm(h));
    if (!key) throw bad(`unknown column '${h.slice(0, 40)}' (column ${i + 1}); the columns are ${columns.map((c) => c.headers[0]).join(', ')}`);
    if (seen.has(key)) throw bad(`column '${h.slice(0, 40)}' appears twice`);
    seen.add(key);
    return key;
  });
  const missing = columns.filter((c) => c.required && !seen.has(c.key));
  if (missing.length) throw bad(`missing column${missing.length > 1 ? 's' : ''} ${missing.map((c) => `'${c.headers[0]}' (${c.key})`).join(', ')}`);
  return keys;
}

function rowsFrom(table: Array<{ rowNumber: number; values: string[]; problem?: { at: number; reason: string } }>, columns: ColumnSpec[], maxRows: number): Pick<ParsedFile, 'rows' | 'skipped'> {
  const headerAt = table.findIndex((r) => r.values.some((v) => v.trim() !== ''));
  if (headerAt < 0) throw bad('the file is empty: no header row');
  const keys = columnsOf(table[headerAt]!.values, columns);
  const headerName = (i: number) => table[headerAt]!.values[i]?.trim() || `column ${i + 1}`;
  const rows: FileRow[] = [];
  const skipped: number[] = [];
  for (const r of table.slice(headerAt + 1)) {
    if (r.values.every((v) => v.trim() === '') && !r.problem) {
      skipped.push(r.rowNumber);
      continue;
    }
    const extra = r.values.findIndex((v, i) => keys[i] === undefined && v.trim() !== '');
    const cells: Record<string, string> = {};
    keys.forEach((k, i) => {
      if (k) cells[k] = (r.values[i] ?? '').trim();
    });
    const row: FileRow = { rowNumber: r.rowNumber, cells };
    if (r.problem) row.problem = { column: headerName(r.problem.at), reason: r.problem.reason };
    else if (extra >= 0) row.problem = { column: `column ${extra + 1}`, reason: 'a value in a column with no header' };
    else {
      const empty = columns.find((c) => c.required && !cells[c.key]);
      if (empty) row.problem = { column: empty.headers[0]!, reason: 'required, but empty' };
    }
    rows.push(row);
    if (rows.length > maxRows) throw new PayloadTooLargeException({ message: `file: more than ${maxRows} rows (BATCH_MAX_ROWS); split the file`, field: 'file' });
  }
  if (!rows.length) throw bad('no data rows under the header');
  return { rows, skipped };
}

/** UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030 (a superset of GBK, as Excel in China saves CSV). */
export function decodeCsv(buf: Buffer): { text: string; encoding: string } {
  if (buf[0] === 0xff && buf[1] === 0xfe) return { text: iconv.decode(buf, 'utf16le'), encoding: 'utf-16le' };
  if (buf[0] === 0xfe && buf[1] === 0xff) return { text: iconv.decode(buf, 'utf16be'), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buf), encoding: 'utf-8' };
  } catch {
    const text = iconv.decode(buf, 'gb18030');
    if (text.includes('\uFFFD')) throw bad('neither UTF-8 nor GBK/GB18030 text; save the file as CSV UTF-8 or as .xlsx');
    return { text, encoding: 'gb18030' };
  }
}

function parseCsv(buf: Buffer, columns: ColumnSpec[], maxRows: number): ParsedFile {
  const { text, encoding } = decodeCsv(buf);
  if (text.includes('\u0000')) throw bad('binary content, not a CSV or XLSX file');
  let records: string[][];
  try {
    records = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: false, to_line: maxRows + 50 }) as string[][];
  } catch (err) {
    throw bad(`not readable as CSV: ${(err as Error).message.split('\n')[0]!.slice(0, 200)}`);
  }
  const table = records.map((values, i) => ({ rowNumber: i + 1, values }));
  return { format: 'csv', encoding, ...rowsFrom(table, columns, maxRows) };
}

/** A cell as text; a formula, an error value or a merged cell is a problem of the row, named by its column. */
function cellText(cell: ExcelJS.Cell): { text: string } | { problem: string } {
  if (cell.isMerged) return { problem: 'merged cells; unmerge them and fill each cell' };
  const v = cell.value;
  if (v === null || v === undefined) return { text: '' };
  if (typeof v === 'string') return { text: v };
  if (typeof v === 'number') return { text: String(v) };
  if (typeof v === 'boolean') return { text: v ? 'true' : 'false' };
  if (v instanceof Date) return { text: v.toISOString().slice(0, 10) };
  if ('formula' in v || 'sharedFormula' in v) return { problem: 'a formula; paste the values instead (Paste Special → Values)' };
  if ('error' in v) return { problem: `an error value ${String(v.error)}` };
  if ('richText' in v) return { text: v.richText.map((t) => t.text).join('') };
  if ('text' in v) return { text: String(v.text) };
  return { problem: 'a value of an unknown kind' };
}

async function parseXlsx(buf: Buffer, columns: ColumnSpec[], maxRows: number): Promise<ParsedFile> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
  } catch (err) {
    throw bad(`not a readable XLSX file (${(err as Error).message.slice(0, 120)})`);
  }
  const sheet = wb.worksheets[0];
  if (!sheet) throw bad('the workbook has no sheet');
  if (sheet.rowCount > maxRows + 50) throw new PayloadTooLargeException({ message: `file: more than ${maxRows} rows (BATCH_MAX_ROWS); split the file`, field: 'file' });
  const width = Math.min(sheet.columnCount, 50);
  const table: Array<{ rowNumber: number; values: string[]; problem?: { at: number; reason: string } }> = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const values: string[] = [];
    let problem: { at: number; reason: string } | undefined;
    for (let c = 1; c <= width; c++) {
      const t = cellText(row.getCell(c));
      if ('problem' in t) {
        // A merged header is named by its master cell; a merged or formula cell in data refuses the row.
        problem ??= { at: c - 1, reason: t.problem };
        values.push(String(row.getCell(c).master?.value ?? ''));
      } else values.push(t.text);
    }
    table.push({ rowNumber: r, values, ...(problem && values.some((v) => v.trim() !== '') ? { problem } : {}) });
  }
  const headerAt = table.findIndex((r) => r.values.some((v) => v.trim() !== ''));
  if (headerAt >= 0 && table[headerAt]!.problem) throw bad(`the header row has ${table[headerAt]!.problem!.reason}`);
  return { format: 'xlsx', encoding: 'xlsx', ...rowsFrom(table, columns, maxRows) };
}

/** Reads a CSV or XLSX file by its content (not its name): a zip is an XLSX, an old OLE file an .xls. */
export async function parseBatchFile(buf: Buffer, columns: ColumnSpec[], maxRows: number): Promise<ParsedFile> {
  if (!buf.length) throw bad('the file is empty');
  if (buf.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) return parseXlsx(buf, columns, maxRows);
  if (buf.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) throw bad('the old .xls format is not read; save the sheet as .xlsx or CSV');
  return parseCsv(buf, columns, maxRows);
}
