/**
 * What a file is, from its bytes: a zip container (xlsx, docx, OpenDocument) read from its
 * central directory, an OLE2 compound file (legacy .xls/.doc), a known binary format that is
 * not a document, HTML, or text. The extension is only a hint, used where the bytes do not
 * tell (a truncated zip, an OLE2 file whose directory is damaged, CSV).
 */
import { extname } from 'node:path';

export type LegacyKind = 'xls' | 'doc' | 'et' | 'wps' | 'ods' | 'odt' | 'rtf' | 'xml';

export type Sniffed =
  | { kind: 'xlsx' }
  | { kind: 'docx' }
  | { kind: 'legacy'; legacy: LegacyKind }
  | { kind: 'html' }
  | { kind: 'csv' }
  | { kind: 'text' }
  /** A file that cannot be decoded, and why. */
  | { kind: 'unreadable'; reason: string };

export function extensionOf(path: string): string {
  return extname(path).slice(1).toLowerCase();
}

// ---------------------------------------------------------------------------------------------
// zip

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

export type ZipListing = { ok: true; names: string[] } | { ok: false; problem: string };

/** The entry names of a zip archive, read from its central directory. */
export function listZip(bytes: Buffer): ZipListing {
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (bytes.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return { ok: false, problem: 'zip central directory not found' };
  const count = bytes.readUInt16LE(eocd + 10);
  const size = bytes.readUInt32LE(eocd + 12);
  const offset = bytes.readUInt32LE(eocd + 16);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    // ZIP64: the names are in the local headers too.
    return { ok: true, names: localNames(bytes) };
  }
  if (offset + size > eocd) return { ok: false, problem: 'zip central directory points past the end of the file' };
  const names: string[] = [];
  let p = offset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > eocd || bytes.readUInt32LE(p) !== CENTRAL) return { ok: false, problem: 'zip central directory is damaged' };
    const nameLen = bytes.readUInt16LE(p + 28);
    const extraLen = bytes.readUInt16LE(p + 30);
    const commentLen = bytes.readUInt16LE(p + 32);
    const local = bytes.readUInt32LE(p + 42);
    if (local + 30 > bytes.length || bytes.readUInt32LE(local) !== LOCAL) {
      return { ok: false, problem: 'zip entries are missing or damaged' };
    }
    names.push(bytes.toString('utf8', p + 46, p + 46 + nameLen));
    p += 46 + nameLen + extraLen + commentLen;
  }
  return { ok: true, names };
}

/** Names in the local file headers, walking from the start (for ZIP64 and damaged archives). */
function localNames(bytes: Buffer): string[] {
  const names: string[] = [];
  let p = 0;
  while (p + 30 <= bytes.length && bytes.readUInt32LE(p) === LOCAL) {
    const flags = bytes.readUInt16LE(p + 6);
    const compressed = bytes.readUInt32LE(p + 18);
    const nameLen = bytes.readUInt16LE(p + 26);
    const extraLen = bytes.readUInt16LE(p + 28);
    names.push(bytes.toString('utf8', p + 30, Math.min(bytes.length, p + 30 + nameLen)));
    if (flags & 0x08 || compressed === 0xffffffff) break; // sizes follow the data: cannot skip
    p += 30 + nameLen + extraLen + compressed;
  }
  return names;
}

function zipKind(bytes: Buffer, path: string): Sniffed {
  const listing = listZip(bytes);
  const ext = extensionOf(path);
  if (!listing.ok) {
    const head = bytes.toString('latin1', 0, Math.min(bytes.length, 1 << 20));
    const guess = /xl\/(workbook|worksheets\/|sharedStrings|styles)/.test(head) || /^xls[xm]$/.test(ext)
      ? 'xlsx'
      : /word\/(document|styles|settings|fontTable)/.test(head) || /^doc[xm]$/.test(ext)
        ? 'docx'
        : 'zip archive';
    return { kind: 'unreadable', reason: `truncated or corrupt ${guess} (${listing.problem})` };
  }
  const names = new Set(listing.names);
  if (names.has('xl/workbook.xml') || listing.names.some((n) => n.startsWith('xl/worksheets/'))) return { kind: 'xlsx' };
  if (names.has('word/document.xml')) return { kind: 'docx' };
  if (names.has('mimetype')) {
    const mime = bytes.toString('latin1', 0, Math.min(bytes.length, 200));
    if (mime.includes('opendocument.spreadsheet')) return { kind: 'legacy', legacy: 'ods' };
    if (mime.includes('opendocument.text')) return { kind: 'legacy', legacy: 'odt' };
  }
  if (listing.names.length === 0) return { kind: 'unreadable', reason: 'an empty zip archive, not an xlsx or docx' };
  return {
    kind: 'unreadable',
    reason: `a zip archive that is neither xlsx nor docx (no xl/workbook.xml or word/document.xml among its ${listing.names.length} entries)`,
  };
}

// ---------------------------------------------------------------------------------------------
// OLE2 (legacy Office)

function utf16(s: string): Buffer {
  return Buffer.from(s, 'utf16le');
}

function oleKind(bytes: Buffer, path: string): Sniffed {
  const ext = extensionOf(path);
  if (bytes.includes(utf16('EncryptedPackage'))) {
    return { kind: 'unreadable', reason: 'a password-protected (encrypted) Office file: save it again without a password' };
  }
  if (bytes.includes(utf16('WordDocument'))) return { kind: 'legacy', legacy: ext === 'wps' ? 'wps' : 'doc' };
  if (bytes.includes(utf16('Workbook')) || bytes.includes(utf16('Book\u0000'))) return { kind: 'legacy', legacy: ext === 'et' ? 'et' : 'xls' };
  if (ext === 'xls' || ext === 'xlt' || ext === 'et') return { kind: 'legacy', legacy: ext === 'et' ? 'et' : 'xls' };
  if (ext === 'doc' || ext === 'dot' || ext === 'wps') return { kind: 'legacy', legacy: ext === 'wps' ? 'wps' : 'doc' };
  return { kind: 'unreadable', reason: 'a legacy Office (OLE2) file that is neither a Word nor an Excel document' };
}

// ---------------------------------------------------------------------------------------------

function startsWith(bytes: Buffer, magic: readonly number[] | string): boolean {
  const m = typeof magic === 'string' ? Buffer.from(magic, 'latin1') : Buffer.from(magic);
  return bytes.length >= m.length && bytes.subarray(0, m.length).equals(m);
}

const NOT_DOCUMENTS: ReadonlyArray<{ magic: readonly number[] | string; reason: string }> = [
  { magic: '%PDF-', reason: 'a PDF file: fatiao reads xlsx, docx, html, csv and text; export the list from the PDF as text or docx first' },
  { magic: [0x89, 0x50, 0x4e, 0x47], reason: 'an image (PNG), not a document: a scanned list needs OCR first' },
  { magic: [0xff, 0xd8, 0xff], reason: 'an image (JPEG), not a document: a scanned list needs OCR first' },
  { magic: 'GIF8', reason: 'an image (GIF), not a document' },
  { magic: [0x49, 0x49, 0x2a, 0x00], reason: 'an image (TIFF), not a document: a scanned list needs OCR first' },
  { magic: [0x4d, 0x4d, 0x00, 0x2a], reason: 'an image (TIFF), not a document: a scanned list needs OCR first' },
  { magic: [0x1f, 0x8b], reason: 'a gzip archive: unpack it first' },
  { magic: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], reason: 'a 7-Zip archive: unpack it first' },
  { magic: 'Rar!\u001a\u0007', reason: 'a RAR archive: unpack it first' },
];

const HTML_START = /^<(!doctype\s+html|html|head|body|meta|title|table|style|script|link|base)\b/i;

/** The text before the first tag, comments and an XML declaration skipped. */
function afterPreamble(s: string): string {
  return s.replace(/^\uFEFF/, '').replace(/^(\s+|<!--[\s\S]*?-->|<\?xml[^>]*\?>)+/, '');
}

function isHtml(bytes: Buffer, path: string): boolean {
  let head: string;
  if (startsWith(bytes, [0xff, 0xfe])) head = bytes.toString('utf16le', 2, Math.min(bytes.length, 8192));
  else if (startsWith(bytes, [0xfe, 0xff])) head = Buffer.from(bytes.subarray(2, Math.min(bytes.length, 8192))).swap16().toString('utf16le');
  else head = bytes.toString('latin1', 0, Math.min(bytes.length, 8192));
  const start = afterPreamble(head);
  if (HTML_START.test(start)) return true;
  if (/^<\?xml/i.test(head.replace(/^\uFEFF/, '').trimStart()) && /<html\b/i.test(head)) return true;
  const ext = extensionOf(path);
  if (/^(html?|xhtml|shtml)$/.test(ext) && /^<[a-z!]/i.test(start)) return true;
  if (/<html[\s>]/i.test(head)) return true;
  // A fragment: text, then a <table> (a table pasted out of a web page). Markdown with a pipe table is not.
  const all = bytes.toString('latin1');
  return /<table[\s>]/i.test(all) && /<\/table>/i.test(all) && !/^\s*\|?\s*:?-{2,}:?\s*\|/m.test(all);
}

/** What the bytes are. */
export function sniff(bytes: Buffer, path: string): Sniffed {
  const ext = extensionOf(path);
  if (startsWith(bytes, 'PK\u0003\u0004') || startsWith(bytes, 'PK\u0005\u0006') || startsWith(bytes, 'PK\u0007\u0008')) {
    return zipKind(bytes, path);
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return oleKind(bytes, path);
  for (const n of NOT_DOCUMENTS) if (startsWith(bytes, n.magic)) return { kind: 'unreadable', reason: n.reason };
  if (startsWith(bytes, '{\\rtf')) return { kind: 'legacy', legacy: 'rtf' };
  const head = afterPreamble(bytes.toString('latin1', 0, Math.min(bytes.length, 4096)));
  if (/^<\?xml/i.test(bytes.toString('latin1', 0, 64).replace(/^\uFEFF|^\xEF\xBB\xBF/, '').trimStart()) &&
      /urn:schemas-microsoft-com:office:spreadsheet/.test(head)) {
    return { kind: 'legacy', legacy: 'xml' };
  }
  if (isHtml(bytes, path)) return { kind: 'html' };
  if (ext === 'csv' || ext === 'tsv') return { kind: 'csv' };
  return { kind: 'text' };
}
