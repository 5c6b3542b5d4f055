/** `fatiao ingest FILE...`: read power lists into the store. */
import type { Command } from 'commander';
import { basename } from 'node:path';
import { CitationFinder } from '../cite/find.js';
import { readList } from '../lists/read.js';
import { ingestFiles, type FileOutcome } from '../store/ingest.js';
import { color, examples, printJson } from './output.js';
import { progress } from './progress.js';
import { openFromOptions, withDb } from './store.js';

export function describeOutcome(o: FileOutcome): string {
  if (!o.ok) return `${color.red('✗')} ${o.path}: ${o.error}`;
  const r = o.result!;
  if (r.status === 'unchanged') return `${color.dim('=')} ${o.path}: unchanged (already ingested)`;
  const where = o.jurisdiction ? `, ${o.jurisdiction}` : '';
  const warn = o.warnings.length ? color.yellow(`, ${o.warnings.length} warning${o.warnings.length > 1 ? 's' : ''}`) : ', 0 warnings';
  return `${color.green('✓')} ${o.path}: ${r.items} items, ${r.citations} citations${warn} (${o.layout}${where}${r.status === 'replaced' ? ', replaced the earlier version' : ''})`;
}

export function registerIngest(program: Command): void {
  withDb(
    program
      .command('ingest')
      .description('read power lists (txt, md, xlsx, docx, html, csv; GB18030 too) into the store')
      .argument('<files...>', 'list files')
      .option('--json', 'print one JSON object per file')
      .option('-v, --verbose', 'print every warning'),
  )
    .addHelpText('after', examples('fatiao ingest ../shared/seeds/* --db lists.db', 'fatiao ingest 凉州区网信办权责清单.xlsx 某县清单.docx --db lists.db'))
    .action(async (files: string[], opts: { db?: string; json?: boolean; verbose?: boolean }) => {
      const db = openFromOptions(opts, 'write');
      const finder = new CitationFinder();
      const bar = opts.json ? progress(0, '') : progress(files.length, 'ingest');
      const outcomes = await ingestFiles(db, files, (p) => readList(p, finder), (o) => {
        bar.tick(basename(o.path));
        if (opts.json) return;
        bar.log(describeOutcome(o));
        if (opts.verbose) for (const w of o.warnings) bar.log(color.yellow(`    warning: ${w}`));
      });
      bar.stop();
      db.close();
      if (opts.json) printJson(outcomes);
      const failed = outcomes.filter((o) => !o.ok).length;
      if (!opts.json) {
        const items = outcomes.reduce((n, o) => n + (o.result?.items ?? 0), 0);
        process.stdout.write(`${outcomes.length - failed} of ${outcomes.length} files loaded, ${items} items${failed ? color.red(`, ${failed} failed`) : ''}\n`);
      }
      if (failed) process.exitCode = 1;
    });
}
