/**
 * The citations `check` and `mismatches` examine, read from the store with their places
 * (jurisdiction, office, document, item) and their references, one document at a time.
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
  place: Omit<FindingPlace, 'citation'>;
  /** The level of the jurisdiction that exercises the item: 省, 市, 县, 兵团师市. */
  level: string | null;
  published: string | null;
}

const BLOCK = 5000;

/**
 * Every stored citation with its place, in the order they were stored. Read in blocks of
 * citations (keyset pagination), so a store of millions never sits in memory at once.
 */
export function* storedCitations(db: DB, roles?: readonly string[]): Generator<StoredCitation> {
  const refs = db.prepare('SELECT citation_id, article, article_suffix, paragraph, point, article_id FROM refs WHERE citation_id BETWEEN ? AND ? ORDER BY citation_id, n');
  const page = db
    .prepare(
      `SELECT c.id, c.item_id, c.document_id, c.role, c.field, c.start, c.end, c.text, c.law, c.version, c.document_number, c.quote,
              j.name AS jname, j.code AS jcode, j.level AS jlevel, o.name AS office, d.path AS document, d.published,
              i.seq, i.name AS item
         FROM citations c JOIN documents d ON d.id = c.document_id
         LEFT JOIN items i ON i.id = c.item_id
         LEFT JOIN offices o ON o.id = i.office_id
         LEFT JOIN jurisdictions j ON j.id = d.jurisdiction_id
        WHERE c.id > ? ${roles ? `AND c.role IN (${roles.map(() => '?').join(', ')})` : ''}
        ORDER BY c.id LIMIT ${BLOCK}`,
    );
  for (let after = 0; ; ) {
    const block = page.all(after, ...(roles ?? [])) as Record<string, unknown>[];
    if (block.length === 0) return;
    after = block[block.length - 1].id as number;
    const byCitation = new Map<number, StoredRef[]>();
    for (const r of refs.all(block[0].id, block[block.length - 1].id) as Record<string, unknown>[]) {
      const list = byCitation.get(r.citation_id as number) ?? [];
      list.push({ article: r.article as number | null, suffix: r.article_suffix as number | null, paragraph: r.paragraph as number | null, point: r.point as number | null, articleId: r.article_id as number | null });
      byCitation.set(r.citation_id as number, list);
    }
    for (const r of block) {
      yield {
        id: r.id as number,
        itemId: r.item_id as number | null,
        documentId: r.document_id as number,
        role: r.role as string,
        field: r.field as string,
        start: r.start as number,
        end: r.end as number,
        text: r.text as string,
        law: r.law as string | null,
        version: r.version as string | null,
        documentNumber: r.document_number as number | null,
        quote: r.quote as string | null,
        refs: (byCitation.get(r.id as number) ?? []).filter((x) => x.article !== null),
        place: {
          jurisdiction: r.jname ? { name: r.jname as string, code: r.jcode as string | null, level: r.jlevel as string | null } : null,
          office: r.office as string | null,
          document: r.document as string,
          item: r.item_id !== null ? { seq: r.seq as number | null, name: r.item as string } : null,
        },
        level: r.jlevel as string | null,
        published: r.published as string | null,
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
