/**
 * Tables with a header row (序号 | 事项名称 | … | 实施依据 | …): spreadsheets, CSV, HTML and Word
 * tables, Markdown tables. Header rows may repeat (a new page, a new table), captions between
 * tables set the type, and a row without a number or name continues the item above it.
 */
import { fieldOfLabel, headerFields, type FieldKey } from '../labels.js';
import { buildItem, type ItemContext } from '../items.js';
import type { PowerItem } from '../types.js';
import { captionType, isCaption } from './captions.js';

/** A row, or a caption found between rows. */
export type RowOrCaption = string[] | { caption: string };

export function hasHeaderRow(rows: readonly string[][]): boolean {
  return rows.some((r) => headerFields(r) !== null);
}

export function itemsFromRows(rows: readonly RowOrCaption[], ctx: ItemContext): { items: PowerItem[]; warnings: string[] } {
  const items: PowerItem[] = [];
  const warnings: string[] = [];
  let labels: string[] | null = null;
  let fields: (FieldKey | null)[] = [];
  let defaultType = ctx.defaultType;
  let pending: { entries: [string, string][] } | null = null;

  const flush = () => {
    if (pending) items.push(buildItem(pending.entries, { ...ctx, defaultType }));
    pending = null;
  };

  for (const row of rows) {
    if (!Array.isArray(row)) {
      flush();
      defaultType = captionType(row.caption) ?? defaultType;
      continue;
    }
    const cells = row.map((c) => c ?? '');
    const filled = cells.filter((c) => c.trim());
    if (filled.length === 0) continue;
    const header = headerFields(cells);
    if (header) {
      flush();
      labels = cells.map((c) => c.replace(/\s+/g, ''));
      fields = header;
      continue;
    }
    if (filled.length === 1 && isCaption(filled[0])) {
      flush();
      defaultType = captionType(filled[0]) ?? defaultType;
      continue;
    }
    if (!labels) continue; // a title row above the header
    const value = (f: FieldKey) => {
      const i = fields.indexOf(f);
      return i >= 0 ? (cells[i] ?? '').trim() : '';
    };
    const entries = labels.map((l, i): [string, string] => [l, cells[i] ?? '']).filter(([l]) => l);
    if (!value('seq') && !value('name') && pending) {
      // A continuation row: its cells extend the item above.
      const p = pending as { entries: [string, string][] };
      entries.forEach(([l, v]) => {
        if (!v.trim()) return;
        const e = p.entries.find(([pl]) => pl === l);
        if (e && e[1].trim() !== v.trim()) e[1] = e[1] ? `${e[1]}\n${v}` : v;
        else if (!e) p.entries.push([l, v]);
      });
      continue;
    }
    if (!value('name')) {
      warnings.push(`row ${value('seq') || '?'} has no item name: skipped`);
      continue;
    }
    flush();
    pending = { entries };
  }
  flush();
  return { items, warnings };
}

/**
 * Tables of label/value rows, one table or run of rows per item (序号 | 1, 权力类型 | 行政处罚,
 * 实施依据 | …): a record starts at a 序号 row or at a label seen before in the record.
 */
export function recordsFromPairs(pairs: ReadonlyArray<readonly [string, string]>): [string, string][][] {
  const records: [string, string][][] = [];
  let current: [string, string][] = [];
  const seen = new Set<FieldKey | string>();
  for (const [label, value] of pairs) {
    const field = fieldOfLabel(label);
    const key = field === 'other' || !field ? label : field;
    if ((field === 'seq' || seen.has(key)) && current.length) {
      records.push(current);
      current = [];
      seen.clear();
    }
    current.push([label, value]);
    seen.add(key);
  }
  if (current.length) records.push(current);
  return records.filter((r) => r.some(([l]) => fieldOfLabel(l) === 'name'));
}

/** Label/value pairs of two-column rows whose first cell is a known label. */
export function labelValuePairs(rows: readonly string[][]): [string, string][] | null {
  const pairs: [string, string][] = [];
  let labelled = 0;
  for (const r of rows) {
    const cells = r.filter((c) => c !== undefined);
    if (cells.length < 2) continue;
    if (fieldOfLabel(cells[0])) {
      labelled++;
      pairs.push([cells[0], cells.slice(1).join('\n')]);
    }
  }
  return labelled >= 3 && pairs.some(([l]) => fieldOfLabel(l) === 'name') ? pairs : null;
}
