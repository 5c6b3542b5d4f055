/**
 * The laws synthetic items cite, as lists write them: the title (full or short), the rank tag
 * (【法律】), the document number when the law has one, and the version note of the 2016
 * 网络安全法 that a stale item writes. Texts come from the statute registry (data/statutes).
 */
import { bundledLaws } from '../laws/registry.js';
import type { Article, Law, LawVersion } from '../laws/types.js';

export type LawKey = 'csl' | 'iism' | 'xj' | 'hero' | 'punish' | 'license';

export interface SynthLaw {
  key: LawKey;
  /** The registry's canonical title. */
  title: string;
  /** Ways lists write the title, inside 《》, the first the usual one. */
  written: string[];
  rank: '法律' | '行政法规' | '地方性法规';
  /** The document number as a note (国务院令第292号), null when lists do not give one. */
  documentNote: string | null;
  /** Document numbers that are not the law's, as lists get them wrong. */
  wrongDocumentNotes: string[];
  /** Notes naming the current version, which some lists write. */
  currentNotes: string[];
  /** The version lists should cite now. */
  current: LawVersion;
}

/** The version note of the 2016 网络安全法, as lists copy it from the text's header. */
export const CSL_2016_NOTE = '（2016年11月7日第十二届全国人民代表大会常务委员会第二十四次会议通过）';
export const CSL_2016 = '2016-11-07';

const DEFINITIONS: Record<LawKey, Omit<SynthLaw, 'current' | 'key'> & { version: string }> = {
  csl: {
    title: '中华人民共和国网络安全法',
    written: ['中华人民共和国网络安全法', '网络安全法'],
    rank: '法律',
    documentNote: null,
    wrongDocumentNotes: [],
    currentNotes: ['（2025年10月28日修正）', '（根据2025年10月28日第十四届全国人民代表大会常务委员会第十八次会议修正）'],
    version: '2025-10-28',
  },
  iism: {
    title: '互联网信息服务管理办法',
    written: ['互联网信息服务管理办法'],
    rank: '行政法规',
    documentNote: '（国务院令第292号）',
    wrongDocumentNotes: ['（国务院令第293号）', '（国务院令第291号）', '（国务院令第588号）'],
    currentNotes: [],
    version: '2024-12-06',
  },
  xj: {
    title: '新疆维吾尔自治区信息化促进条例',
    written: ['新疆维吾尔自治区信息化促进条例'],
    rank: '地方性法规',
    documentNote: null,
    wrongDocumentNotes: [],
    currentNotes: [],
    version: '2009-09-25',
  },
  hero: {
    title: '中华人民共和国英雄烈士保护法',
    written: ['中华人民共和国英雄烈士保护法', '英雄烈士保护法'],
    rank: '法律',
    documentNote: '（中华人民共和国主席令第五号）',
    wrongDocumentNotes: ['（中华人民共和国主席令第六号）', '（中华人民共和国主席令第十五号）'],
    currentNotes: [],
    version: '2018-04-27',
  },
  punish: {
    title: '中华人民共和国行政处罚法',
    written: ['中华人民共和国行政处罚法', '行政处罚法'],
    rank: '法律',
    documentNote: '（中华人民共和国主席令第七十号）',
    wrongDocumentNotes: ['（中华人民共和国主席令第六十三号）', '（中华人民共和国主席令第七十一号）'],
    currentNotes: [],
    version: '2021-01-22',
  },
  license: {
    title: '中华人民共和国行政许可法',
    written: ['中华人民共和国行政许可法', '行政许可法'],
    rank: '法律',
    documentNote: null,
    wrongDocumentNotes: [],
    currentNotes: [],
    version: '2019-04-23',
  },
};

let cache: Record<LawKey, SynthLaw> | null = null;

function lawNamed(title: string): Law {
  const law = bundledLaws().find((l) => l.title === title);
  if (!law) throw new Error(`synth: the statute registry has no ${title}`);
  return law;
}

/** A version of a law with its text, by adopted date. */
export function versionOf(title: string, adopted: string): LawVersion {
  const v = lawNamed(title).versions.find((x) => x.adopted === adopted);
  if (!v || !v.articles.length) throw new Error(`synth: the statute registry has no text of ${title} (${adopted})`);
  return v;
}

/** The laws, resolved against the registry once. */
export function synthLaws(): Record<LawKey, SynthLaw> {
  if (!cache) {
    const out = {} as Record<LawKey, SynthLaw>;
    for (const [key, d] of Object.entries(DEFINITIONS) as [LawKey, (typeof DEFINITIONS)[LawKey]][]) {
      const { version, ...rest } = d;
      out[key] = { key, ...rest, current: versionOf(d.title, version) };
    }
    cache = out;
  }
  return cache;
}

export function articleOf(version: LawVersion, number: number): Article {
  const a = version.articles.find((x) => x.number === number && x.suffix === null);
  if (!a) throw new Error(`synth: article ${number} not found`);
  return a;
}

/**
 * The text of an article, or of one 款 with its 项, exactly as the registry holds it (the
 * statute text `mismatches` compares quotes with).
 */
export function provisionText(article: Article, paragraph: number | null): string {
  if (paragraph === null) return article.text;
  const p = article.paragraphs.find((x) => x.n === paragraph);
  if (!p) throw new Error(`synth: article ${article.number} has no 款 ${paragraph}`);
  const start = article.text.indexOf(p.text);
  const next = article.paragraphs.find((x) => x.n === paragraph + 1);
  return article.text.slice(start, next ? article.text.indexOf(next.text, start + 1) : undefined);
}

const DIGITS = '零一二三四五六七八九';

/** 61 → 六十一, 10 → 十, 105 → 一百零五: numbers as article headings write them. */
export function chineseNumber(n: number): string {
  if (n < 10) return DIGITS[n];
  if (n < 20) return `十${n % 10 ? DIGITS[n % 10] : ''}`;
  if (n < 100) return `${DIGITS[Math.floor(n / 10)]}十${n % 10 ? DIGITS[n % 10] : ''}`;
  const rest = n % 100;
  const tail = rest === 0 ? '' : rest < 10 ? `零${DIGITS[rest]}` : rest < 20 ? `一${chineseNumber(rest)}` : chineseNumber(rest);
  return `${DIGITS[Math.floor(n / 100)]}百${tail}`;
}

/** 第六十一条, 第四十一条第二款. */
export function articleHeading(article: number, paragraph: number | null = null): string {
  return `第${chineseNumber(article)}条${paragraph ? `第${chineseNumber(paragraph)}款` : ''}`;
}
