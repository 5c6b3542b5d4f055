/**
 * Ingesting files: read each list and save it, one transaction per file. A file that cannot
 * be read gets one line naming it and the reason; the other files still load.
 */
import type { DB } from './db.js';
import { saveDocument, type SaveResult } from './documents.js';
import { ensureBundledLaws } from './install.js';
import { CitationResolver } from './resolve.js';
import type { ListDocument } from '../lists/types.js';

export interface FileOutcome {
  path: string;
  ok: boolean;
  /** Why the file was not loaded. */
  error?: string;
  result?: SaveResult;
  layout?: string;
  jurisdiction?: string | null;
  warnings: string[];
}

export async function ingestFiles(
  db: DB,
  paths: readonly string[],
  read: (path: string) => Promise<ListDocument>,
  onFile: (outcome: FileOutcome, index: number) => void = () => {},
): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = [];
  // Citations are resolved against the registry as they are saved: the registry comes first.
  ensureBundledLaws(db);
  const resolver = new CitationResolver(db);
  for (const [i, path] of paths.entries()) {
    let outcome: FileOutcome;
    try {
      const doc = await read(path);
      const result = saveDocument(db, doc, new Date(), resolver);
      const warnings = [...doc.warnings, ...doc.items.flatMap((it) => it.warnings.map((w) => `item ${it.seq ?? '?'}: ${w}`))];
      outcome = { path, ok: true, result, layout: doc.layout, jurisdiction: doc.jurisdiction?.name ?? null, warnings };
    } catch (e) {
      outcome = { path, ok: false, error: reason(e), warnings: [] };
    }
    outcomes.push(outcome);
    onFile(outcome, i);
  }
  return outcomes;
}

function reason(e: unknown): string {
  if (e instanceof Error) {
    // Errors of our readers already name the file; strip the path to say it once.
    return e.message.replace(/^[^:]*\/[^:]*: /, '');
  }
  return String(e);
}
