/**
 * Building the graphology graph from the store: all of it, or the part one jurisdiction or
 * one law touches. Articles appear when something cites them, when a cited article refers to
 * them, or when they correspond to one of those in another version.
 */
import { MultiDirectedGraph } from 'graphology';
import type { DB } from '../store/db.js';
import { eId, key, provisionLabel, type EdgeAttributes, type NodeAttributes } from './model.js';

export type CitationGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

export interface GraphFilter {
  /** A jurisdiction's name or code. */
  jurisdiction?: string;
  /** A law's title or alias. */
  law?: string;
}

export function buildGraph(db: DB, filter: GraphFilter = {}): CitationGraph {
  const graph: CitationGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>({ allowSelfLoops: false });
  const addNode = (k: string, attrs: NodeAttributes) => graph.mergeNode(k, attrs);
  const addEdge = (from: string, to: string, attrs: EdgeAttributes) => {
    if (from !== to) graph.addEdge(from, to, attrs);
  };

  const lawTitle = filter.law ? resolveLaw(db, filter.law) : null;
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.jurisdiction) {
    where.push('(j.code = ? OR j.name = ? OR j.name LIKE ?)');
    params.push(filter.jurisdiction, filter.jurisdiction, `${filter.jurisdiction.replace(/[%_]/g, '')}%`);
  }
  if (lawTitle) {
    where.push('r.law = ?');
    params.push(lawTitle);
  }

  const rows = db
    .prepare(
      `SELECT j.code AS jcode, j.name AS jname, j.level AS jlevel, o.id AS office_id, o.name AS office,
              i.id AS item_id, i.seq, i.name AS item, i.type, d.path AS document,
              c.role, c.quote, c.text AS cited_as, r.law, r.version, r.article, r.article_suffix, r.paragraph, r.point
         FROM refs r JOIN citations c ON c.id = r.citation_id
         JOIN items i ON i.id = r.item_id
         JOIN documents d ON d.id = i.document_id
         LEFT JOIN jurisdictions j ON j.id = d.jurisdiction_id
         LEFT JOIN offices o ON o.id = i.office_id
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY i.id, c.start, r.citation_id, r.n`,
    )
    .all(...params) as Record<string, unknown>[];

  const citedArticles = new Map<string, { law: string; version: string | null; article: number; suffix: number | null }>();
  for (const r of rows) {
    const jKey = r.jname ? key.jurisdiction((r.jcode as string) ?? (r.jname as string)) : null;
    if (jKey) addNode(jKey, { type: 'jurisdiction', label: r.jname as string, code: r.jcode, level: r.jlevel });
    const itemKey = key.item(r.item_id as number);
    addNode(itemKey, { type: 'item', label: r.item as string, seq: r.seq, powerType: r.type, document: r.document, jurisdiction: r.jname ?? null });
    if (r.office_id !== null) {
      const oKey = key.office(r.office_id as number);
      if (!graph.hasNode(oKey)) {
        addNode(oKey, { type: 'office', label: r.office as string, jurisdiction: r.jname ?? null });
        if (jKey) addEdge(jKey, oKey, { type: 'contains' });
      }
      if (!graph.someEdge(oKey, itemKey, () => true)) addEdge(oKey, itemKey, { type: 'exercises' });
    }
    const law = r.law as string | null;
    if (!law) continue;
    const version = r.version as string | null;
    const target = addProvisionPath(graph, law, version, r.article as number | null, r.article_suffix as number | null, r.paragraph as number | null, r.point as number | null);
    addEdge(itemKey, target, { type: 'relies-on', role: r.role, quote: r.quote ?? null, citedAs: r.cited_as });
    if (r.article !== null) {
      citedArticles.set(key.provision('article', law, version, eId(r.article as number, r.article_suffix as number | null)), {
        law, version, article: r.article as number, suffix: r.article_suffix as number | null,
      });
    }
  }
  addStatuteEdges(db, graph, citedArticles);
  return graph;
}

/** Adds law → version → article → paragraph → point nodes as needed; returns the deepest. */
export function addProvisionPath(
  graph: CitationGraph, law: string, version: string | null, article: number | null, suffix: number | null,
  paragraph: number | null, point: number | null,
): string {
  const lawKey = key.law(law);
  graph.mergeNode(lawKey, { type: 'law', label: law });
  const vKey = key.version(law, version);
  if (!graph.hasNode(vKey)) {
    graph.addNode(vKey, { type: 'version', label: `${law.replace(/^中华人民共和国/, '')} ${version ?? '(版本不明)'}`, law, adopted: version });
    graph.addEdge(lawKey, vKey, { type: 'contains' });
  }
  if (article === null) return lawKey;
  let parent = vKey;
  const levels: ['article' | 'paragraph' | 'point', number | null, number | null][] = [
    ['article', null, null],
    ['paragraph', paragraph, null],
    ['point', paragraph, point],
  ];
  for (const [type, para, pt] of levels) {
    if (type === 'paragraph' && paragraph === null) continue;
    if (type === 'point' && point === null) break;
    const id = eId(article, suffix, type === 'article' ? null : para, type === 'point' ? pt : null);
    const k = key.provision(type, law, version, id);
    if (!graph.hasNode(k)) {
      graph.addNode(k, {
        type, label: provisionLabel(article, suffix, type === 'article' ? null : para, type === 'point' ? pt : null),
        law, version, article, suffix, paragraph: type === 'article' ? null : para, point: type === 'point' ? pt : null, eId: id,
      });
      graph.addEdge(parent, k, { type: 'contains' });
    }
    parent = k;
  }
  return parent;
}

/** refers-to edges from cited articles, and corresponds-to edges across versions. */
function addStatuteEdges(
  db: DB, graph: CitationGraph,
  cited: Map<string, { law: string; version: string | null; article: number; suffix: number | null }>,
): void {
  const links = db.prepare(
    `SELECT al.to_article, al.to_suffix, al.text FROM article_links al
       JOIN versions v ON v.id = al.version_id JOIN laws l ON l.id = v.law_id
      WHERE l.title = ? AND v.adopted = ? AND al.from_article = ? AND al.from_suffix IS ?`,
  );
  const corr = db.prepare(
    `SELECT vf.adopted AS from_v, vt.adopted AS to_v, c.from_article, c.from_suffix, c.to_article, c.to_suffix, c.change, c.penalties_changed
       FROM correspondences c JOIN versions vf ON vf.id = c.from_version_id JOIN versions vt ON vt.id = c.to_version_id
       JOIN laws l ON l.id = vf.law_id
      WHERE l.title = ? AND ((vf.adopted = ? AND c.from_article = ? AND c.from_suffix IS ?) OR (vt.adopted = ? AND c.to_article = ? AND c.to_suffix IS ?))`,
  );
  for (const [k, a] of cited) {
    if (!a.version) continue;
    for (const l of links.all(a.law, a.version, a.article, a.suffix) as { to_article: number; to_suffix: number | null; text: string }[]) {
      const to = addProvisionPath(graph, a.law, a.version, l.to_article, l.to_suffix, null, null);
      if (to !== k && !graph.someEdge(k, to, (_e, attrs) => attrs.type === 'refers-to')) graph.addEdge(k, to, { type: 'refers-to', text: l.text });
    }
    for (const c of corr.all(a.law, a.version, a.article, a.suffix, a.version, a.article, a.suffix) as Record<string, unknown>[]) {
      if (c.from_article === null || c.to_article === null) continue;
      const from = addProvisionPath(graph, a.law, c.from_v as string, c.from_article as number, c.from_suffix as number | null, null, null);
      const to = addProvisionPath(graph, a.law, c.to_v as string, c.to_article as number, c.to_suffix as number | null, null, null);
      if (from !== to && !graph.someEdge(from, to, (_e, attrs) => attrs.type === 'corresponds-to')) {
        graph.addEdge(from, to, { type: 'corresponds-to', change: c.change, penaltiesChanged: c.penalties_changed === 1 });
      }
    }
  }
}

function resolveLaw(db: DB, title: string): string {
  const row = db
    .prepare('SELECT l.title FROM laws l LEFT JOIN law_aliases a ON a.law_id = l.id WHERE l.title = ? OR a.alias = ? LIMIT 1')
    .get(title, title) as { title: string } | undefined;
  return row?.title ?? title;
}
