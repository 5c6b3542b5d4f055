/**
 * Bytes on disk → `DecodedFile`. The format is read from the content (a zip holding
 * xl/workbook.xml or word/document.xml, an OLE2 compound file, HTML, text), the extension
 * being only a hint; each format has its own reader in this folder. A file that cannot be read
 * raises a `DecodeError` that names the file and the reason.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { DecodedFile } from '../types.js';
import { decodeCsv, looksLikeCsv } from './csv.js';
import { decodeDocx } from './docx.js';
import { DecodeError, messageOf, type DecodedContent } from './errors.js';
import { decodeHtml } from './html.js';
import { decodeLegacy } from './legacy.js';
import { sniff } from './sniff.js';
import { decodeText } from './text.js';
import { decodeXlsx } from './xlsx.js';

export { DecodeError, type DecodedContent } from './errors.js';
export { sniff, listZip, type Sniffed, type LegacyKind } from './sniff.js';
export { decodeCharset, canonicalEncoding, markdownTables, simpleHtmlToText } from './text.js';
export { htmlContent, declaredCharset } from './html.js';
export { detectDelimiter, looksLikeCsv } from './csv.js';
export { findSoffice, needsLibreOffice } from './legacy.js';

/** Reads and decodes a file. */
export async function decodeFile(path: string): Promise<DecodedFile> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'file not found' :
      code === 'EISDIR' ? 'a directory, not a file' :
      code === 'EACCES' || code === 'EPERM' ? 'permission denied' :
      `cannot be read (${messageOf(err)})`;
    throw new DecodeError(path, reason);
  }
  return decodeBytes(bytes, path);
}

/** Decodes bytes already read; `path` names the file in the result and in errors, and its extension is a hint. */
export async function decodeBytes(bytes: Buffer, path: string): Promise<DecodedFile> {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (bytes.length === 0) throw new DecodeError(path, 'empty file (0 bytes)');
  let content: DecodedContent;
  try {
    content = await decodeContent(bytes, path);
  } catch (err) {
    if (err instanceof DecodeError) throw err;
    const e = new DecodeError(path, `could not be decoded (${messageOf(err)})`);
    e.cause = err;
    throw e;
  }
  return { path, sha256, ...content };
}

async function decodeContent(bytes: Buffer, path: string): Promise<DecodedContent> {
  const s = sniff(bytes, path);
  switch (s.kind) {
    case 'unreadable':
      throw new DecodeError(path, s.reason);
    case 'xlsx':
      return decodeXlsx(bytes, path);
    case 'docx':
      return decodeDocx(bytes, path);
    case 'legacy':
      return decodeLegacy(bytes, path, s.legacy);
    case 'html':
      return decodeHtml(bytes);
    case 'csv':
      return decodeCsv(bytes, path);
    case 'text': {
      const decoded = decodeText(bytes, path);
      if (decoded.format === 'text' && looksLikeCsv(decoded.text)) return decodeCsv(bytes, path);
      return decoded;
    }
  }
}
