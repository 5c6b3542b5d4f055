/**
 * Finding candidate spans cheaply. One regular expression finds the places a citation can
 * start (第, 《, 本法, 前款 …); a second one measures how far the citation alphabet runs from
 * there. Only those spans reach the lexer and the grammar, so a long text costs one regex
 * pass plus a little work per candidate.
 */
import { NUMERALS, PATTERN } from '../../grammar/lexer.js';
import type { ParsedSpan, SpanParser } from './parse.js';
import type { TitleRegistry } from './titles.js';

/** Places a citation can start. */
const START = /《|〈|<<|第|[本该](?:实施细则|条例|规定|办法|细则|规则|决定|解释|法)|前[两二三四]?款|本[条款]|上款|前条|同条|该条/g;

const WS_CLASS = '\\s\\u3000\\u00a0\\u2000-\\u200b\\ufeff';
/**
 * One unit of the run of characters a citation can extend over: the alphabet of
 * grammar/lexer.ts, with titles, rank tags and bracketed notes as whole units. A citation
 * never extends past the run, so the run's text is a sound cache key for its parse.
 */
const RUN_UNIT = `(?:${[
  ...PATTERN.title,
  PATTERN.rank,
  PATTERN.group,
  PATTERN.unclosed,
  PATTERN.rel,
  PATTERN.relunit,
  '以及|或者',
  `[第条條款项項之、，,和及或与與至到—–－~～\\-${NUMERALS}（()）${WS_CLASS}]`,
].join('|')})`;
const ONE_UNIT = new RegExp(RUN_UNIT, 'y');
/**
 * Windows of growing size: most citations fit in the first; a longer one (a 10,000-element
 * list) is measured again in a larger window only when it fills the smaller one, so a text
 * of endless citation characters (第一第一第一…) costs a bounded amount per candidate.
 */
const WINDOWS = [64, 4096, 1 << 20].map((units) => ({ units, re: new RegExp(`${RUN_UNIT}{1,${units}}`, 'y') }));

/** The end of the run from `from`, at most `window` units long, and whether it goes on. */
export function measureRun(text: string, from: number, window: number): { end: number; truncated: boolean } {
  const w = WINDOWS[window];
  w.re.lastIndex = from;
  if (!w.re.test(text)) return { end: from, truncated: false };
  let end = w.re.lastIndex;
  ONE_UNIT.lastIndex = end;
  const truncated = ONE_UNIT.test(text);
  if (!truncated) while (end > from && isSpace(text.charCodeAt(end - 1))) end--;
  return { end, truncated };
}
export const WINDOW_COUNT = WINDOWS.length;

/** After 第, a citation needs a numeral or a bracketed item number. */
const AFTER_DI = new RegExp(`[${WS_CLASS}]*[${NUMERALS}（(]`, 'y');
/** After 本法/本条例, a citation needs an article. */
const AFTER_REL = new RegExp(`[${WS_CLASS}]*第`, 'y');
const SPACE = /[ \t\u3000\u00a0]/;
/** White space of WS_CLASS, by character code. */
function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x3000 || c === 0xfeff || (c >= 0x2000 && c <= 0x200b) || c === 0x85 || c === 0x1680 || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f;
}

/** A parsed citation at its place in the text, before its context is resolved. */
export interface SpanHit {
  start: number;
  /** Shared with the parse cache: never modified. */
  span: ParsedSpan;
}

export function scanSpans(text: string, registry: TitleRegistry, parser: SpanParser): SpanHit[] {
  const hits: SpanHit[] = [];
  const start = new RegExp(START.source, 'g');
  let floor = 0; // no citation may start before the end of the previous one
  let m: RegExpExecArray | null;
  while ((m = start.exec(text)) !== null) {
    const p = m.index;
    const word = m[0];
    let spanStart = p;
    let titleEnd = p;
    if (word === '第') {
      AFTER_DI.lastIndex = p + 1;
      if (!AFTER_DI.test(text)) continue;
      // A registered title written without brackets right before: 网络安全法第六十八条.
      let q = p;
      while (q > floor && SPACE.test(text[q - 1])) q--;
      const title = registry.titleEndingAt(text, q);
      if (title && title.start >= floor) {
        spanStart = title.start;
        titleEnd = q;
      }
    } else if (word.length >= 2 && (word[0] === '本' || word[0] === '该') && word !== '本条' && word !== '本款' && word !== '该条') {
      AFTER_REL.lastIndex = p + word.length;
      if (!AFTER_REL.test(text)) continue;
      // 本法 inside a longer registered title (香港特别行政区基本法第十八条) is that title.
      const title = registry.titleEndingAt(text, p + word.length);
      if (title && title.start < p && title.start >= floor) {
        spanStart = title.start;
        titleEnd = p + word.length;
      }
    }
    const parsed = parser.parseAt(text, spanStart, titleEnd);
    if (!parsed) continue;
    if (parsed.valid) hits.push({ start: spanStart, span: parsed });
    floor = spanStart + parsed.length;
    start.lastIndex = floor;
  }
  return hits;
}
