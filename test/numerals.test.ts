import { describe, expect, it } from 'vitest';
import { parseNumeral } from '../src/cite/numerals.js';

describe('parseNumeral', () => {
  it.each([
    ['一', 1], ['十', 10], ['十八', 18], ['二十', 20], ['二十六', 26], ['六十八', 68], ['一百', 100],
    ['一百零五', 105], ['二百一十', 210], ['二百八十六', 286], ['一千二百六十', 1260], ['一千零一十一', 1011],
    ['两', 2], ['三十万', 300000], ['一万', 10000], ['68', 68], ['６８', 68], ['2000', 2000], ['二〇一六', 2016],
  ])('%s = %i', (text, value) => expect(parseNumeral(text)).toBe(value));

  it.each(['', '一二十', '百十', '十十', 'x', '万万', '6８x'])('rejects %j', (text) => {
    expect(parseNumeral(text)).toBeNull();
  });
});
