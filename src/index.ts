/**
 * fatiao's public API. Citation extraction follows eyecite's shape: find citations in text,
 * resolve them against a statute registry, annotate the text with links.
 */
export { findCitations, CitationFinder } from './cite/find.js';
export { TitleRegistry, defaultTitleRegistry } from './cite/titles.js';
export { parseNumeral } from './cite/numerals.js';
export type { Citation, Ref, FindOptions, LawSource } from './cite/types.js';
