/**
 * How alike two statute texts are, ignoring white space and punctuation: the share of the
 * first text's character pairs found in the second. A quote that elides or cuts an article
 * still scores high against it.
 */

/** Text with white space, punctuation and elision marks removed. */
export function normaliseForComparison(text: string): string {
  return text.replace(/[\s\u3000\p{P}\p{S}]/gu, '');
}

function bigrams(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i + 1 < text.length; i++) {
    const b = text.slice(i, i + 2);
    out.set(b, (out.get(b) ?? 0) + 1);
  }
  return out;
}

/** Containment of `part`'s character pairs in `whole`, 0..1. */
export function textSimilarity(part: string, whole: string): number {
  const a = bigrams(normaliseForComparison(part));
  const b = bigrams(normaliseForComparison(whole));
  let total = 0;
  let shared = 0;
  for (const [k, n] of a) {
    total += n;
    shared += Math.min(n, b.get(k) ?? 0);
  }
  return total === 0 ? 0 : shared / total;
}
