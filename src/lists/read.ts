/**
 * Reading a power list: decode the file, recognise its layout from the content, and read
 * every item into the model. The entry points are `readList(path)` and, for a file already
 * decoded, `interpretList(decoded)`.
 */
import { CitationFinder } from '../cite/find.js';
import { fieldCitations } from './citations.js';
import { decodeFile } from './decode/index.js';
import { findOffice, findPublished, findTitle } from './document.js';
import { type ItemContext } from './items.js';
import { findJurisdiction } from './jurisdiction.js';
import { blocksOf, summaryRowsOf } from './layouts/blocks.js';
import { isCaption } from './layouts/captions.js';
import { cellsOf, hasTabCells, pairsOfCells, rowsOfCells } from './layouts/cells.js';
import { hasHeaderRow, itemsFromRows, labelValuePairs, recordsFromPairs, type RowOrCaption } from './layouts/rows.js';
import { buildItem } from './items.js';
import { cleanOfficeName } from './offices.js';
import type { DecodedFile, ListDocument, PowerItem } from './types.js';

/** A file that is not a power list fatiao can read, with the reason. */
export class ListError extends Error {
  constructor(readonly path: string, readonly reason: string) {
    super(`${path}: ${reason}`);
  }
}

/** Reads a list file of any supported format and layout. */
export async function readList(path: string, finder = new CitationFinder()): Promise<ListDocument> {
  return interpretList(await decodeFile(path), finder);
}

interface Reading {
  layout: string;
  items: PowerItem[];
  duties: string[];
  warnings: string[];
}

export function interpretList(decoded: DecodedFile, finder = new CitationFinder()): ListDocument {
  const title = findTitle(decoded.text) ?? firstTableTitle(decoded);
  // The office and jurisdiction come first: items need them (an internal unit's office).
  const preliminaryOffice = findOffice(decoded.text, title, []);
  const { jurisdiction, warnings: jWarnings } = findJurisdiction([preliminaryOffice, title, decoded.text.slice(0, 3000)]);
  const ctx: ItemContext = { finder, jurisdiction, office: preliminaryOffice, defaultType: null };

  const reading = readItems(decoded, ctx);
  const office = findOffice(decoded.text, title, reading.items.map((i) => i.subject)) ?? preliminaryOffice;
  for (const item of reading.items) if (!item.subject) item.subject = office;

  const citations = reading.items.length === 0 ? fieldCitations(finder, decoded.text, '全文', 'document') : [];
  if (reading.items.length === 0 && citations.length === 0) {
    throw new ListError(decoded.path, 'no power items and no statute citations found: not a power list this reader knows');
  }
  return {
    path: decoded.path,
    sha256: decoded.sha256,
    format: decoded.format,
    encoding: decoded.encoding,
    layout: reading.items.length ? reading.layout : 'notice',
    title,
    office,
    published: findPublished(decoded.text),
    jurisdiction,
    items: reading.items,
    duties: reading.duties,
    citations,
    text: decoded.text,
    warnings: [...jWarnings, ...reading.warnings, ...(jurisdiction ? [] : ['no jurisdiction named in the title or office'])],
  };
}

function readItems(decoded: DecodedFile, ctx: ItemContext): Reading {
  // 1. Structured tables with a header row (xlsx, csv, html, docx, Markdown).
  const tables = decoded.tables.filter((t) => t.length > 0);
  if (tables.some((t) => hasHeaderRow(t))) {
    const rows = withCaptions(decoded, tables);
    const { items, warnings } = itemsFromRows(rows, ctx);
    return { layout: 'table', items, duties: [], warnings };
  }
  // 2. Label/value tables (two columns per item).
  const pairs = labelValuePairs(tables.flat());
  if (pairs) {
    const items = recordsFromPairs(pairs).map((r) => buildItem(r, ctx));
    return { layout: 'label-value table', items, duties: [], warnings: [] };
  }
  // 3. Word table text: one cell per line.
  if (hasTabCells(decoded.text)) {
    const cells = cellsOf(decoded.text);
    const table = rowsOfCells(cells);
    if (table) {
      const { items, warnings } = itemsFromRows(table.rows, ctx);
      if (items.length) return { layout: 'cell-per-line table', items, duties: [], warnings: [...table.warnings, ...warnings] };
    }
    const { pairs: cellPairs, duties } = pairsOfCells(cells);
    const items = recordsFromPairs(cellPairs).map((r) => buildItem(r, ctx));
    if (items.length || duties.length) return { layout: 'cell-per-line label-value', items, duties, warnings: [] };
  }
  // 4. Labelled blocks, with or without a run-together summary table before them.
  const blocks = blocksOf(decoded.text).map((b) => buildItem(b, ctx));
  const summary = summaryRowsOf(decoded.text, ctx.finder).map((r) => buildItem(r, ctx));
  if (blocks.length || summary.length) return mergeSummary(blocks, summary);
  return { layout: 'notice', items: [], duties: [], warnings: [] };
}

/**
 * Joins a summary table with the detailed blocks that describe the same items: the block is
 * the item; the summary's basis is kept as its own field and its citations as `summary`, so
 * nothing is counted twice and nothing is lost.
 */
function mergeSummary(blocks: PowerItem[], summary: PowerItem[]): Reading {
  const warnings: string[] = [];
  if (!blocks.length) return { layout: 'summary table', items: summary, duties: [], warnings };
  if (!summary.length) return { layout: 'labelled blocks', items: blocks, duties: [], warnings };
  const bySeq = new Map(summary.map((s) => [s.seq, s]));
  for (const item of blocks) {
    const s = bySeq.get(item.seq);
    if (!s) {
      warnings.push(`item ${item.seq ?? '?'} ${item.name} is not in the summary table`);
      continue;
    }
    bySeq.delete(item.seq);
    if (s.name.replace(/\s/g, '') !== item.name.replace(/\s/g, '')) {
      item.warnings.push(`the summary table names it ${s.name}`);
    }
    // The summary's fields are kept under their own labels, marked as the summary's (目录).
    for (const [label, value] of Object.entries(s.fields)) item.fields[`${label}(目录)`] = value;
    if (!item.handlingUnit) item.handlingUnit = s.handlingUnit;
    if (!item.typeOriginal) {
      item.typeOriginal = s.typeOriginal;
      item.type = s.type;
    }
    for (const c of s.citations) item.citations.push({ ...c, role: c.role === 'basis' ? 'summary' : c.role });
  }
  const items = [...blocks];
  for (const s of bySeq.values()) {
    warnings.push(`item ${s.seq ?? '?'} ${s.name} is only in the summary table`);
    items.push(s);
  }
  items.sort((a, b) => (a.seq ?? 1e9) - (b.seq ?? 1e9));
  return { layout: 'labelled blocks with summary table', items, duties: [], warnings };
}

/** Table rows in order, with the caption before each table (表一：行政处罚) where the text has one per table. */
function withCaptions(decoded: DecodedFile, tables: string[][][]): RowOrCaption[] {
  const captions = decoded.text.split('\n').map((l) => l.trim()).filter((l) => isCaption(l));
  const withHeader = tables.filter((t) => hasHeaderRow(t) || captions.length === 0);
  const rows: RowOrCaption[] = [];
  const useCaptions = captions.length > 0 && captions.length === withHeader.length;
  tables.forEach((t, i) => {
    if (useCaptions && withHeader.includes(t)) rows.push({ caption: captions[withHeader.indexOf(t)] });
    rows.push(...t);
    void i;
  });
  return rows;
}

function firstTableTitle(decoded: DecodedFile): string | null {
  const first = decoded.tables[0]?.[0]?.filter((c) => c.trim());
  return first && first.length === 1 && /清单/.test(first[0]) ? cleanOfficeName(first[0]) : null;
}
