/** `fatiao align`: the same power across jurisdictions, side by side. */
import type { Command } from 'commander';
import { alignItems } from '../graph/align.js';
import { color, examples, printJson, printTable } from './output.js';
import { openFromOptions, withDb } from './store.js';

export function registerAlign(program: Command): void {
  withDb(program.command('align').description('items of different jurisdictions that rely on the same provisions, side by side').option('--json', 'print JSON'))
    .addHelpText('after', examples('fatiao align --db lists.db', 'fatiao align --json | jq ".groups[0]"'))
    .action((opts: { db?: string; json?: boolean }) => {
      const db = openFromOptions(opts);
      const result = alignItems(db);
      db.close();
      if (opts.json) return printJson(result);
      for (const [n, g] of result.groups.entries()) {
        process.stdout.write(`\n${color.bold(`Group ${n + 1}`)}: ${g.jurisdictions.join('、')} — shared: ${g.shared.join('、') || '(overlapping)'}\n`);
        printTable(
          ['jurisdiction', '#', 'item', 'type', 'level', 'quoted fines', 'provisions'],
          g.items.map((i) => [i.jurisdiction, i.seq, i.name, i.type, i.itemLevel ?? i.level, i.quotedRanges.join('\n'), i.provisions.join('、')]),
        );
      }
      if (result.unique.length) {
        process.stdout.write(`\n${color.bold('Exercised by one jurisdiction only')}\n`);
        printTable(
          ['jurisdiction', 'provision', 'items'],
          result.unique.flatMap((u) => u.provisions.map((p) => [u.jurisdiction, p.provision, p.items.join('\n')])),
        );
      }
    });
}
