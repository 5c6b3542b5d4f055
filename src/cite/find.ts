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
  constructor(readonly registry: TitleRegistry = defaultTitleRegistry()) {
    this.parser = new SpanParser(registry);
  }

  find(text: string, options: FindOptions = {}): Citation[] {
    const law = options.law ? (this.registry.lookup(options.law)?.canonical ?? options.law) : null;
    return resolveContext(text, scanSpans(text, this.registry, this.parser), this.registry, law);
  }
}

let defaultFinder: CitationFinder | null = null;

/** Every citation of statute provisions in `text`, in text order. */
export function findCitations(text: string, options: FindOptions = {}): Citation[] {
  if (!defaultFinder) defaultFinder = new CitationFinder();
  return defaultFinder.find(text, options);
}
