/**
 * One measured task per process, so each reports its own time and peak memory:
 *   node dist/bench/workers.js <task> <args…>   → prints one JSON line.
 * Tasks: raw-load DIR DB, ingest DIR DB, cites DB N, check DB, mismatches DB, laws-import DIR DB.
 */
import Database from 'better-sqlite3';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { runChecks } from '../src/checks/check.js';
import { runMismatches } from '../src/checks/mismatches.js';
import { CitationFinder } from '../src/cite/find.js';
import { corpusFiles, mergeLaw, readCorpus } from '../src/laws/corpus.js';
import { bundledLaws } from '../src/laws/registry.js';
import { readList } from '../src/lists/read.js';
import { cites } from '../src/store/cites.js';
import { openStore } from '../src/store/db.js';
import { ingestFiles } from '../src/store/ingest.js';
import { ensureBundledLaws, installLaw } from '../src/store/install.js';

function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const n of readdirSync(d).sort()) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else if (n !== 'manifest.json') out.push(p);
    }
  };
  walk(dir);
  return out;
}

function report(result: Record<string, unknown>): void {
  const usage = process.resourceUsage();
  process.stdout.write(JSON.stringify({ ...result, maxRssMB: Math.round(usage.maxRSS / 1024) }) + '\n');
}

const [task, ...args] = process.argv.slice(2);
const started = performance.now();
const seconds = () => (performance.now() - started) / 1000;

switch (task) {
  case 'raw-load': {
    // The baseline for ingest: read every file and store its raw text, nothing else.
    const [dir, dbPath] = args;
    const db = new Database(dbPath);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.exec('CREATE TABLE raw (path TEXT, text TEXT)');
    const insert = db.prepare('INSERT INTO raw VALUES (?, ?)');
    let bytes = 0;
    const files = listFiles(dir);
    for (const f of files) {
      const buf = readFileSync(f);
      bytes += buf.length;
      db.transaction(() => insert.run(f, buf.toString('latin1')))();
    }
    db.close();
    report({ task, files: files.length, bytes, seconds: seconds() });
    break;
  }
  case 'ingest': {
    const [dir, dbPath] = args;
    const db = openStore(dbPath);
    const finder = new CitationFinder();
    const files = listFiles(dir);
    const outcomes = await ingestFiles(db, files, (p) => readList(p, finder));
    const items = (db.prepare('SELECT count(*) AS n FROM items').get() as { n: number }).n;
    const citations = (db.prepare('SELECT count(*) AS n FROM citations').get() as { n: number }).n;
    db.close();
    report({ task, files: files.length, failed: outcomes.filter((o) => !o.ok).length, items, citations, seconds: seconds() });
    break;
  }
  case 'cites': {
    // Latency of `cites` for random provisions that lists cite.
    const [dbPath, n] = args;
    const db = openStore(dbPath);
    const provisions = db
      .prepare(
        `SELECT DISTINCT law, article FROM refs WHERE article IS NOT NULL AND law IN (SELECT title FROM laws) ORDER BY law, article`,
      )
      .all() as { law: string; article: number }[];
    let seed = 42;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    // The interactive answer: the first page of 100 items (the command's default), half the
    // queries read through the amendment (--at).
    const times: number[] = [];
    let rows = 0;
    for (let i = 0; i < Number(n); i++) {
      const p = provisions[Math.floor(random() * provisions.length)];
      const t0 = performance.now();
      rows += cites(db, `《${p.law}》第${p.article}条`, { limit: 100, ...(i % 2 ? { at: '2026-06-01' } : {}) }).items.length;
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    // The full answer (every item, sorted), for a tenth as many provisions.
    const full: number[] = [];
    let fullItems = 0;
    for (let i = 0; i < Math.max(10, Number(n) / 10); i++) {
      const p = provisions[Math.floor(random() * provisions.length)];
      const t0 = performance.now();
      fullItems += cites(db, `《${p.law}》第${p.article}条`).items.length;
      full.push(performance.now() - t0);
    }
    full.sort((a, b) => a - b);
    db.close();
    report({
      task, queries: times.length, provisions: provisions.length, meanItems: rows / times.length, p50ms: times[Math.floor(times.length * 0.5)], p99ms: times[Math.floor(times.length * 0.99)],
      fullQueries: full.length, fullMeanItems: fullItems / full.length, fullP50ms: full[Math.floor(full.length * 0.5)], seconds: seconds(),
    });
    break;
  }
  case 'check':
  case 'mismatches': {
    const [dbPath] = args;
    const db = openStore(dbPath);
    const findings = task === 'check' ? runChecks(db, { asOf: '2026-11-23' }) : runMismatches(db);
    db.close();
    report({ task, findings: findings.length, seconds: seconds() });
    break;
  }
  case 'laws-import': {
    const [dir, dbPath] = args;
    const db = openStore(dbPath);
    ensureBundledLaws(db);
    const corpus = readCorpus(dir);
    const known = new Map(bundledLaws().map((l) => [l.title, l]));
    let articles = 0;
    for (const law of corpus.laws) {
      const merged = mergeLaw(known.get(law.title), law);
      try {
        installLaw(db, merged);
        articles += merged.versions.reduce((n, v) => n + v.articles.length, 0);
      } catch {
        // counted by the CLI as a warning; the benchmark only times the import
      }
    }
    db.close();
    report({ task, files: corpusFiles(dir).length, laws: corpus.laws.length, articles, seconds: seconds() });
    break;
  }
  default:
    process.stderr.write(`unknown task ${task}\n`);
    process.exit(2);
}
