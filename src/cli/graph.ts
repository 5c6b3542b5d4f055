/** `fatiao graph export`: the citation graph for Gephi, yEd, or any graphology program. */
import type { Command } from 'commander';
import { buildGraph } from '../graph/build.js';
import { exportGraph, type GraphFormat } from '../graph/export.js';
import { examples, fail } from './output.js';
import { openFromOptions, withDb } from './store.js';

export function registerGraph(program: Command): void {
  const graph = program.command('graph').description('the citation graph');
  withDb(
    graph
      .command('export')
      .description('write the graph (all of it, or one jurisdiction or law) to standard output')
      .option('--format <format>', 'gexf, graphml or json', 'gexf')
      .option('--jurisdiction <name|code>', 'only what this jurisdiction cites')
      .option('--law <title>', 'only citations of this law'),
  )
    .addHelpText('after', examples('fatiao graph export --format gexf --db lists.db > lists.gexf', 'fatiao graph export --format json --law 网络安全法'))
    .action((opts: { db?: string; format: string; jurisdiction?: string; law?: string }) => {
      if (!['gexf', 'graphml', 'json'].includes(opts.format)) fail(`--format ${opts.format}: use gexf, graphml or json`);
      const db = openFromOptions(opts);
      const g = buildGraph(db, { jurisdiction: opts.jurisdiction, law: opts.law });
      db.close();
      process.stdout.write(exportGraph(g, opts.format as GraphFormat) + '\n');
      process.stderr.write(`${g.order} nodes, ${g.size} edges\n`);
    });
}
