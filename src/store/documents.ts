/**
 * Writing a read list into the store: one transaction per document, so a failure leaves no
 * half-written rows; the same bytes twice change nothing; a changed file replaces the
 * previous version read from the same path.
 */
import type { DB } from './db.js';
import { officeKey, cleanOfficeName } from '../lists/offices.js';
import type { ItemCitation, Jurisdiction, ListDocument } from '../lists/types.js';
import { CitationResolver, type Resolved } from './resolve.js';

export interface SaveResult {
  status: 'added' | 'replaced' | 'unchanged';
  documentId: number;
  items: number;
  citations: number;
}

interface Statements {
  bySha: import('better-sqlite3').Statement;
  byPath: import('better-sqlite3').Statement;
  deleteDoc: import('better-sqlite3').Statement;
  jurisdictionByCode: import('better-sqlite3').Statement;
  jurisdictionByName: import('better-sqlite3').Statement;
  insertJurisdiction: import('better-sqlite3').Statement;
  office: import('better-sqlite3').Statement;
  insertOffice: import('better-sqlite3').Statement;
  renameOffice: import('better-sqlite3').Statement;
  insertDoc: import('better-sqlite3').Statement;
  insertItem: import('better-sqlite3').Statement;
  insertCitation: import('better-sqlite3').Statement;
  insertRef: import('better-sqlite3').Statement;
}

const statements = new WeakMap<DB, Statements>();

function prepare(db: DB): Statements {
  let s = statements.get(db);
  if (s) return s;
  s = {
    bySha: db.prepare('SELECT id FROM documents WHERE sha256 = ?'),
    byPath: db.prepare('SELECT id FROM documents WHERE path = ?'),
    deleteDoc: db.prepare('DELETE FROM documents WHERE id = ?'),
    jurisdictionByCode: db.prepare('SELECT id FROM jurisdictions WHERE code = ?'),
    jurisdictionByName: db.prepare('SELECT id FROM jurisdictions WHERE code IS NULL AND name = ?'),
    insertJurisdiction: db.prepare('INSERT INTO jurisdictions (code, name, level, parents) VALUES (?, ?, ?, ?)'),
    office: db.prepare('SELECT id, name FROM offices WHERE jurisdiction_id IS ? AND key = ?'),
    insertOffice: db.prepare('INSERT INTO offices (jurisdiction_id, key, name) VALUES (?, ?, ?)'),
    renameOffice: db.prepare('UPDATE offices SET name = ? WHERE id = ?'),
    insertDoc: db.prepare(
      `INSERT INTO documents (path, sha256, format, encoding, layout, title, office, published, jurisdiction_id, text, duties, warnings, ingested_at)
       VALUES (@path, @sha256, @format, @encoding, @layout, @title, @office, @published, @jurisdiction_id, @text, @duties, @warnings, @ingested_at)`,
    ),
    // Positional parameters: these run for every item and citation of a national-scale ingest.
    insertItem: db.prepare(
      `INSERT INTO items (document_id, seq, name, sub_item, type, type_original, code, sub_code, level, office_id, handling_unit, basis, fields, warnings)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    insertCitation: db.prepare(
      `INSERT INTO citations (document_id, item_id, role, field, start, end, text, law, law_as_written, law_source, rank, document_number, notes, relative, quote, version)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    insertRef: db.prepare(
      'INSERT INTO refs (citation_id, n, item_id, law, version, article, article_suffix, paragraph, point, article_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    ),
  };
  statements.set(db, s);
  return s;
}

function jurisdictionId(s: Statements, j: Jurisdiction | null): number | null {
  if (!j) return null;
  const found = (j.code ? s.jurisdictionByCode.get(j.code) : s.jurisdictionByName.get(j.name)) as { id: number } | undefined;
  if (found) return found.id;
  return Number(s.insertJurisdiction.run(j.code, j.name, j.level, JSON.stringify(j.parents)).lastInsertRowid);
}

function officeId(s: Statements, jurisdiction: number | null, j: Jurisdiction | null, name: string | null): number | null {
  if (!name) return null;
  const key = officeKey(name, j);
  const display = cleanOfficeName(name);
  const found = s.office.get(jurisdiction, key) as { id: number; name: string } | undefined;
  if (found) {
    // Keep the fullest spelling as the name shown (第一师阿拉尔市互联网信息办公室 over 师市互联网信息办公室).
    if (display.length > found.name.length) s.renameOffice.run(display, found.id);
    return found.id;
  }
  return Number(s.insertOffice.run(jurisdiction, key, display).lastInsertRowid);
}

function saveCitation(s: Statements, documentId: number, itemId: number | null, c: ItemCitation, r: Resolved): void {
  const citationId = Number(
    s.insertCitation.run(
      documentId, itemId, c.role, c.field, c.start, c.end, c.text, r.law, c.lawAsWritten, c.lawSource, c.rank ?? null,
      c.documentNumber ?? null, c.notes ? JSON.stringify(c.notes) : null, c.relative ? 1 : 0, c.quote ?? null, r.version,
    ).lastInsertRowid,
  );
  if (c.refs.length === 0) s.insertRef.run(citationId, 0, itemId, r.law, r.version, null, null, null, null, null);
  c.refs.forEach((ref, i) => s.insertRef.run(citationId, i, itemId, r.law, r.version, ref.article, ref.articleSuffix, ref.paragraph, ref.item, r.articleIds[i]));
}

/** An item's other fields as JSON; the basis has a column of its own and is not stored twice. */
function fieldsJson(item: ListDocument['items'][number]): string {
  const rest: Record<string, string> = {};
  for (const [label, value] of Object.entries(item.fields)) if (value !== item.basis) rest[label] = value;
  return JSON.stringify(rest);
}

/** Citations grouped by the field they were read from, in text order, each resolved. */
function resolveAll(resolver: CitationResolver, citations: readonly ItemCitation[], published: string | null): Resolved[] {
  const out = new Array<Resolved>(citations.length);
  const byField = new Map<string, number[]>();
  citations.forEach((c, i) => byField.set(c.field, [...(byField.get(c.field) ?? []), i]));
  for (const indexes of byField.values()) {
    const resolved = resolver.resolveField(indexes.map((i) => citations[i]), published);
    indexes.forEach((i, k) => (out[i] = resolved[k]));
  }
  return out;
}

/**
 * Saves a read list, its citations resolved against the registry the store holds. Runs as
 * one IMMEDIATE transaction: another writer waits for it.
 */
export function saveDocument(db: DB, doc: ListDocument, now = new Date(), resolver = new CitationResolver(db)): SaveResult {
  const s = prepare(db);
  return db
    .transaction((): SaveResult => {
      const same = s.bySha.get(doc.sha256) as { id: number } | undefined;
      if (same) return { status: 'unchanged', documentId: same.id, items: 0, citations: 0 };
      const previous = s.byPath.all(doc.path) as { id: number }[];
      for (const p of previous) s.deleteDoc.run(p.id);

      const jid = jurisdictionId(s, doc.jurisdiction);
      // Most items of a list name the same office: look each spelling up once.
      const offices = new Map<string | null, number | null>();
      const office = (name: string | null) => {
        if (!offices.has(name)) offices.set(name, officeId(s, jid, doc.jurisdiction, name));
        return offices.get(name)!;
      };
      const documentId = Number(
        s.insertDoc.run({
          path: doc.path,
          sha256: doc.sha256,
          format: doc.format,
          encoding: doc.encoding,
          layout: doc.layout,
          title: doc.title,
          office: doc.office,
          published: doc.published,
          jurisdiction_id: jid,
          text: doc.text,
          duties: JSON.stringify(doc.duties),
          warnings: JSON.stringify(doc.warnings),
          ingested_at: now.toISOString(),
        }).lastInsertRowid,
      );
      let citations = 0;
      for (const item of doc.items) {
        const itemId = Number(
          s.insertItem.run(
            documentId, item.seq, item.name, item.subItem, item.type, item.typeOriginal, item.code, item.subCode, item.level,
            office(item.subject), item.handlingUnit, item.basis, fieldsJson(item), JSON.stringify(item.warnings),
          ).lastInsertRowid,
        );
        const resolved = resolveAll(resolver, item.citations, doc.published);
        item.citations.forEach((c, i) => saveCitation(s, documentId, itemId, c, resolved[i]));
        citations += item.citations.length;
      }
      const resolved = resolveAll(resolver, doc.citations, doc.published);
      doc.citations.forEach((c, i) => saveCitation(s, documentId, null, c, resolved[i]));
      citations += doc.citations.length;
      return { status: previous.length ? 'replaced' : 'added', documentId, items: doc.items.length, citations };
    })
    .immediate();
}
