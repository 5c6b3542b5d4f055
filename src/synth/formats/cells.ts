/**
 * Text extracted from a Word list (三明): the title, the date, then one table per type under
 * a caption (表一：行政处罚（共14项）), each cell on a tab-indented line and its further
 * paragraphs on lines of their own, the header row repeated as a new page would.
 */
import type { SynthItem, SynthList } from '../list.js';

const HEADER = ['序号', '权责事项', '子项', '设定依据', '实施主体和\n\n责任主体', '行使层级', '备注'];
const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** A cell as Word's text export writes it: a tab before its first line. */
function cellText(value: string): string {
  return `\t${value}`;
}

function row(cells: readonly string[]): string {
  return `${cells.map(cellText).join('\n')}\n`;
}

/** `attachment`: the document is an attachment to a notice and says so first (附件：). */
export function writeCells(list: SynthList, repeatHeaderEvery: number, attachment: boolean): string {
  const out = [...(attachment ? ['附件：', ''] : []), list.title, list.dateCn];
  const groups: { caption: string; items: SynthItem[] }[] = [];
  for (const item of list.items) {
    const last = groups[groups.length - 1];
    if (last && last.caption === item.typeWord) last.items.push(item);
    else groups.push({ caption: item.typeWord, items: [item] });
  }
  groups.forEach((g, i) => {
    out.push(`表${NUMERALS[i] ?? i + 1}：${g.caption}（共${g.items.length}项） `);
    out.push(row(HEADER));
    g.items.forEach((item, k) => {
      if (k > 0 && k % repeatHeaderEvery === 0) out.push(row(HEADER));
      out.push(row([String(item.seq), item.name, item.subItem ?? '', item.basis, list.office, item.level, '']));
    });
  });
  return out.join('\n');
}
