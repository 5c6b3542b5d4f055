/**
 * `cites` on the seed lists: the answers written down by reading the documents.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cites } from '../src/store/cites.js';
import type { DB } from '../src/store/db.js';
import { seedStore } from './helpers.js';

let db: DB;
beforeAll(async () => {
  db = (await seedStore()).db;
});
afterAll(() => db.close());

const who = (items: { jurisdiction: { name: string } | null; seq: number | null }[]) => items.map((i) => `${i.jurisdiction?.name} ${i.seq}`).sort();

describe('cites', () => {
  it('finds the items relying on 《网络安全法》第六十八条, and nothing else', () => {
    const a = cites(db, '《网络安全法》第六十八条');
    expect(who(a.items)).toEqual(['三明市 15', '三明市 16', '凉州区 8', '泸县 1', '阿拉尔市 4'].sort());
    const s16 = a.items.find((i) => i.seq === 16 && i.jurisdiction?.name === '三明市')!;
    expect(s16.cited).toMatchObject({ law: '中华人民共和国网络安全法', version: '2016-11-07', article: 68, paragraph: 2 });
    expect(a.items[0]).toHaveProperty('jurisdiction.code');
    expect(a.items[0]).toHaveProperty('office');
    expect(a.items[0]).toHaveProperty('document');
  });

  it('does not roll 第六十八条第二款 up into 第六十八条 with --exact', () => {
    expect(who(cites(db, '《网络安全法》第六十八条', { exact: true }).items)).toEqual(['三明市 15', '凉州区 8', '泸县 1', '阿拉尔市 4'].sort());
    expect(who(cites(db, '《网络安全法》第六十八条第二款').items)).toEqual(['三明市 16']);
  });

  it('reads a 2025 number through the amendment: 2016 第六十八条 is 2025 第六十九条', () => {
    const a = cites(db, '《网络安全法》第六十九条', { at: '2026-06-01' });
    expect(a.query.version).toBe('2025-10-28');
    expect(who(a.items)).toEqual(['三明市 15', '三明市 16', '凉州区 8', '泸县 1', '阿拉尔市 4'].sort());
    expect(new Set(a.items.map((i) => `${i.cited.version} ${i.cited.article}`))).toEqual(new Set(['2016-11-07 68']));
  });

  it('finds items citing 2016 第五十九条 by a query for 2025 第六十一条, and the other way round', () => {
    const now = cites(db, '《网络安全法》第六十一条', { at: '2026-06-01' });
    expect(who(now.items)).toEqual(['三明市 19', '三明市 20', '凉州区 1', '泸县 1'].sort());
    const then = cites(db, '《网络安全法》第五十九条', { at: '2021-08-30' });
    expect(who(then.items)).toEqual(who(now.items));
  });

  it('without a date, reads the number in whichever version each list cited', () => {
    expect(who(cites(db, '《网络安全法》第六十一条').items)).toEqual(['三明市 22', '凉州区 3', '泸县 1'].sort());
  });

  it('reaches 第二十一条 through the quotes of the items relying on 第五十九条 with --via-quote', () => {
    expect(who(cites(db, '《网络安全法》第二十一条').items)).toEqual(['三明市 19']);
    const via = cites(db, '《网络安全法》第二十一条', { viaQuote: true });
    expect(who(via.items)).toEqual(['三明市 19', '三明市 20', '凉州区 1', '泸县 1'].sort());
    expect(via.items.find((i) => i.jurisdiction?.name === '凉州区')!.via).toBe('quote');
  });

  it('answers for a law cited only in the accountability field', () => {
    expect(who(cites(db, '《中华人民共和国行政监察法》第一条').items)).toEqual([]);
  });

  it('says clearly when the query is not a citation', () => {
    expect(() => cites(db, '网络安全')).toThrow(/no article citation/);
  });
});

describe('cites with a limit', () => {
  it('returns a first page and says there is more', () => {
    const page = cites(db, '《网络安全法》第六十八条', { limit: 2 });
    expect(page.items).toHaveLength(2);
    expect(page.more).toBe(true);
    const all = cites(db, '《网络安全法》第六十八条', { limit: 10 });
    expect(all.items).toHaveLength(5);
    expect(all.more).toBe(false);
  });
});
