/** `fatiao items`: the power items in the store. */
import type { Command } from 'commander';
import { listItems } from '../store/items.js';
import { examples, printJson, printTable } from './output.js';
import { openFromOptions, withDb } from './store.js';

export function registerItems(program: Command): void {
  withDb(
    program
      .command('items')
      .description('list power items, with the provisions each cites')
      .option('--jurisdiction <name|code>', 'only this jurisdiction (凉州区, 620602)')
      .option('--type <type>', 'only this power type (行政处罚)')
      .option('--json', 'print a JSON array'),
  )
    .addHelpText('after', examples('fatiao items --db lists.db --jurisdiction 凉州区 --json', 'fatiao items --type 行政处罚'))
    .action((opts: { db?: string; jurisdiction?: string; type?: string; json?: boolean }) => {
      const db = openFromOptions(opts);
      const items = listItems(db, { jurisdiction: opts.jurisdiction, type: opts.type });
      db.close();
      if (opts.json) return printJson(items.map(({ id: _id, ...rest }) => rest));
      printTable(
        ['jurisdiction', '#', 'item', 'type', 'subject', 'basis'],
        items.map((i) => [
          i.jurisdiction?.name ?? '',
          i.seq,
          i.name,
          i.type,
          i.subject,
          summariseBasis(i.citations.filter((c) => c.role === 'basis')),
        ]),
      );
    });
}

function summariseBasis(refs: { law: string | null; article: number | null; paragraph: number | null }[]): string {
  const byLaw = new Map<string, string[]>();
  for (const r of refs) {
    const law = (r.law ?? '?').replace(/^中华人民共和国/, '');
    if (!byLaw.has(law)) byLaw.set(law, []);
    if (r.article !== null) byLaw.get(law)!.push(`${r.article}${r.paragraph ? `(${r.paragraph})` : ''}`);
  }
  return [...byLaw].map(([law, arts]) => `《${law}》${arts.join('、')}`).join(' ');
}
