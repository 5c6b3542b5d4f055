/**
 * Markdown as converters make it from a Word list (凉州区): the title, then one pipe table
 * per item, each with its header row; paragraphs inside a cell as <p>, line breaks as <br>.
 */
import type { SynthList } from '../list.js';
import { Memo } from '../memo.js';
import { cellValue, LIANGZHOU_COLUMNS } from './columns.js';

const PARAGRAPHED = new Set(['责任事项内容', '追责情形']);

/** Cells already written, with and without paragraphs: bases and duties repeat across items and lists. */
const written = [new Memo<string>(), new Memo<string>()];

function cell(label: string, value: string): string {
  if (value.length < 40) return write(label, value);
  return written[PARAGRAPHED.has(label) ? 1 : 0].get(value, () => write(label, value));
}

function write(label: string, value: string): string {
  const v = value.replace(/\|/g, '\\|');
  if (!v.includes('\n')) return v;
  const lines = v.split('\n');
  return PARAGRAPHED.has(label) ? lines.map((l) => `<p>${l}</p>`).join(' ') : lines.join('<br>');
}

export function writeMarkdown(list: SynthList): string {
  const header = `| ${LIANGZHOU_COLUMNS.join(' | ')} |`;
  const rule = `|${LIANGZHOU_COLUMNS.map((c) => '-'.repeat(Math.max(2, c.length))).join('|')}|`;
  const out = [list.title, ''];
  for (const item of list.items) {
    out.push(header, rule, `| ${LIANGZHOU_COLUMNS.map((c) => cell(c, cellValue(c, item, list))).join(' | ')} |`, '');
  }
  out.push(list.office, list.dateCn, '');
  return out.join('\n');
}
