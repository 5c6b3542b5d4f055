/**
 * CSV and TSV through papaparse, after the text decoder has found the encoding (a UTF-8 BOM,
 * UTF-8, or GB18030 as Excel in China saves "CSV"). Quoted fields may hold delimiters, quotes
 * and line breaks. The delimiter is the one of , \t ; | that the first record uses most.
 */
import Papa from 'papaparse';
import { DecodeError, tidyTable, type DecodedContent } from './errors.js';
import { assertTextual, decodeCharset } from './text.js';

const DELIMITERS = [',', '\t', ';', '|'] as const;

/** Counts of each candidate delimiter outside quotes in the first record. */
function firstRecordCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  const end = Math.min(text.length, 64 * 1024);
  for (let i = 0; i < end; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === '\n') {
      if ([...counts.values()].some((n) => n > 0)) break;
    } else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  return counts;
}

/** The delimiter of a CSV text: the candidate its first record uses most (comma on a tie). */
export function detectDelimiter(text: string, hint?: string): string {
  const counts = firstRecordCounts(text);
  let best: string = hint ?? ',';
  let bestCount = counts.get(best) ?? 0;
  for (const d of DELIMITERS) {
    const n = counts.get(d) ?? 0;
    if (n > bestCount) {
      best = d;
      bestCount = n;
    }
  }
  return best;
}

/**
 * Records of a CSV text (papaparse: quotes, embedded line breaks, ragged rows), and whether
 * the text had errors a CSV writer would not make (a quote left open).
 */
function parseRecords(text: string, delimiter: string): { records: string[][]; malformed: string | null } {
  const result = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter, skipEmptyLines: true });
  const fatal = result.errors.find((e) => e.type === 'Quotes');
  return { records: result.data, malformed: fatal ? `${fatal.message} (row ${fatal.row ?? '?'})` : null };
}

/** Records of a CSV text, or null when it does not parse. */
function records(text: string, delimiter: string): string[][] | null {
  const r = parseRecords(text, delimiter);
  return r.malformed ? null : r.records;
}

/**
 * Whether a text with no telling extension is a CSV/TSV table: at least three records, all of
 * the same width of three or more cells, the first record (the header) with no empty cell.
 */
export function looksLikeCsv(text: string): boolean {
  const sample = text.slice(0, 16 * 1024);
  const delimiter = detectDelimiter(sample);
  const counts = firstRecordCounts(sample);
  if ((counts.get(delimiter) ?? 0) < 2) return false;
  // Drop a last record the sample may have cut.
  const cut = sample.length < text.length ? sample.slice(0, sample.lastIndexOf('\n')) : sample;
  const recs = records(cut, delimiter);
  if (!recs || recs.length < 3) return false;
  const width = recs[0].length;
  return width >= 3 && recs.every((r) => r.length === width) && recs[0].every((c) => c.trim() !== '');
}

export function decodeCsv(bytes: Uint8Array, path: string): DecodedContent {
  const { text: raw, encoding } = decodeCharset(bytes);
  assertTextual(raw, path);
  const delimiter = detectDelimiter(raw, /\.tsv$/i.test(path) ? '\t' : undefined);
  const { records: recs, malformed } = parseRecords(raw, delimiter);
  if (malformed) throw new DecodeError(path, `malformed csv (${malformed})`);
  const table = tidyTable(recs);
  const text = table.map((r) => r.filter((c) => c !== '').join('\t')).join('\n');
  return { format: 'csv', encoding, text, tables: table.length ? [table] : [] };
}
