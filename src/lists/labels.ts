/**
 * The words lists use for their columns and labelled fields. Each field of the model has the
 * labels offices write for it; a layout is recognised by these words (序号, 事项名称, 实施依据,
 * 权力类型 …), not by the file name, so a list that differs only in wording or column order
 * is still read.
 */

export type FieldKey =
  | 'seq' | 'name' | 'subItem' | 'type' | 'code' | 'subCode' | 'subject' | 'handlingUnit'
  | 'basis' | 'responsibilities' | 'accountability' | 'level' | 'remarks' | 'other';

/** Labels by field, most specific first. Matching ignores white space and punctuation. */
export const FIELD_LABELS: Record<Exclude<FieldKey, 'other'>, string[]> = {
  seq: ['序号', '编号', '序'],
  subCode: ['子项地方权力编码', '子项权力编码', '子项编码'],
  code: ['地方权力编码', '权力编码', '事项编码', '基本编码', '编码'],
  subItem: ['子项名称', '子项', '子项目名称'],
  name: ['权力事项名称', '权责事项名称', '权力项目名称', '职权名称', '事项名称', '权力名称', '项目名称', '主项名称', '权责事项', '权力事项', '职责事项', '事项'],
  type: ['权力类型', '职权类型', '权力类别', '事项类型', '事项类别', '权责类型', '类型', '类别'],
  basis: ['实施依据', '设定依据', '职权依据', '法律依据', '设定和实施依据', '设定依据及实施依据', '依据'],
  responsibilities: ['责任事项内容', '责任事项', '职责事项内容'],
  accountability: ['追责情形', '追责对象范围', '责任追究', '问责依据', '追责依据'],
  subject: ['实施主体和责任主体', '行使主体', '实施主体', '责任主体', '实施机关', '执法主体', '实施部门'],
  handlingUnit: ['承办机构', '承办科室', '承办部门', '内设机构', '责任科室', '承办单位'],
  level: ['办事层级', '行使层级', '实施层级', '层级'],
  remarks: ['备注'],
};

/** Other labels lists carry, kept verbatim in an item's fields. */
export const OTHER_LABELS = [
  '实施对象', '服务对象', '办理情况公开范围', '公开范围', '共同实施部门', '收费(征收)标准及依据', '收费（征收）标准及依据',
  '收费标准及依据', '法定时限', '法定期限', '承诺时间', '承诺时限', '咨询电话', '投诉电话', '监督电话', '职责边界', '办理时限',
];

const squash = (s: string) => s.replace(/[\s\u3000:：*＊]/g, '');

const LABEL_TO_FIELD = new Map<string, FieldKey>();
for (const [field, labels] of Object.entries(FIELD_LABELS)) {
  for (const l of labels) LABEL_TO_FIELD.set(squash(l), field as FieldKey);
}
for (const l of OTHER_LABELS) LABEL_TO_FIELD.set(squash(l), 'other');

const labelCache = new Map<string, FieldKey | null>();

/** The field a whole cell or label names (实施主体和\n\n责任主体 → subject), or null. */
export function fieldOfLabel(text: string): FieldKey | null {
  if (text.length > 40) return null;
  let field = labelCache.get(text);
  if (field === undefined) {
    const key = squash(text);
    field = !key || key.length > 16 ? null : (LABEL_TO_FIELD.get(key) ?? null);
    if (labelCache.size > 10_000) labelCache.clear();
    labelCache.set(text, field);
  }
  return field;
}

/** Every label, longest first: for finding a label at the start of a line (权力类别行政检查). */
export const ALL_LABELS: string[] = [...LABEL_TO_FIELD.keys()].sort((a, b) => b.length - a.length);

/**
 * Whether a row of cells is a header: it names a power item (a name field) and at least two
 * other known fields, one of them the basis or the type.
 */
export function headerFields(cells: readonly string[]): (FieldKey | null)[] | null {
  const fields = cells.map(fieldOfLabel);
  const known = new Set(fields.filter((f) => f && f !== 'other'));
  if (!known.has('name')) return null;
  if (!known.has('basis') && !known.has('type')) return null;
  return known.size >= 3 ? fields : null;
}
