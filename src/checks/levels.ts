/**
 * Which levels of government an article lets exercise a power: 由国家和省、自治区、直辖市
 * 互联网信息办公室 … leaves out prefectures and counties. Only explicit assignments count; an
 * article that names 县级以上 or 地方 offices, or names no level, restricts nothing.
 */

/** Levels from the top: a lower number is a higher level. */
export const LEVEL_RANK: Record<string, number> = { 国家: 0, 省: 1, 市: 2, 县: 3, 兵团师市: 3 };

const ANY_LEVEL = /县级以上|县级人民政府|地方各级|国家和地方|地方互联网信息办公室|地方网信部门|地方人民政府|各级人民政府/;
const PROVINCE_UP = /由(?:国家(?:和|及|、))?省、自治区、直辖市|省级以上|由(?:国家(?:和|及|、))?省级/;
const PREFECTURE_UP = /由(?:国家(?:和|及|、))?(?:省、自治区、直辖市(?:和|及|、))?设区的市|设区的市级以上|地市级以上/;

/** The lowest level the text lets act (省, 市), or null when it sets no limit. */
export function lowestLevelAllowed(text: string): '省' | '市' | null {
  if (ANY_LEVEL.test(text)) return null;
  if (PROVINCE_UP.test(text)) return '省';
  if (PREFECTURE_UP.test(text)) return '市';
  return null;
}

/** The phrase that sets the limit, for the evidence. */
export function levelPhrase(text: string): string | null {
  const m = PROVINCE_UP.exec(text) ?? PREFECTURE_UP.exec(text);
  if (!m) return null;
  const end = text.indexOf('，', m.index);
  return text.slice(m.index, end > m.index ? end : m.index + 40);
}
