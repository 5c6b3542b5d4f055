/**
 * The synthetic corpus: deterministic bytes for a seed, every file readable by our reader
 * with the jurisdiction, office, title, date and item count the manifest gives, and exactly
 * the planted errors found by `check` and `mismatches` — nothing on a clean item.
 */
import { Command } from 'commander';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runChecks } from '../src/checks/check.js';
import { runMismatches } from '../src/checks/mismatches.js';
import { registerSynth } from '../src/cli/synth.js';
import { readList } from '../src/lists/read.js';
import { openStore, type DB } from '../src/store/db.js';
import { ingestFiles } from '../src/store/ingest.js';
import { generateCorpus } from '../src/synth/generate.js';
import { ERROR_KINDS, EXPECTED_FINDINGS, FORMATS, type ErrorKind, type Manifest, type SynthLayout } from '../src/synth/manifest.js';
import { Random } from '../src/synth/random.js';
import { tempDir as makeTempDir } from './helpers.js';

const SEED = 20261123;
const RATES = Object.fromEntries(ERROR_KINDS.map((k) => [k, 0.04])) as Record<ErrorKind, number>;
/** About 600 items in 20-odd lists: every format and layout, and a fifth of the items with a planted error. */
const OPTIONS = { items: 600, seed: SEED, listSize: [20, 40] as [number, number], rates: RATES };

const tempDir = () => makeTempDir('fatiao-synth-');

/** A hash of every file in a directory: names and bytes. */
function hashDir(dir: string): string {
  const h = createHash('sha256');
  for (const name of readdirSync(dir).sort()) h.update(name).update('\0').update(readFileSync(join(dir, name))).update('\0');
  return h.digest('hex');
}

/** What the reader calls each layout the synthesiser writes. */
const READER_LAYOUTS: Record<SynthLayout, string[]> = {
  'header-table': ['table'],
  'markdown-tables': ['table'],
  'label-value': ['label-value table'],
  'labelled-blocks': ['labelled blocks', 'labelled blocks with summary table'],
  'tab-cells': ['cell-per-line table'],
};

let dir: string;
let manifest: Manifest;

beforeAll(async () => {
  dir = tempDir();
  manifest = await generateCorpus({ ...OPTIONS, outDir: dir });
});

describe('Random', () => {
  it('is mulberry32: the same seed gives the same sequence, another seed another', () => {
    const a = new Random(42);
    const b = new Random(42);
    const xs = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(xs);
    expect(new Random(43).next()).not.toBe(xs[0]);
    for (const x of xs) expect(x >= 0 && x < 1).toBe(true);
  });
});

describe('generateCorpus', () => {
  it('writes the same bytes for the same seed, and other bytes for another', async () => {
    const again = tempDir();
    await generateCorpus({ ...OPTIONS, outDir: again });
    expect(hashDir(again)).toBe(hashDir(dir));
    const other = tempDir();
    await generateCorpus({ ...OPTIONS, outDir: other, seed: SEED + 1 });
    expect(hashDir(other)).not.toBe(hashDir(dir));
  });

  it('writes a manifest that adds up', () => {
    expect(JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'))).toEqual(manifest);
    expect(manifest.items).toBe(600);
    expect(manifest.files.reduce((n, f) => n + f.items, 0)).toBe(600);
    for (const f of manifest.files) {
      expect(existsSync(join(dir, f.path))).toBe(true);
      expect(f.items).toBeGreaterThanOrEqual(20);
      expect(f.items).toBeLessThanOrEqual(40);
      expect(f.published >= '2026-03-01' && f.published <= '2026-10-31').toBe(true);
      expect(f.title.startsWith(f.office)).toBe(true);
    }
    const files = new Map(manifest.files.map((f) => [f.path, f]));
    for (const p of manifest.planted) {
      expect(p.expect).toEqual(EXPECTED_FINDINGS[p.error]);
      expect(p.seq).toBeGreaterThanOrEqual(1);
      expect(p.seq).toBeLessThanOrEqual(files.get(p.file)!.items);
    }
    // One error per item at most.
    expect(new Set(manifest.planted.map((p) => `${p.file}|${p.seq}`)).size).toBe(manifest.planted.length);
    // Every kind is planted, at about the rate asked for (0.04 of 600 = 24 each).
    for (const kind of ERROR_KINDS) {
      const n = manifest.planted.filter((p) => p.error === kind).length;
      expect(n, kind).toBeGreaterThanOrEqual(8);
      expect(n, kind).toBeLessThanOrEqual(50);
    }
  });

  it('writes every format and every layout', () => {
    expect(new Set(manifest.files.map((f) => f.format))).toEqual(new Set(FORMATS));
    expect(new Set(manifest.files.map((f) => f.layout))).toEqual(new Set(Object.keys(READER_LAYOUTS)));
  });

  it('writes lists our reader reads back: jurisdiction, office, title, date, layout and every item', async () => {
    for (const f of manifest.files) {
      const doc = await readList(join(dir, f.path));
      const where = `${f.path} (${f.format}, ${f.layout})`;
      expect(doc.jurisdiction?.code, where).toBe(f.jurisdiction.code);
      expect(doc.jurisdiction?.name, where).toBe(f.jurisdiction.name);
      expect(doc.office, where).toBe(f.office);
      expect(doc.title, where).toBe(f.title);
      expect(doc.published, where).toBe(f.published);
      expect(READER_LAYOUTS[f.layout], where).toContain(doc.layout);
      expect(doc.encoding, where).toBe(f.format.endsWith('gb18030') ? 'gb18030' : f.format === 'xlsx' || f.format === 'docx' ? null : 'utf-8');
      expect(doc.items.map((i) => i.seq), where).toEqual(Array.from({ length: f.items }, (_, i) => i + 1));
      for (const item of doc.items) {
        expect(item.name, where).not.toBe('');
        expect(item.type, `${where} item ${item.seq}`).not.toBeNull();
        expect(item.citations.some((c) => c.role === 'basis' && c.refs.length > 0), `${where} item ${item.seq}`).toBe(true);
        expect(item.warnings, `${where} item ${item.seq}`).toEqual([]);
      }
    }
  });
});

describe('the planted errors', () => {
  let db: DB;

  beforeAll(async () => {
    db = openStore(join(tempDir(), 'synth.db'));
    const outcomes = await ingestFiles(db, manifest.files.map((f) => join(dir, f.path)), (p) => readList(p));
    expect(outcomes.filter((o) => !o.ok)).toEqual([]);
  });

  afterAll(() => db?.close());

  it('are what check and mismatches find, and nothing else', () => {
    const findings = [...runChecks(db, { asOf: manifest.asOf }), ...runMismatches(db)];
    // cross-jurisdiction findings are derived from the per-item mismatches, and findings
    // whose place has no item belong to no planted error.
    const found = new Set(findings.filter((f) => f.kind !== 'cross-jurisdiction' && f.item).map((f) => `${basename(f.document)}|${f.item!.seq}|${f.kind}`));
    const expected = new Set(manifest.planted.flatMap((p) => p.expect.map((k) => `${p.file}|${p.seq}|${k}`)));
    const unexpected = [...found].filter((k) => !expected.has(k));
    const missed = [...expected].filter((k) => !found.has(k));
    expect({ unexpected, missed }).toEqual({ unexpected: [], missed: [] });
    expect(expected.size).toBeGreaterThan(50);
  });
});

describe('fatiao synth', () => {
  it('writes a corpus and prints a JSON summary', async () => {
    const out = tempDir();
    const program = new Command('fatiao').exitOverride();
    registerSynth(program);
    const chunks: string[] = [];
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      chunks.push(String(chunk));
      return true;
    });
    try {
      await program.parseAsync(['synth', '--items', '45', '--out', out, '--seed', '3', '--formats', 'csv,txt', '--json'], { from: 'user' });
    } finally {
      spy.mockRestore();
    }
    const summary = JSON.parse(chunks.join('')) as { items: number; files: number; bytes: number; formats: Record<string, number> };
    expect(summary.items).toBe(45);
    expect(summary.bytes).toBeGreaterThan(0);
    expect(Object.keys(summary.formats).every((k) => k.startsWith('csv ') || k.startsWith('txt '))).toBe(true);
    const written = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as Manifest;
    expect(written.files.length).toBe(summary.files);
    expect(written.seed).toBe(3);
  });
});
