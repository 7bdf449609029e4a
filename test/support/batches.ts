import ExcelJS from 'exceljs';
import { waitFor } from './journey-driver';
import type { TestSystem } from './system';

/** A CSV file from rows of cells (quoted where needed), UTF-8 unless told otherwise. */
export const csv = (rows: Array<Array<string | number>>) =>
  Buffer.from(rows.map((r) => r.map((c) => (/[",\n]/.test(String(c)) ? `"${String(c).replace(/"/g, '""')}"` : String(c))).join(',')).join('\r\n') + '\r\n');

/** An XLSX workbook from rows of cells (a cell may be an exceljs value such as { formula }). */
export async function xlsx(rows: unknown[][], edit?: (sheet: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('名册');
  for (const r of rows) sheet.addRow(r as ExcelJS.CellValue[]);
  edit?.(sheet);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function readXlsx(buf: Buffer): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  const out: string[][] = [];
  wb.worksheets[0]!.eachRow((row) => out.push((row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v)))));
  return out;
}

/** POST /batches/:kind as multipart/form-data, the way a browser or curl -F sends a file. */
export async function upload(system: TestSystem, kind: string, key: string, file: Buffer, fileName = 'rows.csv', query = '') {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(file)]), fileName);
  const res = await fetch(`${system.baseUrl}/batches/${kind}${query}`, { method: 'POST', headers: { 'x-api-key': key }, body: form });
  const text = await res.text();
  let body: any = text;
  try {
    body = JSON.parse(text);
  } catch {
    /* not JSON */
  }
  return { status: res.status, body };
}

/** GET a file answer (template, outcomes) as bytes. */
export async function download(system: TestSystem, url: string, key: string) {
  const res = await fetch(`${system.baseUrl}${url}`, { headers: { 'x-api-key': key } });
  const headers: Record<string, string> = {};
  res.headers.forEach((value, name) => (headers[name] = value));
  return { status: res.status, headers, body: Buffer.from(await res.arrayBuffer()) };
}

export async function applied(system: TestSystem, batchId: string, key: string, timeoutMs = 90_000) {
  return waitFor(
    () => system.http('GET', `/batches/${batchId}`, { key }),
    (r) => r.status === 200 && r.body.status === 'done',
    `batch ${batchId} done`,
    timeoutMs,
  ).then((r) => r.body);
}
