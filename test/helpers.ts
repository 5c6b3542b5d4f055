/** Compact notation for references in tests: 68, 68-2 (款), 40-(3) (项), 39-1-(1), 286之1. */
import type { Citation, Ref } from '../src/cite/types.js';

export function refString(r: Ref): string {
  let s = `${r.article ?? '?'}`;
  if (r.articleSuffix) s += `之${r.articleSuffix}`;
  if (r.paragraph !== null) s += `-${r.paragraph}`;
  if (r.item !== null) s += `-(${r.item})`;
  return s;
}

export function refsOf(c: Citation): string {
  return c.refs.map(refString).join(' ');
}

/** `law: refs` with the 中华人民共和国 prefix dropped, for readable expectations. */
export function brief(c: Citation): string {
  const law = c.law?.replace(/^中华人民共和国/, '') ?? '?';
  return c.refs.length ? `${law}: ${refsOf(c)}` : law;
}

/**
 * Citations grouped by law in order of first appearance: `law: refs` for citations of
 * provisions, the bare law title for whole-law citations.
 */
export function byLaw(citations: readonly Citation[]): string[] {
  const groups: { law: string; refs: string[] }[] = [];
  for (const c of citations) {
    const law = c.law?.replace(/^中华人民共和国/, '') ?? '?';
    if (c.refs.length === 0) {
      if (!groups.some((g) => g.law === law && g.refs.length === 0)) groups.push({ law, refs: [] });
      continue;
    }
    let g = groups.find((x) => x.law === law && x.refs.length > 0);
    if (!g) groups.push((g = { law, refs: [] }));
    g.refs.push(...c.refs.map(refString));
  }
  return groups.map((g) => (g.refs.length ? `${g.law}: ${g.refs.join(' ')}` : g.law));
}

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { readList } from '../src/lists/read.js';
import { openStore, type DB } from '../src/store/db.js';
import { ingestFiles } from '../src/store/ingest.js';

export const SAMPLE_FILES = ['alar-xinjiang-cac-2021.txt', 'liangzhou-gansu-cac.md', 'luxian-sichuan-cac-2020.txt', 'sanming-fujian-cac.txt', 'shaoyang-hunan-notice-2018.txt'].map(
  (f) => new URL(`../data/samples/${f}`, import.meta.url).pathname,
);

const tempDirs: string[] = [];
// Every test file that imports these helpers removes its temporary directories when it ends.
afterAll(() => {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh temporary directory, removed when the test file ends. */
export function tempDir(prefix = 'fatiao-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  tempDirs.push(dir);
  return dir;
}

/** A store holding the five seed documents (and the bundled statutes). */
export async function seedStore(extra: string[] = []): Promise<{ db: DB; path: string }> {
  const path = join(tempDir(), 'seeds.db');
  const db = openStore(path);
  const outcomes = await ingestFiles(db, [...SAMPLE_FILES, ...extra], (p) => readList(p));
  const failed = outcomes.filter((o) => !o.ok);
  if (failed.length) throw new Error(`seed ingest failed: ${failed.map((o) => `${o.path}: ${o.error}`).join('; ')}`);
  return { db, path };
}
