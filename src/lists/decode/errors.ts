/**
 * What every format decoder shares: the error a file that cannot be read raises, and the part
 * of a `DecodedFile` a decoder produces (the entry point adds the path and the hash).
 */
import type { DecodedFile } from '../types.js';

/**
 * A file fatiao cannot decode, with the reason in plain words:
 * `凉州.xlsx: truncated or corrupt xlsx (zip central directory not found)`.
 */
export class DecodeError extends Error {
  constructor(readonly path: string, readonly reason: string) {
    super(`${path}: ${reason}`);
    this.name = 'DecodeError';
  }
}

/** What a format decoder returns: a `DecodedFile` without its path and hash. */
export type DecodedContent = Omit<DecodedFile, 'path' | 'sha256'>;

/** The message of anything thrown, on one line, for a reason that names a library's complaint. */
export function messageOf(err: unknown): string {
  const m = err instanceof Error ? err.message : String(err);
  return m.replace(/\s+/g, ' ').trim().slice(0, 300) || 'unknown error';
}

/**
 * A table as the decoders hand it on: cells trimmed, rows padded to one width, rows with no
 * text and columns empty in every row at the right edge dropped.
 */
export function tidyTable(rows: readonly string[][]): string[][] {
  const cleaned = rows.map((r) => r.map((c) => c.replace(/\r\n?/g, '\n').trim()));
  const kept = cleaned.filter((r) => r.some((c) => c !== ''));
  let width = 0;
  for (const r of kept) {
    for (let i = r.length - 1; i >= 0; i--) {
      if (r[i] !== '') {
        width = Math.max(width, i + 1);
        break;
      }
    }
  }
  return kept.map((r) => {
    const row = r.slice(0, width);
    while (row.length < width) row.push('');
    return row;
  });
}
