/**
 * `cites`: which items, in which offices and jurisdictions, rely on a provision. A citation
 * of 第六十八条第二款 counts for 第六十八条 (roll-up) unless `exact`. With a date, the query is
 * read in the version in force then and followed through the correspondences between
 * versions, so an item citing 2016 第五十九条 is found by a query for 2025 第六十一条.
 */
import { findCitations } from '../cite/find.js';
import type { Ref } from '../cite/types.js';
import type { DB } from './db.js';
import { findLaw, versionAt } from './laws.js';

export interface CitesOptions {
  exact?: boolean;
  /** The date the query citation was written: read it in the version in force then. */
  at?: string;
  /** Also items whose quoted text refers to the provision, or whose cited article's text does. */
  viaQuote?: boolean;
  /**
   * At most this many items, in the order the store holds them (an interactive first page;
   * `more` says whether there are others). Without it, every item, sorted by document.
   */
  limit?: number;
}

export interface CitingItem {
  jurisdiction: { name: string; code: string | null; level: string | null } | null;
  office: string | null;
  document: string;
  seq: number | null;
  name: string;
  role: string;
  /** How the item reaches the provision: cited it, quotes it, or cites an article that refers to it. */
  via: 'cites' | 'quote' | 'statute';
  cited: { law: string | null; version: string | null; article: number | null; paragraph: number | null; item: number | null };
}

export interface CitesAnswer {
  query: { text: string; law: string | null; version: string | null; refs: Ref[] };
  /** Every (version, article) the query stands for, through the correspondences. */
  provisions: { version: string | null; article: number; suffix: number | null; paragraph: number | null; point: number | null }[];
  items: CitingItem[];
  /** With a limit: whether more items rely on the provision than were returned. */
  more: boolean;
}

export class QueryError extends Error {}

interface Target {
  version: string | null;
  article: number;
  suffix: number | null;
  paragraph: number | null;
  point: number | null;
}

export function cites(db: DB, citation: string, options: CitesOptions = {}): CitesAnswer {
  const parsed = findCitations(citation).find((c) => c.refs.length > 0 && c.law);
  if (!parsed) throw new QueryError(`no article citation with a law in "${citation}" (write it like 《网络安全法》第六十八条)`);
  const law = findLaw(db, parsed.law!);
  const lawTitle = law?.title ?? parsed.law!;
  let queryVersion: string | null = null;
  const targets: Target[] = [];
  for (const ref of parsed.refs) {
    if (ref.article === null) continue;
    const base = { article: ref.article, suffix: ref.articleSuffix, paragraph: ref.paragraph, point: ref.item };
    if (options.at && law) {
      const v = versionAt(law, options.at);
      if (!v) throw new QueryError(`${lawTitle} had no version in force on ${options.at}`);
      queryVersion = v.adopted;
      targets.push(...equivalents(db, law.id, { version: v.adopted, ...base }));
    } else {
      targets.push({ version: null, ...base });
    }
  }

  const roles = ['basis', 'accountability', ...(options.viaQuote ? ['in_quote'] : [])];
  const items = new Map<number, CitingItem>();
  const select = `
    SELECT i.id AS item_id, j.name AS jname, j.code AS jcode, j.level AS jlevel, o.name AS office, d.path AS document,
           i.seq, i.name, c.role, r.law, r.version, r.article, r.paragraph, r.point
      FROM refs r JOIN citations c ON c.id = r.citation_id
      JOIN items i ON i.id = r.item_id JOIN documents d ON d.id = i.document_id
      LEFT JOIN jurisdictions j ON j.id = d.jurisdiction_id LEFT JOIN offices o ON o.id = i.office_id`;
  const limit = options.limit ?? Infinity;
  let more = false;
  /** Adds the items of the rows until the limit; false once it is reached. */
  const add = (rows: Iterable<Record<string, unknown>>, via: CitingItem['via']): boolean => {
    for (const r of rows) {
      const id = r.item_id as number;
      if (items.has(id)) continue;
      if (items.size >= limit) {
        more = true;
        return false;
      }
      items.set(id, {
        jurisdiction: r.jname ? { name: r.jname as string, code: r.jcode as string | null, level: r.jlevel as string | null } : null,
        office: r.office as string | null,
        document: r.document as string,
        seq: r.seq as number | null,
        name: r.name as string,
        role: r.role as string,
        via: via === 'cites' && r.role === 'in_quote' ? 'quote' : via,
        cited: { law: r.law as string | null, version: r.version as string | null, article: r.article as number | null, paragraph: r.paragraph as number | null, item: r.point as number | null },
      });
    }
    return true;
  };
  // A full answer is sorted; a first page is read in index order and stops early.
  const order = (sort: string) => (options.limit === undefined ? ` ORDER BY ${sort}` : '');
  const rows = (sql: string, params: unknown[]) =>
    options.limit === undefined ? (db.prepare(sql).all(...params) as Record<string, unknown>[]) : (db.prepare(sql).iterate(...params) as Iterable<Record<string, unknown>>);
  const rolePlaceholders = roles.map(() => '?').join(', ');
  for (const t of targets) {
    const conditions = ['r.law = ?', 'r.article = ?', 'r.article_suffix IS ?', `c.role IN (${rolePlaceholders})`];
    const params: unknown[] = [lawTitle, t.article, t.suffix, ...roles];
    if (t.version !== null) {
      conditions.push('r.version = ?');
      params.push(t.version);
    }
    if (options.exact) {
      conditions.push('r.paragraph IS ?', 'r.point IS ?');
      params.push(t.paragraph, t.point);
    } else {
      if (t.paragraph !== null) conditions.push('r.paragraph = ?'), params.push(t.paragraph);
      if (t.point !== null) conditions.push('r.point = ?'), params.push(t.point);
    }
    // Basis before quotes, so an item that both cites and quotes is listed as citing.
    if (!add(rows(`${select} WHERE ${conditions.join(' AND ')}${order("c.role = 'in_quote', d.path, i.seq, i.id")}`, params), 'cites')) break;
    if (options.viaQuote) {
      // Items citing an article whose statute text refers to the provision.
      const linking = db
        .prepare(
          `SELECT DISTINCT v.adopted, al.from_article, al.from_suffix FROM article_links al
             JOIN versions v ON v.id = al.version_id JOIN laws l ON l.id = v.law_id
            WHERE l.title = ? AND al.to_article = ? AND al.to_suffix IS ? ${t.version !== null ? 'AND v.adopted = ?' : ''}`,
        )
        .all(...[lawTitle, t.article, t.suffix, ...(t.version !== null ? [t.version] : [])]) as { adopted: string; from_article: number; from_suffix: number | null }[];
      for (const l of linking) {
        const sql = `${select} WHERE r.law = ? AND r.version = ? AND r.article = ? AND r.article_suffix IS ? AND c.role = 'basis'${order('d.path, i.seq, i.id')}`;
        if (!add(rows(sql, [lawTitle, l.adopted, l.from_article, l.from_suffix]), 'statute')) break;
      }
      if (more) break;
    }
  }
  const sorted = [...items.values()].sort((a, b) => a.document.localeCompare(b.document) || (a.seq ?? 0) - (b.seq ?? 0));
  return {
    query: { text: parsed.text, law: lawTitle, version: queryVersion, refs: parsed.refs },
    provisions: targets,
    items: sorted,
    more,
  };
}

/**
 * The provision in its own version and every provision that corresponds to it in the other
 * versions, following correspondences in both directions. A 款 or 项 is carried over only
 * where the article is unchanged or merely renumbered.
 */
export function equivalents(db: DB, lawId: number, start: Target): Target[] {
  const step = db.prepare(
    `SELECT vf.adopted AS from_v, vt.adopted AS to_v, c.from_article, c.from_suffix, c.to_article, c.to_suffix, c.change
       FROM correspondences c JOIN versions vf ON vf.id = c.from_version_id JOIN versions vt ON vt.id = c.to_version_id
      WHERE vf.law_id = ? AND ((vf.adopted = ? AND c.from_article = ? AND c.from_suffix IS ?) OR (vt.adopted = ? AND c.to_article = ? AND c.to_suffix IS ?))`,
  );
  const seen = new Map<string, Target>();
  const queue: Target[] = [start];
  const id = (t: Target) => `${t.version}|${t.article}|${t.suffix}`;
  seen.set(id(start), start);
  while (queue.length) {
    const t = queue.shift()!;
    for (const c of step.all(lawId, t.version, t.article, t.suffix, t.version, t.article, t.suffix) as Record<string, unknown>[]) {
      const forward = c.from_v === t.version && c.from_article === t.article;
      const version = (forward ? c.to_v : c.from_v) as string;
      const article = (forward ? c.to_article : c.from_article) as number | null;
      const suffix = (forward ? c.to_suffix : c.from_suffix) as number | null;
      if (article === null) continue;
      const sameShape = c.change === 'unchanged' || c.change === 'renumbered';
      const next: Target = { version, article, suffix, paragraph: sameShape ? t.paragraph : null, point: sameShape ? t.point : null };
      if (!seen.has(id(next))) {
        seen.set(id(next), next);
        queue.push(next);
      }
    }
  }
  return [...seen.values()];
}
