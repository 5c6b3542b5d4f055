/**
 * The title registry: which book titles name laws, and the canonical title of each.
 *
 * A title written in a list (《网络安全法》, 〈中华人民共和国网络安全法〉, 網絡安全法) maps to one
 * canonical title (中华人民共和国网络安全法). Titles not in the registry still count as laws
 * when they end like one (…法, …条例, …规定, …办法 …); forms such as 《行政处罚决定书》 do not.
 * The default registry is read from data/titles.tsv, built from the law corpus and the
 * statutes folder by scripts/build-titles.ts; `fatiao laws import` adds to it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dataPath } from '../paths.js';

/** Endings of law titles, after a trailing version note such as （2019年修正） is removed. */
const LAW_ENDING =
  /(?:法|法典|条例|规定|办法|细则|决定|规则|解释|规程|准则|章程|决议|通知|意见|批复|答复|纲要|公约|条约|协定|修正案|若干规定|暂行规定|实施办法)$/;
/** A version note or qualifier at the end of a title: （2019年修正）（试行）（一）. */
const TRAILING_NOTE = /[（(][^（）()]{1,20}[）)]$/;
const PRC = '中华人民共和国';

export interface TitleInfo {
  canonical: string;
  rank: string | null;
}

export class TitleRegistry {
  private readonly byTitle = new Map<string, TitleInfo>();
  private readonly ambiguous = new Set<string>();
  /**
   * For titles written without 《》: the lengths of registered titles by their last three
   * characters (or both, for 刑法), longest first, so a lookup slices only titles that could match.
   */
  private readonly lengthsByEnding = new Map<string, number[]>();
  /** The characters registered titles end with (法, 例, 定 …): most places end in none. */
  private readonly finals = new Uint8Array(0x10000);
  private t2s: ((s: string) => string) | null = null;

  /** Registers a law under its canonical title and aliases (short titles, old names). */
  add(canonical: string, aliases: Iterable<string> = [], rank: string | null = null): void {
    const info: TitleInfo = { canonical, rank };
    for (const title of new Set([canonical, ...aliases, ...derivedAliases(canonical)])) {
      if (!title) continue;
      const existing = this.byTitle.get(title);
      if (existing && existing.canonical !== canonical) {
        // Two laws share this alias: a short alias loses to a law whose full title it is.
        if (title === existing.canonical) continue;
        if (title === canonical) {
          this.byTitle.set(title, info);
          continue;
        }
        this.ambiguous.add(title);
        continue;
      }
      this.byTitle.set(title, info);
      if (title.length >= 2 && LAW_ENDING.test(title)) {
        this.finals[title.charCodeAt(title.length - 1)] = 1;
        const ending = title.slice(-3);
        const lengths = this.lengthsByEnding.get(ending) ?? [];
        if (!lengths.includes(title.length)) {
          lengths.push(title.length);
          lengths.sort((a, b) => b - a);
          this.lengthsByEnding.set(ending, lengths);
        }
      }
    }
  }

  get size(): number {
    return new Set([...this.byTitle.values()].map((i) => i.canonical)).size;
  }

  /** The registered law a written title names, or null. */
  lookup(written: string): TitleInfo | null {
    const title = written.replace(/\s+/g, '');
    const direct = this.exact(title);
    if (direct) return direct;
    // Traditional characters: 網絡安全法 → 网络安全法.
    if (/[^\u0000-\u00ff]/.test(title)) {
      const simplified = this.toSimplified(title);
      if (simplified !== title) return this.exact(simplified);
    }
    return null;
  }

  private exact(title: string): TitleInfo | null {
    const hit = this.byTitle.get(title);
    if (hit && !this.ambiguous.has(title)) return hit;
    const normalised = title.replace(/〈/g, '《').replace(/〉/g, '》');
    if (normalised !== title) {
      const n = this.byTitle.get(normalised);
      if (n && !this.ambiguous.has(normalised)) return n;
    }
    if (title.startsWith(PRC)) {
      const short = this.byTitle.get(title.slice(PRC.length));
      if (short && !this.ambiguous.has(title.slice(PRC.length))) return short;
    }
    const stripped = title.replace(TRAILING_NOTE, '');
    if (stripped !== title && stripped.length > 1) return this.exact(stripped);
    return null;
  }

  /** Whether a book title names a law (known, or ending like a law title). */
  isLawTitle(written: string): boolean {
    if (this.lookup(written)) return true;
    let title = written.replace(/\s+/g, '');
    for (let i = 0; i < 3 && TRAILING_NOTE.test(title); i++) title = title.replace(TRAILING_NOTE, '');
    return title.length >= 2 && LAW_ENDING.test(this.toSimplified(title));
  }

  /**
   * A registered title written without brackets that ends exactly at `end` in `text`
   * (网络安全法第六十八条): the longest such title, or null.
   */
  titleEndingAt(text: string, end: number): { start: number; info: TitleInfo } | null {
    if (end < 2 || !this.finals[text.charCodeAt(end - 1)]) return null;
    // By the last three characters: 照本法 (依照本法) names no title, 基本法 does.
    const lengths = this.lengthsByEnding.get(text.slice(Math.max(0, end - 3), end)) ?? (end >= 3 ? this.lengthsByEnding.get(text.slice(end - 2, end)) : undefined);
    if (!lengths) return null;
    for (const len of lengths) {
      if (len > end) continue;
      const candidate = text.slice(end - len, end);
      const info = this.byTitle.get(candidate);
      if (info && !this.ambiguous.has(candidate)) return { start: end - len, info };
    }
    return null;
  }

  private toSimplified(s: string): string {
    if (!this.t2s) this.t2s = loadT2S();
    return this.t2s(s);
  }

  /** Reads a registry in the format of data/titles.tsv: canonical, aliases (|), rank. */
  static fromTsv(tsv: string): TitleRegistry {
    const registry = new TitleRegistry();
    for (const line of tsv.split('\n')) {
      if (!line || line.startsWith('#') || line.startsWith('canonical\t')) continue;
      const [canonical, aliases = '', rank = ''] = line.split('\t');
      registry.add(canonical, aliases ? aliases.split('|') : [], rank || null);
    }
    return registry;
  }
}

/** Aliases every title has: without the 中华人民共和国 prefix; a province written short. */
export function derivedAliases(canonical: string): string[] {
  const out: string[] = [];
  if (canonical.startsWith(PRC) && canonical.length > PRC.length + 1) out.push(canonical.slice(PRC.length));
  const stripped = canonical.replace(TRAILING_NOTE, '');
  if (stripped !== canonical && stripped.length > 2) out.push(stripped);
  for (const [full, short] of PROVINCE_SHORT) {
    if (canonical.startsWith(full) && canonical.length > full.length + 2) {
      out.push(short + canonical.slice(full.length));
    }
  }
  return out;
}

/** Common short forms of province-level names used in titles (新疆信息化促进条例). */
const PROVINCE_SHORT: [string, string][] = [
  ['新疆维吾尔自治区', '新疆'], ['广西壮族自治区', '广西'], ['宁夏回族自治区', '宁夏'],
  ['内蒙古自治区', '内蒙古'], ['西藏自治区', '西藏'], ['黑龙江省', '黑龙江'],
  ...['河北', '山西', '辽宁', '吉林', '江苏', '浙江', '安徽', '福建', '江西', '山东', '河南', '湖北',
    '湖南', '广东', '海南', '四川', '贵州', '云南', '陕西', '甘肃', '青海', '台湾'].map(
    (p): [string, string] => [`${p}省`, p],
  ),
  ...['北京', '天津', '上海', '重庆'].map((p): [string, string] => [`${p}市`, p]),
];

let t2sConverter: ((s: string) => string) | null = null;
function loadT2S(): (s: string) => string {
  if (t2sConverter) return t2sConverter;
  // opencc-js ships CommonJS dictionaries; load them only when a title needs converting.
  const require = createRequire(import.meta.url);
  const OpenCC = require('opencc-js') as { Converter(o: { from: string; to: string }): (s: string) => string };
  t2sConverter = OpenCC.Converter({ from: 't', to: 'cn' });
  return t2sConverter;
}

let defaultRegistry: TitleRegistry | null = null;

/** The registry shipped in data/titles.tsv (laws of the corpus and of data/statutes). */
export function defaultTitleRegistry(): TitleRegistry {
  if (!defaultRegistry) defaultRegistry = TitleRegistry.fromTsv(readFileSync(dataPath('titles.tsv'), 'utf8'));
  return defaultRegistry;
}
