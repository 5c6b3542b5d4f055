/**
 * CSV as offices export it: a title row, a labelled date row, the header, one row per item;
 * UTF-8 with a BOM and CRLF (Excel's "CSV UTF-8"), or GB18030 with LF (Excel in China).
 */
import iconv from 'iconv-lite';
import type { SynthList } from '../list.js';
import { Memo } from '../memo.js';
import { tableRows } from './columns.js';

const quoted = new Memo<string>();

function quote(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function field(value: string): string {
  return value.length < 40 ? quote(value) : quoted.get(value, () => quote(value));
}

export function writeCsv(list: SynthList, columns: readonly string[], encoding: 'utf-8' | 'gb18030'): Buffer {
  const rows = [[list.title], [`发布日期：${list.dateCn}`], ...tableRows(columns, list)];
  const eol = encoding === 'utf-8' ? '\r\n' : '\n';
  const text = rows.map((r) => r.map(field).join(',')).join(eol) + eol;
  return encoding === 'utf-8' ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]) : iconv.encode(text, 'gb18030');
}
