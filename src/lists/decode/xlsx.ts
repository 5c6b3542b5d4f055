/**
 * Excel workbooks (.xlsx, .xlsm) through exceljs. Every worksheet becomes one table of cell
 * strings: shared and rich text as text, a formula as its cached result, numbers as JavaScript
 * prints them, dates as ISO dates.
 *
 * Text: per sheet a line `工作表：<name>`, then each row's non-empty cells joined by tabs;
 * sheets are separated by a blank line.
 *
 * Merged cells: the master's value is given to every row the merged area covers, in the area's
 * first column; the area's other columns stay empty. A title merged across A1:M1 is one cell
 * in column A; 实施主体 merged down G3:G16 is the value of column G in each of the 14 item rows.
 * That is what a reader of power lists needs: one row per item, each row complete, and no
 * column repeating its neighbour.
 */
import ExcelJS from 'exceljs';
import { DecodeError, messageOf, tidyTable, type DecodedContent } from './errors.js';

type Value = ExcelJS.CellValue | ExcelJS.RichText[] | { text?: unknown } | unknown;

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** A date cell as text: 2021-08-30, or 2021-08-30 14:05:00 when it has a time of day. */
function dateText(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  const date = `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
  const h = d.getUTCHours();
  const m = d.getUTCMinutes();
  const s = d.getUTCSeconds();
  return h || m || s ? `${date} ${pad2(h)}:${pad2(m)}:${pad2(s)}` : date;
}

/** Any exceljs cell value → the text a reader sees in Excel. */
export function cellValueText(v: Value): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return dateText(v);
  if (Array.isArray(v)) return v.map((r) => cellValueText((r as { text?: unknown }).text)).join('');
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText)) return cellValueText(o.richText);
    if ('formula' in o || 'sharedFormula' in o) return cellValueText(o.result);
    if ('error' in o) return String(o.error ?? '');
    if ('text' in o) return cellValueText(o.text);
  }
  return '';
}

/** Excel's escape of a carriage return in shared strings, left in by some writers. */
function cleanCellText(s: string): string {
  return s.replace(/_x000D_/gi, '').replace(/\r\n?/g, '\n');
}

function sheetRows(ws: ExcelJS.Worksheet): string[][] {
  const rows: string[][] = [];
  const nRows = ws.rowCount;
  const nCols = ws.columnCount;
  for (let r = 1; r <= nRows; r++) {
    const row = ws.findRow(r);
    const cells: string[] = [];
    if (row) {
      for (let c = 1; c <= nCols; c++) {
        const cell = row.findCell(c);
        if (!cell) {
          cells.push('');
          continue;
        }
        const master = cell.isMerged ? cell.master : cell;
        if (master.address !== cell.address) {
          // Inside a merged area: the master's value in the area's first column, else empty.
          cells.push(Number(master.col) === c ? cleanCellText(cellValueText(master.value)) : '');
        } else {
          cells.push(cleanCellText(cellValueText(cell.value)));
        }
      }
    }
    rows.push(cells);
  }
  return tidyTable(rows);
}

export async function decodeXlsx(bytes: Buffer, path: string): Promise<DecodedContent> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as Parameters<typeof wb.xlsx.load>[0]);
  } catch (err) {
    throw new DecodeError(path, `corrupt xlsx: exceljs could not read it (${messageOf(err)})`);
  }
  const tables: string[][][] = [];
  const parts: string[] = [];
  for (const ws of wb.worksheets) {
    let rows: string[][];
    try {
      rows = sheetRows(ws);
    } catch (err) {
      throw new DecodeError(path, `corrupt xlsx: worksheet ${ws.name} could not be read (${messageOf(err)})`);
    }
    tables.push(rows);
    const lines = rows.map((r) => r.filter((c) => c !== '').join('\t'));
    // The sheet's name is labelled, so that it is not read as the document's title.
    parts.push([`工作表：${ws.name}`, ...lines].join('\n'));
  }
  return { format: 'xlsx', encoding: null, text: parts.join('\n\n'), tables };
}
