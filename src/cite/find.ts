/**
 * The public entry point of citation extraction: `findCitations(text)`.
 */
import { scanSpans } from './candidates.js';
import { resolveContext } from './context.js';
import { SpanParser } from './parse.js';
import { defaultTitleRegistry, type TitleRegistry } from './titles.js';
import type { Citation, FindOptions } from './types.js';

/**
 * Finds citations with a given title registry. Keep one finder per registry: its parse
 * cache is what makes a corpus fast.
 */
export class CitationFinder {
  readonly parser: SpanParser;
  /**
   * Whole texts seen before: offices copy each other's basis texts, so the same text recurs
   * across lists. Results are frozen, since callers share them.
   */
  private readonly texts = new Map<string, readonly Citation[]>();

  constructor(readonly registry: TitleRegistry = defaultTitleRegistry()) {
    this.parser = new SpanParser(registry);
  }

  find(text: string, options: FindOptions = {}): Citation[] {
    const law = options.law ? (this.registry.lookup(options.law)?.canonical ?? options.law) : null;
    return resolveContext(text, scanSpans(text, this.registry, this.parser), this.registry, law);
  }

  /**
   * `find` for short texts that recur verbatim (the basis texts of power lists, which offices
   * copy from each other). The result is frozen and shared.
   */
  findShared(text: string, options: FindOptions = {}): readonly Citation[] {
    if (text.length > MAX_CACHED_TEXT) return this.find(text, options);
    const key = `${options.law ?? ''}\u0000${text}`;
    const hit = this.texts.get(key);
    if (hit) return hit;
    const found = this.find(text, options);
    if (this.texts.size >= MAX_CACHED_TEXTS) this.texts.clear();
    for (const c of found) {
      for (const r of c.refs) Object.freeze(r);
      Object.freeze(c.refs);
      if (c.notes) Object.freeze(c.notes);
      Object.freeze(c);
    }
    this.texts.set(key, Object.freeze(found));
    return found;
  }
}

// Basis texts are short; a longer text is not worth keying a cache by.
const MAX_CACHED_TEXT = 6_000;
const MAX_CACHED_TEXTS = 20_000;

let defaultFinder: CitationFinder | null = null;

/** Every citation of statute provisions in `text`, in text order. */
export function findCitations(text: string, options: FindOptions = {}): Citation[] {
  if (!defaultFinder) defaultFinder = new CitationFinder();
  return defaultFinder.find(text, options);
}
