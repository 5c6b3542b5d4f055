/**
 * The templates resolved against the statute registry, once per process: each citation with
 * its heading and verbatim text, the levels of government the articles let act, the 2016
 * numbering and text a stale item quotes, and the planted-error quotes each template allows.
 */
import { lowestLevelAllowed } from '../checks/levels.js';
import { alignVersions } from '../laws/align.js';
import { articleLinks } from '../laws/links.js';
import { articlePenalties } from '../laws/penalties.js';
import type { JurisdictionLevel } from '../lists/types.js';
import { articleHeading, articleOf, CSL_2016, provisionText, synthLaws, versionOf, type LawKey, type SynthLaw } from './laws.js';
import type { ErrorKind } from './manifest.js';
import { elidedQuote, wrongCrossReferences, wrongRanges, type QuoteMutation } from './mutations.js';
import { TEMPLATES, templateWeight, type TemplateDef } from './templates.js';

export interface ResolvedCite {
  law: SynthLaw;
  article: number;
  paragraph: number | null;
  /** 第六十一条, 第四十一条第二款. */
  heading: string;
  /** The provision's text, verbatim. */
  quote: string;
}

export interface ItemTemplate {
  def: TemplateDef;
  weight: number;
  cites: ResolvedCite[];
  /** The lowest level the cited articles let act: 省 for 由省、自治区、直辖市…; null for any. */
  lowest: '省' | '市' | null;
  /** The citations as a list that still reads the 2016 网络安全法 writes them; null when one has no 2016 article. */
  stale: ResolvedCite[] | null;
  /** Planted-error quotes of the penalty article (the last citation). */
  ranges: QuoteMutation[];
  elision: QuoteMutation | null;
  crossReferences: QuoteMutation[];
  /** Laws cited that have a document number a list may write. */
  numbered: LawKey[];
}

const LEVEL_ORDER: Record<string, number> = { 省: 1, 市: 2, 县: 3, 兵团师市: 3 };

function resolveCite(law: SynthLaw, version: typeof law.current, article: number, paragraph: number | null): ResolvedCite {
  const a = articleOf(version, article);
  return { law, article, paragraph, heading: articleHeading(article, paragraph), quote: provisionText(a, paragraph) };
}

function stricter(a: '省' | '市' | null, b: '省' | '市' | null): '省' | '市' | null {
  if (a === '省' || b === '省') return '省';
  return a ?? b;
}

let catalogue: ItemTemplate[] | null = null;

/** Every template, resolved. */
export function itemTemplates(): ItemTemplate[] {
  if (catalogue) return catalogue;
  const laws = synthLaws();
  const csl = laws.csl;
  const old = versionOf(csl.title, CSL_2016);
  // Where each article of the version in force was in 2016.
  const before = new Map<number, number>();
  for (const c of alignVersions(old.articles, csl.current.articles)) {
    if (c.from && c.to && c.from.suffix === null && c.to.suffix === null) before.set(c.to.number, c.from.number);
  }
  const links = new Map<LawKey, ReturnType<typeof articleLinks>>();
  const linksOf = (law: SynthLaw) => {
    if (!links.has(law.key)) links.set(law.key, articleLinks(law.current.articles, law.title));
    return links.get(law.key)!;
  };

  catalogue = TEMPLATES.map((def): ItemTemplate => {
    const cites = def.cites.map((c) => resolveCite(laws[c.law], laws[c.law].current, c.article, c.paragraph ?? null));
    let lowest: '省' | '市' | null = null;
    for (const c of def.cites) lowest = stricter(lowest, lowestLevelAllowed(articleOf(laws[c.law].current, c.article).text));

    let stale: ResolvedCite[] | null = null;
    if (def.cites.some((c) => c.law === 'csl') && def.cites.every((c) => c.law !== 'csl' || before.has(c.article))) {
      stale = def.cites.map((c) =>
        c.law === 'csl' ? resolveCite(csl, old, before.get(c.article)!, c.paragraph ?? null) : resolveCite(laws[c.law], laws[c.law].current, c.article, c.paragraph ?? null),
      );
      for (const c of stale) if (c.law.key === 'csl') lowest = stricter(lowest, lowestLevelAllowed(articleOf(old, c.article).text));
    }

    let ranges: QuoteMutation[] = [];
    let elision: QuoteMutation | null = null;
    let crossReferences: QuoteMutation[] = [];
    const last = cites[cites.length - 1];
    if (def.penalty && last.paragraph === null) {
      const article = articleOf(last.law.current, last.article);
      const penalties = articlePenalties(article);
      ranges = wrongRanges(article.text, penalties);
      elision = elidedQuote(article, penalties);
      crossReferences = wrongCrossReferences(article, linksOf(last.law), last.law.current.articles.length);
    } else if (def.penalty) {
      const article = articleOf(last.law.current, last.article);
      ranges = wrongRanges(last.quote, articlePenalties(article).filter((p) => p.paragraph === last.paragraph));
    }
    const numbered = [...new Set(def.cites.map((c) => c.law))].filter((k) => laws[k].documentNote !== null);
    return { def, weight: templateWeight(def), cites, lowest, stale, ranges, elision, crossReferences, numbered };
  });
  return catalogue;
}

/** Whether a list of a jurisdiction at `level` (in province `provinceCode`) may carry the template. */
export function allowedFor(t: ItemTemplate, level: JurisdictionLevel, code: string): boolean {
  if (t.def.province && !code.startsWith(t.def.province)) return false;
  if (t.lowest && LEVEL_ORDER[level] > LEVEL_ORDER[t.lowest]) return false;
  return true;
}

/** Whether the template can carry a planted error of this kind. */
export function supports(t: ItemTemplate, error: ErrorKind): boolean {
  switch (error) {
    case 'stale-version':
      return t.stale !== null;
    case 'wrong-range':
      return t.ranges.length > 0;
    case 'elision':
      return t.elision !== null;
    case 'wrong-document-number':
      return t.numbered.some((k) => synthLaws()[k].wrongDocumentNotes.length > 0);
    case 'wrong-cross-reference':
      return t.crossReferences.length > 0;
  }
}
