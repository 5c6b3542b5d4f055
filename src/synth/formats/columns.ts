/**
 * Table columns as lists head them, and the value of each for an item. Three header sets
 * cover the shapes seen in published lists: 凉州区's thirteen columns, a shorter set led by the
 * type, and a minimal set numbered 编号.
 */
import type { SynthItem, SynthList } from '../list.js';

const VALUE: Record<string, (item: SynthItem, list: SynthList) => string> = {
  序号: (i) => String(i.seq),
  编号: (i) => String(i.seq),
  事项名称: (i) => i.name,
  权力名称: (i) => i.name,
  权责事项: (i) => i.name,
  权力项目名称: (i) => i.name,
  子项名称: (i) => i.subItem ?? '',
  子项: (i) => i.subItem ?? '',
  权力类型: (i) => i.typeWord,
  事项类型: (i) => i.typeWord,
  地方权力编码: (i) => i.code,
  子项地方权力编码: (i) => i.subCode ?? '',
  行使主体: (_, l) => l.office,
  实施主体: (_, l) => l.office,
  实施主体和责任主体: (_, l) => l.office,
  承办机构: (i) => i.unit,
  承办科室: (i) => i.unit,
  实施依据: (i) => i.basis,
  设定依据: (i) => i.basis,
  责任事项内容: (i) => i.responsibilities,
  责任事项: (i) => i.responsibilities,
  追责情形: (i) => i.accountability,
  办事层级: (i) => i.level,
  行使层级: (i) => i.level,
  实施对象: (i) => i.target,
  备注: () => '',
};

export const LIANGZHOU_COLUMNS = ['序号', '事项名称', '子项名称', '权力类型', '地方权力编码', '子项地方权力编码', '行使主体', '承办机构', '实施依据', '责任事项内容', '追责情形', '办事层级', '备注'];

export const COLUMN_SETS: string[][] = [
  LIANGZHOU_COLUMNS,
  ['序号', '权力类型', '权力名称', '子项', '实施依据', '实施主体', '承办科室', '责任事项', '追责情形', '备注'],
  ['编号', '事项名称', '事项类型', '设定依据', '实施主体', '承办机构', '实施对象', '办事层级'],
];

/** The labels of a 泸县-style label/value table, in order. */
export const LABEL_VALUE_LABELS = ['序号', '权力类型', '权力项目名称', '子项', '实施依据', '实施主体', '承办机构', '责任事项', '追责情形'];

/** The value of column `label` for an item. */
export function cellValue(label: string, item: SynthItem, list: SynthList): string {
  const f = VALUE[label];
  if (!f) throw new Error(`synth: no value for column ${label}`);
  return f(item, list);
}

/** The rows of a header table: header first, then one row per item. */
export function tableRows(columns: readonly string[], list: SynthList): string[][] {
  return [[...columns], ...list.items.map((item) => columns.map((c) => cellValue(c, item, list)))];
}
