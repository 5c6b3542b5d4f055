/**
 * Text extracted from Word tables: one cell per line, each cell's first line starting with a
 * tab, a multi-paragraph cell continuing on untabbed lines (三明市, 泸县). The cells are put
 * back together, then read either as a table with a header row of cells (序号, 权责事项, …)
 * or as label/value pairs (序号 | 1, 权力类型 | 行政处罚, …).
 */
import { fieldOfLabel, headerFields } from '../labels.js';
import { isTableBoundary } from './captions.js';
import type { RowOrCaption } from './rows.js';

export type CellOrCaption = { cell: string } | { caption: string };

/** Whether a text looks like cells extracted from Word tables. */
export function hasTabCells(text: string): boolean {
  let n = 0;
  for (const line of text.split('\n')) if (line.startsWith('\t')) n++;
  return n >= 6;
}

export function cellsOf(text: string): CellOrCaption[] {
  const out: CellOrCaption[] = [];
  let current: { cell: string } | null = null;
  for (const raw of text.replace(/\r/g, '').split('\n')) {
    if (raw.startsWith('\t')) {
      current = { cell: raw.slice(1) };
      out.push(current);
    } else if (isTableBoundary(raw)) {
      current = null;
      out.push({ caption: raw.trim() });
    } else if (current) {
      current.cell += `\n${raw}`;
    }
  }
  for (const c of out) if ('cell' in c) c.cell = c.cell.trim();
  return out;
}

/**
 * Rows of a cell table: the header is the longest run of label cells starting at 序号; every
 * following group of as many cells is a row. Captions pass through.
 */
export function rowsOfCells(cells: readonly CellOrCaption[]): { rows: RowOrCaption[]; warnings: string[] } | null {
  const warnings: string[] = [];
  let width = 0;
  for (let i = 0; i < cells.length && !width; i++) {
    const c = cells[i];
    if (!('cell' in c) || fieldOfLabel(c.cell) !== 'seq') continue;
    let j = i;
    while (j < cells.length && 'cell' in cells[j] && fieldOfLabel((cells[j] as { cell: string }).cell)) j++;
    const header = cells.slice(i, j).map((x) => (x as { cell: string }).cell);
    if (headerFields(header)) width = header.length;
  }
  if (!width) return null;
  const rows: RowOrCaption[] = [];
  let row: string[] = [];
  for (const c of cells) {
    if (!('cell' in c)) {
      if (row.length) warnings.push(`an incomplete row of ${row.length} cells before ${c.caption}: skipped`);
      row = [];
      rows.push(c);
      continue;
    }
    // A row must start at a number or a header; realign on a stray cell.
    if (row.length === 0 && !/^\d+$/.test(c.cell) && fieldOfLabel(c.cell) !== 'seq') continue;
    row.push(c.cell);
    if (row.length === width) {
      rows.push(row);
      row = [];
    }
  }
  // A document that ends mid-row (a truncated copy) still has that item: keep what it gives.
  if (row.length >= 2 && /^\d+$/.test(row[0])) {
    warnings.push(`item ${row[0]}: the document ends after ${row.length} of ${width} cells`);
    rows.push([...row, ...Array<string>(width - row.length).fill('')]);
  }
  return { rows, warnings };
}

/** Label/value pairs of a two-column cell table, and the duties of a 主体责任 section. */
export function pairsOfCells(cells: readonly CellOrCaption[]): { pairs: [string, string][]; duties: string[] } {
  const pairs: [string, string][] = [];
  const duties: string[] = [];
  let inDuties = false;
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i];
    if (!('cell' in c)) {
      inDuties = false;
      continue;
    }
    if (/^主体责任$/.test(c.cell.replace(/\s/g, ''))) {
      inDuties = true;
      continue;
    }
    const field = fieldOfLabel(c.cell);
    if (field && i + 1 < cells.length && 'cell' in cells[i + 1]) {
      inDuties = false;
      pairs.push([c.cell, (cells[i + 1] as { cell: string }).cell]);
      i++;
      continue;
    }
    // Inside 主体责任: numbers and empty cells are the table's first columns; the rest are duties.
    if (inDuties && c.cell && !/^\d+$/.test(c.cell)) duties.push(c.cell.replace(/[；;。]$/, ''));
  }
  return { pairs, duties };
}
