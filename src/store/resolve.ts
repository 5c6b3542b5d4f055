/**
 * Resolving stored citations against the statute registry (eyecite's resolve_citations):
 * which law each citation names, which version of it the list read, and which article of
 * that version each reference is. Run after an ingest (for the new document) and after laws
 * are imported (for everything).
 *
 * The version a citation reads in is, in order: the version its notes name by date
 * (（2016年11月7日通过）); the version in force on the document's date; the version whose text
 * its quote matches best; else the current version.
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

/** Resolves the citations of one document, or of every document when `documentId` is omitted. */
export function resolveCitations(db: DB, documentId?: number, today = new Date().toISOString().slice(0, 10)): number {
  const laws = new Map<string, LawInfo | null>();
  const lawFor = (title: string): LawInfo | null => {
    if (laws.has(title)) return laws.get(title)!;
    const row = db
      .prepare(
        `SELECT l.id, l.title FROM laws l WHERE l.title = ?
         UNION ALL SELECT l.id, l.title FROM laws l JOIN law_aliases a ON a.law_id = l.id WHERE a.alias = ? LIMIT 1`,
      )
      .get(title, title) as { id: number; title: string } | undefined;
    const info = row
      ? { title: row.title, versions: db.prepare('SELECT id, adopted, effective FROM versions WHERE law_id = ? ORDER BY adopted').all(row.id) as VersionInfo[] }
      : null;
    laws.set(title, info);
    return info;
  };
  const articleText = db.prepare('SELECT id, text FROM articles WHERE version_id = ? AND number = ? AND suffix IS ?');
  const quoteCache = new Map<string, string | null>();

  const citations = db
    .prepare(
      `SELECT c.id, c.item_id, c.field, c.law, c.role, c.notes, c.quote, d.published
         FROM citations c JOIN documents d ON d.id = c.document_id
        ${documentId === undefined ? '' : 'WHERE c.document_id = ?'}
        ORDER BY c.document_id, c.item_id, c.field, c.start`,
    )
    .all(...(documentId === undefined ? [] : [documentId])) as {
    id: number; item_id: number | null; field: string; law: string | null; role: string; notes: string | null; quote: string | null; published: string | null;
  }[];
  const refsOf = db.prepare('SELECT id, article, article_suffix FROM refs WHERE citation_id = ?');
  const setCitation = db.prepare('UPDATE citations SET law = ?, version = ? WHERE id = ?');
  const setRef = db.prepare('UPDATE refs SET law = ?, version = ?, article_id = ? WHERE id = ?');

  // Within one field of an item, the version chosen for a law holds for the citations of that
  // law that follow and say nothing of their own (第六十条 after 《网络安全法》（…通过）第五十九条,
  // and every reference inside the quotes).
  const fieldVersion = new Map<string, string | null>();
  let resolved = 0;
  db.transaction(() => {
    for (const c of citations) {
      const law = c.law ? lawFor(c.law) : null;
      const title = law?.title ?? c.law;
      let version: string | null = null;
      const refs = refsOf.all(c.id) as { id: number; article: number | null; article_suffix: number | null }[];
      if (law && law.versions.length) {
        const key = `${c.item_id}|${c.field}|${law.title}`;
        const inherited = fieldVersion.get(key);
        if (inherited !== undefined && (c.role === 'in_quote' || !c.notes)) version = inherited;
        else {
          version = chooseVersion(law, c, refs, today, articleText, quoteCache);
          fieldVersion.set(key, version);
        }
      }
      setCitation.run(title, version, c.id);
      const vid = law?.versions.find((v) => v.adopted === version)?.id;
      for (const r of refs) {
        const article = vid !== undefined && r.article !== null ? (articleText.get(vid, r.article, r.article_suffix) as { id: number } | undefined) : undefined;
        setRef.run(title, version, article?.id ?? null, r.id);
      }
      resolved++;
    }
  }).immediate();
  return resolved;
}

function chooseVersion(
  law: LawInfo,
  c: { notes: string | null; quote: string | null; published: string | null },
  refs: { article: number | null; article_suffix: number | null }[],
  today: string,
  articleText: import('better-sqlite3').Statement,
  quoteCache: Map<string, string | null>,
): string {
  const versions = law.versions;
  if (versions.length === 1) return versions[0].adopted;
  // 1. The notes name the version: （2016年11月7日第十二届…通过）.
  if (c.notes) {
    // The latest version any of the notes' dates names (…2000年9月25日公布，2011年1月8日修订施行).
    const dates = new Set(readNotes(JSON.parse(c.notes) as string[]).dates);
    const named = versions.filter((v) => dates.has(v.adopted) || (v.effective !== null && dates.has(v.effective)));
    if (named.length) return named[named.length - 1].adopted;
  }
  // 2. The version in force when the list was written.
  if (c.published) {
    const inForce = versions.filter((v) => (v.effective ?? v.adopted) <= c.published!);
    if (inForce.length) return inForce[inForce.length - 1].adopted;
  }
  // 3. The version whose text the quote matches.
  const article = refs.find((r) => r.article !== null);
  if (c.quote && article) {
    const key = `${law.title}|${article.article}|${article.article_suffix}|${c.quote}`;
    if (!quoteCache.has(key)) {
      let best: { adopted: string; score: number } | null = null;
      for (const v of versions) {
        const a = articleText.get(v.id, article.article, article.article_suffix) as { text: string } | undefined;
        if (!a) continue;
        const score = textSimilarity(c.quote, a.text);
        if (!best || score > best.score) best = { adopted: v.adopted, score };
      }
      quoteCache.set(key, best && best.score >= 0.5 ? best.adopted : null);
    }
    const byQuote = quoteCache.get(key);
    if (byQuote) return byQuote;
  }
  // 4. The current version.
  const current = versions.filter((v) => (v.effective ?? v.adopted) <= today);
  return (current[current.length - 1] ?? versions[versions.length - 1]).adopted;
}
