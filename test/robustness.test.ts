/**
 * Never lose data, never crash, never blow up: an ingest killed with SIGKILL leaves a sound
 * database of whole documents and a re-run completes it without duplicates; readers keep
 * answering while an ingest writes; two ingests at once both finish; adversarial text and
 * bytes go through the readers and the parser in time proportional to their size.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CitationFinder } from '../src/cite/find.js';
import { DecodeError } from '../src/lists/decode/index.js';
import { decodeBytes } from '../src/lists/decode/index.js';
import { interpretList, ListError } from '../src/lists/read.js';
import { openStore } from '../src/store/db.js';
import { SAMPLE_FILES, tempDir } from './helpers.js';

const CLI = new URL('../dist/src/cli/main.js', import.meta.url).pathname;

/** `n` distinct copies of the 三明市 list (24 items each), differing in one line. */
function copies(n: number): string[] {
  const dir = tempDir();
  const text = readFileSync(SAMPLE_FILES[3], 'utf8');
  return Array.from({ length: n }, (_, i) => {
    const path = join(dir, `list-${String(i).padStart(4, '0')}.txt`);
    writeFileSync(path, `${text}\n（副本 ${i}）\n`);
    return path;
  });
}

function ingest(files: string[], db: string): ChildProcess {
  return spawn(process.execPath, [CLI, 'ingest', ...files, '--db', db], { stdio: ['ignore', 'pipe', 'pipe'] });
}

const finished = (child: ChildProcess) => new Promise<number>((resolve) => child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1))));

function documents(db: string): number {
  const store = openStore(db);
  try {
    return (store.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
  } finally {
    store.close();
  }
}

describe('crash safety', () => {
  it('a SIGKILL mid-ingest leaves only whole documents, and a re-run completes without duplicates', async () => {
    const files = copies(120);
    const db = join(tempDir(), 'crash.db');
    const child = ingest(files, db);
    // Kill it once some documents are in, well before the end.
    for (let i = 0; i < 400; i++) {
      await new Promise((r) => setTimeout(r, 50));
      try {
        if (documents(db) >= 5) break;
      } catch {
        // the store is being created
      }
    }
    child.kill('SIGKILL');
    await finished(child);

    const store = openStore(db);
    expect(store.pragma('integrity_check', { simple: true })).toBe('ok');
    const perDoc = store.prepare('SELECT d.id, count(i.id) AS n FROM documents d LEFT JOIN items i ON i.document_id = d.id GROUP BY d.id').all() as { n: number }[];
    expect(perDoc.length).toBeGreaterThan(0);
    expect(perDoc.length).toBeLessThan(files.length);
    expect(perDoc.every((d) => d.n === 24)).toBe(true);
    const orphans = store.prepare('SELECT count(*) AS n FROM citations WHERE item_id IS NOT NULL AND item_id NOT IN (SELECT id FROM items)').get() as { n: number };
    expect(orphans.n).toBe(0);
    store.close();

    expect(await finished(ingest(files, db))).toBe(0);
    const again = openStore(db);
    expect(again.prepare('SELECT count(*) AS n, count(DISTINCT sha256) AS u FROM documents').get()).toEqual({ n: files.length, u: files.length });
    expect((again.prepare('SELECT count(*) AS n FROM items').get() as { n: number }).n).toBe(24 * files.length);
    again.close();
  }, 120_000);
});

describe('concurrency', () => {
  it('keeps answering readers while an ingest writes (WAL)', async () => {
    const files = copies(60);
    const db = join(tempDir(), 'wal.db');
    expect(await finished(ingest(files.slice(0, 2), db))).toBe(0);
    const child = ingest(files.slice(2), db);
    const reader = openStore(db);
    const count = reader.prepare('SELECT count(*) AS n FROM items');
    let reads = 0;
    let last = 0;
    let running = true;
    child.on('exit', () => (running = false));
    while (running) {
      const n = (count.get() as { n: number }).n;
      expect(n % 24).toBe(0); // a reader never sees half a document
      expect(n).toBeGreaterThanOrEqual(last);
      last = n;
      reads++;
      await new Promise((r) => setTimeout(r, 5));
    }
    reader.close();
    expect(reads).toBeGreaterThan(5);
    expect(documents(db)).toBe(60);
  }, 120_000);

  it('runs two ingests at once into one store without corrupting it (one waits for the other)', async () => {
    const files = copies(40);
    const db = join(tempDir(), 'two.db');
    const [a, b] = [ingest(files.slice(0, 30), db), ingest(files.slice(10), db)];
    expect(await Promise.all([finished(a), finished(b)])).toEqual([0, 0]);
    const store = openStore(db);
    expect(store.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(store.prepare('SELECT count(*) AS n, count(DISTINCT sha256) AS u FROM documents').get()).toEqual({ n: 40, u: 40 });
    store.close();
  }, 120_000);
});

describe('adversarial input', () => {
  const finder = () => new CitationFinder();
  it('parses 10 MB of 第第第… in time proportional to its size', () => {
    const f = finder();
    const text = '第'.repeat(3_500_000); // 10.5 MB in UTF-8
    expect(f.find(text)).toEqual([]);
    // No candidate survives the cheap filter: the grammar never runs.
    expect(f.parser.stats.tokensFed).toBe(0);
  });

  it('parses a 10,000-element 、-list as one citation with every element', () => {
    const f = finder();
    const text = `《网络安全法》第${Array.from({ length: 10_000 }, (_, i) => `${(i % 900) + 1}`).join("条、第")}条`;
    const found = f.find(text);
    expect(found.reduce((n, c) => n + c.refs.length, 0)).toBe(10_000);
    expect(f.parser.stats.tokensFed).toBeLessThan(5 * 10_000 + 100);
  });

  it('parses a 5 MB single line of citations and text with work linear in its length', () => {
    const line = (n: number) => '违反本法第二十一条、第二十五条规定的，依照前款规定处罚；'.repeat(n);
    const work = (text: string) => {
      const f = finder();
      f.find(text);
      return f.parser.stats.spans + f.parser.stats.tokensFed;
    };
    const small = work(line(20_000));
    const large = work(line(80_000)); // ≈ 5 MB
    expect(large).toBeLessThanOrEqual(4 * small + 100);
  });

  it('reads control characters and invalid UTF-8 without throwing anything but a clear error', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 3000 }), fc.constantFrom('a.txt', 'a.csv', 'a.md', 'a.html', 'a.xlsx', 'a.docx'), async (bytes, name) => {
        try {
          const decoded = await decodeBytes(Buffer.from(bytes), name);
          interpretList(decoded);
        } catch (e) {
          if (!(e instanceof DecodeError) && !(e instanceof ListError)) throw e;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('reads mutated real lists without throwing anything but a clear error', async () => {
    const seeds = SAMPLE_FILES.map((p) => readFileSync(p));
    await fc.assert(
      fc.asyncProperty(fc.nat(seeds.length - 1), fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 40 }), async (which, at, junk) => {
        const src = seeds[which];
        const i = at % src.length;
        const bytes = Buffer.concat([src.subarray(0, i), Buffer.from(junk), src.subarray(i + Math.min(junk.length, src.length - i))]);
        try {
          interpretList(await decodeBytes(bytes, 'list.txt'));
        } catch (e) {
          if (!(e instanceof DecodeError) && !(e instanceof ListError)) throw e;
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('the command line on a bad file', () => {
  it('names the file and the reason, loads the rest and exits with 1', () => {
    const db = join(tempDir(), 'cli.db');
    const bad = new URL('./fixtures/formats/truncated.xlsx', import.meta.url).pathname;
    const r = spawnSync(process.execPath, [CLI, 'ingest', bad, SAMPLE_FILES[2], '--db', db], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/truncated\.xlsx: truncated or corrupt xlsx/);
    expect(r.stdout).toMatch(/1 of 2 files loaded/);
  });
});

describe('a long list the grammar reads but whose numbers are no articles', () => {
  it('is skipped in one pass, not parsed again from every 第 inside it', () => {
    const f = new CitationFinder();
    const text = `《网络安全法》第${Array.from({ length: 10_000 }, (_, i) => `${i + 1}`).join('条、第')}条`; // ends with 第10000条
    expect(f.find(text)).toEqual([]);
    expect(f.parser.stats.spans).toBeLessThan(10);
  });
});
