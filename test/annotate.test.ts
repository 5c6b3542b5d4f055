/** annotateCitations: the text escaped, each citation wrapped, nothing from the text executable. */
import { describe, expect, it } from 'vitest';
import { annotateCitations } from '../src/cite/annotate.js';
import { findCitations } from '../src/cite/find.js';

describe('annotateCitations', () => {
  it('wraps each citation with the attributes the caller gives', () => {
    const text = '依据《网络安全法》第六十八条和第六十九条';
    const html = annotateCitations(text, findCitations(text), { attributes: (c) => ({ href: `#art_${c.refs[0].article}` }) });
    expect(html).toBe('依据<a href="#art_68">《网络安全法》第六十八条和第六十九条</a>');
  });

  it('escapes the text around and inside citations, and the attributes', () => {
    const text = '<script>alert(1)</script>《网络安全法》第八条"';
    const html = annotateCitations(text, findCitations(text), { attributes: () => ({ title: '"><img src=x onerror=alert(1)>', onclick: 'alert(1)' }) });
    expect(html).not.toMatch(/<script|<img|onclick/);
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('title="&quot;&gt;&lt;img');
  });
});
