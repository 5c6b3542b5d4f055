/**
 * One synthetic list: its jurisdiction, office, title and date, and its items — a subset of
 * the templates the jurisdiction may exercise, named and numbered as a list numbers them,
 * with the planted errors the rates call for.
 */
import type { PowerType } from '../lists/types.js';
import { randomBasisStyle, summaryBasis, writeBasis, type BasisOverride, type BasisStyle } from './basis.js';
import { allowedFor, itemTemplates, supports, type ItemTemplate, type ResolvedCite } from './catalogue.js';
import type { SynthJurisdiction } from './jurisdictions.js';
import { CSL_2016_NOTE, synthLaws } from './laws.js';
import { ERROR_KINDS, type ErrorKind } from './manifest.js';
import { Memo } from './memo.js';
import type { Random } from './random.js';
import { accountabilityFor, handlingUnits, responsibilitiesFor, TYPE_ORDER, typeWording } from './wording.js';

export interface SynthItem {
  seq: number;
  name: string;
  subItem: string | null;
  type: PowerType;
  /** The type as the list words it. */
  typeWord: string;
  code: string;
  subCode: string | null;
  unit: string;
  basis: string;
  /** The basis as a summary table abbreviates it. */
  summary: string;
  responsibilities: string;
  accountability: string;
  level: string;
  target: string;
  planted: { error: ErrorKind; law: string; article: number; detail: string } | null;
}

export interface SynthList {
  jurisdiction: SynthJurisdiction;
  office: string;
  title: string;
  /** ISO date and as the signature writes it (2026年3月15日). */
  published: string;
  dateCn: string;
  style: BasisStyle;
  items: SynthItem[];
}

const TITLE_ENDINGS = ['权责清单', '权责清单', '权责清单', '权力清单和责任清单', '行政权力清单', '权责事项清单', '权责清单（2026年版）'];

/** A date between 2026-03-01 and 2026-10-31: after every cited version took effect. */
function signatureDate(rng: Random): { iso: string; cn: string } {
  const d = new Date(Date.UTC(2026, 2, 1) + rng.int(0, 244) * 86_400_000);
  const [y, m, day] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
  return { iso: `${y}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`, cn: `${y}年${m}月${day}日` };
}

function shuffled<T>(items: readonly T[], rng: Random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** Templates to draw from, each as often as its weight says. */
class Pool {
  private readonly cumulative: number[] = [];
  private readonly total: number;

  constructor(readonly templates: readonly ItemTemplate[]) {
    let sum = 0;
    for (const t of templates) this.cumulative.push((sum += t.weight));
    this.total = sum;
  }

  pick(rng: Random): ItemTemplate {
    const r = rng.next() * this.total;
    let i = 0;
    while (i < this.cumulative.length - 1 && this.cumulative[i] <= r) i++;
    return this.templates[i];
  }
}

interface Planting {
  cites: readonly ResolvedCite[];
  override: BasisOverride;
  planted: SynthItem['planted'];
  /** What distinguishes this basis from the template's own, for the cache. */
  key: string;
}

/** The citations, overrides and manifest entry of an item with a planted error. */
function plant(t: ItemTemplate, error: ErrorKind, rng: Random): Planting {
  const last = t.cites.length - 1;
  const penalty = t.cites[last];
  switch (error) {
    case 'stale-version': {
      const stale = t.stale!;
      const cited = [...stale].reverse().find((c) => c.law.key === 'csl')!;
      return {
        cites: stale,
        override: { notes: new Map([['csl', CSL_2016_NOTE]]) },
        planted: { error, law: cited.law.title, article: cited.article, detail: `cites the 2016 text of ${cited.heading} with its 2016 version note` },
        key: error,
      };
    }
    case 'wrong-range':
    case 'elision':
    case 'wrong-cross-reference': {
      const m = error === 'elision' ? t.elision! : rng.pick(error === 'wrong-range' ? t.ranges : t.crossReferences);
      return {
        cites: t.cites,
        override: { quotes: new Map([[last, m.quote]]) },
        planted: { error, law: penalty.law.title, article: penalty.article, detail: m.detail },
        key: `${error}|${m.detail}`,
      };
    }
    case 'wrong-document-number': {
      const laws = synthLaws();
      const key = rng.pick(t.numbered.filter((k) => laws[k].wrongDocumentNotes.length > 0));
      const note = rng.pick(laws[key].wrongDocumentNotes);
      const first = t.cites.find((c) => c.law.key === key)!;
      return {
        cites: t.cites,
        override: { notes: new Map([[key, note]]) },
        planted: { error, law: first.law.title, article: first.article, detail: `${note} for ${laws[key].documentNote}` },
        key: `${error}|${key}|${note}`,
      };
    }
  }
}

/** Basis texts already written, by template, style and planted error: lists share them, and so does the memory. */
const bases = new Memo<{ basis: string; summary: string }>();

/** Builds a list of `count` items for a jurisdiction; `rates` are per item. */
export function buildList(rng: Random, jurisdiction: SynthJurisdiction, count: number, rates: Record<ErrorKind, number>): SynthList {
  const all = itemTemplates().filter((t) => allowedFor(t, jurisdiction.level, jurisdiction.code));
  const subset = shuffled(all, rng).slice(0, Math.max(Math.min(all.length, 6), Math.round(all.length * (0.5 + 0.5 * rng.next()))));
  const style = randomBasisStyle(rng);
  const styleKey = Object.values(style).join('|');
  const unitOf = handlingUnits(jurisdiction.levelWord, rng);
  const wordOf = typeWording(rng);
  const date = signatureDate(rng);
  const org = String(rng.int(1_000_000_000, 1_999_999_999));
  const nameOffset = rng.int(0, 5);
  const seen = new Map<string, number>();
  const basePool = new Pool(subset);
  /** Per error kind, the templates that can carry it (null: none can). */
  const pools = new Map<ErrorKind, Pool | null>();

  // Lists give their items type by type: one bucket per type, in order.
  const buckets: SynthItem[][] = TYPE_ORDER.map(() => []);
  for (let i = 0; i < count; i++) {
    let error: ErrorKind | null = null;
    let r = rng.next();
    for (const kind of ERROR_KINDS) {
      if (r < rates[kind]) {
        error = kind;
        break;
      }
      r -= rates[kind];
    }
    let pool = error ? pools.get(error) : basePool;
    if (pool === undefined && error) {
      const own = subset.filter((t) => supports(t, error!));
      const candidates = own.length ? own : all.filter((t) => supports(t, error!));
      pools.set(error, (pool = candidates.length ? new Pool(candidates) : null));
    }
    if (!pool) {
      error = null;
      pool = basePool;
    }
    const t = pool.pick(rng);
    const occurrence = seen.get(t.def.id) ?? 0;
    seen.set(t.def.id, occurrence + 1);
    const names = t.def.names;
    const name = names[(nameOffset + occurrence) % names.length];
    const subs = t.def.subItems ?? [];
    const subItem = subs.length && (occurrence >= names.length || rng.chance(0.2)) ? subs[occurrence % subs.length] : null;
    const { cites, override, planted, key } = error ? plant(t, error, rng) : { cites: t.cites, override: {}, planted: null, key: '' };
    const cacheKey = `${t.def.id}|${styleKey}|${key}`;
    const text = bases.get(cacheKey, () => ({ basis: writeBasis(cites, style, override), summary: summaryBasis(cites) }));
    buckets[TYPE_ORDER.indexOf(t.def.type)].push({
      seq: 0,
      code: '',
      subCode: null,
      name,
      subItem,
      type: t.def.type,
      typeWord: wordOf(t.def.type),
      unit: unitOf(t.def.type),
      basis: text.basis,
      summary: text.summary,
      responsibilities: responsibilitiesFor(t.def.type, rng),
      accountability: accountabilityFor(rng),
      level: jurisdiction.levelWord,
      target: t.def.target,
      planted,
    });
  }
  const items = buckets.flat();
  items.forEach((item, i) => {
    item.seq = i + 1;
    item.code = `11${jurisdiction.code}MB${org}${TYPE_ORDER.indexOf(item.type)}${String(item.seq).padStart(3, '0')}000`;
    if (item.subItem) item.subCode = `${item.code.slice(0, -3)}001`;
  });
  const title = `${jurisdiction.office}${rng.pick(TITLE_ENDINGS)}`;
  return { jurisdiction, office: jurisdiction.office, title, published: date.iso, dateCn: date.cn, style, items };
}
