/** Reading items back out of the store, for `fatiao items`. */
import type { DB } from './db.js';

export interface ItemRow {
  id: number;
  document: string;
  jurisdiction: { name: string; code: string | null; level: string | null } | null;
  seq: number | null;
  name: string;
  type: string | null;
  typeOriginal: string | null;
  subject: string | null;
  handlingUnit: string | null;
  level: string | null;
  code: string | null;
  citations: { law: string | null; article: number | null; articleSuffix: number | null; paragraph: number | null; item: number | null; role: string }[];
}

export interface ItemFilter {
  /** A jurisdiction's name (凉州区, 凉州) or GB/T 2260 code (620602). */
  jurisdiction?: string;
  type?: string;
  document?: string;
}

export function listItems(db: DB, filter: ItemFilter = {}): ItemRow[] {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (filter.jurisdiction) {
    where.push('(j.code = @j OR j.name = @j OR j.name LIKE @jp)');
    params.j = filter.jurisdiction;
    params.jp = `${filter.jurisdiction.replace(/[%_]/g, '')}%`;
  }
  if (filter.type) {
    where.push('(i.type = @type OR i.type_original = @type)');
    params.type = filter.type;
  }
  if (filter.document) {
    where.push('(d.path = @doc OR d.path LIKE @docSuffix)');
    params.doc = filter.document;
    params.docSuffix = `%/${filter.document.replace(/[%_]/g, '')}`;
  }
  const rows = db
    .prepare(
      `SELECT i.id, d.path AS document, j.name AS jname, j.code AS jcode, j.level AS jlevel, i.seq, i.name, i.type,
              i.type_original, o.name AS subject, i.handling_unit, i.level, i.code
         FROM items i JOIN documents d ON d.id = i.document_id
         LEFT JOIN jurisdictions j ON j.id = d.jurisdiction_id
         LEFT JOIN offices o ON o.id = i.office_id
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY d.path, i.seq, i.id`,
    )
    .all(params) as Record<string, unknown>[];
  const refs = db.prepare(
    `SELECT r.law, r.article, r.article_suffix, r.paragraph, r.point, c.role
       FROM citations c JOIN refs r ON r.citation_id = c.id
      WHERE c.item_id = ? ORDER BY c.start, c.id, r.n`,
  );
  return rows.map((r) => ({
    id: r.id as number,
    document: r.document as string,
    jurisdiction: r.jname ? { name: r.jname as string, code: r.jcode as string | null, level: r.jlevel as string | null } : null,
    seq: r.seq as number | null,
    name: r.name as string,
    type: r.type as string | null,
    typeOriginal: r.type_original as string | null,
    subject: r.subject as string | null,
    handlingUnit: r.handling_unit as string | null,
    level: r.level as string | null,
    code: r.code as string | null,
    citations: (refs.all(r.id) as Record<string, unknown>[]).map((x) => ({
      law: x.law as string | null,
      article: x.article as number | null,
      articleSuffix: x.article_suffix as number | null,
      paragraph: x.paragraph as number | null,
      item: x.point as number | null,
      role: x.role as string,
    })),
  }));
}
