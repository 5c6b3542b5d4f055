/**
 * `check`: data-quality findings about what lists cite — repealed laws and superseded rules,
 * versions amended since, wrong document numbers, articles a law does not have, bases that
 * cite no article, and powers exercised below the level an article assigns them to.
 */
import type { DB } from '../store/db.js';
import { findLaw, type StoredLaw } from '../store/laws.js';
import { sortFindings, type Finding } from './findings.js';
import { LEVEL_RANK, levelPhrase, lowestLevelAllowed } from './levels.js';
import { placeOf, storedCitations, type StoredCitation } from './places.js';
import { ReferenceTexts } from './references.js';

export interface CheckOptions {
  /** The date the check is made as of (default today): what is repealed or amended by then. */
  asOf?: string;
}

const short = (law: string | null) => (law ?? '?').replace(/^中华人民共和国/, '');
const cn = (n: number) => `第${n}条`;

export function runChecks(db: DB, options: CheckOptions = {}): Finding[] {
  const asOf = options.asOf ?? new Date().toISOString().slice(0, 10);
  const laws = new Map<string, StoredLaw | null>();
  const lawOf = (title: string | null) => {
    if (!title) return null;
    if (!laws.has(title)) laws.set(title, findLaw(db, title));
    return laws.get(title)!;
  };
  const texts = new ReferenceTexts(db);
  const forward = forwardMap(db);
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const once = (key: string, f: () => Finding) => {
    if (seen.has(key)) return;
    seen.add(key);
    findings.push(f());
  };
  const itemBasis = new Map<number, { c: StoredCitation; articles: number }>();

  for (const c of storedCitations(db, ['basis', 'accountability', 'document', 'summary'])) {
    const law = lawOf(c.law);
    const where = c.place.item ? `事项${c.place.item.seq ?? '?'}` : '全文';

    // Repealed laws and superseded rules (the summary table repeats what the item cites).
    if (law?.repeal && law.repeal.date <= asOf && c.role !== 'summary') {
      const r = law.repeal;
      const kind = r.kind === 'superseded' ? 'superseded-rule' : 'repealed-law';
      once(`${kind}|${c.documentId}|${c.itemId}|${law.title}`, () => ({
        kind,
        severity: 'high',
        ...placeOf(c, c.refs[0] ?? null),
        message:
          kind === 'repealed-law'
            ? `${where}引用的《${law.title}》已于${r.date}${r.by ? `由《${r.by}》${r.article ? cn(r.article) : ''}` : ''}废止`
            : `${where}引用的《${law.title}》已于${r.date}${r.by ? `被《${r.by}》` : ''}取代`,
        evidence: { cited: c.text, role: c.role, repeal: r },
      }));
    }

    if (c.role !== 'basis' || !law) {
      if (c.role === 'basis' && c.itemId !== null) noteBasis(itemBasis, c);
      continue;
    }
    noteBasis(itemBasis, c);
    const version = law.versions.find((v) => v.adopted === c.version) ?? null;

    // A document number that is not the law's (令第2号 for a 令第1号 rule).
    const expected = version?.documentNumberValue ?? law.versions.find((v) => v.documentNumberValue !== null)?.documentNumberValue ?? null;
    if (c.documentNumber !== null && expected !== null && c.documentNumber !== expected) {
      once(`docno|${c.id}`, () => ({
        kind: 'wrong-document-number',
        severity: 'medium',
        ...placeOf(c, c.refs[0] ?? null),
        message: `${where}把《${short(law.title)}》的文号写作令第${c.documentNumber}号，实为${(version ?? law.versions.find((v) => v.documentNumberValue !== null))!.documentNumber}`,
        evidence: { cited: c.text, written: c.documentNumber, registry: expected },
      }));
    }

    for (const ref of c.refs) {
      // An article the cited version does not have.
      if (version?.hasText && ref.articleId === null) {
        once(`unknown|${c.id}|${ref.article}|${ref.suffix}`, () => ({
          kind: 'unknown-article',
          severity: 'high',
          ...placeOf(c, ref),
          message: `${where}引用《${short(law.title)}》${cn(ref.article!)}${ref.suffix ? `之${ref.suffix}` : ''}，该法${version.adopted}版没有这一条`,
          evidence: { cited: c.text, version: version.adopted },
        }));
        continue;
      }
      // A version amended since: where the provision stands now, and what changed.
      const now = version ? currentNumber(forward, law, version.adopted, ref.article!, ref.suffix, asOf) : null;
      if (now && now.version !== version!.adopted && (now.changed || now.article !== ref.article || now.deleted)) {
        once(`stale|${c.itemId}|${law.title}|${ref.article}|${ref.suffix}|${ref.paragraph}`, () => {
          const what = now.deleted
            ? '此条已删除'
            : `此条现为${cn(now.article!)}${now.penaltiesChanged ? '，罚则已变' : now.changed ? '，条文已改' : '（仅条号变动）'}`;
          return {
            kind: 'stale-version',
            severity: now.deleted || now.penaltiesChanged ? 'high' : now.changed ? 'medium' : 'low',
            ...placeOf(c, ref),
            message: `${where}引用《${short(law.title)}》（${version!.adopted}版）${cn(ref.article!)}；该法已于${now.version}修改，${what}`,
            evidence: { cited: c.text, citedVersion: version!.adopted, currentVersion: now.version, currentArticle: now.article, change: now.change, penaltiesChanged: now.penaltiesChanged },
          };
        });
      }
      // A power exercised below the level the article assigns it to.
      const text = texts.statuteText(ref.articleId, null) ?? texts.majorityText(law.title, ref.article!, ref.paragraph)?.text ?? texts.majorityText(law.title, ref.article!, null)?.text ?? (ref.articleId === null ? c.quote : null);
      const lowest = text ? lowestLevelAllowed(text) : null;
      if (lowest && c.level && (LEVEL_RANK[c.level] ?? 0) > LEVEL_RANK[lowest]) {
        once(`level|${c.itemId}|${law.title}|${ref.article}`, () => ({
          kind: 'level-below',
          severity: 'high',
          ...placeOf(c, ref),
          message: `${where}：${c.place.jurisdiction?.name ?? '本地'}（${c.level === '兵团师市' ? '兵团师市' : `${c.level}级`}）行使《${short(law.title)}》${cn(ref.article!)}规定的职权，而该条只赋予${lowest === '省' ? '国家和省级' : '国家、省级和设区的市级'}机关`,
          evidence: { cited: c.text, phrase: levelPhrase(text!), text, jurisdictionLevel: c.level, lowestAllowed: lowest },
        }));
      }
    }
  }

  // A basis that cites no article at all.
  for (const { c, articles } of itemBasis.values()) {
    if (articles > 0) continue;
    findings.push({
      kind: 'no-article',
      severity: 'medium',
      ...placeOf(c, null),
      message: `事项${c.place.item?.seq ?? '?'}的实施依据只写了法律名称，没有引用任何条款`,
      evidence: { cited: c.text },
    });
  }
  const itemsWithoutBasis = db
    .prepare(
      `SELECT i.id, i.seq, i.name, i.basis, d.path, j.name AS jname, j.code AS jcode, j.level AS jlevel, o.name AS office
         FROM items i JOIN documents d ON d.id = i.document_id LEFT JOIN jurisdictions j ON j.id = d.jurisdiction_id
         LEFT JOIN offices o ON o.id = i.office_id
        WHERE NOT EXISTS (SELECT 1 FROM citations c WHERE c.item_id = i.id AND c.role = 'basis')`,
    )
    .all() as Record<string, unknown>[];
  for (const r of itemsWithoutBasis) {
    findings.push({
      kind: 'no-article',
      severity: 'medium',
      jurisdiction: r.jname ? { name: r.jname as string, code: r.jcode as string | null, level: r.jlevel as string | null } : null,
      office: r.office as string | null,
      document: r.path as string,
      item: { seq: r.seq as number | null, name: r.name as string },
      citation: null,
      message: `事项${r.seq ?? '?'}${(r.basis as string).trim() ? '的实施依据没有引用任何法律' : '没有填写实施依据'}`,
      evidence: { basis: r.basis },
    });
  }
  return sortFindings(findings);
}

function noteBasis(map: Map<number, { c: StoredCitation; articles: number }>, c: StoredCitation): void {
  if (c.itemId === null) return;
  const e = map.get(c.itemId) ?? { c, articles: 0 };
  e.articles += c.refs.length;
  map.set(c.itemId, e);
}

interface Step {
  toVersion: string;
  toArticle: number | null;
  toSuffix: number | null;
  change: string;
  penaltiesChanged: boolean;
}

/** Correspondences by law, version and article: where each article went in the next version. */
function forwardMap(db: DB): Map<string, Step> {
  const map = new Map<string, Step>();
  const rows = db
    .prepare(
      `SELECT l.title, vf.adopted AS from_v, vt.adopted AS to_v, c.from_article, c.from_suffix, c.to_article, c.to_suffix, c.change, c.penalties_changed
         FROM correspondences c JOIN versions vf ON vf.id = c.from_version_id JOIN versions vt ON vt.id = c.to_version_id
         JOIN laws l ON l.id = vf.law_id WHERE c.from_article IS NOT NULL`,
    )
    .all() as Record<string, unknown>[];
  for (const r of rows) {
    const k = `${r.title}|${r.from_v}|${r.from_article}|${r.from_suffix}`;
    const prev = map.get(k);
    // A split article goes to several; keep the closest (the first, by similarity order).
    if (prev) continue;
    map.set(k, {
      toVersion: r.to_v as string,
      toArticle: r.to_article as number | null,
      toSuffix: r.to_suffix as number | null,
      change: r.change as string,
      penaltiesChanged: r.penalties_changed === 1,
    });
  }
  return map;
}

/** Where an article of a version stands in the version in force on `asOf`. */
function currentNumber(
  forward: Map<string, Step>, law: StoredLaw, from: string, article: number, suffix: number | null, asOf: string,
): { version: string; article: number | null; deleted: boolean; changed: boolean; penaltiesChanged: boolean; change: string } | null {
  let version = from;
  let a: number | null = article;
  let s = suffix;
  let changed = false;
  let penaltiesChanged = false;
  let change = 'unchanged';
  for (let guard = 0; guard < 50; guard++) {
    const step = forward.get(`${law.title}|${version}|${a}|${s}`);
    if (!step) break;
    const next = law.versions.find((v) => v.adopted === step.toVersion);
    if (!next || (next.effective ?? next.adopted) > asOf) break;
    version = step.toVersion;
    changed ||= step.change === 'modified' || step.change === 'merged' || step.change === 'split';
    penaltiesChanged ||= step.penaltiesChanged;
    if (step.change !== 'unchanged') change = step.change;
    if (step.toArticle === null) return { version, article: null, deleted: true, changed: true, penaltiesChanged, change: 'deleted' };
    a = step.toArticle;
    s = step.toSuffix;
  }
  return { version, article: a, deleted: false, changed, penaltiesChanged, change };
}
