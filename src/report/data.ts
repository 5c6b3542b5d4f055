/**
 * Computing the report's data from the store: the summary, the findings of `check` and
 * `mismatches`, per law and article who relies on it, the coverage matrix, the charts' series,
 * the citation graph with a layout, and each document's text with its citations resolved.
 */
import forceAtlas2Module from 'graphology-layout-forceatlas2';
import { circular } from 'graphology-layout';
import { findCitations } from '../cite/find.js';
import { runChecks } from '../checks/check.js';
import type { Finding } from '../checks/findings.js';
import { SEVERITY_ORDER } from '../checks/findings.js';
import { runMismatches } from '../checks/mismatches.js';
import { buildGraph, type CitationGraph } from '../graph/build.js';
import { eId, key, provisionLabel } from '../graph/model.js';
import type { DB } from '../store/db.js';
import { currentVersion, findLaw, type StoredLaw } from '../store/laws.js';
import { CitationResolver } from '../store/resolve.js';
import type { ReportAnnotation, ReportArticle, ReportData, ReportDocument, ReportLaw } from './model.js';

export interface ReportOptions {
  law?: string;
  jurisdiction?: string;
  asOf?: string;
  title?: string;
}

// The package is CommonJS: its module object is the layout function itself.
const forceAtlas2 = forceAtlas2Module as unknown as (typeof forceAtlas2Module)['default'];

/** Node colours by type, shared by the page's legend. */
export const NODE_COLORS: Record<string, string> = {
  jurisdiction: '#1f77b4', office: '#17becf', item: '#2ca02c', law: '#d62728', version: '#ff7f0e', article: '#9467bd', paragraph: '#8c564b', point: '#e377c2',
};

export function buildReportData(db: DB, options: ReportOptions = {}): ReportData {
  const asOf = options.asOf ?? new Date().toISOString().slice(0, 10);
  const lawFilter = options.law ? (findLaw(db, options.law)?.title ?? options.law) : null;
  const j = options.jurisdiction ?? null;
  const jMatch = (name: string | null | undefined, code?: string | null) => !j || name === j || code === j || (!!name && name.startsWith(j));

  const findings = [
    ...runChecks(db, { asOf }).map((f) => ({ ...f, source: 'check' as const })),
    ...runMismatches(db).map((f) => ({ ...f, source: 'mismatches' as const })),
  ]
    .filter((f) => !lawFilter || f.citation?.law === lawFilter)
    .filter((f) => !j || f.jurisdiction === null || jMatch(f.jurisdiction.name, f.jurisdiction.code))
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);

  const refs = db
    .prepare(
      `SELECT r.law, r.version, r.article, r.article_suffix, r.paragraph, r.point, r.article_id, c.role, c.text AS cited_as,
              i.seq, i.name AS item, d.path AS document, j.name AS jname, j.code AS jcode, o.name AS office
         FROM refs r JOIN citations c ON c.id = r.citation_id JOIN documents d ON d.id = c.document_id
         LEFT JOIN items i ON i.id = c.item_id LEFT JOIN offices o ON o.id = i.office_id
         LEFT JOIN jurisdictions j ON j.id = d.jurisdiction_id
        WHERE c.role IN ('basis', 'accountability', 'document') ORDER BY r.law, r.version, r.article, d.path, i.seq`,
    )
    .all() as Record<string, unknown>[];
  const selected = refs.filter((r) => (!lawFilter || r.law === lawFilter) && jMatch(r.jname as string | null, r.jcode as string | null));

  const laws = lawSections(db, selected, asOf);
  const coverage = coverageMatrix(selected);
  const graph = layoutGraph(buildGraph(db, { law: lawFilter ?? undefined, jurisdiction: j ?? undefined }));
  const documents = documentViews(db, j, laws);

  const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
  const perJurisdiction = new Map<string, { high: number; medium: number; low: number }>();
  for (const f of findings) {
    const name = f.jurisdiction?.name ?? '(across jurisdictions)';
    const e = perJurisdiction.get(name) ?? { high: 0, medium: 0, low: 0 };
    e[f.severity]++;
    perJurisdiction.set(name, e);
  }
  return {
    title: options.title ?? `法条引用核查报告${lawFilter ? ` — ${lawFilter}` : ''}${j ? ` — ${j}` : ''}`,
    generatedAt: new Date().toISOString(),
    asOf,
    filter: { law: lawFilter, jurisdiction: j },
    summary: {
      documents: documents.length,
      jurisdictions: new Set(documents.map((d) => d.jurisdiction).filter(Boolean)).size,
      offices: j ? new Set(selected.map((r) => r.office).filter(Boolean)).size : count('SELECT count(*) AS n FROM offices'),
      items: new Set(selected.filter((r) => r.item).map((r) => `${r.document}|${r.seq}|${r.item}`)).size,
      citations: new Set(selected.map((r) => `${r.document}|${r.seq}|${r.cited_as}`)).size,
      findings: {
        high: findings.filter((f) => f.severity === 'high').length,
        medium: findings.filter((f) => f.severity === 'medium').length,
        low: findings.filter((f) => f.severity === 'low').length,
      },
    },
    findings,
    laws,
    coverage,
    charts: {
      citationsPerLaw: laws.map((l) => ({ law: l.title, count: l.citations })).sort((a, b) => b.count - a.count),
      findingsPerJurisdiction: [...perJurisdiction].map(([jurisdiction, c]) => ({ jurisdiction, ...c })),
    },
    graph: graph.export() as ReportData['graph'],
    documents,
  };
}

function lawSections(db: DB, refs: Record<string, unknown>[], asOf: string): ReportLaw[] {
  const articleText = db.prepare('SELECT text FROM articles WHERE id = ?');
  const articleIn = db.prepare('SELECT a.id, a.text FROM articles a WHERE a.version_id = ? AND a.number = ? AND a.suffix IS ?');
  const forward = db.prepare(
    `SELECT vt.adopted AS to_v, c.to_article, c.to_suffix, c.change, c.penalties_changed FROM correspondences c
       JOIN versions vf ON vf.id = c.from_version_id JOIN versions vt ON vt.id = c.to_version_id
      WHERE vf.law_id = ? AND vf.adopted = ? AND c.from_article = ? AND c.from_suffix IS ?`,
  );
  const byLaw = new Map<string, Record<string, unknown>[]>();
  for (const r of refs) {
    const law = r.law as string | null;
    if (!law) continue;
    byLaw.set(law, [...(byLaw.get(law) ?? []), r]);
  }
  const out: ReportLaw[] = [];
  for (const [title, rows] of byLaw) {
    const stored = findLaw(db, title);
    const articles = new Map<string, ReportArticle>();
    for (const r of rows) {
      if (r.article === null) continue;
      const version = r.version as string | null;
      const k = key.provision('article', title, version, eId(r.article as number, r.article_suffix as number | null));
      let a = articles.get(k);
      if (!a) {
        a = {
          key: k, law: title, version, article: r.article as number, suffix: r.article_suffix as number | null,
          label: provisionLabel(r.article as number, r.article_suffix as number | null),
          text: r.article_id !== null ? ((articleText.get(r.article_id) as { text: string } | undefined)?.text ?? null) : null,
          current: stored && version ? whereNow(stored, version, r.article as number, r.article_suffix as number | null, asOf, forward, articleIn) : null,
          citedBy: [],
        };
        articles.set(k, a);
      }
      a.citedBy.push({
        jurisdiction: r.jname as string | null, office: r.office as string | null, document: r.document as string,
        seq: r.seq as number | null, item: (r.item as string | null) ?? '(the document)', role: r.role as string,
        citedAs: r.cited_as as string, paragraph: r.paragraph as number | null, point: r.point as number | null,
      });
    }
    const current = stored ? currentVersion(stored, asOf) : null;
    out.push({
      title,
      rank: stored?.rank ?? null,
      status: stored?.repeal ? (stored.repeal.kind === 'superseded' ? `superseded ${stored.repeal.date}` : `repealed ${stored.repeal.date}`) : current?.status ?? null,
      versions: stored?.versions.map((v) => ({ adopted: v.adopted, effective: v.effective, status: v.status })) ?? [],
      citations: rows.length,
      articles: [...articles.values()].sort((x, y) => x.article - y.article || (x.version ?? '').localeCompare(y.version ?? '')),
    });
  }
  return out.sort((a, b) => b.citations - a.citations);
}

function whereNow(
  law: StoredLaw, version: string, article: number, suffix: number | null, asOf: string,
  forward: import('better-sqlite3').Statement, articleIn: import('better-sqlite3').Statement,
): ReportArticle['current'] {
  let v = version;
  let a: number | null = article;
  let s = suffix;
  let change = 'unchanged';
  let penaltiesChanged = false;
  for (let guard = 0; guard < 20 && a !== null; guard++) {
    const step = forward.get(law.id, v, a, s) as Record<string, unknown> | undefined;
    if (!step) break;
    const next = law.versions.find((x) => x.adopted === step.to_v);
    if (!next || (next.effective ?? next.adopted) > asOf) break;
    v = step.to_v as string;
    a = step.to_article as number | null;
    s = step.to_suffix as number | null;
    if (step.change !== 'unchanged') change = step.change as string;
    penaltiesChanged ||= step.penalties_changed === 1;
  }
  if (v === version) return null;
  const nextVersion = law.versions.find((x) => x.adopted === v)!;
  const text = a !== null ? ((articleIn.get(nextVersion.id, a, s) as { text: string } | undefined)?.text ?? null) : null;
  return { version: v, article: a, label: a !== null ? provisionLabel(a, s) : null, text, change, penaltiesChanged };
}

function coverageMatrix(refs: Record<string, unknown>[]): ReportData['coverage'] {
  const cells = new Map<string, Set<string>>();
  const provisions = new Map<string, string>();
  const jurisdictions = new Set<string>();
  for (const r of refs) {
    if (r.article === null || !r.item || r.role !== 'basis') continue;
    const jn = (r.jname as string | null) ?? (r.document as string);
    const law = (r.law as string).replace(/^中华人民共和国/, '');
    const p = key.provision('article', r.law as string, r.version as string | null, eId(r.article as number, r.article_suffix as number | null));
    provisions.set(p, `${law} ${provisionLabel(r.article as number, r.article_suffix as number | null)}${r.version ? ` (${(r.version as string).slice(0, 4)})` : ''}`);
    jurisdictions.add(jn);
    const k = `${jn}|${p}`;
    const items = cells.get(k) ?? new Set<string>();
    items.add(`${r.document}|${r.seq}`);
    cells.set(k, items);
  }
  const js = [...jurisdictions].sort((a, b) => a.localeCompare(b, 'zh'));
  const ps = [...provisions].sort((a, b) => a[1].localeCompare(b[1], 'zh', { numeric: true }));
  return {
    jurisdictions: js,
    provisions: ps.map(([k, label]) => ({ key: k, label })),
    counts: js.map((jn) => ps.map(([p]) => cells.get(`${jn}|${p}`)?.size ?? 0)),
  };
}

/** Positions from ForceAtlas2 (graphology's standard library), colours and sizes by node type. */
export function layoutGraph(graph: CitationGraph): CitationGraph {
  circular.assign(graph);
  if (graph.order > 1) {
    forceAtlas2.assign(graph, { iterations: graph.order > 2000 ? 60 : 300, settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 500 } });
  }
  graph.forEachNode((node, attrs) => {
    graph.mergeNodeAttributes(node, {
      color: NODE_COLORS[attrs.type] ?? '#999',
      size: Math.min(18, 3 + Math.sqrt(graph.degree(node)) * 1.6) + (attrs.type === 'law' || attrs.type === 'jurisdiction' ? 4 : 0),
    });
  });
  return graph;
}

/** Each document's text with its citations found again and resolved to the articles they name. */
function documentViews(db: DB, jurisdiction: string | null, laws: ReportLaw[]): ReportDocument[] {
  const docs = db
    .prepare(
      `SELECT d.id, d.path, d.title, d.layout, d.text, d.published, j.name AS jname, j.code AS jcode, (SELECT count(*) FROM items i WHERE i.document_id = d.id) AS items
         FROM documents d LEFT JOIN jurisdictions j ON j.id = d.jurisdiction_id ORDER BY d.path`,
    )
    .all() as Record<string, unknown>[];
  const articleKeys = new Set(laws.flatMap((l) => l.articles.map((a) => a.key)));
  const resolver = new CitationResolver(db);
  return docs
    .filter((d) => !jurisdiction || d.jname === jurisdiction || d.jcode === jurisdiction || (d.jname as string | null)?.startsWith(jurisdiction))
    .map((d) => ({
      path: d.path as string,
      title: d.title as string | null,
      jurisdiction: d.jname as string | null,
      layout: d.layout as string,
      items: d.items as number,
      text: d.text as string,
      annotations: annotate(db, resolver, d.text as string, d.published as string | null, articleKeys),
    }));
}

/**
 * The citations of a text, each resolved against the registry: the article it names, the
 * text of that article in the version the text reads in, and its graph key when the graph
 * has that article (`linkable`, or every article when omitted).
 */
export function annotate(db: DB, resolver: CitationResolver, text: string, published: string | null, linkable?: Set<string>): ReportAnnotation[] {
  const articleText = db.prepare('SELECT text FROM articles WHERE id = ?');
  const citations = findCitations(text);
  const resolved = resolver.resolveField(
    citations.map((c) => ({ law: c.law, role: c.heading ? 'basis' : 'in_quote', notes: c.notes ?? null, quote: null, refs: c.refs })),
    published,
  );
  return citations.map((c, i) => {
    const r = resolved[i];
    const at = c.refs.findIndex((x) => x.article !== null);
    const first = at >= 0 ? c.refs[at] : null;
    const articleId = at >= 0 ? r.articleIds[at] : null;
    const body = articleId !== null ? ((articleText.get(articleId) as { text: string } | undefined)?.text ?? null) : null;
    const target = r.law && first ? key.provision('article', r.law, r.version, eId(first.article!, first.articleSuffix)) : null;
    return {
      start: c.start,
      end: c.end,
      text: c.text,
      law: r.law,
      target: target && (!linkable || linkable.has(target)) ? target : null,
      articleText: body,
      label: `${r.law ?? '?'}${first ? ` ${provisionLabel(first.article!, first.articleSuffix, first.paragraph, first.item)}` : ''}${r.version ? ` (${r.version})` : ''}`,
      resolved: body !== null,
    };
  });
}

export type { Finding };
