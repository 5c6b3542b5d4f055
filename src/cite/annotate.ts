/**
 * annotateCitations: a text as HTML with every citation wrapped in an element of the
 * caller's choosing (eyecite's annotate_citations). All text is escaped; the caller's
 * attributes are escaped too.
 */
import type { Citation } from './types.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c]);

export interface AnnotateOptions {
  /** The element to wrap each citation in (default `a`). */
  tag?: string;
  /** Attributes for a citation's element, e.g. `{ href: '#art_68', title: '…' }`. */
  attributes?: (citation: Citation) => Record<string, string>;
}

export function annotateCitations(text: string, citations: readonly Citation[], options: AnnotateOptions = {}): string {
  const tag = /^[a-z][a-z0-9-]*$/.test(options.tag ?? 'a') ? (options.tag ?? 'a') : 'a';
  const out: string[] = [];
  let at = 0;
  for (const c of [...citations].sort((a, b) => a.start - b.start)) {
    if (c.start < at || c.end > text.length) continue; // overlapping or out of range: leave as text
    out.push(escapeHtml(text.slice(at, c.start)));
    const attrs = Object.entries(options.attributes?.(c) ?? {})
      .filter(([k]) => /^[a-zA-Z_:][-a-zA-Z0-9_:.]*$/.test(k) && !/^on/i.test(k))
      .map(([k, v]) => ` ${k}="${escapeHtml(v)}"`)
      .join('');
    out.push(`<${tag}${attrs}>${escapeHtml(c.text)}</${tag}>`);
    at = c.end;
  }
  out.push(escapeHtml(text.slice(at)));
  return out.join('');
}
