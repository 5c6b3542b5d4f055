/**
 * From the grammar's syntax tree to atomic references: numerals become numbers, lists and
 * ranges are expanded (第四十一条至第四十三条 → 41, 42, 43), 款 and 项 are distributed over
 * the articles they follow.
 */
import { parseNumeral } from './numerals.js';
import type { Ref } from './types.js';

/** Ranges longer than this are kept as their two endpoints: nothing real spans more. */
export const MAX_RANGE = 1500;
/** No statute has more articles than this (民法典 has 1,260). */
const MAX_NUMBER = 9999;

interface Tok { value: string }
interface Cons<T> { prev: Cons<T> | null; last: T }
interface Nums { list: Cons<Tok> | null; from: Tok | null; to: Tok | null }
interface ItemUnit { nums: Nums }
interface ItemTerm { unit: ItemUnit; to: ItemUnit | null }
interface ParaUnit { nums: Nums }
interface ParaTerm { unit: ParaUnit; to: ParaUnit | null; items: Cons<ItemTerm> | null }
interface Sub { paras: Cons<ParaTerm> | null; items: Cons<ItemTerm> | null }
interface ArtUnit { nums: Nums; suffix: Tok | null }
interface ArtTerm { unit: ArtUnit; to: ArtUnit | null; sub: Sub | null }
export type ArtSeq = Cons<ArtTerm>;
export type SubSeq = Sub;

/** Thrown inside this module when a numeral is not a valid article number. */
class BadNumber extends Error {}

export function flatten<T>(list: Cons<T> | null): T[] {
  const out: T[] = [];
  for (let c = list; c; c = c.prev) out.push(c.last);
  return out.reverse();
}

function number(tok: Tok): number {
  const raw = tok.value.replace(/[（()）\s\u3000]/g, '');
  const n = parseNumeral(raw);
  if (n === null || n < 1 || n > MAX_NUMBER) throw new BadNumber(tok.value);
  return n;
}

function range(from: number, to: number): number[] {
  if (to < from || to - from > MAX_RANGE) return [from, to];
  const out: number[] = [];
  for (let n = from; n <= to; n++) out.push(n);
  return out;
}

function expandNums(nums: Nums): number[] {
  if (nums.list) return flatten(nums.list).map(number);
  return range(number(nums.from!), number(nums.to!));
}

/** Numbers of a unit, or of a range between two units (第四十一条至第四十三条). */
function unitSpan(unit: { nums: Nums }, to: { nums: Nums } | null): number[] {
  const first = expandNums(unit.nums);
  if (!to) return first;
  const last = expandNums(to.nums);
  return [...first.slice(0, -1), ...range(first[first.length - 1], last[0]), ...last.slice(1)];
}

function itemNumbers(items: Cons<ItemTerm> | null): (number | null)[] {
  if (!items) return [null];
  return flatten(items).flatMap((t) => unitSpan(t.unit, t.to));
}

/** Paragraph and item pairs of a 款/项 sequence. */
export function subRefs(sub: Sub | null): { paragraph: number | null; item: number | null }[] {
  if (!sub) return [{ paragraph: null, item: null }];
  if (sub.items) return itemNumbers(sub.items).map((item) => ({ paragraph: null, item }));
  const out: { paragraph: number | null; item: number | null }[] = [];
  for (const term of flatten(sub.paras)) {
    const items = itemNumbers(term.items);
    for (const paragraph of unitSpan(term.unit, term.to)) {
      for (const item of items) out.push({ paragraph, item });
    }
  }
  return out;
}

/** Every atomic reference of an article sequence, or null if a numeral is invalid. */
export function articleRefs(seq: ArtSeq | null): Ref[] | null {
  if (!seq) return [];
  try {
    const out: Ref[] = [];
    for (const term of flatten(seq)) {
      const articles = unitSpan(term.unit, term.to);
      const suffixTok = (term.to ?? term.unit).suffix;
      const suffix = suffixTok ? number(suffixTok) : null;
      const subs = subRefs(term.sub);
      articles.forEach((article, i) => {
        // 之一 belongs to the last article written before it (第十、二十条之一 → 20之一).
        const articleSuffix = i === articles.length - 1 ? suffix : null;
        for (const s of subs) out.push({ article, articleSuffix, paragraph: s.paragraph, item: s.item });
      });
    }
    return out;
  } catch (e) {
    if (e instanceof BadNumber) return null;
    throw e;
  }
}

/** References of a 款/项 sequence with no article of its own (前款第一项, bare 第二款). */
export function relativeRefs(sub: Sub | null): Ref[] | null {
  try {
    return subRefs(sub).map((s) => ({ article: null, articleSuffix: null, ...s }));
  } catch (e) {
    if (e instanceof BadNumber) return null;
    throw e;
  }
}
