/**
 * `npm run bench` (and `npm run bench -- --quick`): how fast fatiao is, as ratios against
 * baselines measured in the same run, with the absolute figures beside them. Prints a table
 * and rewrites BENCHMARKS.md.
 *
 * - citation extraction over the law corpus vs a bare regular-expression scan for 第…条;
 * - ingest of generated corpora vs reading the same files and storing their raw text;
 * - `cites` latency, `check` and `mismatches` over the largest store;
 * - law-corpus import; peak memory (RSS) of each; how each cost grows with size.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { CitationFinder } from '../src/cite/find.js';
import { packageRoot } from '../src/paths.js';
import { generateCorpus } from '../src/synth/generate.js';

const quick = process.argv.includes('--quick');
const corpusArg = process.argv.indexOf('--corpus');
const corpusDir = corpusArg > 0 ? process.argv[corpusArg + 1] : join(packageRoot, '..', 'shared', 'lawcorpus');
const sizes = quick ? [10_000] : [10_000, 100_000, 1_000_000];
const worker = join(packageRoot, 'dist', 'bench', 'workers.js');

interface Row {
  measure: string;
  figure: string;
  baseline: string;
  ratio: string;
  target: string;
  met: string;
  rss: string;
}
const rows: Row[] = [];
const notes: string[] = [];
const fmt = (n: number, digits = 1) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const log = (s: string) => process.stderr.write(`${s}\n`);

function run(task: string, ...args: string[]): Record<string, number> {
  const out = execFileSync(process.execPath, ['--max-old-space-size=4096', worker, task, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  return JSON.parse(out.trim().split('\n').pop()!) as Record<string, number>;
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const n of readdirSync(dir)) {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) out.push(...walk(p));
    else if (n.endsWith('.md')) out.push(p);
  }
  return out;
}

// 1. Citation extraction over the law corpus.
if (existsSync(corpusDir)) {
  log('extraction: reading the law corpus');
  const texts = walk(corpusDir).sort().map((f) => readFileSync(f, 'utf8'));
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const scan = () => {
    const re = /第[一二三四五六七八九十百千零〇两0-9０-９]+条/g;
    let n = 0;
    const t0 = performance.now();
    for (const t of texts) {
      re.lastIndex = 0;
      while (re.exec(t)) n++;
    }
    return { n, s: (performance.now() - t0) / 1000 };
  };
  scan();
  const baseline = [scan(), scan(), scan()].sort((a, b) => a.s - b.s)[0];
  // Warm the JIT on part of the corpus with a finder of its own, then time a cold cache.
  const warm = new CitationFinder();
  for (const t of texts.slice(0, 300)) warm.find(t);
  const finder = new CitationFinder();
  const rss0 = process.memoryUsage().rss;
  const t0 = performance.now();
  let citations = 0;
  let refs = 0;
  for (const t of texts) {
    const found = finder.find(t);
    citations += found.length;
    for (const c of found) refs += c.refs.length;
  }
  const s = (performance.now() - t0) / 1000;
  const mb = bytes / 1e6;
  const ratio = mb / s / (mb / baseline.s);
  rows.push({
    measure: `citation extraction, ${texts.length} files (${fmt(mb)} MB)`,
    figure: `${fmt(mb / s)} MB/s (${fmt(s, 2)} s; ${citations.toLocaleString()} citations, ${refs.toLocaleString()} refs)`,
    baseline: `regex scan ${fmt(mb / baseline.s)} MB/s (${fmt(baseline.s, 3)} s; ${baseline.n.toLocaleString()} matches)`,
    ratio: `1/${fmt(1 / ratio)}`,
    target: '≥ 1/10',
    met: ratio >= 0.1 ? 'yes' : 'no',
    rss: `${Math.round(Math.max(rss0, process.memoryUsage().rss) / 1e6)} MB`,
  });
  notes.push(`Extraction parsed ${finder.parser.stats.spans.toLocaleString()} candidate spans; ${fmt((100 * finder.parser.stats.cacheHits) / finder.parser.stats.spans)}% were answered from the parse cache and ${finder.parser.stats.tokensFed.toLocaleString()} tokens reached the nearley parser (${finder.parser.stats.ambiguous} ambiguous).`);
} else {
  notes.push(`The law corpus was not found at ${corpusDir}: extraction and import were not measured.`);
}

// 2. Law-corpus import.
if (existsSync(corpusDir) && !quick) {
  log('laws import: the whole corpus');
  const dir = mkdtempSync(join(tmpdir(), 'fatiao-bench-'));
  const r = run('laws-import', corpusDir, join(dir, 'laws.db'));
  rows.push({
    measure: `law-corpus import (${r.files} files, ${r.laws} laws, ${r.articles.toLocaleString()} articles)`,
    figure: `${fmt(r.seconds)} s (${fmt(r.files / r.seconds)} files/s)`,
    baseline: '—', ratio: '—', target: '—', met: '—', rss: `${r.maxRssMB} MB`,
  });
  rmSync(dir, { recursive: true, force: true });
}

// 3. Ingest, queries and checks at growing sizes.
const perItem: { size: number; ingest: number; raw: number; check: number; mismatches: number; cites: number }[] = [];
for (const size of sizes) {
  const dir = mkdtempSync(join(tmpdir(), 'fatiao-bench-'));
  const corpus = join(dir, 'corpus');
  log(`synth: ${size.toLocaleString()} items`);
  const t0 = performance.now();
  const manifest = await generateCorpus({ items: size, outDir: corpus, seed: 7 });
  const synthSeconds = (performance.now() - t0) / 1000;
  log(`raw load and ingest: ${manifest.files.length} files`);
  const raw = run('raw-load', corpus, join(dir, 'raw.db'));
  const ingest = run('ingest', corpus, join(dir, 'lists.db'));
  const ratio = ingest.seconds / raw.seconds;
  rows.push({
    measure: `ingest ${size.toLocaleString()} items (${manifest.files.length} files, ${fmt(raw.bytes / 1e6)} MB; synth took ${fmt(synthSeconds)} s)`,
    figure: `${fmt(ingest.seconds)} s (${fmt(ingest.items / ingest.seconds, 0)} items/s; ${ingest.failed} files failed)`,
    baseline: `raw load ${fmt(raw.seconds)} s`,
    ratio: `${fmt(ratio)}×`,
    target: size >= 1_000_000 ? '≤ 5× and < 120 s' : '≤ 5×',
    met: ratio <= 5 && (size < 1_000_000 || ingest.seconds < 120) ? 'yes' : 'no',
    rss: `${ingest.maxRssMB} MB${size >= 1_000_000 ? (ingest.maxRssMB < 2048 ? ' (< 2 GB)' : ' (over 2 GB)') : ''}`,
  });
  log('cites, check, mismatches');
  const c = run('cites', join(dir, 'lists.db'), String(quick ? 200 : 1000));
  rows.push({
    measure: `cites at ${size.toLocaleString()} items (${c.queries} random provisions, first 100 items)`,
    figure: `p50 ${fmt(c.p50ms, 2)} ms, p99 ${fmt(c.p99ms, 2)} ms; every item (${fmt(c.fullMeanItems, 0)} per answer): p50 ${fmt(c.fullP50ms, 1)} ms`,
    baseline: '—', ratio: '—', target: 'p50 < 5 ms', met: c.p50ms < 5 ? 'yes' : 'no', rss: `${c.maxRssMB} MB`,
  });
  const ch = run('check', join(dir, 'lists.db'));
  const mm = run('mismatches', join(dir, 'lists.db'));
  for (const [name, r] of [['check', ch], ['mismatches', mm]] as const) {
    rows.push({
      measure: `${name} at ${size.toLocaleString()} items (${r.findings.toLocaleString()} findings)`,
      figure: `${fmt(r.seconds)} s`,
      baseline: '—', ratio: '—', target: '< 30 s', met: r.seconds < 30 ? 'yes' : 'no', rss: `${r.maxRssMB} MB`,
    });
  }
  perItem.push({ size, ingest: ingest.seconds / size, raw: raw.seconds / size, check: ch.seconds / size, mismatches: mm.seconds / size, cites: c.p50ms });
  rmSync(dir, { recursive: true, force: true });
}

// 4. Growth with size.
if (perItem.length > 1) {
  const first = perItem[0];
  for (const p of perItem.slice(1)) {
    const growth = (k: 'ingest' | 'raw' | 'check' | 'mismatches') => p[k] / first[k];
    notes.push(
      `From ${first.size.toLocaleString()} to ${p.size.toLocaleString()} items the cost per item changed by ×${fmt(growth('ingest'), 2)} for ingest, ×${fmt(growth('raw'), 2)} for the raw load, ×${fmt(growth('check'), 2)} for check and ×${fmt(growth('mismatches'), 2)} for mismatches (1.0 is linear); cites p50 went from ${fmt(first.cites, 2)} to ${fmt(p.cites, 2)} ms.`,
    );
  }
}

const head = ['measure', 'figure', 'baseline (same run)', 'ratio', 'target', 'met', 'peak RSS'];
const table = [
  `| ${head.join(' | ')} |`,
  `| ${head.map(() => '---').join(' | ')} |`,
  ...rows.map((r) => `| ${[r.measure, r.figure, r.baseline, r.ratio, r.target, r.met, r.rss].join(' | ')} |`),
].join('\n');
const machine = `${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
const md = [
  '# Benchmarks',
  '',
  `Written by \`npm run bench${quick ? ' -- --quick' : ''}\` on ${new Date().toISOString().slice(0, 10)} (${machine}). Every figure is measured in the same run as its baseline; each task after extraction runs in a process of its own, so its peak RSS is its own.`,
  '',
  table,
  '',
  ...notes.map((n) => `- ${n}`),
  '',
].join('\n');
writeFileSync(join(packageRoot, 'BENCHMARKS.md'), md);
process.stdout.write(`${table}\n\n${notes.map((n) => `- ${n}`).join('\n')}\n\nwrote BENCHMARKS.md\n`);
