/**
 * Putting laws into the store: each version's articles with their penalties and internal
 * links, and the correspondences between consecutive versions that both have text.
 */
import { alignVersions } from '../laws/align.js';
import { articleLinks } from '../laws/links.js';
import { articlePenalties } from '../laws/penalties.js';
import { bundledLaws } from '../laws/registry.js';
import type { Correspondence, Law } from '../laws/types.js';
import type { DB } from './db.js';
import { saveLaw, type VersionExtras } from './laws.js';

/**
 * Saves a law. Articles numbered twice in one version (an appendix that starts again at
 * 第一条) keep their text under a distinct identifier (art_1__repeat_2) and a warning.
 */
export function installLaw(db: DB, law: Law, warn: (message: string) => void = () => {}): number {
  for (const v of law.versions) {
    const seen = new Map<string, number>();
    for (const a of v.articles) {
      const n = (seen.get(a.eId) ?? 0) + 1;
      seen.set(a.eId, n);
      if (n > 1) {
        const renamed = `${a.eId}__repeat_${n}`;
        warn(`${law.title} (${v.adopted}): 第${a.number}条 appears ${n} times; kept as ${renamed}`);
        a.paragraphs = a.paragraphs.map((p) => ({ ...p, eId: p.eId.replace(a.eId, renamed), points: p.points.map((pt) => ({ ...pt, eId: pt.eId.replace(a.eId, renamed) })) }));
        a.eId = renamed;
      }
    }
  }
  const extras = new Map<string, VersionExtras>();
  for (const v of law.versions) {
    const penalties = new Map(v.articles.map((a) => [a.eId, articlePenalties(a)]));
    extras.set(v.adopted, { penalties, links: v.articles.length ? articleLinks(v.articles, law.title) : [] });
  }
  const withText = law.versions.filter((v) => v.articles.length > 0);
  const correspondences: { from: string; to: string; pairs: Correspondence[] }[] = [];
  for (let i = 1; i < withText.length; i++) {
    correspondences.push({ from: withText[i - 1].adopted, to: withText[i].adopted, pairs: alignVersions(withText[i - 1].articles, withText[i].articles) });
  }
  return saveLaw(db, law, extras, correspondences);
}

/** Installs the laws shipped in data/statutes into a store that has none yet. */
export function ensureBundledLaws(db: DB): boolean {
  const { n } = db.prepare('SELECT count(*) AS n FROM laws').get() as { n: number };
  if (n > 0) return false;
  for (const law of bundledLaws()) installLaw(db, law);
  return true;
}
