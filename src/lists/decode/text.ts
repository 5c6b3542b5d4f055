/**
 * Plain text and Markdown, and the character-set decoding every text format shares (CSV and
 * HTML go through `decodeCharset` too).
 *
 * The encoding is read in this order: a byte-order mark; bytes that are valid UTF-8; a charset
 * the document declares (HTML's <meta charset>); else `chardet`'s guess, decoded by
 * `iconv-lite`. GB2312 and GBK are decoded as GB18030, their superset, and reported as
 * `gb18030`: published lists declare gb2312 and then use characters only GBK and GB18030 have.
 */
import { analyse } from 'chardet';
import iconv from 'iconv-lite';
import { DecodeError, tidyTable, type DecodedContent } from './errors.js';

export interface TextDecoding {
  text: string;
  /** Canonical, lower case: utf-8, gb18030, big5, utf-16le … */
  encoding: string;
}

/** Encoding labels as documents and detectors spell them → the codec fatiao decodes with. */
export function canonicalEncoding(label: string): string | null {
  const n = label.trim().toLowerCase().replace(/_/g, '-');
  if (!n) return null;
  if (/^(gb-?2312(-80)?|gbk|gb-?18030|x-gbk|cp-?936|ms-?936|windows-936|euc-cn|x-euc-cn|csgb2312|chinese|iso-ir-58|csiso58gb231280|hz-gb-2312)$/.test(n)) {
    return n === 'hz-gb-2312' ? null : 'gb18030';
  }
  if (/^(big-?5|big5-hkscs|x-x-big5|cn-big5|csbig5|cp-?950|windows-950)$/.test(n)) return 'big5';
  if (/^(utf-?8|unicode-1-1-utf-8|x-unicode20utf8)$/.test(n)) return 'utf-8';
  if (/^(utf-?16|utf-?16le|unicode|ucs-2)$/.test(n)) return 'utf-16le';
  if (/^utf-?16be$/.test(n)) return 'utf-16be';
  if (/^utf-?32(le)?$/.test(n)) return 'utf-32le';
  if (/^utf-?32be$/.test(n)) return 'utf-32be';
  if (/^(us-)?ascii$/.test(n)) return 'utf-8';
  return iconv.encodingExists(n) ? n : null;
}

const BOMS: ReadonlyArray<{ bytes: number[]; encoding: string }> = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe, 0x00, 0x00], encoding: 'utf-32le' },
  { bytes: [0x00, 0x00, 0xfe, 0xff], encoding: 'utf-32be' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
  { bytes: [0x84, 0x31, 0x95, 0x33], encoding: 'gb18030' },
];

/** The byte-order mark the bytes start with, if any. */
export function bomOf(bytes: Uint8Array): { encoding: string; length: number } | null {
  for (const b of BOMS) {
    if (bytes.length >= b.bytes.length && b.bytes.every((x, i) => bytes[i] === x)) {
      return { encoding: b.encoding, length: b.bytes.length };
    }
  }
  return null;
}

const utf8Strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function asUtf8(bytes: Uint8Array): string | null {
  try {
    return utf8Strict.decode(bytes);
  } catch {
    return null;
  }
}

function decodeWith(bytes: Uint8Array, encoding: string): string {
  if (encoding === 'utf-8') return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding, { stripBOM: false });
}

function replacements(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\uFFFD'); i >= 0; i = s.indexOf('\uFFFD', i + 1)) n++;
  return n;
}

/**
 * `chardet`'s guess, with the prior of a reader of Chinese government documents: when
 * detectors tie, GB18030 wins, then Big5; a guess that decodes to replacement characters loses
 * to GB18030 when GB18030 decodes cleanly.
 */
function guessEncoding(bytes: Uint8Array): string {
  // A sample decides: chardet runs every detector over what it is given.
  const sample = bytes.length > 8 * 1024 ? bytes.subarray(0, 8 * 1024) : bytes;
  const matches = analyse(sample)
    .map((m) => ({ confidence: m.confidence, encoding: canonicalEncoding(m.name) }))
    .filter((m): m is { confidence: number; encoding: string } => m.encoding !== null);
  if (!matches.length) return 'gb18030';
  const top = matches[0].confidence;
  const tied = matches.filter((m) => m.confidence === top).map((m) => m.encoding);
  let choice = tied.includes('gb18030') ? 'gb18030' : tied.includes('big5') ? 'big5' : tied[0];
  if (choice !== 'gb18030' && replacements(decodeWith(sample, choice)) > 0 && replacements(decodeWith(sample, 'gb18030')) === 0) {
    choice = 'gb18030';
  }
  return choice;
}

/**
 * Bytes → text. `declared` is a charset the document names for itself (HTML); it is believed
 * unless the bytes carry a BOM or are valid UTF-8 with non-ASCII text (a page re-saved as UTF-8
 * keeps its old <meta charset="gb2312">).
 */
export function decodeCharset(bytes: Uint8Array, declared?: string | null): TextDecoding {
  const bom = bomOf(bytes);
  if (bom) return { text: normalizeNewlines(decodeWith(bytes.subarray(bom.length), bom.encoding)), encoding: bom.encoding };
  const utf8 = asUtf8(bytes);
  const declaredEncoding = declared ? canonicalEncoding(declared) : null;
  if (utf8 !== null) {
    // Pure ASCII is valid in any ASCII-compatible declared charset: report what the document says.
    const ascii = !/[^\x00-\x7f]/.test(utf8);
    const enc = ascii && declaredEncoding && !declaredEncoding.startsWith('utf-') ? declaredEncoding : 'utf-8';
    return { text: normalizeNewlines(utf8), encoding: enc };
  }
  if (declaredEncoding && declaredEncoding !== 'utf-8') {
    return { text: normalizeNewlines(decodeWith(bytes, declaredEncoding)), encoding: declaredEncoding };
  }
  const encoding = guessEncoding(bytes);
  return { text: normalizeNewlines(decodeWith(bytes, encoding)), encoding };
}

/** CRLF and lone CR → LF. */
export function normalizeNewlines(s: string): string {
  return s.replace(/\r\n?/g, '\n');
}

/**
 * Throws when decoded "text" is really binary: NUL bytes, or more than 2 % control characters
 * and replacement characters (random bytes decode to about 12 %; real text to none).
 */
export function assertTextual(text: string, path: string): void {
  if (text.length === 0) return;
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  if (sample.includes('\u0000')) {
    throw new DecodeError(path, 'binary data, not a known document format (xlsx, docx, xls, doc, html, csv, text): it contains NUL bytes');
  }
  let bad = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c) || c === 0x7f || (c >= 0x80 && c < 0xa0) || c === 0xfffd) bad++;
  }
  if (bad > 0.02 * sample.length) {
    const pct = Math.round((100 * bad) / sample.length);
    throw new DecodeError(path, `binary data, not a known document format (xlsx, docx, xls, doc, html, csv, text): ${pct}% of it is control characters`);
  }
}

// ---------------------------------------------------------------------------------------------
// Markdown tables

const SEPARATOR_CELL = /^\s*:?-+:?\s*$/;

/** The cells of a pipe-table line: outer pipes dropped, `\|` kept as a literal pipe. */
function splitPipeRow(line: string): string[] {
  let s = line.trim();
  if (s.startsWith('|')) s = s.slice(1);
  if (s.endsWith('|') && !s.endsWith('\\|')) s = s.slice(0, -1);
  const cells: string[] = [];
  let cur = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch === '\\' && s[i + 1] === '|') {
      cur += '|';
      i++;
    } else if (ch === '|') {
      cells.push(cur);
      cur = '';
    } else {
      cur += ch;
    }
  }
  cells.push(cur);
  return cells;
}

function isSeparatorRow(line: string): boolean {
  if (!line.includes('-') || !/^[\s|:-]+$/.test(line)) return false;
  const cells = splitPipeRow(line);
  return cells.length > 0 && cells.every((c) => SEPARATOR_CELL.test(c));
}

function isPipeRow(line: string): boolean {
  return line.includes('|') && line.trim() !== '';
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ensp: ' ', emsp: ' ', ldquo: '“', rdquo: '”',
  lsquo: '‘', rsquo: '’', middot: '·', hellip: '…', mdash: '—', ndash: '–',
};

/** HTML character references → characters (the common named ones and all numeric ones). */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, body: string) => {
    if (body[0] === '#') {
      const cp = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(cp) && cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? m;
  });
}

/**
 * The simple formatting HTML that Markdown converters leave in table cells (<p>, <br>, <span>,
 * <strong> …) → text, paragraphs and line breaks as newlines. Any other tag is left as it is:
 * it is the document's text, not markup this reader knows.
 */
export function simpleHtmlToText(s: string): string {
  if (!s.includes('<') && !s.includes('&')) return s.trim();
  const t = s
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/?(p|div|li|ul|ol)(\s[^<>]*)?>/gi, '\n')
    .replace(/<\/?(span|b|strong|i|em|u|s|font|sup|sub|small|big)(\s[^<>]*)?>/gi, '');
  return decodeEntities(t)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .join('\n');
}

/**
 * Every GitHub-style pipe table in a Markdown text: a header line, a `|---|` separator line
 * (dropped), then rows until a line without a pipe. Cells keep their text, with simple HTML
 * turned into line breaks; rows shorter than the header are padded.
 */
export function markdownTables(text: string): string[][][] {
  const lines = text.split('\n');
  const tables: string[][][] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!isPipeRow(lines[i]) || !isSeparatorRow(lines[i + 1])) continue;
    const header = splitPipeRow(lines[i]);
    const rows: string[][] = [header];
    let j = i + 2;
    for (; j < lines.length && isPipeRow(lines[j]) && !isSeparatorRow(lines[j]); j++) {
      // A header line followed by a separator starts the next table.
      if (j + 1 < lines.length && isSeparatorRow(lines[j + 1])) break;
      rows.push(splitPipeRow(lines[j]));
    }
    const width = header.length;
    const cells = rows.map((r) => {
      const row = r.map(simpleHtmlToText);
      while (row.length < width) row.push('');
      return row;
    });
    tables.push(tidyTable(cells));
    i = j - 1;
  }
  return tables.filter((t) => t.length > 0);
}

// ---------------------------------------------------------------------------------------------

/**
 * Plain text or Markdown. `format` is `markdown` for a `.md`/`.markdown` file or any text with
 * a pipe table; the text is the whole document, newlines normalised.
 */
export function decodeText(bytes: Uint8Array, path: string): DecodedContent {
  const { text, encoding } = decodeCharset(bytes);
  assertTextual(text, path);
  const tables = markdownTables(text);
  const isMd = /\.(md|markdown|mdown|mkd)$/i.test(path) || tables.length > 0;
  return { format: isMd ? 'markdown' : 'text', encoding, text, tables };
}
