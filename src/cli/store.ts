/** The --db option every store command shares, and opening the store it names. */
import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { dbPath, openStore, type DB } from '../store/db.js';
import { fail } from './output.js';

export function withDb(command: Command): Command {
  return command.option('--db <path>', 'the fatiao database (default: $FATIAO_DB or ./fatiao.db)');
}

/** Opens the store for writing (creating it), or for reading (it must exist). */
export function openFromOptions(opts: { db?: string }, mode: 'write' | 'read' = 'read'): DB {
  const path = dbPath(opts.db);
  if (mode === 'read' && !existsSync(path)) fail(`${path}: no such database; create one with \`fatiao ingest FILE... --db ${path}\``);
  return openStore(path);
}
