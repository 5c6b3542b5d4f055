/**
 * The errors planted in a quote, each made from the statute text and checked against the
 * penalty reader before it is used: a fine range the article does not set (wrong-range), an
 * elision that hands a manager's fine to the operator (elision), a 违反本法第X条 that names
 * another article (wrong-cross-reference).
 */
import { parsePenalties } from '../laws/penalties.js';
import type { Article, ArticleLink, Penalty } from '../laws/types.js';
import { parseNumeral } from '../cite/numerals.js';
import { chineseNumber } from './laws.js';

export interface QuoteMutation {
  quote: string;
  /** What changed, for the manifest. */
  detail: string;
}

const NUM = '[零一二三四五六七八九十百千]+';
const RANGE = new RegExp(`(${NUM}万?)元以上(${NUM}万?)元以下`, 'g');
const MAXIMA = ['五万', '十万', '二十万', '三十万', '五十万', '一百万', '二百万', '五百万', '一千万'];

function amount(text: string): number | null {
  const wan = text.endsWith('万');
  const n = parseNumeral(wan ? text.slice(0, -1) : text);
  return n === null ? null : wan ? n * 10000 : n;
}

const sameRange = (a: Penalty, b: Penalty) => a.kind === b.kind && a.min === b.min && a.max === b.max && a.unit === b.unit;

/**
 * Quotes of `text` (the whole article) with one fine range changed so that the article sets
 * no such range anywhere: 五万元以上五十万元以下 → 五万元以上一百万元以下.
 */
export function wrongRanges(text: string, statute: readonly Penalty[]): QuoteMutation[] {
  const fines = statute.filter((p) => p.kind === 'fine');
  const out: QuoteMutation[] = [];
  for (const m of text.matchAll(RANGE)) {
    const min = amount(m[1]);
    const max = amount(m[2]);
    if (min === null || max === null) continue;
    for (const candidate of MAXIMA) {
      const value = amount(candidate)!;
      if (value <= min || value === max) continue;
      if (fines.some((f) => f.min === min && f.max === value && f.unit === '元')) continue;
      const phrase = `${m[1]}元以上${candidate}元以下`;
      const quote = text.slice(0, m.index) + phrase + text.slice(m.index! + m[0].length);
      const quoted = parsePenalties(quote, null).filter((p) => p.kind === 'fine');
      // Exactly one range of the quote must be foreign to the article: the changed one.
      const foreign = quoted.filter((q) => !statute.some((s) => sameRange(s, q)));
      if (foreign.length !== 1 || foreign[0].min !== min || foreign[0].max !== value) continue;
      out.push({ quote, detail: `${m[0]} → ${phrase}` });
    }
  }
  return out;
}

/**
 * A quote of the 款 holding a fine for 直接负责的主管人员, elided so that the fine reads as the
 * operator's: 网络运营者违反…的，由有关主管部门……处一万元以上十万元以下罚款。 Null when the
 * article has no such fine, or the same range is also the operator's.
 */
export function elidedQuote(article: Article, statute: readonly Penalty[]): QuoteMutation | null {
  for (const p of article.paragraphs) {
    const start = article.text.indexOf(p.text);
    const next = article.paragraphs.find((x) => x.n === p.n + 1);
    const para = article.text.slice(start, next ? article.text.indexOf(next.text, start + 1) : undefined);
    const fine = /对直接负责的主管人员[^，；。]*?(处[^，；。]*?元以下罚款)/.exec(para);
    const authority = /由有关主管部门|由[^，；。]{2,24}?主管部门/.exec(para);
    if (!fine || !authority || authority.index > fine.index) continue;
    const phrase = fine[1];
    const quote = `${para.slice(0, authority.index + authority[0].length)}……${phrase}。`;
    const quoted = parsePenalties(quote, null).filter((q) => q.kind === 'fine');
    if (quoted.length !== 1 || quoted[0].party !== 'subject') continue;
    const manager = statute.find((s) => sameRange(s, quoted[0]) && s.party !== 'subject');
    if (!manager || statute.some((s) => sameRange(s, quoted[0]) && s.party === 'subject')) continue;
    return { quote, detail: `${authority[0]}……${phrase}: the fine of ${manager.party} read as the operator's` };
  }
  return null;
}

const CROSS_REFERENCE = new RegExp(`本(?:法|办法|条例)第(${NUM})条`, 'g');

/**
 * Quotes with one 本法第X条 changed to a neighbouring article that the statute's text does
 * not refer to here: 违反本法第四十九条 → 违反本法第四十八条.
 */
export function wrongCrossReferences(article: Article, links: readonly ArticleLink[], articleCount: number): QuoteMutation[] {
  const text = article.text;
  const linked = new Set(links.filter((l) => l.fromArticle === article.number).map((l) => l.toArticle));
  const out: QuoteMutation[] = [];
  for (const m of text.matchAll(CROSS_REFERENCE)) {
    const x = parseNumeral(m[1]);
    if (x === null) continue;
    for (const y of [x - 1, x + 1, x - 2, x + 2]) {
      if (y < 1 || y > articleCount || y === article.number || linked.has(y)) continue;
      const written = m[0].replace(m[1], chineseNumber(y));
      const quote = text.slice(0, m.index) + written + text.slice(m.index! + m[0].length);
      out.push({ quote, detail: `${m[0]} → ${written}` });
      break;
    }
  }
  return out;
}
