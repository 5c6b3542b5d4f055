/**
 * The HTML report and the annotated page as text: one self-contained file, nothing loaded
 * from the network, the data embedded so no document text can close its script element,
 * citations marked resolved or unresolved, everything from a document escaped.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeHtml, renderAnnotatedHtml, segmentText } from '../src/report/annotated.js';
import { buildReportData } from '../src/report/data.js';
import { WEB_BUNDLE, jsonForScript, renderHtmlReport, scriptForInline } from '../src/report/html.js';
import type { ReportAnnotation, ReportData, ReportDocument } from '../src/report/model.js';
import type { DB } from '../src/store/db.js';
import { seedStore } from './helpers.js';

const XSS_FILE = new URL('./fixtures/formats/xss.csv', import.meta.url).pathname;
const XSS = '<img src=x onerror=alert(1)>';

let db: DB;
let data: ReportData;
let html: string;
beforeAll(async () => {
  db = (await seedStore([XSS_FILE])).db;
  data = buildReportData(db, { asOf: '2026-11-23' });
  html = renderHtmlReport(data);
});
afterAll(() => db?.close());

function embeddedJson(page: string): string {
  const open = '<script type="application/json" id="fatiao-data">';
  const start = page.indexOf(open);
  expect(start).toBeGreaterThan(0);
  const end = page.indexOf('</script>', start);
  return page.slice(start + open.length, end);
}

describe('the HTML report', () => {
  it('is one complete zh-CN document with the script and styles inlined', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<html lang="zh-CN">');
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
    // Exactly two script elements (data, code) and one style element, all inline.
    expect(html.match(/<script\b/gi)).toHaveLength(2);
    expect(html.match(/<\/script>/gi)).toHaveLength(2);
    expect(html.match(/<script[^>]*\bsrc\s*=/gi)).toBeNull();
    expect(html.match(/<link\b[^>]*/gi)).toBeNull();
    expect(html.match(/<style>/g)).toHaveLength(1);
    // The bundle is in it.
    const bundle = readFileSync(WEB_BUNDLE, 'utf8');
    expect(bundle.length).toBeGreaterThan(100_000);
    expect(html).toContain(scriptForInline(bundle));
    expect(html).toContain('@media print');
  });

  it('loads nothing from elsewhere', () => {
    expect(html.match(/\b(?:src|href|action|poster|data)\s*=\s*["']?\s*(?:https?:)?\/\/[^\s"'>]*/gi)).toBeNull();
    expect(html.match(/url\(\s*["']?\s*(?:https?:)?\/\/[^)]*/gi)).toBeNull();
    expect(html.match(/@import[^;]*/gi)).toBeNull();
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none';[^"]*connect-src 'none'/);
  });

  it('embeds the data as JSON that no document text can break out of', () => {
    const json = embeddedJson(html);
    expect(json.match(/[<>&\u2028\u2029]/g)).toBeNull();
    expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(data)));
    // The fixture's item name is in the data, but never raw in the page.
    expect(JSON.stringify(data)).toContain(XSS);
    expect(html.includes(XSS)).toBe(false);
    expect(/<img\b/i.test(html)).toBe(false);
    expect(json).toContain('\\u003cimg src=x onerror=alert(1)\\u003e');
  });

  it('escapes what could close the script element or open a comment', () => {
    const nasty = { text: '</script><script>alert(1)</script><!-- & \u2028\u2029 -->' };
    const json = jsonForScript(nasty);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual(nasty);
    const js = scriptForInline('const a = "</script>"; const b = /<\\/SCRIPT/; // <!-- x');
    expect(js).not.toMatch(/<\/script/i);
    expect(js).not.toContain('<!--');
  });

  it('escapes the title', () => {
    const page = renderHtmlReport({ ...data, title: '</title><script>alert(1)</script>' });
    expect(page).toContain('<title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>');
    expect(page.match(/<script\b/gi)).toHaveLength(2);
  });

  it('carries the citation graph with a layout on every node', () => {
    const parsed = JSON.parse(embeddedJson(html)) as ReportData;
    expect(parsed.graph.nodes.length).toBeGreaterThan(200);
    for (const n of parsed.graph.nodes) {
      expect(typeof n.attributes.x).toBe('number');
      expect(typeof n.attributes.y).toBe('number');
    }
  });
});

describe('the annotated page', () => {
  const doc = (pathPart: string): ReportDocument => {
    const d = data.documents.find((x) => x.path.includes(pathPart));
    if (!d) throw new Error(`no document ${pathPart}`);
    return d;
  };

  it('marks every citation, resolved and unresolved differently, with the article text in a popover', () => {
    const d = doc('luxian');
    const page = renderAnnotatedHtml(d, d.title ?? d.path);
    const marked = segmentText(d.text, d.annotations).filter((s) => s.annotation).map((s) => s.annotation!);
    const resolved = marked.filter((a) => a.resolved && a.articleText !== null);
    expect(resolved.length).toBeGreaterThan(5);
    expect(marked.length - resolved.length).toBeGreaterThan(0);
    const body = page.slice(page.indexOf('<div class="doc-text">'), page.indexOf('<h2>'));
    expect(body.match(/class="cite ok"/g)).toHaveLength(resolved.length);
    expect(body.match(/class="cite bad"/g)).toHaveLength(marked.length - resolved.length);
    // A resolved mark links to the cited article below and carries its text.
    const a59 = resolved.find((a) => a.label.includes('网络安全法 第59条'))!;
    expect(a59).toBeTruthy();
    const m = page.match(/<a class="cite ok" href="#(art-\d+)">《中华人民共和国网络安全法》第五十九条<span class="pop" role="tooltip"><b>([^<]*)<\/b>([^<]*)<\/span><\/a>/);
    expect(m).not.toBeNull();
    expect(m![2]).toBe(escapeHtml(a59.label));
    expect(m![3]).toBe(escapeHtml(a59.articleText));
    expect(page).toContain(`<li id="${m![1]}">`);
    // Static: no script, nothing remote, CSS-only popovers.
    expect(page).not.toMatch(/<script/i);
    expect(page).not.toMatch(/\b(?:src|href)\s*=\s*["']?\s*(?:https?:)?\/\//i);
    expect(page).toMatch(/\.cite:hover \.pop, \.cite:focus \.pop/);
    expect(page).toContain('<html lang="zh-CN">');
  });

  it('keeps the text intact and escapes it', () => {
    const d = doc('xss');
    const page = renderAnnotatedHtml(d, `${XSS} 清单`);
    expect(d.text).toContain(XSS);
    expect(page.includes(XSS)).toBe(false);
    expect(page).toContain(escapeHtml(XSS));
    expect(page).toContain(`<title>${escapeHtml(XSS)} 清单</title>`);
    // Stripping the marks gives the document's text back.
    const body = page.slice(page.indexOf('<div class="doc-text">') + '<div class="doc-text">'.length, page.indexOf('</div>\n<h2>'));
    const text = body
      .replace(/<span class="pop" role="tooltip">.*?<\/span>(?=<\/(?:a|span)>)/gs, '')
      .replace(/<[^>]+>/g, '')
      .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
    expect(text).toBe(d.text);
  });
});

describe('segmentText', () => {
  const ann = (start: number, end: number): ReportAnnotation => ({ start, end, text: '', law: null, target: null, articleText: null, label: '', resolved: false });

  it('cuts the text into plain and citation runs, skipping overlaps and bad offsets', () => {
    const text = '0123456789';
    const segs = segmentText(text, [ann(5, 7), ann(2, 4), ann(3, 6), ann(8, 20), ann(9, 9)]);
    expect(segs.map((s) => [s.text, !!s.annotation])).toEqual([
      ['01', false], ['23', true], ['4', false], ['56', true], ['789', false],
    ]);
    expect(segs.map((s) => s.text).join('')).toBe(text);
  });
});
