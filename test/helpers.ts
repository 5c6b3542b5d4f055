/** Compact notation for references in tests: 68, 68-2 (款), 40-(3) (项), 39-1-(1), 286之1. */
import type { Citation, Ref } from '../src/cite/types.js';

export function refString(r: Ref): string {
  let s = `${r.article ?? '?'}`;
  if (r.articleSuffix) s += `之${r.articleSuffix}`;
  if (r.paragraph !== null) s += `-${r.paragraph}`;
  if (r.item !== null) s += `-(${r.item})`;
  return s;
}

export function refsOf(c: Citation): string {
  return c.refs.map(refString).join(' ');
}

/** `law: refs` with the 中华人民共和国 prefix dropped, for readable expectations. */
export function brief(c: Citation): string {
  const law = c.law?.replace(/^中华人民共和国/, '') ?? '?';
  return c.refs.length ? `${law}: ${refsOf(c)}` : law;
}

/**
 * Citations grouped by law in order of first appearance: `law: refs` for citations of
 * provisions, the bare law title for whole-law citations.
 */
export function byLaw(citations: readonly Citation[]): string[] {
  const groups: { law: string; refs: string[] }[] = [];
  for (const c of citations) {
    const law = c.law?.replace(/^中华人民共和国/, '') ?? '?';
    if (c.refs.length === 0) {
      if (!groups.some((g) => g.law === law && g.refs.length === 0)) groups.push({ law, refs: [] });
      continue;
    }
    let g = groups.find((x) => x.law === law && x.refs.length > 0);
    if (!g) groups.push((g = { law, refs: [] }));
    g.refs.push(...c.refs.map(refString));
  }
  return groups.map((g) => (g.refs.length ? `${g.law}: ${g.refs.join(' ')}` : g.law));
}
