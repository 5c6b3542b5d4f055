#!/usr/bin/env node
/** The fatiao command line. */
import { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { color } from './output.js';
import { registerParse } from './parse.js';
import { packageRoot } from '../paths.js';
import { join } from 'node:path';

const { version } = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { version: string };

const program = new Command('fatiao')
  .description('法条 — cross-reference the statute citations of Chinese power and responsibility lists (权责清单)')
  .version(version)
  .showHelpAfterError();

registerParse(program);

program.parseAsync(process.argv).catch((err: unknown) => {
  process.stderr.write(color.red(`fatiao: ${err instanceof Error ? err.message : String(err)}`) + '\n');
  process.exit(1);
});
