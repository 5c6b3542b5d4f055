/**
 * The citation report as ONE self-contained HTML page: the styles, the bundled browser script
 * (dist/web/report.js, built by `npm run build:web`) and the report data as JSON are all
 * inlined; the page loads nothing from the network. The script renders the sections (see
 * src/report/web/). Printing is provided for: the graph is replaced by a note, tables print.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../paths.js';
import { ANNOTATED_CSS, escapeHtml } from './annotated.js';
import type { ReportData } from './model.js';

export const WEB_BUNDLE = join(packageRoot, 'dist', 'web', 'report.js');

function readBundle(): string {
  if (!existsSync(WEB_BUNDLE)) throw new Error(`fatiao: the report page's script is missing (${WEB_BUNDLE}); run \`npm run build:web\``);
  return readFileSync(WEB_BUNDLE, 'utf8');
}

/**
 * JSON that is safe inside a <script> element: no `<`, `>` or `&` (so no `</script>` and no
 * `<!--`), and no U+2028/U+2029. JSON.parse reads the escapes back as the same characters.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** A script's source made safe to inline: it cannot end the element or open a comment. */
export function scriptForInline(js: string): string {
  return js.replace(/<\/(script)/gi, '\\x3C/$1').replace(/<!--/g, '\\x3C!--');
}

const SECTIONS: { id: string; title: string; intro?: string }[] = [
  { id: 'summary', title: '概要' },
  { id: 'findings', title: '问题', intro: '按严重度排列。每个问题给出所在地区、部门、事项，说明，以及证据：清单中的引文与法条原文（或与多数地区的引文）并排，不同的文字已标出。' },
  { id: 'laws', title: '法律与条文' },
  { id: 'coverage', title: '覆盖矩阵' },
  { id: 'charts', title: '图表' },
  { id: 'graph', title: '引用关系图' },
  { id: 'sources', title: '原文标注', intro: '各清单的原文，其中每处法条引用都已标出。点击文件名展开。' },
];

const REPORT_CSS = `
:root { color-scheme: light; --ink: #1d2733; --muted: #5b6775; --line: #dde3ea; --bg: #f4f6f9; --accent: #2f6fc0;
  --high: #c0392b; --medium: #d35400; --low: #7f8c8d; --high-bg: #fdecea; --medium-bg: #fef1e6; --low-bg: #f1f3f4; }
* { box-sizing: border-box; }
html { scroll-behavior: smooth; scroll-padding-top: 56px; }
body { margin: 0; font-family: "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif;
  color: var(--ink); background: var(--bg); font-size: 14px; line-height: 1.6; }
header.top { background: #17324d; color: #fff; padding: 20px 32px 16px; }
header.top h1 { margin: 0 0 4px; font-size: 22px; font-weight: 600; }
header.top .meta { color: #c6d4e3; font-size: 13px; }
header.top .kicker { color: #9fb7d0; font-size: 12px; letter-spacing: .08em; margin-bottom: 2px; }
nav.toc { position: sticky; top: 0; z-index: 50; background: #fff; border-bottom: 1px solid var(--line); padding: 0 24px; display: flex; gap: 2px; flex-wrap: wrap; box-shadow: 0 1px 4px rgba(0,0,0,.04); }
nav.toc a { color: var(--ink); text-decoration: none; padding: 10px 12px; font-size: 14px; border-bottom: 2px solid transparent; }
nav.toc a:hover, nav.toc a:focus { border-bottom-color: var(--accent); color: var(--accent); outline: none; }
main { max-width: 1320px; margin: 0 auto; padding: 8px 24px 80px; }
section.block { background: #fff; border: 1px solid var(--line); border-radius: 8px; margin: 18px 0; padding: 18px 22px 20px; }
section.block > h2 { margin: 0 0 10px; font-size: 19px; font-weight: 600; }
section.block > .intro { color: var(--muted); margin: -4px 0 12px; }
h3 { font-size: 16px; }
.hint { color: var(--muted); font-size: 13px; }
.lead { font-size: 15px; margin: 14px 0; }
.sub { color: var(--muted); font-size: 12px; }
.sub-inline { color: var(--muted); font-size: 12px; }
.empty { color: var(--muted); font-style: italic; }
.code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 11px; color: var(--muted); margin-left: 6px; }
.section-error, .graph-unavailable { background: #fff4e5; border: 1px solid #f0c27b; color: #7a4b00; border-radius: 6px; padding: 12px 16px; }
.graph-unavailable p { margin: 6px 0 0; }
button.link { background: none; border: none; color: var(--accent); cursor: pointer; padding: 2px 4px; font: inherit; font-size: 13px; }
button.link:hover, button.link:focus { text-decoration: underline; outline: none; }
button.link.small { font-size: 12px; padding: 0; }
button.more { display: block; margin: 12px auto 0; padding: 6px 18px; border: 1px solid var(--line); background: #f8fafc; border-radius: 16px; cursor: pointer; font: inherit; }
button.more:hover { background: #eef3f9; }
.two-col { display: grid; grid-template-columns: repeat(auto-fit, minmax(420px, 1fr)); gap: 18px; align-items: start; }

/* summary */
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(130px, 1fr)); gap: 10px; }
.card { border: 1px solid var(--line); border-radius: 8px; padding: 10px 12px; background: #fafbfd; }
.card-value { font-size: 26px; font-weight: 600; line-height: 1.2; }
.card-label { color: var(--muted); font-size: 12px; }
.card.sev-high { background: var(--high-bg); border-color: #f3b8b0; } .card.sev-high .card-value { color: var(--high); }
.card.sev-medium { background: var(--medium-bg); border-color: #f5c9a5; } .card.sev-medium .card-value { color: var(--medium); }
.card.sev-low { background: var(--low-bg); } .card.sev-low .card-value { color: var(--low); }

/* tables */
table.grid { border-collapse: collapse; width: 100%; margin: 6px 0 14px; }
table.grid caption { text-align: left; font-weight: 600; padding: 4px 0 6px; }
table.grid th, table.grid td { border-bottom: 1px solid var(--line); padding: 6px 8px; text-align: left; vertical-align: top; }
table.grid th { background: #f5f7fa; font-weight: 600; font-size: 13px; }
table.grid.compact td, table.grid.compact th { padding: 4px 8px; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; width: 4em; }
td.zero { color: #b8c0c9; }
.sev-high-text { color: var(--high); font-weight: 600; } .sev-medium-text { color: var(--medium); font-weight: 600; } .sev-low-text { color: var(--low); }
tr.clickable { cursor: pointer; } tr.clickable:hover, tr.clickable:focus { background: #eef4fb; outline: none; }
td.small, .small { font-size: 12px; }

/* toolbar */
.toolbar { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin: 4px 0 12px; padding: 8px 10px; background: #f6f8fb; border: 1px solid var(--line); border-radius: 6px; }
.toolbar-label { color: var(--muted); font-size: 13px; }
.toolbar select, .toolbar input[type=search] { font: inherit; font-size: 13px; padding: 4px 6px; border: 1px solid #c5ced8; border-radius: 4px; background: #fff; }
.toolbar input[type=search] { min-width: 16em; }
.toolbar .tstatus { color: var(--muted); font-size: 12px; margin-left: auto; }
.toolbar select { max-width: 16em; }
.chip { display: inline-flex; align-items: center; gap: 2px; padding: 2px 8px; border-radius: 12px; font-size: 13px; cursor: pointer; border: 1px solid var(--line); background: #fff; }
.chip.sev-high { color: var(--high); } .chip.sev-medium { color: var(--medium); } .chip.sev-low { color: var(--low); }

/* findings */
.finding { border: 1px solid var(--line); border-left: 5px solid var(--low); border-radius: 6px; padding: 10px 14px; margin: 10px 0; background: #fff; break-inside: avoid; }
.finding.sev-high { border-left-color: var(--high); } .finding.sev-medium { border-left-color: var(--medium); }
.finding header { display: flex; align-items: baseline; gap: 8px; flex-wrap: wrap; }
.badge { display: inline-block; min-width: 1.8em; text-align: center; border-radius: 4px; padding: 0 6px; font-size: 12px; font-weight: 600; color: #fff; background: var(--low); }
.badge.sev-high { background: var(--high); } .badge.sev-medium { background: var(--medium); }
.finding .kind { font-weight: 600; font-size: 15px; }
.finding .doc { margin-left: 10px; color: #8a96a3; font-size: 11px; font-family: ui-monospace, Menlo, Consolas, monospace; }
.finding header .links { margin-left: auto; }
.ev-line { font-size: 13px; display: flex; gap: 8px; align-items: baseline; flex-wrap: wrap; }
.same { color: var(--muted); font-size: 12px; font-style: italic; }
.finding .place { margin: 4px 0 2px; font-size: 13px; }
.finding .place .sep { color: #a0aab5; }
.where-j { font-weight: 600; }
.finding .msg { margin: 4px 0; color: #34404c; }
.finding .cited { font-size: 13px; background: #f7f9fb; border-radius: 4px; padding: 4px 8px; white-space: pre-wrap; }
.cited-label { color: var(--muted); }
.evidence { margin-top: 8px; }
.evidence-details > summary { cursor: pointer; color: var(--accent); font-size: 13px; margin: 4px 0; }
.sbs { display: grid; grid-template-columns: 1fr 1fr; gap: 10px; margin: 6px 0; }
.sbs-col { border: 1px solid var(--line); border-radius: 6px; background: #fbfcfd; }
.sbs-title { font-size: 12px; color: var(--muted); padding: 4px 8px; border-bottom: 1px solid var(--line); background: #f3f6f9; border-radius: 6px 6px 0 0; }
.sbs-text { padding: 6px 8px; white-space: pre-wrap; line-height: 1.8; font-size: 13.5px; }
.sbs-note { grid-column: 1 / -1; color: var(--muted); font-size: 12px; }
mark.d-left { background: #ffe08a; color: inherit; border-radius: 2px; box-shadow: 0 0 0 1px #f2c94c inset; }
mark.d-right { background: #ffd2cc; color: #8a1c10; border-radius: 2px; text-decoration: underline; text-decoration-color: #c0392b; }
del.d-omit { color: #b03a2e; background: #fdecea; text-decoration: line-through; text-decoration-color: #c0392b; font-size: 0.92em; border-radius: 2px; }
ul.diff-list { margin: 0; padding-left: 1.2em; }
dl.kv { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 6px 0; font-size: 13px; }
dl.kv dt { color: var(--muted); }
dl.kv dd { margin: 0; white-space: pre-wrap; }
.statute-text { line-height: 1.8; }
table.variants td:first-child { white-space: nowrap; font-weight: 600; }

/* laws */
details.law, details.source { border: 1px solid var(--line); border-radius: 6px; margin: 10px 0; background: #fff; }
details.law > summary, details.source > summary { cursor: pointer; padding: 10px 14px; display: flex; gap: 12px; align-items: baseline; flex-wrap: wrap; background: #f8fafc; border-radius: 6px; }
details[open].law > summary, details[open].source > summary { border-bottom: 1px solid var(--line); border-radius: 6px 6px 0 0; }
.law-title { font-weight: 600; font-size: 15px; }
.law-count { color: var(--muted); font-size: 13px; }
.status { font-size: 12px; border-radius: 10px; padding: 0 8px; border: 1px solid; }
.st-ok { color: #1e7e34; border-color: #a7d7b4; background: #eef8f0; }
.st-bad { color: var(--high); border-color: #f0b5ae; background: var(--high-bg); }
.st-unknown { color: var(--muted); border-color: var(--line); background: #f5f6f8; }
.law-meta { color: var(--muted); font-size: 12px; padding: 6px 14px 0; }
details.law > .hint { padding: 0 14px; }
table.law-table { margin: 6px 0 4px; }
table.law-table th:nth-child(1) { width: 7em; } table.law-table th:nth-child(2) { width: 24%; }
table.law-table th:nth-child(3), table.law-table th:nth-child(4) { width: 32%; }
.art-num { font-weight: 600; font-size: 15px; }
.art-text { white-space: pre-wrap; font-size: 13px; line-height: 1.75; }
.art-text.current { background: #fcfcf6; }
.art-text.none { color: var(--muted); font-size: 12px; }
.cur-head { font-size: 12px; color: var(--muted); margin-bottom: 4px; white-space: normal; }
.cur-head b { color: var(--ink); margin-right: 6px; }
.change { display: inline-block; font-size: 11px; border-radius: 3px; padding: 0 5px; margin-right: 4px; background: #eef1f5; color: #445; }
.ch-modified, .ch-deleted { background: #fff0d9; color: #8a5300; }
.ch-penalty { background: var(--high-bg); color: var(--high); }
.missing { color: var(--muted); font-style: italic; }
.jchips { display: flex; flex-wrap: wrap; gap: 4px; margin-bottom: 4px; }
.jchip { background: #eaf2fc; border-radius: 10px; padding: 0 8px; font-size: 12px; }
.jchip b { color: var(--accent); }
ul.items { margin: 0; padding-left: 1.1em; font-size: 12px; color: #3b4652; }
.item-j { color: var(--accent); font-weight: 600; }
.via { color: var(--muted); }
tr.flash > td { animation: flash 2s ease-out; }
@keyframes flash { 0% { background: #fff3b0; } 100% { background: transparent; } }

/* coverage, charts */
.matrix-box { position: relative; width: 100%; }
.swatch { display: inline-block; width: 12px; height: 12px; border-radius: 2px; vertical-align: -1px; margin: 0 3px 0 10px; }
.swatch.unique { background: rgb(230, 126, 34); } .swatch.common { background: rgb(47, 111, 192); }
.charts figure { margin: 0; }
.charts figcaption { font-weight: 600; margin-bottom: 6px; }
.chart-box { position: relative; width: 100%; }

/* graph */
.graph-layout { display: grid; grid-template-columns: 1fr 340px; gap: 12px; }
.graph-stage { position: relative; height: 640px; border: 1px solid var(--line); border-radius: 6px; background: #fcfdff; overflow: hidden; }
.graph-side { border: 1px solid var(--line); border-radius: 6px; padding: 10px 12px; max-height: 640px; overflow: auto; background: #fff; }
.legend-title { font-weight: 600; font-size: 12px; color: var(--muted); margin-top: 2px; }
.legend-list { list-style: none; margin: 2px 0 8px; padding: 0; display: grid; grid-template-columns: 1fr 1fr; gap: 0 8px; font-size: 12.5px; }
.legend-list svg { vertical-align: -2px; }
.edge-swatch { display: inline-block; width: 18px; height: 3px; border-radius: 2px; vertical-align: 3px; }
.graph-details { border-top: 1px solid var(--line); padding-top: 8px; font-size: 13px; }
.det-head { display: flex; gap: 6px; align-items: center; flex-wrap: wrap; margin-bottom: 4px; }
.det-type { font-size: 11px; color: #fff; background: #6b7785; border-radius: 3px; padding: 0 5px; }
.det-label { font-weight: 600; font-size: 15px; }
.det-text { white-space: pre-wrap; font-size: 12.5px; line-height: 1.7; background: #f8f9fb; border-radius: 4px; padding: 6px 8px; margin: 6px 0; max-height: 14em; overflow: auto; }
.nb { margin: 8px 0; }
.nb-title { font-weight: 600; font-size: 12.5px; margin-bottom: 2px; }
.nb ul { margin: 0; padding-left: 1em; }
.nb li { margin: 1px 0; }
.citing .nb-title { color: var(--accent); }
button.node-link { background: none; border: none; padding: 0; font: inherit; color: var(--ink); cursor: pointer; text-align: left; }
button.node-link:hover, button.node-link:focus { color: var(--accent); text-decoration: underline; outline: none; }
.search-wrap { position: relative; }
ul.search-results { position: absolute; z-index: 40; top: 100%; left: 0; min-width: 100%; width: 26em; margin: 2px 0 0; padding: 4px 0; list-style: none; background: #fff; border: 1px solid #c5ced8; border-radius: 4px; box-shadow: 0 6px 18px rgba(0,0,0,.12); }
ul.search-results:empty { display: none; }
ul.search-results li { padding: 2px 10px; font-size: 13px; }
ul.search-results li:hover { background: #eef4fb; }
.print-only { display: none; }
.doc-text { padding: 10px 16px 16px; }
details.source .law-meta { padding-bottom: 4px; }
`;

const PRINT_CSS = `
@media print {
  @page { size: A4; margin: 14mm 12mm; }
  html { scroll-behavior: auto; }
  body { background: #fff; font-size: 11pt; }
  header.top { background: none; color: #000; padding: 0 0 8px; border-bottom: 2px solid #000; }
  header.top .meta, header.top .kicker { color: #333; }
  nav.toc, .no-print, .toolbar, button.more, button.link, .finding .links, .graph-layout, ul.search-results { display: none !important; }
  .print-only { display: block !important; }
  main { max-width: none; padding: 0; }
  section.block { border: none; padding: 0; margin: 0 0 14pt; }
  section.block > h2 { border-bottom: 1px solid #000; padding-bottom: 2pt; break-after: avoid; }
  table.grid th { position: static; }
  table.grid thead { display: table-header-group; }
  table.grid tr { break-inside: avoid; }
  .finding, .card, details.law > summary { break-inside: avoid; }
  .finding { border-left-width: 3pt; }
  .sbs { grid-template-columns: 1fr 1fr; }
  details.source:not([open]) { display: none; }
  .chart-box, .matrix-box { break-inside: avoid; }
  mark.d-left { background: none; box-shadow: none; border-bottom: 2px solid #d4a000; }
  mark.d-right { background: none; border-bottom: 2px solid #c0392b; }
  a { color: inherit; }
}
`;

/** The report page: one HTML document with everything inlined. */
export function renderHtmlReport(data: ReportData): string {
  const script = scriptForInline(readBundle());
  const filter = [data.filter.law ? `法律：${escapeHtml(data.filter.law)}` : null, data.filter.jurisdiction ? `地区：${escapeHtml(data.filter.jurisdiction)}` : null].filter(Boolean).join(' · ');
  const generated = escapeHtml(data.generatedAt.slice(0, 19).replace('T', ' '));
  const sections = SECTIONS.map(
    (s) => `<section class="block" id="${s.id}" aria-labelledby="${s.id}-title">
<h2 id="${s.id}-title">${escapeHtml(s.title)}</h2>
${s.intro ? `<p class="intro">${escapeHtml(s.intro)}</p>\n` : ''}<div id="${s.id}-body"></div>
</section>`,
  ).join('\n');
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="fatiao">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data: blob:; connect-src 'none'; font-src 'none'; base-uri 'none'; form-action 'none'">
<title>${escapeHtml(data.title)}</title>
<style>${REPORT_CSS}${ANNOTATED_CSS}${PRINT_CSS}</style>
</head>
<body>
<header class="top">
<div class="kicker">法条引用核查报告 · 权责清单</div>
<h1>${escapeHtml(data.title)}</h1>
<div class="meta">生成于 ${generated} UTC · 问题判断基准日 ${escapeHtml(data.asOf)}${filter ? ` · ${filter}` : ''}</div>
</header>
<nav class="toc" aria-label="目录">${SECTIONS.map((s) => `<a href="#${s.id}">${escapeHtml(s.title)}</a>`).join('')}</nav>
<main>
<noscript><p class="section-error">此报告需要启用 JavaScript 才能显示各部分内容。</p></noscript>
${sections}
</main>
<script type="application/json" id="fatiao-data">${jsonForScript(data)}</script>
<script>${script}</script>
</body>
</html>
`;
}
