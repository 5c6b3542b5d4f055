/**
 * `fatiao demo` (npm start): the main job on the bundled sample lists — ingest them into the
 * store, print what was read and found, and write the report.
 */
import type { Command } from 'commander';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { runChecks } from '../checks/check.js';
import { runMismatches } from '../checks/mismatches.js';
import { CitationFinder } from '../cite/find.js';
import { readList } from '../lists/read.js';
import { dataPath } from '../paths.js';
import { dbPath, openStore } from '../store/db.js';
import { ingestFiles } from '../store/ingest.js';
import { describeOutcome } from './ingest.js';
import { color, examples } from './output.js';
import { writeReport } from './report.js';

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('the main job on the bundled sample lists: ingest, check, and write the report (what `npm start` runs)')
    .option('--db <path>', 'the store (default: $FATIAO_DB or ./fatiao.db)')
    .option('--out <dir>', 'where to write the report', 'report')
    .option('--as-of <date>', 'judge repeal and amendment as of this date (default: today)')
    .addHelpText('after', examples('npm start', 'fatiao demo --db /tmp/demo.db --out /tmp/report'))
    .action(async (opts: { db?: string; out: string; asOf?: string }) => {
      const started = Date.now();
      const samples = readdirSync(dataPath('samples')).sort().map((f) => join(dataPath('samples'), f));
      const path = dbPath(opts.db);
      const db = openStore(path);
      const finder = new CitationFinder();
      process.stdout.write(color.bold(`Reading ${samples.length} sample lists into ${path}\n`));
      const outcomes = await ingestFiles(db, samples, (p) => readList(p, finder), (o) => process.stdout.write(`${describeOutcome(o)}\n`));
      const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
      process.stdout.write(
        `\nThe store holds ${count('documents')} documents, ${count('jurisdictions')} jurisdictions, ${count('offices')} offices, ${count('items')} power items and ${count('citations')} citations of ${count('laws')} laws.\n`,
      );
      const findings = [...runChecks(db, { asOf: opts.asOf }), ...runMismatches(db)];
      const by = (s: string) => findings.filter((f) => f.severity === s).length;
      process.stdout.write(`Findings: ${color.red(`${by('high')} high`)}, ${color.yellow(`${by('medium')} medium`)}, ${by('low')} low. The most severe:\n`);
      for (const f of findings.filter((x) => x.severity === 'high').slice(0, 6)) {
        process.stdout.write(`  - ${f.jurisdiction?.name ?? ''} ${f.kind}: ${f.message}\n`);
      }
      const files = writeReport(db, opts.out, { format: 'both', asOf: opts.asOf });
      db.close();
      process.stdout.write(`\nReport: ${files.html}\nMarkdown: ${files.markdown}\n(${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
      if (outcomes.some((o) => !o.ok)) process.exitCode = 1;
    });
}
