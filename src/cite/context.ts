/**
 * Resolving citations against their surroundings: which law a bare 第六十条 or 本法第二十一条
 * belongs to, which article 前款 or 本条 means, and whether a citation heads quoted text
 * (第五十九条：网络运营者…) or sits inside it (违反本法第二十一条).
 */
import type { SpanHit } from './candidates.js';
import { readNotes } from './notes.js';
import type { TitleRegistry } from './titles.js';
import type { Citation, LawSource, Ref } from './types.js';

/** What may stand between the start of a line or sentence and a heading citation. */
/** What may follow a heading citation: a colon, white space, a full stop, or the end. */
const HEADING_FOLLOW = /[：:\s\u3000\u00a0。；;]/;

interface Anchor {
  law: string | null;
  article: number | null;
}

export function resolveContext(
  text: string,
  hits: readonly SpanHit[],
  registry: TitleRegistry,
  optionLaw: string | null,
): Citation[] {
  const out: Citation[] = [];
  let contextLaw: string | null = null;
  let enclosing = null as Anchor | null;
  let previous = null as Anchor | null;
  // The previous citation's end and whether it was a heading: a citation joined to a heading
  // by only 、 和 及 (《网络安全法》第八条、《行政许可法》第十条) is a heading too.
  let previousEnd = -1;
  let previousHeading = false as boolean;

  for (const { start, span: hit } of hits) {
    const end = start + hit.length;
    const atSegmentStart: boolean = startsSegment(text, start) || (previousHeading && onlyJoinersBetween(text, previousEnd, start));
    let law: string | null = null;
    let lawAsWritten: string | null = null;
    let lawSource: LawSource = null;
    let refs: Ref[] = hit.refs;
    let relative = false;
    let heading = false;

    switch (hit.kind) {
      case 'titled': {
        lawAsWritten = hit.written;
        law = registry.lookup(hit.written!)?.canonical ?? hit.written!.replace(/\s+/g, '');
        lawSource = 'title';
        heading = atSegmentStart;
        if (refs.length > 0 || heading) contextLaw = law;
        break;
      }
      case 'bare': {
        law = optionLaw ?? contextLaw;
        lawSource = optionLaw ? 'option' : contextLaw ? 'context' : null;
        heading = atSegmentStart && (end === text.length || HEADING_FOLLOW.test(text[end]));
        break;
      }
      case 'relLaw': {
        lawAsWritten = hit.written;
        law = optionLaw ?? enclosing?.law ?? contextLaw;
        lawSource = optionLaw ? 'option' : law ? 'relative' : null;
        break;
      }
      case 'relUnit':
      case 'bareSub': {
        const anchor = relativeAnchor(hit.relUnit, enclosing, previous);
        if (!anchor || anchor.article === null) continue; // nothing to resolve it against
        law = anchor.law;
        lawSource = law ? (optionLaw ? 'option' : 'relative') : null;
        refs = refs.map((r) => ({ ...r, article: anchor.article }));
        relative = true;
        break;
      }
    }

    const citation: Citation = { text: text.slice(start, end), start, end, law, lawAsWritten, refs, lawSource, heading };
    if (relative) citation.relative = true;
    const rank = rankOf(text, start, hit.notes);
    if (rank) citation.rank = rank;
    if (hit.notes.length > 0) {
      citation.notes = hit.notes;
      const facts = readNotes(hit.notes);
      if (facts.documentNumber !== undefined) citation.documentNumber = facts.documentNumber;
    }
    out.push(citation);
    previousEnd = end;
    previousHeading = heading;

    const last = refs[refs.length - 1];
    if (last) {
      previous = { law, article: last.article };
      if (heading) enclosing = { law, article: last.article };
    } else if (heading) {
      enclosing = { law, article: null };
    }
  }
  return out;
}

function relativeAnchor(unit: string | null, enclosing: Anchor | null, previous: Anchor | null): Anchor | null {
  switch (unit) {
    case '同条':
    case '该条':
      return previous;
    case '前条':
      return enclosing?.article && enclosing.article > 1 ? { law: enclosing.law, article: enclosing.article - 1 } : null;
    default:
      return enclosing; // 前款, 前两款, 本条, 本款, 上款, and a bare 第二款
  }
}

const isHSpace = (c: number) =>
  c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x3000 || c === 0xfeff || (c >= 0x2000 && c <= 0x200b);
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const CN_DIGITS = '一二三四五六七八九十';
const isCnDigit = (c: number) => CN_DIGITS.includes(String.fromCharCode(c));
const BOUNDARY = '\n\r。；;：:';

/**
 * Whether `pos` starts a line, sentence or basis entry: only a list number (1. 2、 4。
 * （一）), a rank tag (【法律】), 依据/根据/按照 and white space may stand between it and the
 * start of the text or a line break, 。, ；, or ：.
 */
export function startsSegment(text: string, pos: number): boolean {
  let i = pos;
  const skipSpace = () => {
    while (i > 0 && isHSpace(text.charCodeAt(i - 1))) i--;
  };
  skipSpace();
  for (const word of ['依据', '根据', '按照']) {
    if (i >= 2 && text.startsWith(word, i - 2)) {
      i -= 2;
      skipSpace();
      break;
    }
  }
  if (i > 0 && text[i - 1] === '】') {
    const open = text.lastIndexOf('【', i - 1);
    if (open >= 0 && i - open <= 14 && !text.slice(open, i).includes('\n')) {
      i = open;
      skipSpace();
    }
  }
  // A list number: 1. 2、 4。 or （一） (2).
  if (i > 0) {
    const c = text[i - 1];
    if ('.．、。'.includes(c)) {
      let j = i - 1;
      while (j > 0 && j > i - 5 && (isDigit(text.charCodeAt(j - 1)) || isCnDigit(text.charCodeAt(j - 1)))) j--;
      if (j < i - 1 && atBoundary(text, j)) return true;
    } else if (c === '）' || c === ')') {
      let j = i - 1;
      while (j > 0 && j > i - 5 && (isDigit(text.charCodeAt(j - 1)) || isCnDigit(text.charCodeAt(j - 1)))) j--;
      if (j < i - 1 && j > 0 && (text[j - 1] === '（' || text[j - 1] === '(') && atBoundary(text, j - 1)) return true;
    }
  }
  return i === 0 || BOUNDARY.includes(text[i - 1]);
}

const JOINERS = /^[\s\u3000、，,;；和及与以或者]*$/;
function onlyJoinersBetween(text: string, from: number, to: number): boolean {
  return from >= 0 && to - from <= 6 && JOINERS.test(text.slice(from, to));
}

function atBoundary(text: string, i: number): boolean {
  while (i > 0 && isHSpace(text.charCodeAt(i - 1))) i--;
  return i === 0 || BOUNDARY.includes(text[i - 1]);
}

function rankOf(text: string, start: number, notes: readonly string[]): string | null {
  let i = start;
  while (i > 0 && isHSpace(text.charCodeAt(i - 1))) i--;
  if (i > 0 && text[i - 1] === '】') {
    const open = text.lastIndexOf('【', i - 1);
    if (open >= 0 && i - open <= 14) return text.slice(open + 1, i - 1);
  }
  for (const n of notes) if (n.startsWith('【')) return n.slice(1, -1);
  return null;
}
