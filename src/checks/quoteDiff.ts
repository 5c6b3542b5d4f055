/**
 * Comparing a quote with the text it quotes. White space and punctuation never count; an
 * elision (……) may skip any amount; a quote may cover just part of the text. What remains —
 * characters the quote adds, drops inside a passage, or replaces — is a difference.
 */
import { diffChars } from 'diff';
import { normaliseForComparison } from '../laws/similarity.js';

export interface TextDifference {
  /** What the statute (or the other lists) say here, and what the quote says instead. */
  statute: string;
  quote: string;
  /** A few characters of agreed text before the difference, to find it by. */
  context: string;
}

export interface QuoteComparison {
  differences: TextDifference[];
  /** How much of the quote's text was found in the reference, 0..1. */
  coverage: number;
}

const ELISION = /…+|\.{3,}|。{3,}|⋯+/;
/** Item markers （一） (2): a quote that drops or keeps them says the same. */
const ITEM_MARKER = /[（(][一二三四五六七八九十\d]{1,3}[）)]/g;
const comparable = (text: string) => normaliseForComparison(text.replace(ITEM_MARKER, ''));

const MISMATCH = 1;
const GAP_OPEN = 2;
/** Leaving out reference text is cheap to extend (a dropped sentence); adding text is not. */
const OMIT_EXTEND = 0.1;
const ADD_EXTEND = 1;

/**
 * The passage of `ref` that best matches `seg`: a semi-global alignment (free ends in `ref`)
 * with affine gaps, so a quote that silently drops a whole sentence still aligns with the
 * article around the gap instead of sliding to a passage that merely looks alike.
 */
function bestWindow(seg: string, ref: string): [number, number] {
  const m = seg.length;
  const n = ref.length;
  const INF = 1e9;
  // M: characters aligned; D: a quote character the reference lacks; I: a reference character the quote lacks.
  let pM = new Float64Array(n + 1), pD = new Float64Array(n + 1), pI = new Float64Array(n + 1);
  let sM = new Int32Array(n + 1), sD = new Int32Array(n + 1), sI = new Int32Array(n + 1);
  let cM = new Float64Array(n + 1), cD = new Float64Array(n + 1), cI = new Float64Array(n + 1);
  let tM = new Int32Array(n + 1), tD = new Int32Array(n + 1), tI = new Int32Array(n + 1);
  for (let j = 0; j <= n; j++) {
    pM[j] = 0; // the quote may start anywhere in the reference
    pD[j] = INF;
    pI[j] = INF;
    sM[j] = sD[j] = sI[j] = j;
  }
  for (let i = 1; i <= m; i++) {
    cM[0] = INF;
    cI[0] = INF;
    cD[0] = GAP_OPEN + (i - 1) * ADD_EXTEND;
    tM[0] = tI[0] = tD[0] = 0;
    const c = seg.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      // Aligned: from the best of the three states diagonally.
      let best = pM[j - 1], start = sM[j - 1];
      if (pD[j - 1] < best) (best = pD[j - 1]), (start = sD[j - 1]);
      if (pI[j - 1] < best) (best = pI[j - 1]), (start = sI[j - 1]);
      cM[j] = best + (ref.charCodeAt(j - 1) === c ? 0 : MISMATCH);
      tM[j] = start;
      // Quote character with no counterpart: from the row above.
      let d = pM[j] + GAP_OPEN, ds = sM[j];
      if (pD[j] + ADD_EXTEND < d) (d = pD[j] + ADD_EXTEND), (ds = sD[j]);
      if (pI[j] + GAP_OPEN < d) (d = pI[j] + GAP_OPEN), (ds = sI[j]);
      cD[j] = d;
      tD[j] = ds;
      // Reference character the quote leaves out: from the left.
      let ins = cM[j - 1] + GAP_OPEN, is = tM[j - 1];
      if (cI[j - 1] + OMIT_EXTEND < ins) (ins = cI[j - 1] + OMIT_EXTEND), (is = tI[j - 1]);
      if (cD[j - 1] + GAP_OPEN < ins) (ins = cD[j - 1] + GAP_OPEN), (is = tD[j - 1]);
      cI[j] = ins;
      tI[j] = is;
    }
    [pM, cM] = [cM, pM];
    [pD, cD] = [cD, pD];
    [pI, cI] = [cI, pI];
    [sM, tM] = [tM, sM];
    [sD, tD] = [tD, sD];
    [sI, tI] = [tI, sI];
  }
  let end = 0;
  let best = Math.min(pM[0], pD[0]);
  let start = pM[0] <= pD[0] ? sM[0] : sD[0];
  for (let j = 1; j <= n; j++) {
    if (pM[j] < best) (best = pM[j]), (end = j), (start = sM[j]);
    if (pD[j] < best) (best = pD[j]), (end = j), (start = sD[j]);
  }
  return [start, end];
}

export function compareQuote(quote: string, reference: string): QuoteComparison {
  const ref = comparable(reference);
  const differences: TextDifference[] = [];
  let quoted = 0;
  let found = 0;
  for (const part of quote.split(ELISION)) {
    const seg = comparable(part);
    if (seg.length < 2) continue;
    quoted += seg.length;
    const [from, to] = bestWindow(seg, ref);
    const window = ref.slice(from, to);
    let context = '';
    let pending: TextDifference | null = null;
    for (const change of diffChars(window, seg)) {
      if (!change.added && !change.removed) {
        if (pending) differences.push(pending);
        pending = null;
        found += change.value.length;
        context = change.value.slice(-6);
        continue;
      }
      pending ??= { statute: '', quote: '', context };
      if (change.removed) pending.statute += change.value;
      else pending.quote += change.value;
    }
    if (pending) differences.push(pending);
  }
  return { differences, coverage: quoted ? found / quoted : 0 };
}

/** Words whose change alters what a provision means: who acts, whether, how much. */
const WEIGHTY = /国家|地方|省|市|县|不|未|应当|可以|并处|或者|以上|以下|元|日|倍|万|千|百|罚款|警告|吊销|没收|拘留|关闭|暂停|[0-9０-９零〇一二两三四五六七八九十]/;

/** How much a difference matters: numbers, authorities and modal words weigh; a dropped character of a typo does not. */
export function differenceWeight(d: TextDifference): 'high' | 'medium' | 'low' {
  const changed = d.statute + d.quote;
  if (/[0-9０-９零〇一二两三四五六七八九十百千万]/.test(d.statute) !== /[0-9０-９零〇一二两三四五六七八九十百千万]/.test(d.quote) || (/元|日|倍/.test(changed) && /[0-9０-９零〇一二两三四五六七八九十百千万]/.test(changed))) return 'high';
  if (WEIGHTY.test(changed) && changed.length <= 40) return 'medium';
  if (changed.length <= 2) return 'low';
  return changed.length >= 8 ? 'medium' : 'low';
}
