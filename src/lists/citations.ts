/**
 * The citations of a power item, with the role each plays: what the list cites as the
 * item's basis, what the quoted article text refers to, what the accountability field cites.
 */
import type { Citation } from '../cite/types.js';
import type { CitationFinder } from '../cite/find.js';
import type { CitationRole, ItemCitation } from './types.js';

/** Numbering and a rank tag left at the end of a quote by the next basis entry (… 2.【部门规章】). */
const QUOTE_TAIL = /[\s\u3000]*(?:(?:\d{1,3}|[一二三四五六七八九十]{1,3})[.．、。]\s*)?(?:【[^【】\n]{1,12}】)?[\s\u3000]*$/;
const QUOTE_HEAD = /^[\s\u3000：:，,]+/;

/**
 * Citations of a basis text. Headings (《网络安全法》第五十九条：…, 第六十条 …) are what the
 * list cites; everything inside the quoted text that follows a heading is `in_quote`. Each
 * basis citation carries its quote, verbatim.
 */
export function basisCitations(finder: CitationFinder, text: string, field: string): ItemCitation[] {
  const found = finder.findShared(text);
  return found.map((c, i) => {
    if (!c.heading) return withRole(c, 'in_quote', field);
    const next = found.slice(i + 1).find((n) => n.heading);
    const quote = text
      .slice(c.end, next ? next.start : text.length)
      .replace(QUOTE_HEAD, '')
      .replace(QUOTE_TAIL, '');
    const out = withRole(c, 'basis', field);
    if (quote) out.quote = quote;
    return out;
  });
}

/** Citations of any other field, all in one role (追责情形 → accountability). */
export function fieldCitations(finder: CitationFinder, text: string, field: string, role: CitationRole): ItemCitation[] {
  return finder.findShared(text).map((c) => withRole(c, role, field));
}

function withRole(c: Citation, role: CitationRole, field: string): ItemCitation {
  return { ...c, role, field };
}
