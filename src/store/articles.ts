/**
 * Questions about the statutes themselves: a law's versions (`law`), one article in the
 * version in force on a date and where it stands in every other version (`article`), and the
 * article-by-article comparison of two versions (`diff`, the 修正前后条文对照表).
 */
import { findCitations } from '../cite/find.js';
import { alignVersions } from '../laws/align.js';
import type { Article, ChangeKind, Penalty } from '../laws/types.js';
import type { DB } from './db.js';
import { equivalents, QueryError } from './cites.js';
import { articleFromRow, currentVersion, findLaw, loadArticle, versionAt, type StoredLaw } from './laws.js';

export interface LawAnswer {
  title: string;
  aliases: string[];
  rank: string;
  issuer: string | null;
  repeal: StoredLaw['repeal'];
  versions: { adopted: string; effective: string | null; status: string; documentNumber: string | null; articles: number; hasText: boolean }[];
}

export function lawAnswer(db: DB, title: string): LawAnswer {
  const law = findLaw(db, title);
  if (!law) throw new QueryError(`no law called ${title} in the registry (import more with \`fatiao laws import DIR\`)`);
  const count = db.prepare('SELECT count(*) AS n FROM articles WHERE version_id = ?');
  return {
    title: law.title,
    aliases: law.aliases,
    rank: law.rank,
    issuer: law.issuer,
    repeal: law.repeal,
    versions: law.versions.map((v) => ({
      adopted: v.adopted,
      effective: v.effective,
      status: v.status,
      documentNumber: v.documentNumber,
      articles: (count.get(v.id) as { n: number }).n,
      hasText: v.hasText,
    })),
  };
}

export interface ArticleAnswer {
  law: string;
  version: { adopted: string; effective: string | null; status: string };
  article: number;
  articleSuffix: number | null;
  eId: string;
  chapter: string | null;
  section: string | null;
  text: string;
  paragraphs: Article['paragraphs'];
  penalties: Penalty[];
  /** The matching article in every other version; `changed` when its text or penalties differ. */
  correspondences: { version: string; article: number | null; changed: boolean; change: string }[];
}

/** An article read in the version in force on `at` (default: the current version). */
export function articleAnswer(db: DB, citation: string, at?: string): ArticleAnswer {
  const c = findCitations(citation).find((x) => x.law && x.refs.some((r) => r.article !== null));
  if (!c) throw new QueryError(`no article citation with a law in "${citation}" (write it like 《网络安全法》第五十九条)`);
  const law = findLaw(db, c.law!);
  if (!law) throw new QueryError(`${c.law} is not in the registry`);
  const ref = c.refs.find((r) => r.article !== null)!;
  const version = at ? versionAt(law, at) : currentVersion(law);
  if (!version) throw new QueryError(`${law.title} had no version in force${at ? ` on ${at}` : ''}`);
  if (!version.hasText) throw new QueryError(`the registry has no text of ${law.title} (${version.adopted})`);
  const article = loadArticle(db, version.id, ref.article!, ref.articleSuffix);
  if (!article) throw new QueryError(`${law.title} (${version.adopted}) has no 第${ref.article}条${ref.articleSuffix ? `之${ref.articleSuffix}` : ''}`);
  const others = correspondencesOf(db, law, version.adopted, article.number, article.suffix);
  return {
    law: law.title,
    version: { adopted: version.adopted, effective: version.effective, status: version.status },
    article: article.number,
    articleSuffix: article.suffix,
    eId: article.eId,
    chapter: article.chapter,
    section: article.section,
    text: article.text,
    paragraphs: article.paragraphs,
    penalties: article.penalties,
    correspondences: others,
  };
}

/**
 * Where an article stands in each other version: through the correspondences, with whether
 * anything changed on the way (modified, merged, split, or different penalties).
 */
function correspondencesOf(db: DB, law: StoredLaw, version: string, article: number, suffix: number | null): ArticleAnswer['correspondences'] {
  const reached = equivalents(db, law.id, { version, article, suffix, paragraph: null, point: null });
  const out: ArticleAnswer['correspondences'] = [];
  const step = db.prepare(
    `SELECT c.change, c.penalties_changed FROM correspondences c JOIN versions vf ON vf.id = c.from_version_id JOIN versions vt ON vt.id = c.to_version_id
      WHERE vf.law_id = ? AND ((vf.adopted = ? AND c.from_article = ? AND vt.adopted = ? AND c.to_article = ?) OR (vf.adopted = ? AND c.from_article = ? AND vt.adopted = ? AND c.to_article = ?))`,
  );
  for (const v of law.versions) {
    if (v.adopted === version) continue;
    const match = reached.find((r) => r.version === v.adopted);
    if (!match) {
      out.push({ version: v.adopted, article: null, changed: true, change: v.hasText ? 'none' : 'no text' });
      continue;
    }
    // Adjacent versions have a stored step; further ones compose the steps between.
    const s = step.get(law.id, version, article, v.adopted, match.article, v.adopted, match.article, version, article) as { change: string; penalties_changed: number } | undefined;
    const change = s?.change ?? composeChange(db, law, version, article, suffix, v.adopted);
    out.push({ version: v.adopted, article: match.article, changed: !(change === 'unchanged' || change === 'renumbered') || s?.penalties_changed === 1, change });
  }
  return out;
}

function composeChange(db: DB, law: StoredLaw, from: string, article: number, suffix: number | null, to: string): string {
  const a = loadArticle(db, law.versions.find((v) => v.adopted === from)!.id, article, suffix);
  const target = equivalents(db, law.id, { version: from, article, suffix, paragraph: null, point: null }).find((r) => r.version === to);
  const b = target ? loadArticle(db, law.versions.find((v) => v.adopted === to)!.id, target.article, target.suffix) : null;
  if (!a || !b) return 'none';
  if (a.text.replace(/\s/g, '') === b.text.replace(/\s/g, '')) return a.number === b.number ? 'unchanged' : 'renumbered';
  return 'modified';
}

export interface DiffRow {
  from: number | null;
  to: number | null;
  change: ChangeKind;
  penaltiesChanged: boolean;
  fromText: string | null;
  toText: string | null;
}

/** The article-by-article comparison of two versions (default: the last two with text). */
export function diffAnswer(db: DB, title: string, from?: string, to?: string): { law: string; from: string; to: string; rows: DiffRow[] } {
  const law = findLaw(db, title);
  if (!law) throw new QueryError(`no law called ${title} in the registry`);
  const withText = law.versions.filter((v) => v.hasText);
  const pick = (date: string | undefined, fallback: number) => {
    if (!date) return withText[withText.length + fallback];
    return law.versions.find((v) => v.adopted === date) ?? versionAt(law, date);
  };
  const a = pick(from, -2);
  const b = pick(to, -1);
  if (!a || !b) throw new QueryError(`${law.title} needs two versions with text to compare (it has ${withText.length})`);
  if (!a.hasText || !b.hasText) throw new QueryError(`the registry has no text of ${law.title} (${!a.hasText ? a.adopted : b.adopted})`);
  const load = (versionId: number) =>
    (db.prepare('SELECT * FROM articles WHERE version_id = ? ORDER BY number, suffix').all(versionId) as Record<string, unknown>[]).map((r) => articleFromRow(db, r));
  const older = load(a.id);
  const newer = load(b.id);
  const text = (list: Article[], n: { number: number; suffix: number | null } | null) =>
    n ? (list.find((x) => x.number === n.number && x.suffix === n.suffix)?.text ?? null) : null;
  const rows = alignVersions(older, newer).map((c) => ({
    from: c.from?.number ?? null,
    to: c.to?.number ?? null,
    change: c.change,
    penaltiesChanged: c.penaltiesChanged,
    fromText: text(older, c.from),
    toText: text(newer, c.to),
  }));
  return { law: law.title, from: a.adopted, to: b.adopted, rows };
}
