/**
 * Which article of one version of a law corresponds to which of the next, found from the
 * texts alone: a monotone alignment of the two article sequences (dynamic programming, as
 * in sentence alignment) with steps 1–1, 1–0, 0–1, 1–2 (split) and 2–1 (merged), then a
 * pass that adds further parts of a split or merge (one article cut in three).
 *
 * Similarity is the Dice coefficient of character bigrams of the texts with white space
 * and punctuation removed. Shared bigram counts of all pairs come from an inverted bigram
 * index, so unrelated pairs cost nothing; a law of 1,300 articles aligns in a few tenths
 * of a second.
 */
import { articlePenalties } from './penalties.js';
import { normaliseForComparison } from './similarity.js';
import type { Article, ChangeKind, Correspondence, Penalty } from './types.js';

/** Pairs less alike than this are not the same article… */
const MIN_DICE = 0.3;
/** …unless most of the shorter text is found in the longer one. */
const MIN_CONTAINMENT = 0.8;
/** What a matched group's similarity must exceed to be worth aligning at all. */
const MARGIN = 0.25;
/** A part of a merge or split has at least this share of its text in the whole… */
const MIN_PART = 0.6;
/** …and at least this many bigrams: a short sentence is found in almost any long article. */
const MIN_PART_BIGRAMS = 15;
/** Texts with fewer bigrams than this are too short for containment to mean anything. */
const MIN_BIGRAMS = 8;

const ONE_ONE = 1;
const SKIP_OLD = 2;
const SKIP_NEW = 3;
const SPLIT = 4;
const MERGE = 5;

interface Bag {
  /** Distinct bigrams (two char codes packed in one number) and how often each occurs. */
  grams: number[];
  counts: number[];
  byGram: Map<number, number>;
  total: number;
}

function bagOf(text: string): Bag {
  const counts = new Map<number, number>();
  for (let i = 0; i + 1 < text.length; i++) {
    const g = text.charCodeAt(i) * 0x10000 + text.charCodeAt(i + 1);
    counts.set(g, (counts.get(g) ?? 0) + 1);
  }
  if (text.length === 1) counts.set(text.charCodeAt(0), 1);
  return { grams: [...counts.keys()], counts: [...counts.values()], byGram: counts, total: Math.max(0, text.length - 1) || text.length };
}

/** Bigrams of `whole` found in the parts together (counted once where several have them). */
function sharedWithParts(whole: Bag, parts: Bag[]): number {
  let shared = 0;
  whole.grams.forEach((g, k) => {
    let inParts = 0;
    for (const p of parts) inParts += p.byGram.get(g) ?? 0;
    shared += Math.min(whole.counts[k], inParts);
  });
  return shared;
}

/** Shared bigram counts of every (older, newer) pair, row-major by older index. */
function sharedMatrix(older: Bag[], newer: Bag[]): Int32Array {
  const n = older.length;
  const m = newer.length;
  const postings = new Map<number, number[]>(); // bigram → [older index, count, …]
  older.forEach((bag, i) => {
    bag.grams.forEach((g, k) => {
      let list = postings.get(g);
      if (!list) postings.set(g, (list = []));
      list.push(i, bag.counts[k]);
    });
  });
  const shared = new Int32Array(n * m);
  newer.forEach((bag, j) => {
    bag.grams.forEach((g, k) => {
      const list = postings.get(g);
      if (!list) return;
      const c = bag.counts[k];
      for (let p = 0; p < list.length; p += 2) shared[list[p] * m + j] += Math.min(c, list[p + 1]);
    });
  });
  return shared;
}

export function alignVersions(older: Article[], newer: Article[]): Correspondence[] {
  const oldTexts = older.map((a) => normaliseForComparison(a.text));
  const newTexts = newer.map((a) => normaliseForComparison(a.text));
  const oldBags = oldTexts.map(bagOf);
  const newBags = newTexts.map(bagOf);
  const n = older.length;
  const m = newer.length;
  const shared = sharedMatrix(oldBags, newBags);
  const s = (i: number, j: number) => shared[i * m + j];
  const T = (bag: Bag) => bag.total;

  const dice = (i: number, j: number) => {
    const total = T(oldBags[i]) + T(newBags[j]);
    return total === 0 ? (oldTexts[i] === newTexts[j] ? 1 : 0) : (2 * s(i, j)) / total;
  };
  /** Share of the old text's bigrams found in the new one, and the other way round. */
  const oldIn = (i: number, j: number) => (T(oldBags[i]) ? s(i, j) / T(oldBags[i]) : 0);
  const newIn = (i: number, j: number) => (T(newBags[j]) ? s(i, j) / T(newBags[j]) : 0);

  // The alignment maximises the text it explains: each matched group earns its bigram mass
  // times how much its similarity exceeds MARGIN, so a weak match between two long
  // articles that merely share boilerplate earns little, and a merge or split that explains
  // both parts beats pairing one part and leaving the other to a poor match.
  const gain = (similarity: number, mass: number) => (similarity - MARGIN) * mass;
  const w11 = (i: number, j: number) => {
    const d = dice(i, j);
    const mass = (T(oldBags[i]) + T(newBags[j])) / 2 || 1;
    if (d >= MIN_DICE) return gain(d, mass);
    const small = Math.min(T(oldBags[i]), T(newBags[j]));
    const contained = T(oldBags[i]) <= T(newBags[j]) ? oldIn(i, j) : newIn(i, j);
    return contained >= MIN_CONTAINMENT && small >= MIN_BIGRAMS ? gain(MIN_DICE, mass) : -Infinity;
  };
  /** Old article i split into new j and j + 1: both mostly drawn from it. */
  const w12 = (i: number, j: number) => {
    if (!isPart(T(newBags[j]), newIn(i, j)) || !isPart(T(newBags[j + 1]), newIn(i, j + 1))) return -Infinity;
    const total = T(oldBags[i]) + T(newBags[j]) + T(newBags[j + 1]);
    return gain((2 * sharedWithParts(oldBags[i], [newBags[j], newBags[j + 1]])) / total, total / 2);
  };
  /** Old articles i and i + 1 merged into new j. */
  const w21 = (i: number, j: number) => {
    if (!isPart(T(oldBags[i]), oldIn(i, j)) || !isPart(T(oldBags[i + 1]), oldIn(i + 1, j))) return -Infinity;
    const total = T(oldBags[i]) + T(oldBags[i + 1]) + T(newBags[j]);
    return gain((2 * sharedWithParts(newBags[j], [oldBags[i], oldBags[i + 1]])) / total, total / 2);
  };

  // score[i][j]: best gain aligning older[0..i) with newer[0..j).
  const w1 = m + 1;
  const score = new Float64Array((n + 1) * w1);
  const move = new Uint8Array((n + 1) * w1);
  for (let i = 1; i <= n; i++) move[i * w1] = SKIP_OLD;
  for (let j = 1; j <= m; j++) move[j] = SKIP_NEW;
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      let best = score[(i - 1) * w1 + j];
      let how = SKIP_OLD;
      if (score[i * w1 + j - 1] > best) {
        best = score[i * w1 + j - 1];
        how = SKIP_NEW;
      }
      // Only pairs that share a bigram can match; most cells of a long law share none.
      if (s(i - 1, j - 1) > 0 || oldTexts[i - 1] === newTexts[j - 1]) {
        const one = score[(i - 1) * w1 + j - 1] + w11(i - 1, j - 1);
        if (one > best) {
          best = one;
          how = ONE_ONE;
        }
        if (j >= 2 && s(i - 1, j - 2) > 0) {
          const split = score[(i - 1) * w1 + j - 2] + w12(i - 1, j - 2);
          if (split > best) {
            best = split;
            how = SPLIT;
          }
        }
        if (i >= 2 && s(i - 2, j - 1) > 0) {
          const merge = score[(i - 2) * w1 + j - 1] + w21(i - 2, j - 1);
          if (merge > best) {
            best = merge;
            how = MERGE;
          }
        }
      }
      score[i * w1 + j] = best;
      move[i * w1 + j] = how;
    }
  }

  const pairs: [number, number][] = [];
  for (let i = n, j = m; i > 0 || j > 0; ) {
    switch (move[i * w1 + j]) {
      case ONE_ONE:
        pairs.push([--i, --j]);
        break;
      case SPLIT:
        pairs.push([i - 1, j - 1], [i - 1, j - 2]);
        i -= 1;
        j -= 2;
        break;
      case MERGE:
        pairs.push([i - 1, j - 1], [i - 2, j - 1]);
        i -= 2;
        j -= 1;
        break;
      case SKIP_OLD:
        i--;
        break;
      default:
        j--;
    }
  }

  // Parts the steps above cannot take (one article split in three): an unaligned article
  // mostly contained in the partner of an aligned neighbour, and explaining text of it that
  // its other partners do not (else it is a deleted or new article much like its neighbour).
  const partnersOf = (index: number, side: 0 | 1) => pairs.filter((p) => p[side] === index).map((p) => p[1 - side]);
  const addsToWhole = (whole: Bag, partners: Bag[], part: Bag) =>
    sharedWithParts(whole, [...partners, part]) - sharedWithParts(whole, partners) >= MIN_PART * part.total;
  const matchedNew = new Set(pairs.map((p) => p[1]));
  const matchedOld = new Set(pairs.map((p) => p[0]));
  for (let j = 0; j < m; j++) {
    if (matchedNew.has(j)) continue;
    const candidates = [j - 1, j + 1]
      .filter((k) => matchedNew.has(k))
      .flatMap((k) => partnersOf(k, 1))
      .filter((i) => isPart(T(newBags[j]), newIn(i, j)))
      .filter((i) => addsToWhole(oldBags[i], partnersOf(i, 0).map((k) => newBags[k]), newBags[j]));
    const i = argmax(candidates, (c) => newIn(c, j));
    if (i !== null) {
      pairs.push([i, j]);
      matchedNew.add(j);
    }
  }
  for (let i = 0; i < n; i++) {
    if (matchedOld.has(i)) continue;
    const candidates = [i - 1, i + 1]
      .filter((k) => matchedOld.has(k))
      .flatMap((k) => partnersOf(k, 0))
      .filter((j) => isPart(T(oldBags[i]), oldIn(i, j)))
      .filter((j) => addsToWhole(newBags[j], partnersOf(j, 1).map((k) => oldBags[k]), oldBags[i]));
    const j = argmax(candidates, (c) => oldIn(i, c));
    if (j !== null) {
      pairs.push([i, j]);
      matchedOld.add(i);
    }
  }

  const oldDegree = new Int32Array(n);
  const newDegree = new Int32Array(m);
  for (const [i, j] of pairs) {
    oldDegree[i]++;
    newDegree[j]++;
  }
  const penalties = new Map<Article, string>();
  const penaltyKey = (a: Article) => {
    let key = penalties.get(a);
    if (key === undefined) penalties.set(a, (key = penaltySignature(articlePenalties(a))));
    return key;
  };
  const ref = (a: Article) => ({ number: a.number, suffix: a.suffix });

  // Rows in the order of the texts: by older article, then newer; a new article right after
  // the older article aligned before it.
  const rows: { at: number; j: number; c: Correspondence }[] = [];
  for (const [i, j] of pairs) {
    let change: ChangeKind;
    if (newDegree[j] > 1) change = 'merged';
    else if (oldDegree[i] > 1) change = 'split';
    else if (oldTexts[i] !== newTexts[j]) change = 'modified';
    else change = sameNumber(older[i], newer[j]) ? 'unchanged' : 'renumbered';
    const c: Correspondence = {
      from: ref(older[i]),
      to: ref(newer[j]),
      change,
      penaltiesChanged: penaltyKey(older[i]) !== penaltyKey(newer[j]),
      similarity: round(dice(i, j)),
    };
    rows.push({ at: i, j, c });
  }
  for (let i = 0; i < n; i++) {
    if (oldDegree[i] > 0) continue;
    const c: Correspondence = { from: ref(older[i]), to: null, change: 'deleted', penaltiesChanged: penaltyKey(older[i]) !== '', similarity: 0 };
    rows.push({ at: i, j: -1, c });
  }
  const lastOldOf = new Int32Array(m).fill(-1);
  for (const [i, j] of pairs) lastOldOf[j] = Math.max(lastOldOf[j], i);
  let lastOld = -1;
  for (let j = 0; j < m; j++) {
    lastOld = Math.max(lastOld, lastOldOf[j]);
    if (newDegree[j] > 0) continue;
    const c: Correspondence = { from: null, to: ref(newer[j]), change: 'new', penaltiesChanged: penaltyKey(newer[j]) !== '', similarity: 0 };
    rows.push({ at: lastOld + 0.5, j, c });
  }
  rows.sort((a, b) => a.at - b.at || a.j - b.j);
  return rows.map((r) => r.c);
}

function isPart(size: number, contained: number): boolean {
  return size >= MIN_PART_BIGRAMS && contained >= MIN_PART;
}

function argmax(candidates: number[], score: (c: number) => number): number | null {
  let out: number | null = null;
  for (const c of candidates) if (out === null || score(c) > score(out)) out = c;
  return out;
}

function sameNumber(a: Article, b: Article): boolean {
  return a.number === b.number && (a.suffix ?? null) === (b.suffix ?? null);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** What `penaltiesChanged` compares: kinds, ranges, units and parties, in any order. */
function penaltySignature(ps: Penalty[]): string {
  return ps
    .map((p) => [p.kind, p.min, p.max, p.unit, p.party].join(':'))
    .sort()
    .join('|');
}
