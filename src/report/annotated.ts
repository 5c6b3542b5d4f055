/**
 * One document's text with every citation marked, as a standalone static page (no script):
 * resolved citations are links styled as such, with the article text in a CSS-only popover
 * (shown on hover and on keyboard focus) and in a list of the cited articles below the text;
 * unresolved citations are marked differently. `fatiao annotate FILE > out.html` prints it.
 *
 * The pieces are shared with the HTML report's "annotated source" section, which builds the
 * same marks in the browser: `segmentText` (pure, no Node API, bundled into the page's script)
 * and `ANNOTATED_CSS`.
 */
import type { ReportAnnotation, ReportDocument } from './model.js';

/** A run of the text: plain, or one citation. */
export interface TextSegment {
  text: string;
  annotation: ReportAnnotation | null;
}

/**
 * The text cut into plain runs and citation runs, in order. Annotations are taken by start
 * offset; one that overlaps an earlier one, or lies outside the text, is left unmarked.
 */
export function segmentText(text: string, annotations: readonly ReportAnnotation[]): TextSegment[] {
  const sorted = [...annotations]
    .filter((a) => Number.isInteger(a.start) && Number.isInteger(a.end) && a.start >= 0 && a.end <= text.length && a.end > a.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: TextSegment[] = [];
  let at = 0;
  for (const a of sorted) {
    if (a.start < at) continue;
    if (a.start > at) out.push({ text: text.slice(at, a.start), annotation: null });
    out.push({ text: text.slice(a.start, a.end), annotation: a });
    at = a.end;
  }
  if (at < text.length) out.push({ text: text.slice(at), annotation: null });
  return out;
}

/** Whether an annotation counts as resolved on the page: the article's text is known. */
export function isResolved(a: ReportAnnotation): boolean {
  return a.resolved && a.articleText !== null;
}

/** HTML-escape text for element content and quoted attribute values. */
export function escapeHtml(text: string | number | null | undefined): string {
  if (text === null || text === undefined) return '';
  return String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** The marks' look, shared by the standalone page and the report. */
export const ANNOTATED_CSS = `
.doc-text { white-space: pre-wrap; word-break: break-word; line-height: 1.9; font-size: 15px; }
.cite { position: relative; border-radius: 3px; padding: 0 1px; text-decoration: none; color: inherit; cursor: pointer; }
.cite.ok { background: #e3f0ff; border-bottom: 2px solid #2f6fc0; }
.cite.ok:hover, .cite.ok:focus { background: #cfe3ff; outline: none; }
.cite.bad { background: #fff1e6; border-bottom: 2px dashed #c0392b; cursor: help; }
.cite.bad:hover, .cite.bad:focus { background: #ffe1cc; outline: none; }
.cite .pop { display: none; position: absolute; left: 0; top: calc(100% + 4px); z-index: 30; width: min(34em, 80vw);
  max-height: 22em; overflow: auto; padding: 8px 10px; background: #fff; color: #1d2733; border: 1px solid #9bb3cf;
  border-radius: 6px; box-shadow: 0 6px 20px rgba(20, 40, 70, .18); font-size: 13px; line-height: 1.65; white-space: pre-wrap; text-align: left; font-weight: normal; }
.cite .pop b { display: block; margin-bottom: 4px; color: #2f6fc0; }
.cite.bad .pop b { color: #c0392b; }
.cite:hover .pop, .cite:focus .pop, .cite:focus-within .pop { display: block; }
.legend-marks .cite { cursor: default; }
@media print {
  .cite .pop { display: none !important; }
  .cite.ok { background: none; border-bottom: 1.5px solid #2f6fc0; }
  .cite.bad { background: none; border-bottom: 1.5px dashed #c0392b; }
}
`;

const PAGE_CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; font-family: "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif;
  color: #1d2733; background: #f4f6f9; }
main { max-width: 60em; margin: 0 auto; padding: 24px 28px 60px; background: #fff; min-height: 100vh; }
h1 { font-size: 22px; margin: 0 0 6px; }
h2 { font-size: 17px; margin: 28px 0 10px; border-bottom: 1px solid #dde3ea; padding-bottom: 4px; }
.meta { color: #5b6775; font-size: 13px; margin: 0 0 14px; }
.meta span + span::before { content: " · "; }
.legend-marks { font-size: 13px; color: #5b6775; margin: 0 0 16px; }
.legend-marks .cite { margin: 0 4px; }
ol.articles { padding-left: 1.4em; }
ol.articles li { margin: 0 0 14px; }
ol.articles .label { font-weight: 600; }
ol.articles .text { white-space: pre-wrap; font-size: 14px; line-height: 1.7; margin-top: 4px; color: #333; }
ol.articles li:target { background: #fff8d6; }
@media print { body { background: #fff; } main { padding: 0; max-width: none; } }
`;

/** The standalone annotated page of one document. */
export function renderAnnotatedHtml(doc: ReportDocument, title: string): string {
  const segments = segmentText(doc.text, doc.annotations);
  const articles = new Map<string, { id: string; label: string; text: string; marks: number }>();
  for (const s of segments) {
    const a = s.annotation;
    if (!a || !isResolved(a)) continue;
    const k = a.target ?? a.label;
    const e = articles.get(k);
    if (e) e.marks++;
    else articles.set(k, { id: `art-${articles.size + 1}`, label: a.label, text: a.articleText!, marks: 1 });
  }
  const resolvedCount = doc.annotations.filter(isResolved).length;
  const body = segments
    .map((s) => {
      const a = s.annotation;
      if (!a) return escapeHtml(s.text);
      if (isResolved(a)) {
        const art = articles.get(a.target ?? a.label)!;
        return `<a class="cite ok" href="#${art.id}">${escapeHtml(s.text)}<span class="pop" role="tooltip"><b>${escapeHtml(a.label)}</b>${escapeHtml(a.articleText)}</span></a>`;
      }
      return `<span class="cite bad" tabindex="0">${escapeHtml(s.text)}<span class="pop" role="tooltip"><b>未能解析到条文</b>${escapeHtml(a.label)}</span></span>`;
    })
    .join('');
  const meta = [
    doc.jurisdiction ? `地区：${escapeHtml(doc.jurisdiction)}` : null,
    `文件：${escapeHtml(doc.path)}`,
    doc.layout ? `版式：${escapeHtml(doc.layout)}` : null,
    doc.items ? `事项 ${doc.items} 项` : null,
    `引用 ${doc.annotations.length} 处（已解析 ${resolvedCount}，未解析 ${doc.annotations.length - resolvedCount}）`,
  ].filter(Boolean);
  const list = [...articles.values()]
    .map((a) => `<li id="${a.id}"><span class="label">${escapeHtml(a.label)}</span>（引用 ${a.marks} 次）<div class="text">${escapeHtml(a.text)}</div></li>`)
    .join('\n');
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="fatiao">
<title>${escapeHtml(title)}</title>
<style>${PAGE_CSS}${ANNOTATED_CSS}</style>
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
<p class="meta">${meta.map((m) => `<span>${m}</span>`).join('')}</p>
<p class="legend-marks">图例：<span class="cite ok">已解析的引用</span>（悬停或聚焦可见条文，点击跳到下方条文）<span class="cite bad">未能解析的引用</span></p>
<div class="doc-text">${body}</div>
<h2>引用的条文（${articles.size}）</h2>
${articles.size ? `<ol class="articles">\n${list}\n</ol>` : '<p>没有可解析的条文。</p>'}
</main>
</body>
</html>
`;
}
