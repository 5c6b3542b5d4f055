/**
 * HTML pages: a header-row table (one <tr> per item), or a two-column label/value table per
 * item (泸县). Line breaks inside a cell are <br>; the signature closes the page.
 */
import type { SynthList } from '../list.js';
import { cellValue, LABEL_VALUE_LABELS, tableRows } from './columns.js';

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const cell = (s: string) => escapeHtml(s).split('\n').join('<br>\n');

function page(list: SynthList, body: string[]): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escapeHtml(list.title)}</title>`,
    '<style>table { border-collapse: collapse; } td, th { border: 1px solid #333; vertical-align: top; }</style>',
    '</head>',
    '<body>',
    `<h1>${escapeHtml(list.title)}</h1>`,
    ...body,
    `<p style="text-align: right">${escapeHtml(list.office)}</p>`,
    `<p style="text-align: right">${escapeHtml(list.dateCn)}</p>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

export function writeHtmlTable(list: SynthList, columns: readonly string[]): string {
  const [header, ...rows] = tableRows(columns, list);
  return page(list, [
    '<table>',
    `<thead><tr>${header.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead>`,
    '<tbody>',
    ...rows.map((r) => `<tr>${r.map((c) => `<td>${cell(c)}</td>`).join('')}</tr>`),
    '</tbody>',
    '</table>',
  ]);
}

export function writeHtmlLabelValue(list: SynthList): string {
  const body: string[] = [];
  for (const item of list.items) {
    body.push('<table>', '<tbody>');
    for (const label of LABEL_VALUE_LABELS) {
      const value = cellValue(label, item, list);
      if (label === '子项' && !value) continue;
      body.push(`<tr><th>${label}</th><td>${cell(value)}</td></tr>`);
    }
    body.push('</tbody>', '</table>');
  }
  return page(list, body);
}
