/**
 * Laws in the store: saving a law with its versions, articles (款, 项), penalties, internal
 * links and the correspondences between its versions; reading them back.
 */
import type { DB } from './db.js';
import type { Article, ArticleLink, Correspondence, Law, Penalty } from '../laws/types.js';

export interface StoredVersion {
  id: number;
  lawId: number;
  adopted: string;
  effective: string | null;
  status: string;
  documentNumber: string | null;
  documentNumberValue: number | null;
  source: string | null;
  hasText: boolean;
}

export interface StoredLaw {
  id: number;
  title: string;
  rank: string;
  issuer: string | null;
  aliases: string[];
  repeal: Law['repeal'] | null;
  versions: StoredVersion[];
}

export interface VersionExtras {
  penalties: Map<string, Penalty[]>; // by article eId
  links: ArticleLink[];
}

/**
 * Saves a law, replacing what the store had under its title. `extras` gives each version's
 * penalties and links (by adopted date); `correspondences` pairs consecutive versions.
 */
export function saveLaw(
  db: DB,
  law: Law,
  extras: Map<string, VersionExtras>,
  correspondences: { from: string; to: string; pairs: Correspondence[] }[],
): number {
  return db
    .transaction(() => {
      db.prepare('DELETE FROM laws WHERE title = ?').run(law.title);
      const lawId = Number(
        db
          .prepare('INSERT INTO laws (title, rank, issuer, repeal) VALUES (?, ?, ?, ?)')
          .run(law.title, law.rank, law.issuer, law.repeal ? JSON.stringify(law.repeal) : null).lastInsertRowid,
      );
      const alias = db.prepare('INSERT OR IGNORE INTO law_aliases (alias, law_id) VALUES (?, ?)');
      for (const a of new Set([law.title, ...law.aliases])) alias.run(a, lawId);
      const versionIds = new Map<string, number>();
      const insertVersion = db.prepare(
        `INSERT INTO versions (law_id, adopted, effective, status, document_number, document_number_value, source, text)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      const insertArticle = db.prepare('INSERT INTO articles (version_id, number, suffix, e_id, chapter, section, text) VALUES (?, ?, ?, ?, ?, ?, ?)');
      const insertParagraph = db.prepare('INSERT INTO paragraphs (article_id, n, e_id, text) VALUES (?, ?, ?, ?)');
      const insertPoint = db.prepare('INSERT INTO points (paragraph_id, n, e_id, text) VALUES (?, ?, ?, ?)');
      const insertPenalty = db.prepare(
        'INSERT INTO penalties (article_id, paragraph, kind, min, max, unit, base, party, condition, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      );
      const insertLink = db.prepare(
        `INSERT INTO article_links (version_id, from_article, from_suffix, from_paragraph, to_article, to_suffix, to_paragraph, to_point, text)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      for (const v of law.versions) {
        const vid = Number(
          insertVersion.run(lawId, v.adopted, v.effective, v.status, v.documentNumber, v.documentNumberValue, v.source, v.text).lastInsertRowid,
        );
        versionIds.set(v.adopted, vid);
        const extra = extras.get(v.adopted);
        for (const a of v.articles) {
          const aid = Number(insertArticle.run(vid, a.number, a.suffix, a.eId, a.chapter, a.section, a.text).lastInsertRowid);
          for (const p of a.paragraphs) {
            const pid = Number(insertParagraph.run(aid, p.n, p.eId, p.text).lastInsertRowid);
            for (const pt of p.points) insertPoint.run(pid, pt.n, pt.eId, pt.text);
          }
          for (const pen of extra?.penalties.get(a.eId) ?? []) {
            insertPenalty.run(aid, pen.paragraph, pen.kind, pen.min, pen.max, pen.unit, pen.base, pen.party, pen.condition, pen.text);
          }
        }
        for (const l of extra?.links ?? []) {
          insertLink.run(vid, l.fromArticle, l.fromSuffix, l.fromParagraph, l.toArticle, l.toSuffix, l.toParagraph, l.toPoint, l.text);
        }
      }
      const insertCorr = db.prepare(
        `INSERT INTO correspondences (from_version_id, to_version_id, from_article, from_suffix, to_article, to_suffix, change, penalties_changed, similarity)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      for (const c of correspondences) {
        const from = versionIds.get(c.from);
        const to = versionIds.get(c.to);
        if (from === undefined || to === undefined) continue;
        for (const p of c.pairs) {
          insertCorr.run(from, to, p.from?.number ?? null, p.from?.suffix ?? null, p.to?.number ?? null, p.to?.suffix ?? null, p.change, p.penaltiesChanged ? 1 : 0, p.similarity);
        }
      }
      return lawId;
    })
    .immediate();
}

function versionRow(r: Record<string, unknown>): StoredVersion {
  return {
    id: r.id as number,
    lawId: r.law_id as number,
    adopted: r.adopted as string,
    effective: r.effective as string | null,
    status: r.status as string,
    documentNumber: r.document_number as string | null,
    documentNumberValue: r.document_number_value as number | null,
    source: r.source as string | null,
    hasText: (r.has_text as number) === 1,
  };
}

/** The law a title or alias names (网络安全法, 中华人民共和国网络安全法), or null. */
export function findLaw(db: DB, title: string): StoredLaw | null {
  const row = db
    .prepare(
      `SELECT l.* FROM laws l WHERE l.title = ?
       UNION ALL SELECT l.* FROM laws l JOIN law_aliases a ON a.law_id = l.id WHERE a.alias = ? LIMIT 1`,
    )
    .get(title, title) as Record<string, unknown> | undefined;
  if (!row) return null;
  return lawFromRow(db, row);
}

export function lawById(db: DB, id: number): StoredLaw | null {
  const row = db.prepare('SELECT * FROM laws WHERE id = ?').get(id) as Record<string, unknown> | undefined;
  return row ? lawFromRow(db, row) : null;
}

function lawFromRow(db: DB, row: Record<string, unknown>): StoredLaw {
  const id = row.id as number;
  const versions = (
    db.prepare('SELECT id, law_id, adopted, effective, status, document_number, document_number_value, source, text IS NOT NULL AS has_text FROM versions WHERE law_id = ? ORDER BY adopted').all(id) as Record<string, unknown>[]
  ).map(versionRow);
  const aliases = (db.prepare('SELECT alias FROM law_aliases WHERE law_id = ? ORDER BY alias').all(id) as { alias: string }[]).map((a) => a.alias);
  return {
    id,
    title: row.title as string,
    rank: row.rank as string,
    issuer: row.issuer as string | null,
    aliases: aliases.filter((a) => a !== row.title),
    repeal: row.repeal ? (JSON.parse(row.repeal as string) as Law['repeal']) : null,
    versions,
  };
}

export interface StoredArticle extends Article {
  id: number;
  versionId: number;
  penalties: Penalty[];
}

/** An article of a version with its paragraphs, points and penalties. */
export function loadArticle(db: DB, versionId: number, number: number, suffix: number | null = null): StoredArticle | null {
  const a = db
    .prepare('SELECT * FROM articles WHERE version_id = ? AND number = ? AND suffix IS ?')
    .get(versionId, number, suffix) as Record<string, unknown> | undefined;
  if (!a) return null;
  return articleFromRow(db, a);
}

export function articleFromRow(db: DB, a: Record<string, unknown>): StoredArticle {
  const id = a.id as number;
  const paragraphs = (db.prepare('SELECT * FROM paragraphs WHERE article_id = ? ORDER BY n').all(id) as Record<string, unknown>[]).map((p) => ({
    n: p.n as number,
    eId: p.e_id as string,
    text: p.text as string,
    points: (db.prepare('SELECT n, e_id, text FROM points WHERE paragraph_id = ? ORDER BY n').all(p.id) as Record<string, unknown>[]).map((pt) => ({
      n: pt.n as number,
      eId: pt.e_id as string,
      text: pt.text as string,
    })),
  }));
  const penalties = (db.prepare('SELECT * FROM penalties WHERE article_id = ? ORDER BY id').all(id) as Record<string, unknown>[]).map(
    (p): Penalty => ({
      kind: p.kind as Penalty['kind'],
      min: p.min as number | null,
      max: p.max as number | null,
      unit: p.unit as Penalty['unit'],
      base: p.base as string | null,
      party: p.party as string,
      condition: p.condition as string | null,
      paragraph: p.paragraph as number | null,
      text: p.text as string,
    }),
  );
  return {
    id,
    versionId: a.version_id as number,
    number: a.number as number,
    suffix: a.suffix as number | null,
    eId: a.e_id as string,
    chapter: a.chapter as string | null,
    section: a.section as string | null,
    text: a.text as string,
    paragraphs,
    penalties,
  };
}

/** The version of a law in force on a date: the latest whose effective (or adopted) date is on or before it. */
export function versionAt(law: StoredLaw, date: string): StoredVersion | null {
  const inForce = law.versions.filter((v) => (v.effective ?? v.adopted) <= date);
  return inForce[inForce.length - 1] ?? null;
}

/** The current version: the latest that has taken effect by `today`. */
export function currentVersion(law: StoredLaw, today = new Date().toISOString().slice(0, 10)): StoredVersion | null {
  return versionAt(law, today) ?? law.versions[law.versions.length - 1] ?? null;
}
