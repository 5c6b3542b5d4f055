/** Normalising a list's wording of a power type to the national categories. */
import type { PowerType } from './types.js';

const RULES: [RegExp, PowerType][] = [
  [/许可/, '行政许可'],
  [/处罚/, '行政处罚'],
  [/强制/, '行政强制'],
  [/征收|征用/, '行政征收'],
  [/给付/, '行政给付'],
  [/检查/, '行政检查'],
  [/确认/, '行政确认'],
  [/奖励/, '行政奖励'],
  [/裁决/, '行政裁决'],
  [/公共服务/, '公共服务'],
  [/其他/, '其他行政权力'],
];

/** The national category of a type as a list words it (行政处罚类 → 行政处罚), or null. */
export function normalisePowerType(original: string | null | undefined): PowerType | null {
  if (!original) return null;
  const text = original.replace(/\s+/g, '');
  for (const [re, type] of RULES) if (re.test(text)) return type;
  return null;
}

/** Type words that can start a run-together summary row (1行政检查网络信息安全…). */
export const TYPE_WORDS = [
  '其他行政权力', '其他权责事项', '其他权力', '行政许可', '行政处罚', '行政强制', '行政征收', '行政征用', '行政给付',
  '行政检查', '行政确认', '行政奖励', '行政裁决', '公共服务',
];
