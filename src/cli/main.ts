#!/usr/bin/env node
/** The fatiao command line. */
import { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { color } from './output.js';
import { registerAlign } from './align.js';
import { registerCites } from './cites.js';
import { registerDemo } from './demo.js';
import { registerReport } from './report.js';
import { registerSynth } from './synth.js';
import { registerFindings } from './findings.js';
import { registerGraph } from './graph.js';
import { registerIngest } from './ingest.js';
import { registerItems } from './items.js';
import { registerLaws } from './laws.js';
import { registerParse } from './parse.js';
import { packageRoot } from '../paths.js';
import { join } from 'node:path';

const { version } = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { version: string };

// A reader that stops early (fatiao items | head) is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

const program = new Command('fatiao')
  .description('法条 — cross-reference the statute citations of Chinese power and responsibility lists (权责清单)')
  .version(version)
  .showHelpAfterError();

registerParse(program);
registerIngest(program);
registerItems(program);
registerCites(program);
registerFindings(program);
registerAlign(program);
registerGraph(program);
registerLaws(program);
registerReport(program);
registerDemo(program);
registerSynth(program);

program.parseAsync(process.argv).catch((err: unknown) => {
  process.stderr.write(color.red(`fatiao: ${err instanceof Error ? err.message : String(err)}`) + '\n');
  process.exit(1);
});
