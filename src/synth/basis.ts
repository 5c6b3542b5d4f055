/**
 * Writing an item's basis (实施依据) as lists write it: the law's title in 《》, maybe a rank
 * tag (【法律】), a note (document number, version), then each article heading followed by the
 * article's text. A list keeps one way of writing throughout; lists differ from each other.
 */
import type { ResolvedCite } from './catalogue.js';
import type { Random } from './random.js';

export interface BasisStyle {
  /** inline: 《法》第五十九条：…\n第六十条：…; block: 《法》\n第五十九条　…; each: 《法》第五十九条…\n《法》第六十条… */
  structure: 'inline' | 'block' | 'each';
  /** Between an article heading and its text. */
  separator: string;
  /** 1. 2. before each law when an item cites several. */
  numbered: boolean;
  /** 【法律】 before the title. */
  rankTags: boolean;
  /** The short title (网络安全法) where the law has one. */
  shortTitles: boolean;
  /** Write the law's document number (国务院令第292号) where it has one. */
  documentNumbers: boolean;
  /** Write a note naming the version in force (（2025年10月28日修正）). */
  currentNotes: boolean;
}

export function randomBasisStyle(rng: Random): BasisStyle {
  return {
    structure: rng.weighted([['inline', 4], ['block', 3], ['each', 2]] as const),
    separator: rng.weighted([['　', 4], ['：', 3], [' ', 1], [':', 1]] as const),
    numbered: rng.chance(0.6),
    rankTags: rng.chance(0.25),
    shortTitles: rng.chance(0.2),
    documentNumbers: rng.chance(0.35),
    currentNotes: rng.chance(0.15),
  };
}

/** What the item writes wrongly, if anything: a note or a quote in place of the true one. */
export interface BasisOverride {
  /** A note for the law with this key (the 2016 version note, a wrong document number). */
  notes?: Map<string, string>;
  /** A quote for the citation at this index. */
  quotes?: Map<number, string>;
}

/** The basis text of an item citing `cites`, written in `style`. */
export function writeBasis(cites: readonly ResolvedCite[], style: BasisStyle, override: BasisOverride = {}): string {
  // The citations grouped by law, in order of first appearance.
  const parts: { cites: { cite: ResolvedCite; index: number }[] }[] = [];
  cites.forEach((cite, index) => {
    const part = parts.find((p) => p.cites[0].cite.law.key === cite.law.key);
    if (part) part.cites.push({ cite, index });
    else parts.push({ cites: [{ cite, index }] });
  });
  const lines: string[] = [];
  parts.forEach((part, i) => {
    const law = part.cites[0].cite.law;
    const written = style.shortTitles && law.written.length > 1 ? law.written[1] : law.written[0];
    const title = `《${written}》`;
    const note =
      override.notes?.get(law.key) ??
      (style.documentNumbers && law.documentNote ? law.documentNote : style.currentNotes && law.currentNotes.length ? law.currentNotes[0] : '');
    const lead = `${style.numbered && parts.length > 1 ? `${i + 1}.` : ''}${style.rankTags ? `【${law.rank}】` : ''}${title}${note}`;
    const entry = (c: { cite: ResolvedCite; index: number }) => `${c.cite.heading}${style.separator}${override.quotes?.get(c.index) ?? c.cite.quote}`;
    part.cites.forEach((c, k) => {
      if (style.structure === 'block') {
        if (k === 0) lines.push(lead);
        lines.push(entry(c));
      } else if (k === 0) {
        lines.push(lead + entry(c));
      } else {
        lines.push(style.structure === 'each' ? title + entry(c) : entry(c));
      }
    });
  });
  return lines.join('\n');
}

/** The short form a summary table gives (【法律】《网络安全法》第八条、第五十条). */
export function summaryBasis(cites: readonly ResolvedCite[]): string {
  const byLaw: { law: ResolvedCite['law']; headings: string[] }[] = [];
  for (const c of cites) {
    const g = byLaw.find((x) => x.law.key === c.law.key);
    if (g) g.headings.push(c.heading);
    else byLaw.push({ law: c.law, headings: [c.heading] });
  }
  return byLaw
    .map((g, i) => `${byLaw.length > 1 ? `${i + 1}.` : ''}【${g.law.rank}】《${g.law.written[g.law.written.length - 1]}》${g.headings.join('、')}`)
    .join('\n    ');
}
