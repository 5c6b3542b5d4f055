/**
 * Labelled blocks as copied from a web page (阿拉尔): each item is a block of lines that start
 * with a label run together with its value (权力类别行政检查, 实施依据【法律】…), a value
 * continuing on the lines below; some lines carry two short fields (实施对象网络运营者办理情况
 * 公开范围公开). Before the blocks such pages often have a summary table run together on lines
 * (1行政检查网络信息安全监督检查【法律】《网络安全法》第八条…师市互联网信息办公室).
 */
import type { CitationFinder } from '../../cite/find.js';
import { ALL_LABELS, fieldOfLabel, type FieldKey } from '../labels.js';
import { TYPE_WORDS } from '../powerTypes.js';

/** Labels that may start a block line: long enough not to be an ordinary word (依据, 事项). */
const LINE_LABELS = ALL_LABELS.filter((l) => l.length >= 4 || l === '备注');
/** Fields whose value is long text; no second label is looked for inside their lines. */
const LONG_FIELDS = new Set<FieldKey | 'other'>(['name', 'basis', 'responsibilities', 'accountability']);

function labelAtStart(line: string): string | null {
  for (const l of LINE_LABELS) if (line.startsWith(l)) return l;
  return null;
}

/** Splits `value` where another short label starts inside it (…网络运营者办理情况公开范围公开). */
function splitInline(label: string, value: string): [string, string][] {
  const out: [string, string][] = [];
  let rest = value;
  let current = label;
  for (;;) {
    let best: { at: number; label: string } | null = null;
    for (const l of LINE_LABELS) {
      if (LONG_FIELDS.has(fieldOfLabel(l) ?? 'other')) continue;
      const at = rest.indexOf(l);
      if (at >= 0 && (!best || at < best.at || (at === best.at && l.length > best.label.length))) best = { at, label: l };
    }
    if (!best) break;
    out.push([current, rest.slice(0, best.at)]);
    current = best.label;
    rest = rest.slice(best.at + best.label.length);
  }
  out.push([current, rest]);
  return out;
}

/** Blocks of label/value entries, each starting at an item-name label. */
export function blocksOf(text: string): [string, string][][] {
  const blocks: [string, string][][] = [];
  let block: [string, string][] | null = null;
  let entry: [string, string] | null = null;
  for (const raw of text.replace(/\r/g, '').split('\n')) {
    const label = labelAtStart(raw);
    if (label) {
      const field = fieldOfLabel(label);
      if (field === 'name') {
        block = [];
        blocks.push(block);
      }
      if (!block) continue;
      const value = raw.slice(label.length);
      const parts = LONG_FIELDS.has(field ?? 'other') ? [[label, value] as [string, string]] : splitInline(label, value);
      for (const p of parts) block.push(p);
      entry = block[block.length - 1];
    } else if (entry) {
      entry[1] += `\n${raw}`;
    }
  }
  for (const b of blocks) for (const e of b) e[1] = e[1].trim();
  // 权力事项名称1网络信息安全监督检查: the number before the name is the item's 序号.
  return blocks.map((b) =>
    b.flatMap(([l, v]): [string, string][] => {
      if (fieldOfLabel(l) !== 'name') return [[l, v]];
      const m = /^(\d{1,4})\s*([^\d][\s\S]*)?$/.exec(v);
      return m ? [['序号', m[1]], [l, (m[2] ?? '').trim()]] : [[l, v]];
    }),
  );
}

/**
 * A summary table run together on lines: a header line of labels with nothing between them
 * (序号职权类型职权名称职权依据承办机构), then one row per item starting with its number and
 * type. The name runs until the basis starts; the handling unit follows the last citation.
 */
export function summaryRowsOf(text: string, finder: CitationFinder): [string, string][][] {
  const lines = text.replace(/\r/g, '').split('\n');
  const headerAt = lines.findIndex((l) => splitHeader(l) !== null);
  if (headerAt < 0) return [];
  const header = splitHeader(lines[headerAt])!;
  const rows: string[] = [];
  const rowStart = new RegExp(`^(\\d{1,4})((?:${TYPE_WORDS.join('|')})类?)`);
  for (const line of lines.slice(headerAt + 1)) {
    if (rowStart.test(line)) rows.push(line);
    else if (rows.length && line.trim() && labelAtStart(line) === null) rows[rows.length - 1] += `\n${line}`;
    else if (rows.length && labelAtStart(line) !== null) break;
  }
  const label = (f: FieldKey) => header.find((h) => fieldOfLabel(h) === f) ?? f;
  return rows.map((row) => {
    const m = rowStart.exec(row)!;
    const rest = row.slice(m[0].length);
    const basisAt = rest.search(/(?:\d{1,2}\s*[.．、]\s*)?(?:【[^【】\n]{1,12}】)?\s*[《〈]/);
    const name = basisAt >= 0 ? rest.slice(0, basisAt) : rest;
    let basis = basisAt >= 0 ? rest.slice(basisAt) : '';
    let unit = '';
    const cites = finder.find(basis);
    if (cites.length) {
      const end = cites[cites.length - 1].end;
      unit = basis.slice(end).trim();
      basis = basis.slice(0, end);
    }
    const entries: [string, string][] = [
      [label('seq'), m[1]],
      [label('type'), m[2]],
      [label('name'), name.trim()],
      [label('basis'), basis.trim()],
    ];
    if (unit) entries.push([label('handlingUnit'), unit]);
    return entries;
  });
}

/** A line made only of labels (序号职权类型职权名称职权依据承办机构), split into them. */
function splitHeader(line: string): string[] | null {
  const text = line.replace(/\s+/g, '');
  if (text.length < 6) return null;
  const out: string[] = [];
  for (let i = 0; i < text.length; ) {
    const l = ALL_LABELS.find((x) => text.startsWith(x, i));
    if (!l) return null;
    out.push(l);
    i += l.length;
  }
  const fields = new Set(out.map(fieldOfLabel));
  return out.length >= 4 && fields.has('seq') && fields.has('name') && fields.has('basis') ? out : null;
}
