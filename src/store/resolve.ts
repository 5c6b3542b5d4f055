/**
 * Resolving citations against the statute registry (eyecite's resolve_citations): which law
 * each citation names, which version of it the list read, and which article of that version
 * each reference is. New documents are resolved as they are saved; `resolveCitations`
 * re-resolves what is stored after laws are imported.
 *
 * The version a citation reads in is, in order: the version its notes name by a date
 * (（2016年11月7日通过）); the version in force on the document's date; the version whose text
 * its quote matches best; else the current version. Within one field of an item the version
 * chosen for a law holds for the later citations of that law that say nothing of their own
 * (第六十条 after 《网络安全法》（…通过）第五十九条, and every reference inside the quotes).
 */
import { readNotes } from '../cite/notes.js';
import { textSimilarity } from '../laws/similarity.js';
import type { DB } from './db.js';

interface VersionInfo {
  adopted: string;
  effective: string | null;
  id: number;
}

interface LawInfo {
  title: string;
  versions: VersionInfo[];
}

/** What resolution needs to know of a citation. */
export interface CitationToResolve {
  law: string | null;
  role: string;
  notes?: readonly string[] | null;
  quote?: string | null;
  refs: readonly { article: number | null; articleSuffix: number | null }[];
}

export interface Resolved {
  /** The registry's canonical title, or the citation's own when the registry lacks the law. */
  law: string | null;
  version: string | null;
  /** The article row of each ref in that version, or null. */
  articleIds: (number | null)[];
}

export class CitationResolver {
  private readonly laws = new Map<string, LawInfo | null>();
  private readonly articleIds = new Map<string, number | null>();
  private readonly quoteVersions = new Map<string, string | null>();
  private readonly lawQuery;
  private readonly versionsQuery;
  private readonly articleQuery;
  private readonly articleTextQuery;

  constructor(db: DB, private readonly today = new Date().toISOString().slice(0, 10)) {
    this.lawQuery = db.prepare(
      `SELECT l.id, l.title FROM laws l WHERE l.title = ?
       UNION ALL SELECT l.id, l.title FROM laws l JOIN law_aliases a ON a.law_id = l.id WHERE a.alias = ? LIMIT 1`,
    );
    this.versionsQuery = db.prepare('SELECT id, adopted, effective FROM versions WHERE law_id = ? ORDER BY adopted');
    this.articleQuery = db.prepare('SELECT id FROM articles WHERE version_id = ? AND number = ? AND suffix IS ?');
    this.articleTextQuery = db.prepare('SELECT text FROM articles WHERE version_id = ? AND number = ? AND suffix IS ?');
  }

  private law(title: string): LawInfo | null {
    if (!this.laws.has(title)) {
      const row = this.lawQuery.get(title, title) as { id: number; title: string } | undefined;
      this.laws.set(title, row ? { title: row.title, versions: this.versionsQuery.all(row.id) as VersionInfo[] } : null);
    }
    return this.laws.get(title)!;
  }

  private articleId(versionId: number, article: number, suffix: number | null): number | null {
    const k = `${versionId}|${article}|${suffix}`;
    if (!this.articleIds.has(k)) this.articleIds.set(k, (this.articleQuery.get(versionId, article, suffix) as { id: number } | undefined)?.id ?? null);
    return this.articleIds.get(k)!;
  }

  /**
   * Resolves the citations of one field of one item, in text order (the version chosen for a
   * law carries over to the citations after it).
   */
  resolveField(citations: readonly CitationToResolve[], published: string | null): Resolved[] {
    const chosen = new Map<string, string | null>();
    return citations.map((c) => {
      const law = c.law ? this.law(c.law) : null;
      if (!law) return { law: c.law, version: null, articleIds: c.refs.map(() => null) };
      let version: string | null = null;
      if (law.versions.length) {
        const inherited = chosen.get(law.title);
        if (inherited !== undefined && (c.role === 'in_quote' || !c.notes?.length)) version = inherited;
        else {
          version = this.chooseVersion(law, c, published);
          chosen.set(law.title, version);
        }
      }
      const vid = law.versions.find((v) => v.adopted === version)?.id;
      return {
        law: law.title,
        version,
        articleIds: c.refs.map((r) => (vid !== undefined && r.article !== null ? this.articleId(vid, r.article, r.articleSuffix) : null)),
      };
    });
  }

  private chooseVersion(law: LawInfo, c: CitationToResolve, published: string | null): string {
    const versions = law.versions;
    if (versions.length === 1) return versions[0].adopted;
    // 1. The notes name the version: the latest any of their dates names
    //    (（2000年9月25日国务院令第292号公布，2011年1月8日修订施行）).
    if (c.notes?.length) {
      const dates = new Set(readNotes(c.notes).dates);
      const named = versions.filter((v) => dates.has(v.adopted) || (v.effective !== null && dates.has(v.effective)));
      if (named.length) return named[named.length - 1].adopted;
    }
    // 2. The version in force when the list was written.
    if (published) {
      const inForce = versions.filter((v) => (v.effective ?? v.adopted) <= published);
      if (inForce.length) return inForce[inForce.length - 1].adopted;
    }
    // 3. The version whose text the quote matches.
    const article = c.refs.find((r) => r.article !== null);
    if (c.quote && article) {
      const key = `${law.title}|${article.article}|${article.articleSuffix}|${c.quote}`;
      if (!this.quoteVersions.has(key)) {
        let best: { adopted: string; score: number } | null = null;
        for (const v of versions) {
          const a = this.articleTextQuery.get(v.id, article.article, article.articleSuffix) as { text: string } | undefined;
          if (!a) continue;
          const score = textSimilarity(c.quote, a.text);
          if (!best || score > best.score) best = { adopted: v.adopted, score };
        }
        this.quoteVersions.set(key, best && best.score >= 0.5 ? best.adopted : null);
      }
      const byQuote = this.quoteVersions.get(key);
      if (byQuote) return byQuote;
    }
    // 4. The current version.
    const current = versions.filter((v) => (v.effective ?? v.adopted) <= this.today);
    return (current[current.length - 1] ?? versions[versions.length - 1]).adopted;
  }
}

/** Re-resolves every stored citation (after laws are imported). Returns how many. */
export function resolveCitations(db: DB, today?: string): number {
  const resolver = new CitationResolver(db, today);
  const citations = db
    .prepare(
      `SELECT c.id, c.item_id, c.document_id, c.field, c.law, c.law_as_written, c.role, c.notes, c.quote, d.published
         FROM citations c JOIN documents d ON d.id = c.document_id ORDER BY c.document_id, c.item_id, c.field, c.start`,
    )
    .all() as Record<string, unknown>[];
  const refsOf = db.prepare('SELECT n, article, article_suffix FROM refs WHERE citation_id = ? ORDER BY n');
  const setCitation = db.prepare('UPDATE citations SET law = ?, version = ? WHERE id = ?');
  const setRef = db.prepare('UPDATE refs SET law = ?, version = ?, article_id = ? WHERE citation_id = ? AND n = ?');
  db.transaction(() => {
    for (let i = 0; i < citations.length; ) {
      // One field of one item at a time, in text order.
      let j = i;
      while (j < citations.length && citations[j].item_id === citations[i].item_id && citations[j].field === citations[i].field && citations[j].document_id === citations[i].document_id) j++;
      const group = citations.slice(i, j).map((c) => ({ row: c, refs: refsOf.all(c.id) as { n: number; article: number | null; article_suffix: number | null }[] }));
      const resolved = resolver.resolveField(
        group.map(({ row, refs }) => ({
          law: row.law as string | null,
          role: row.role as string,
          notes: row.notes ? (JSON.parse(row.notes as string) as string[]) : null,
          quote: row.quote as string | null,
          refs: refs.map((r) => ({ article: r.article, articleSuffix: r.article_suffix })),
        })),
        group[0].row.published as string | null,
      );
      group.forEach(({ row, refs }, k) => {
        setCitation.run(resolved[k].law, resolved[k].version, row.id);
        refs.forEach((r, n) => setRef.run(resolved[k].law, resolved[k].version, resolved[k].articleIds[n], row.id, r.n));
      });
      i = j;
    }
  }).immediate();
  return citations.length;
}
