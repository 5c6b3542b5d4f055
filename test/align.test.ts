/**
 * `align` on the seed lists: the same power across jurisdictions, read through the 2016→2025
 * amendment, and what one jurisdiction exercises that its peers do not.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alignItems, type AlignResult } from '../src/graph/align.js';
import type { DB } from '../src/store/db.js';
import { seedStore } from './helpers.js';

let db: DB;
let result: AlignResult;
beforeAll(async () => {
  db = (await seedStore()).db;
  result = alignItems(db);
});
afterAll(() => db.close());

const groupOf = (j: string, seq: number) => result.groups.find((g) => g.items.some((i) => i.jurisdiction === j && i.seq === seq));
const members = (g: AlignResult['groups'][number] | undefined) => (g?.items ?? []).map((i) => `${i.jurisdiction} ${i.seq}`).sort();

describe('align', () => {
  it('puts 凉州区 item 8 beside 三明市 items 15 and 16: all rely on 2016 第六十八条, now 第六十九条', () => {
    const g = groupOf('凉州区', 8);
    expect(members(g)).toEqual(['三明市 15', '三明市 16', '凉州区 8']);
    expect(g!.shared).toEqual(['网络安全法 第69条']);
  });

  it('pairs the penalty items of 凉州区 and 三明市 article by article', () => {
    expect(members(groupOf('凉州区', 1))).toEqual(['三明市 19', '凉州区 1']);
    expect(members(groupOf('凉州区', 3))).toEqual(['三明市 22', '凉州区 3']);
    expect(members(groupOf('凉州区', 9))).toEqual(['三明市 17', '凉州区 9']);
  });

  it('shows the items side by side with their types, levels and the fines their quotes state', () => {
    const lz1 = groupOf('凉州区', 1)!.items.find((i) => i.jurisdiction === '凉州区')!;
    expect(lz1).toMatchObject({ type: '行政处罚', itemLevel: '县级', level: '县' });
    expect(lz1.quotedRanges).toContain('处一万元以上十万元以下罚款');
  });

  it('lists what one jurisdiction exercises that its peers do not', () => {
    const lz = result.unique.find((u) => u.jurisdiction === '凉州区')!;
    expect(lz.provisions.map((p) => p.provision)).toEqual(['互联网信息服务管理办法 第15条', '互联网信息服务管理办法 第20条']);
    expect(result.unique.find((u) => u.jurisdiction === '阿拉尔市')!.provisions.map((p) => p.provision)).toContain('新疆维吾尔自治区信息化促进条例 第43条');
  });
});
