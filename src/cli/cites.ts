/** `fatiao cites CITATION`: which items, offices and jurisdictions rely on a provision. */
import type { Command } from 'commander';
import { cites, QueryError } from '../store/cites.js';
import { examples, fail, printJson, printTable } from './output.js';
import { openFromOptions, withDb } from './store.js';

export function registerCites(program: Command): void {
  withDb(
    program
      .command('cites')
      .description('which items, in which offices and jurisdictions, rely on a provision')
      .argument('<citation>', 'the provision, written as lists write it: 《网络安全法》第六十八条')
      .option('--exact', 'only citations of exactly this provision (no roll-up of 款 and 项)')
      .option('--at <date>', 'read the citation in the version in force on this date, and follow it through amendments')
      .option('--via-quote', 'also items whose quoted text, or whose cited article, refers to the provision')
      .option('--limit <n>', 'at most n items (default: 100 in a table, all with --json; 0 for all)')
      .option('--json', 'print a JSON array'),
  )
    .addHelpText(
      'after',
      examples(
        'fatiao cites "《网络安全法》第六十八条" --db lists.db',
        'fatiao cites "《网络安全法》第六十九条" --at 2026-06-01 --db lists.db',
        'fatiao cites "《网络安全法》第二十一条" --via-quote --json',
      ),
    )
    .action((citation: string, opts: { db?: string; exact?: boolean; at?: string; viaQuote?: boolean; limit?: string; json?: boolean }) => {
      if (opts.at && !/^\d{4}-\d{2}-\d{2}$/.test(opts.at)) fail(`--at ${opts.at}: write the date as YYYY-MM-DD`);
      if (opts.limit !== undefined && !/^\d+$/.test(opts.limit)) fail(`--limit ${opts.limit}: give a number`);
      const n = opts.limit === undefined ? (opts.json ? 0 : 100) : Number(opts.limit);
      const db = openFromOptions(opts);
      let answer;
      try {
        answer = cites(db, citation, { exact: opts.exact, at: opts.at, viaQuote: opts.viaQuote, limit: n > 0 ? n : undefined });
      } catch (e) {
        if (e instanceof QueryError) fail(e.message);
        throw e;
      } finally {
        db.close();
      }
      if (opts.json) return printJson(answer.items);
      const what = answer.provisions.map((p) => `${p.version ?? 'any version'} 第${p.article}条${p.paragraph ? `第${p.paragraph}款` : ''}`).join(', ');
      process.stdout.write(`${answer.query.law} — ${what}: ${answer.more ? `the first ${answer.items.length} items (--limit 0 for all)` : `${answer.items.length} item${answer.items.length === 1 ? '' : 's'}`}\n`);
      if (answer.items.length === 0) return;
      printTable(
        ['jurisdiction', 'office', '#', 'item', 'cites', 'via'],
        answer.items.map((i) => [
          i.jurisdiction ? `${i.jurisdiction.name} ${i.jurisdiction.code ?? ''}` : '',
          i.office,
          i.seq,
          i.name,
          `${i.cited.version ?? ''} 第${i.cited.article}条${i.cited.paragraph ? `第${i.cited.paragraph}款` : ''}${i.cited.item ? `第${i.cited.item}项` : ''}`,
          i.via === 'cites' ? i.role : i.via,
        ]),
      );
    });
}
