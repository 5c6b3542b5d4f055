/**
 * Opening the store: one SQLite file through better-sqlite3, the one source of truth. WAL so
 * readers keep answering while an ingest writes; a busy timeout so a second writer waits
 * rather than fails at once; foreign keys so deleting a document deletes its rows.
 */
import Database from 'better-sqlite3';
import { MIGRATIONS } from './schema.js';

export type DB = Database.Database;

/** The database path: --db, else $FATIAO_DB, else ./fatiao.db. */
export function dbPath(option?: string): string {
  return option ?? process.env.FATIAO_DB ?? 'fatiao.db';
}

export function openStore(path: string, options: { readonly?: boolean } = {}): DB {
  const db = new Database(path, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  db.pragma('busy_timeout = 30000');
  if (!options.readonly) {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    // A page cache large enough for the indexes of a national-scale store (256 MB at most).
    db.pragma('cache_size = -262144');
    // Checkpoint the WAL every 64 MB rather than every 4 MB: a checkpoint is where the
    // writes reach the disk (fsync), and a large ingest would otherwise spend a fifth of its time there.
    db.pragma('wal_autocheckpoint = 16384');
  }
  db.pragma('foreign_keys = ON');
  if (!options.readonly) migrate(db);
  else if ((db.pragma('user_version', { simple: true }) as number) < MIGRATIONS.length) {
    throw new Error(`${path}: the database was made by an older fatiao; open it once for writing to upgrade it`);
  }
  return db;
}

export function migrate(db: DB): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > MIGRATIONS.length) throw new Error(`the database was made by a newer fatiao (schema ${version})`);
  if (version === MIGRATIONS.length) return;
  db.transaction(() => {
    for (let v = version; v < MIGRATIONS.length; v++) db.exec(MIGRATIONS[v]);
    db.pragma(`user_version = ${MIGRATIONS.length}`);
  }).immediate();
}
