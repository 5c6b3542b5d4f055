/** `fatiao check` and `fatiao mismatches`: findings, most severe first. */
import type { Command } from 'commander';
import { runChecks } from '../checks/check.js';
import type { Finding } from '../checks/findings.js';
import { runMismatches } from '../checks/mismatches.js';
import { ensureBundledLaws } from '../store/install.js';
import { color, examples, fail, printJson, printTable } from './output.js';
import { openFromOptions, withDb } from './store.js';

const SEVERITY_COLOR = { high: color.red, medium: color.yellow, low: color.dim };

export function printFindings(findings: Finding[]): void {
  if (findings.length === 0) {
    process.stdout.write('no findings\n');
    return;
  }
  printTable(
    ['severity', 'kind', 'jurisdiction', 'item', 'finding'],
    findings.map((f) => [
      SEVERITY_COLOR[f.severity](f.severity),
      f.kind,
      f.jurisdiction?.name ?? '',
      f.item ? `${f.item.seq ?? '?'} ${f.item.name}` : '',
      f.message,
    ]),
    { widths: [10, 22, 12, 30, 70] },
  );
  const counts = ['high', 'medium', 'low'].map((s) => `${findings.filter((f) => f.severity === s).length} ${s}`).join(', ');
  process.stdout.write(`${findings.length} findings: ${counts}\n`);
}

export function registerFindings(program: Command): void {
  withDb(
    program
      .command('check')
      .description('data-quality findings: repealed or superseded laws, amended versions, wrong document numbers, unknown articles, missing articles, powers below their level')
      .option('--as-of <date>', 'judge repeal and amendment as of this date (default: today)')
      .option('--json', 'print a JSON array'),
  )
    .addHelpText('after', examples('fatiao check --db lists.db', 'fatiao check --as-of 2026-11-23 --json'))
    .action((opts: { db?: string; asOf?: string; json?: boolean }) => {
      if (opts.asOf && !/^\d{4}-\d{2}-\d{2}$/.test(opts.asOf)) fail(`--as-of ${opts.asOf}: write the date as YYYY-MM-DD`);
      const db = openFromOptions(opts);
      ensureBundledLaws(db);
      const findings = runChecks(db, { asOf: opts.asOf });
      db.close();
      if (opts.json) printJson(findings);
      else printFindings(findings);
    });

  withDb(
    program
      .command('mismatches')
      .description('quotes that disagree with the statute or with other lists: penalty ranges, parties, cross-references, wording')
      .option('--json', 'print a JSON array'),
  )
    .addHelpText('after', examples('fatiao mismatches --db lists.db', 'fatiao mismatches --json | jq "map(select(.kind == \\"penalty-party\\"))"'))
    .action((opts: { db?: string; json?: boolean }) => {
      const db = openFromOptions(opts);
      ensureBundledLaws(db);
      const findings = runMismatches(db);
      db.close();
      if (opts.json) printJson(findings);
      else printFindings(findings);
    });
}
