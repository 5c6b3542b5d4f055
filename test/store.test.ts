/**
 * The store: schema migrations, one transaction per document, idempotent ingest, replacing a
 * changed file, bad files that load nothing, and hostile text that round-trips as text.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readList } from '../src/lists/read.js';
import { openStore } from '../src/store/db.js';
import { saveDocument } from '../src/store/documents.js';
import { ingestFiles } from '../src/store/ingest.js';
import { listItems } from '../src/store/items.js';
import { MIGRATIONS } from '../src/store/schema.js';
import { SAMPLE_FILES, tempDir } from './helpers.js';

const count = (db: ReturnType<typeof openStore>, table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
const fixture = (name: string) => new URL(`./fixtures/formats/${name}`, import.meta.url).pathname;

describe('the store', () => {
  it('runs its migrations once and records the schema version', () => {
    const path = join(tempDir(), 'm.db');
    const db = openStore(path);
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
    const again = openStore(path);
    expect(again.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    again.close();
  });

  it('ingests the same bytes twice without changing anything', async () => {
    const db = openStore(join(tempDir(), 'i.db'));
    const first = await ingestFiles(db, SAMPLE_FILES, (p) => readList(p));
    const rows = ['documents', 'items', 'citations', 'refs', 'offices', 'jurisdictions'].map((t) => count(db, t));
    const second = await ingestFiles(db, SAMPLE_FILES, (p) => readList(p));
    expect(first.map((o) => o.result?.status)).toEqual(['added', 'added', 'added', 'added', 'added']);
    expect(second.map((o) => o.result?.status)).toEqual(['unchanged', 'unchanged', 'unchanged', 'unchanged', 'unchanged']);
    expect(['documents', 'items', 'citations', 'refs', 'offices', 'jurisdictions'].map((t) => count(db, t))).toEqual(rows);
    expect(count(db, 'items')).toBe(12 + 14 + 3 + 24);
    db.close();
  });

  it('replaces the previous version of a changed file, keeping one copy', async () => {
    const dir = tempDir();
    const path = join(dir, 'list.md');
    copyFileSync(SAMPLE_FILES[1], path);
    const db = openStore(join(dir, 'r.db'));
    await ingestFiles(db, [path], (p) => readList(p));
    writeFileSync(path, readFileSync(path, 'utf8').replace('对未提供实名制身份信息的处罚', '对未提供真实身份信息的处罚'));
    const [o] = await ingestFiles(db, [path], (p) => readList(p));
    expect(o.result?.status).toBe('replaced');
    expect(count(db, 'documents')).toBe(1);
    expect(count(db, 'items')).toBe(14);
    expect(listItems(db).map((i) => i.name)).toContain('对未提供真实身份信息的处罚');
    db.close();
  });

  it('names a bad file and its reason, loads the others, and writes nothing for it', async () => {
    const db = openStore(join(tempDir(), 'b.db'));
    const outcomes = await ingestFiles(db, [fixture('truncated.xlsx'), SAMPLE_FILES[2], fixture('empty.xlsx'), fixture('garbage.bin')], (p) => readList(p));
    expect(outcomes.map((o) => o.ok)).toEqual([false, true, false, false]);
    expect(outcomes[0].error).toMatch(/truncated or corrupt xlsx/);
    expect(outcomes[2].error).toMatch(/empty/);
    expect(count(db, 'documents')).toBe(1);
    db.close();
  });

  it('leaves no half-written rows when saving a document fails midway', async () => {
    const db = openStore(join(tempDir(), 't.db'));
    const doc = await readList(SAMPLE_FILES[3]);
    // An item whose fields cannot be stored: the error comes after the document and some items are written.
    (doc.items[10].fields as Record<string, unknown>).bad = 10n;
    expect(() => saveDocument(db, doc)).toThrow();
    for (const t of ['documents', 'items', 'citations', 'refs', 'offices', 'jurisdictions']) expect(count(db, t), t).toBe(0);
    db.close();
  });

  it('keeps SQL and HTML in item names and bases as text', async () => {
    const db = openStore(join(tempDir(), 'x.db'));
    const [o] = await ingestFiles(db, [fixture('xss.csv')], (p) => readList(p));
    expect(o.ok).toBe(true);
    const [item] = listItems(db);
    expect(item.name).toBe('<img src=x onerror=alert(1)>');
    const basis = (db.prepare('SELECT basis FROM items').get() as { basis: string }).basis;
    expect(basis).toContain("'); DROP TABLE items; --");
    expect(count(db, 'items')).toBe(1);
    db.close();
  });
});
