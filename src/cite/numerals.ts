/**
 * Numerals as they appear in article numbers and amounts: Chinese (一千二百六十, 一百零五,
 * 十八, 两), Arabic (68) and full-width (６８) digits, and digit-by-digit Chinese (二〇一六).
 */

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** The value of a numeral, or null when the text is not a well-formed numeral. */
export function parseNumeral(text: string): number | null {
  if (text.length === 0) return null;
  const first = text.charCodeAt(0);
  if ((first >= 0x30 && first <= 0x39) || (first >= 0xff10 && first <= 0xff19)) {
    let n = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const d = c >= 0xff10 ? c - 0xff10 : c - 0x30;
      if (d < 0 || d > 9) return null;
      n = n * 10 + d;
    }
    return n;
  }
  return parseChinese(text);
}

function parseChinese(text: string): number | null {
  // Digit-by-digit form (二〇一六): no unit characters at all.
  if (!/[十百千万]/.test(text)) {
    if (text.length === 1) return DIGITS[text] ?? null;
    let n = 0;
    for (const ch of text) {
      const d = DIGITS[ch];
      if (d === undefined || ch === '两') return null;
      n = n * 10 + d;
    }
    return n;
  }
  let total = 0; // completed 万 groups
  let section = 0; // value below 万
  let digit: number | null = null;
  let lastUnit = 100000;
  for (const ch of text) {
    const d = DIGITS[ch];
    if (d !== undefined) {
      if (digit !== null && digit !== 0 && d !== 0) return null; // two digits in a row (一二十)
      digit = d;
      continue;
    }
    if (ch === '万') {
      section += digit ?? 0;
      if (section === 0 || total !== 0) return null;
      total = section * 10000;
      section = 0;
      digit = null;
      lastUnit = 100000;
      continue;
    }
    const unit = UNITS[ch];
    if (unit === undefined || unit >= lastUnit) return null;
    // 十 alone at the start means 一十 (十八 = 18); elsewhere a unit needs a digit before it.
    if (digit === null || digit === 0) {
      if (section === 0 && unit === 10 && digit === null) digit = 1;
      else return null;
    }
    section += digit * unit;
    digit = null;
    lastUnit = unit;
  }
  return total + section + (digit ?? 0);
}
