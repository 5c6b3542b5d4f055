/**
 * Parses one candidate span with the nearley grammar and returns the longest citation that
 * starts at its beginning.
 *
 * Tokens are fed one at a time; after each token the parser reports whether the input so far
 * is a complete citation, and the last complete prefix wins. Results are cached by the span's
 * text: the same spans (第一条, 本法第二十一条) recur thousands of times in a corpus.
 */
import nearley from 'nearley';
import grammarRules from '../../grammar/citation.js';
import { createLexer, type CiteToken } from '../../grammar/lexer.js';
import { measureRun, WINDOW_COUNT } from './candidates.js';
import { articleRefs, relativeRefs, type ArtSeq, type SubSeq } from './refs.js';
import type { TitleRegistry } from './titles.js';
import type { Ref } from './types.js';

const grammar = nearley.Grammar.fromCompiled(grammarRules as unknown as nearley.CompiledRules);

/** A citation found at the start of a span, before its context (law, enclosing article) is known. */
export interface ParsedSpan {
  /** Length of the citation text from the span start. */
  length: number;
  kind: 'titled' | 'relLaw' | 'relUnit' | 'bare' | 'bareSub';
  /** Title as written without brackets, or 本法/本条例 for relative ones. */
  written: string | null;
  /** Rank tags and bracketed notes written between title and article. */
  notes: string[];
  /** Atomic references; `article` is null for relative ones (前款, bare 第二款). */
  refs: Ref[];
  /** 前款, 本条, 前条 … for relative-unit citations. */
  relUnit: string | null;
  /**
   * False when the grammar read the span but its numbers are no article numbers (第0条,
   * 第10000条): not a citation, but the finder skips past it rather than parse it again
   * from every 第 inside it.
   */
  valid: boolean;
}

/** Counters for tests and benchmarks: how much work the parser did. */
export interface ParseStats {
  spans: number;
  cacheHits: number;
  tokensFed: number;
  ambiguous: number;
}

/** Tokens fed to one citation at most; a longer citation is cut there and resumes after. */
const MAX_TOKENS = 100_000;
/** Spans longer than this are parsed every time rather than cached. */
const MAX_KEY = 200;
const CACHE_LIMIT = 100_000;

interface SyntaxTree {
  kind: ParsedSpan['kind'];
  title?: CiteToken;
  rel?: CiteToken;
  unit?: CiteToken;
  noise?: { prev: unknown; last: CiteToken } | null;
  refs?: ArtSeq | null;
  sub?: SubSeq | null;
}

/** A grammar token with its index among the span's tokens (for the shape cache). */
interface IndexedToken extends CiteToken {
  i: number;
}

/**
 * The parse of one token-type sequence: how many tokens the citation takes and its tree
 * (none when no citation starts here), and whether the grammar accepted every token — then
 * the citation may go on past the tokens it was given.
 */
interface Shape {
  count: number;
  tree: SyntaxTree | null;
  alive: boolean;
}

export class SpanParser {
  readonly stats: ParseStats = { spans: 0, cacheHits: 0, tokensFed: 0, ambiguous: 0 };
  /** Parses by exact span text: the fast path for spans that recur verbatim. */
  private readonly cache = new Map<string, { span: ParsedSpan | null; exhausted: boolean }>();
  /**
   * Parses by token-type sequence. The grammar reads only token types, so two spans with
   * the same types (第八条 and 第六十九条) parse alike; the tree is re-filled with the tokens.
   */
  private readonly shapes = new Map<string, Shape>();
  private readonly lexer = createLexer();

  constructor(private readonly registry: TitleRegistry) {}

  /**
   * The citation starting at `start` in `text`. When `bareTitleEnd` is past `start`,
   * text[start, bareTitleEnd) is a registered title written without brackets
   * (网络安全法第六十八条).
   */
  parseAt(text: string, start: number, bareTitleEnd = start): ParsedSpan | null {
    this.stats.spans++;
    for (let window = 0; ; window++) {
      const run = measureRun(text, bareTitleEnd, window);
      if (run.end === bareTitleEnd && bareTitleEnd === start) return null;
      const key = text.slice(start, run.end);
      const hit = this.cache.get(key);
      if (hit !== undefined && !(run.truncated && hit.exhausted)) {
        this.stats.cacheHits++;
        return hit.span;
      }
      const result = this.parseRun(text, start, run.end, bareTitleEnd);
      // A citation that fills a window may go on past it: measure again in the next one.
      if (run.truncated && result.exhausted && window + 1 < WINDOW_COUNT) continue;
      if (key.length <= MAX_KEY) {
        if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
        this.cache.set(key, { span: result.span ? deepFreeze(result.span) : null, exhausted: result.exhausted });
      }
      return result.span;
    }
  }

  /** The span's tokens as the grammar sees them: white space dropped, titles classified. */
  private tokens(text: string, start: number, runEnd: number, bareTitleEnd: number): IndexedToken[] {
    const tokens: IndexedToken[] = [];
    if (bareTitleEnd > start) {
      const title = text.slice(start, bareTitleEnd);
      tokens.push({ type: 'bareTitle', value: title, text: title, offset: 0, i: 0 });
    }
    this.lexer.reset(text.slice(bareTitleEnd, runEnd));
    const shift = bareTitleEnd - start;
    for (let t = this.lexer.next(); t && tokens.length < MAX_TOKENS; t = this.lexer.next()) {
      if (t.type === 'ws') continue;
      let type = t.type!;
      if (type === 'title') type = this.registry.isLawTitle(titleInner(t.text)) ? 'lawTitle' : 'otherTitle';
      tokens.push({ type, value: t.value, text: t.text, offset: t.offset + shift, i: tokens.length });
      // Nothing in the grammar reads these: the citation cannot go past them.
      if (type === 'text' || type === 'other' || type === 'otherTitle') break;
    }
    return tokens;
  }

  /** Parses one run; `exhausted` says the citation took every token there was. */
  private parseRun(text: string, start: number, runEnd: number, bareTitleEnd: number): { span: ParsedSpan | null; exhausted: boolean } {
    const tokens = this.tokens(text, start, runEnd, bareTitleEnd);
    const key = tokens.length <= MAX_KEY ? tokens.map((t) => t.type).join(' ') : null;
    let shape = key === null ? undefined : this.shapes.get(key);
    if (shape === undefined) {
      shape = this.parseTokens(tokens);
      if (key !== null) {
        if (this.shapes.size >= CACHE_LIMIT) this.shapes.clear();
        this.shapes.set(key, shape);
      }
    }
    if (!shape.tree) return { span: null, exhausted: shape.alive };
    const last = tokens[shape.count - 1];
    return { span: toParsedSpan(refill(shape.tree, tokens) as SyntaxTree, last.offset + last.text.length), exhausted: shape.alive };
  }

  /**
   * How many parses the grammar gives a whole citation text (tests hold it to exactly one:
   * the grammar is unambiguous). 0 when the text is not one citation.
   */
  countParses(citationText: string, bareTitleLength = 0): number {
    const tokens = this.tokens(citationText, 0, citationText.length, bareTitleLength);
    const parser = new nearley.Parser(grammar);
    try {
      for (const tok of tokens) parser.feed([tok] as unknown as string);
    } catch {
      return 0;
    }
    return parser.results.length;
  }

  /** Feeds the tokens to the grammar one by one; the longest complete citation wins. */
  private parseTokens(tokens: IndexedToken[]): Shape {
    const parser = new nearley.Parser(grammar);
    // A token that fails is the normal end of a citation: skip nearley's costly error message.
    (parser as unknown as { reportError: () => string }).reportError = () => 'no citation continues here';
    const best: Shape = { count: 0, tree: null, alive: true };
    for (const tok of tokens) {
      try {
        parser.feed([tok] as unknown as string);
      } catch {
        best.alive = false;
        break;
      }
      this.stats.tokensFed++;
      const results = parser.results;
      if (results.length > 0) {
        if (results.length > 1) this.stats.ambiguous++;
        best.count = tok.i + 1;
        best.tree = results[0] as SyntaxTree;
      }
    }
    return best;
  }
}

/**
 * A copy of a syntax tree with each token replaced by the token of the same index. List
 * nodes (cons cells) are walked in a loop: a 10,000-element list is 10,000 cells deep.
 */
function refill(node: unknown, tokens: IndexedToken[]): unknown {
  if (node === null || typeof node !== 'object') return node;
  if ('i' in node && 'type' in node) return tokens[(node as IndexedToken).i];
  if ('prev' in node && 'last' in node) {
    const cells: unknown[] = [];
    for (let c = node as { prev: unknown; last: unknown } | null; c; c = c.prev as typeof c) cells.push(c.last);
    let out: { prev: unknown; last: unknown } | null = null;
    for (let i = cells.length - 1; i >= 0; i--) out = { prev: out, last: refill(cells[i], tokens) };
    return out;
  }
  const out: Record<string, unknown> = {};
  for (const k in node) out[k] = refill((node as Record<string, unknown>)[k], tokens);
  return out;
}

/** The text inside a title's brackets. */
export function titleInner(written: string): string {
  if (written.startsWith('<<')) return written.slice(2, -2);
  if (written.startsWith('《') || written.startsWith('〈')) return written.slice(1, -1);
  return written;
}

function listOf<T>(c: { prev: unknown; last: T } | null | undefined): T[] {
  const out: T[] = [];
  for (let x = c as { prev: unknown; last: T } | null | undefined; x; x = x.prev as typeof x) out.push(x.last);
  return out.reverse();
}

function toParsedSpan(tree: SyntaxTree, length: number): ParsedSpan {
  const invalid = (kind: ParsedSpan['kind']): ParsedSpan => ({ length, kind, written: null, notes: [], refs: [], relUnit: null, valid: false });
  switch (tree.kind) {
    case 'titled': {
      const refs = articleRefs(tree.refs ?? null);
      if (!refs) return invalid('titled');
      return { length, kind: 'titled', written: titleInner(tree.title!.text), notes: listOf(tree.noise).map((t) => t.text), refs, relUnit: null, valid: true };
    }
    case 'relLaw': {
      const refs = articleRefs(tree.refs ?? null);
      if (!refs) return invalid('relLaw');
      return { length, kind: 'relLaw', written: tree.rel!.text, notes: [], refs, relUnit: null, valid: true };
    }
    case 'bare': {
      const refs = articleRefs(tree.refs ?? null);
      if (!refs) return invalid('bare');
      return { length, kind: 'bare', written: null, notes: [], refs, relUnit: null, valid: true };
    }
    case 'relUnit':
    case 'bareSub': {
      const refs = relativeRefs(tree.sub ?? null);
      if (!refs) return invalid(tree.kind);
      return { length, kind: tree.kind, written: null, notes: [], refs, relUnit: tree.unit?.text ?? null, valid: true };
    }
  }
}
/** Freezes a cached result and everything in it (iteratively: ref lists can be long). */
function deepFreeze<T extends object>(value: T): T {
  const stack: object[] = [value];
  while (stack.length) {
    const v = stack.pop()!;
    for (const k in v) {
      const child = (v as Record<string, unknown>)[k];
      if (child && typeof child === 'object' && !Object.isFrozen(child)) stack.push(child);
    }
    Object.freeze(v);
  }
  return value;
}
