/**
 * The citations `check` and `mismatches` examine, read from the store with their places
 * (jurisdiction, office, document, item) and their references, a block at a time.
 */
import type { DB } from '../store/db.js';
import type { FindingPlace } from './findings.js';

export interface StoredRef {
  article: number | null;
  suffix: number | null;
  paragraph: number | null;
  point: number | null;
  articleId: number | null;
}

export interface StoredCitation {
  id: number;
  itemId: number | null;
  documentId: number;
  role: string;
  field: string;
  start: number;
  end: number;
  text: string;
  law: string | null;
  version: string | null;
  documentNumber: number | null;
  quote: string | null;
  refs: StoredRef[];
  /** Shared by the citations of one item: never modified. */
  place: Omit<FindingPlace, 'citation'>;
  /** The level of the jurisdiction that exercises the item: 省, 市, 县, 兵团师市. */
  level: string | null;
  published: string | null;
}

const BLOCK = 5000;

interface DocumentPlace {
  path: string;
  published: string | null;
  jurisdiction: FindingPlace['jurisdiction'];
}

/**
 * Every stored citation of the given roles with its place, in the order they were stored
 * (an item's together). Read in blocks (keyset pagination) so a store of millions never sits
 * in memory; places are looked up once per document, office and item, not joined per row.
 */
export function* storedCitations(db: DB, roles: readonly string[]): Generator<StoredCitation> {
  const documents = new Map<number, DocumentPlace>();
  for (const d of db
    .prepare('SELECT d.id, d.path, d.published, j.name, j.code, j.level FROM documents d LEFT JOIN jurisdictions j ON j.id = d.jurisdiction_id')
    .raw()
    .iterate() as Iterable<[number, string, string | null, string | null, string | null, string | null]>) {
    documents.set(d[0], { path: d[1], published: d[2], jurisdiction: d[3] ? { name: d[3], code: d[4], level: d[5] } : null });
  }
  const offices = new Map<number, string>((db.prepare('SELECT id, name FROM offices').raw().all() as [number, string][]).map((o) => [o[0], o[1]]));
  const page = db
    .prepare(
      `SELECT id, item_id, document_id, role, field, start, end, text, law, version, document_number, quote FROM citations
        WHERE id > ? AND role IN (${roles.map(() => '?').join(', ')}) ORDER BY id LIMIT ${BLOCK}`,
    )
    .raw();
  const refs = db.prepare('SELECT citation_id, article, article_suffix, paragraph, point, article_id FROM refs WHERE citation_id BETWEEN ? AND ? ORDER BY citation_id, n').raw();
  const items = db.prepare('SELECT id, seq, name, office_id FROM items WHERE id BETWEEN ? AND ?').raw();
  const places = new Map<string, Omit<FindingPlace, 'citation'>>();

  for (let after = 0; ; ) {
    const block = page.all(after, ...roles) as unknown[][];
    if (block.length === 0) return;
    after = block[block.length - 1][0] as number;
    const byCitation = new Map<number, StoredRef[]>();
    for (const r of refs.all(block[0][0], after) as unknown[][]) {
      if (r[1] === null) continue; // a whole-law citation
      const ref: StoredRef = { article: r[1] as number, suffix: r[2] as number | null, paragraph: r[3] as number | null, point: r[4] as number | null, articleId: r[5] as number | null };
      const list = byCitation.get(r[0] as number);
      if (list) list.push(ref);
      else byCitation.set(r[0] as number, [ref]);
    }
    const itemIds = block.map((c) => c[1] as number | null).filter((x): x is number => x !== null);
    const itemRows = new Map<number, unknown[]>();
    if (itemIds.length) for (const i of items.all(Math.min(...itemIds), Math.max(...itemIds)) as unknown[][]) itemRows.set(i[0] as number, i);
    places.clear();
    for (const c of block) {
      const documentId = c[2] as number;
      const itemId = c[1] as number | null;
      const doc = documents.get(documentId)!;
      const placeKey = `${documentId}|${itemId}`;
      let place = places.get(placeKey);
      if (!place) {
        const item = itemId !== null ? itemRows.get(itemId) : undefined;
        place = Object.freeze({
          jurisdiction: doc.jurisdiction,
          office: item && item[3] !== null ? (offices.get(item[3] as number) ?? null) : null,
          document: doc.path,
          item: item ? { seq: item[1] as number | null, name: item[2] as string } : null,
        });
        places.set(placeKey, place);
      }
      yield {
        id: c[0] as number,
        itemId,
        documentId,
        role: c[3] as string,
        field: c[4] as string,
        start: c[5] as number,
        end: c[6] as number,
        text: c[7] as string,
        law: c[8] as string | null,
        version: c[9] as string | null,
        documentNumber: c[10] as number | null,
        quote: c[11] as string | null,
        refs: byCitation.get(c[0] as number) ?? [],
        place,
        level: doc.jurisdiction?.level ?? null,
        published: doc.published,
      };
    }
  }
}

/** A finding's place for one reference of a citation. */
export function placeOf(c: StoredCitation, ref: StoredRef | null): FindingPlace {
  return {
    ...c.place,
    citation: {
      text: c.text,
      law: c.law,
      version: c.version,
      article: ref?.article ?? null,
      paragraph: ref?.paragraph ?? null,
    },
  };
}
