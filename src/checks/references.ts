/**
 * What a provision says, for comparing with what lists quote: the statute's text when the
 * registry has it, else the text most jurisdictions quote (the majority of the lists).
 */
import type { DB } from '../store/db.js';
import { normaliseForComparison } from '../laws/similarity.js';

export interface ReferenceText {
  text: string;
  source: 'statute' | 'majority';
  /** For a majority text: how many jurisdictions quote it, of how many quoting the provision. */
  votes?: { agree: number; total: number; jurisdictions: string[] };
}

export class ReferenceTexts {
  private readonly statute = new Map<string, string | null>();
  private majority: Map<string, ReferenceText> | null = null;
  private readonly articleById: import('better-sqlite3').Statement;
  private readonly paragraphs: import('better-sqlite3').Statement;

  constructor(private readonly db: DB) {
    this.articleById = db.prepare('SELECT id, text FROM articles WHERE id = ?');
    this.paragraphs = db.prepare('SELECT n, text FROM paragraphs WHERE article_id = ? ORDER BY n');
  }

  /** The statute text of an article (or of one 款 of it), or null. */
  statuteText(articleId: number | null, paragraph: number | null): string | null {
    if (articleId === null) return null;
    const key = `${articleId}|${paragraph}`;
    if (!this.statute.has(key)) {
      let text: string | null = null;
      if (paragraph !== null) {
        const paras = this.paragraphs.all(articleId) as { n: number; text: string }[];
        text = paras.find((p) => p.n === paragraph)?.text ?? null;
        // A 款's 项 are its own lines; keep them with it.
        if (text !== null) {
          const a = this.articleById.get(articleId) as { text: string } | undefined;
          const start = a?.text.indexOf(text) ?? -1;
          const next = paras.find((p) => p.n === paragraph + 1);
          if (a && start >= 0) text = a.text.slice(start, next ? a.text.indexOf(next.text, start + 1) : undefined);
        }
      } else {
        text = (this.articleById.get(articleId) as { text: string } | undefined)?.text ?? null;
      }
      this.statute.set(key, text);
    }
    return this.statute.get(key)!;
  }

  /**
   * The text most jurisdictions quote for a provision of a law the registry has no text for
   * (one vote per jurisdiction; quotes with elisions do not vote).
   */
  majorityText(law: string, article: number, paragraph: number | null): ReferenceText | null {
    if (!this.majority) this.majority = this.computeMajorities();
    return this.majority.get(`${law}|${article}|${paragraph}`) ?? null;
  }

  private computeMajorities(): Map<string, ReferenceText> {
    const rows = this.db
      .prepare(
        `SELECT c.law, r.article, r.paragraph, c.quote, COALESCE(j.name, d.path) AS who
           FROM citations c JOIN refs r ON r.citation_id = c.id JOIN documents d ON d.id = c.document_id
           LEFT JOIN jurisdictions j ON j.id = d.jurisdiction_id
          WHERE c.role = 'basis' AND c.quote IS NOT NULL AND r.article IS NOT NULL AND r.article_id IS NULL`,
      )
      .all() as { law: string; article: number; paragraph: number | null; quote: string; who: string }[];
    const groups = new Map<string, Map<string, { text: string; who: Set<string> }>>();
    const everyone = new Map<string, Set<string>>();
    for (const r of rows) {
      if (/…|\.{3}/.test(r.quote)) continue;
      const key = `${r.law}|${r.article}|${r.paragraph}`;
      const variants = groups.get(key) ?? new Map();
      groups.set(key, variants);
      const norm = normaliseForComparison(r.quote);
      const v = variants.get(norm) ?? { text: r.quote, who: new Set<string>() };
      v.who.add(r.who);
      variants.set(norm, v);
      const all = everyone.get(key) ?? new Set<string>();
      all.add(r.who);
      everyone.set(key, all);
    }
    const out = new Map<string, ReferenceText>();
    for (const [key, variants] of groups) {
      const ranked = [...variants.values()].sort((a, b) => b.who.size - a.who.size || b.text.length - a.text.length);
      const total = everyone.get(key)!.size;
      // A majority needs at least two jurisdictions and more votes than any other text.
      if (ranked[0].who.size < 2 || (ranked[1] && ranked[1].who.size === ranked[0].who.size)) continue;
      out.set(key, { text: ranked[0].text, source: 'majority', votes: { agree: ranked[0].who.size, total, jurisdictions: [...ranked[0].who] } });
    }
    return out;
  }
}
