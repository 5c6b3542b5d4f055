/**
 * `mismatches` on the seed lists — the quotes that disagree with the statute or with the
 * other lists, as found by reading them — and a penalty range made up for a small list.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../src/checks/findings.js';
import { runMismatches } from '../src/checks/mismatches.js';
import { readList } from '../src/lists/read.js';
import { openStore, type DB } from '../src/store/db.js';
import { ingestFiles } from '../src/store/ingest.js';
import { seedStore, tempDir } from './helpers.js';

let db: DB;
let findings: Finding[];
beforeAll(async () => {
  db = (await seedStore()).db;
  findings = runMismatches(db);
});
afterAll(() => db.close());

const of = (kind: string) => findings.filter((f) => f.kind === kind).map((f) => `${f.jurisdiction?.name} ${f.item?.seq} ${f.citation?.article}`);

describe('mismatches on the seed lists', () => {
  it('finds 泸县 quoting 第五十九条 as 第十一条、第二十条 (the statute: 第二十一条、第二十五条) and 第六十四条 as 第二十五条第三款 (第二十二条第三款)', () => {
    expect(of('cross-reference')).toEqual(['泸县 1 59', '泸县 1 64']);
    const f59 = findings.find((f) => f.kind === 'cross-reference' && f.citation?.article === 59)!;
    expect(f59.evidence).toMatchObject({ quoted: ['第11条', '第20条'], statute: ['第21条', '第25条'] });
    const f64 = findings.find((f) => f.kind === 'cross-reference' && f.citation?.article === 64)!;
    expect(f64.message).toContain('第25条第3款');
    expect(f64.message).toContain('第22条第3款');
  });

  it('finds the fines 泸县 elides into the operator’s, where the statute sets them for 直接负责的主管人员', () => {
    expect(of('penalty-party')).toEqual(['泸县 1 59', '泸县 1 61', '泸县 1 62', '泸县 1 65', '泸县 1 66', '泸县 1 68']);
    const f = findings.find((x) => x.kind === 'penalty-party' && x.citation?.article === 59)!;
    expect(f.evidence.quoted).toMatchObject({ min: 5000, max: 50000, party: 'subject' });
    expect(f.message).toContain('直接负责的主管人员');
  });

  it('finds 凉州区 item 11 quoting 第二十四条 as 由国家互联网信息办公室, against 三明市 and 阿拉尔 (由国家和地方…)', () => {
    const f = findings.find((x) => x.kind === 'wording' && x.jurisdiction?.name === '凉州区')!;
    expect(f.item?.seq).toBe(11);
    expect(f.evidence.referenceSource).toBe('majority');
    expect(f.evidence.differences).toEqual([expect.objectContaining({ statute: '和地方', quote: '' })]);
    expect(f.severity).toBe('medium');
  });

  it('does not count punctuation, white space, item markers or the writing of article numbers', () => {
    const wording = findings.filter((f) => f.kind === 'wording').map((f) => `${f.jurisdiction?.name} ${f.item?.seq}`);
    expect(wording.sort()).toEqual(['凉州区 11', '泸县 3']);
    // 泸县 item 3 drops characters of 第八条 (网络安全作, 督管理): typos, low.
    expect(findings.find((f) => f.kind === 'wording' && f.item?.seq === 3)!.severity).toBe('low');
  });

  it('notes the sentence 泸县 silently leaves out of 第八条', () => {
    expect(of('omission')).toEqual(['泸县 2 8', '泸县 3 8']);
  });

  it('groups the same article quoted differently by different jurisdictions', () => {
    const grouped = findings.filter((f) => f.kind === 'cross-jurisdiction');
    const news24 = grouped.find((f) => f.citation?.law === '互联网新闻信息服务管理规定' && f.citation.article === 24)!;
    expect(news24.message).toContain('凉州区');
    const variants = news24.evidence.variants as { jurisdictions: string[] }[];
    expect(variants[0].jurisdictions.sort()).toEqual(['三明市', '泸县', '阿拉尔市'].sort());
  });

  it('finds no penalty range the statutes do not set', () => {
    expect(of('penalty-range')).toEqual([]);
  });
});

describe('a made-up penalty range', () => {
  it('is reported with the statute’s ranges beside it', async () => {
    const dir = tempDir();
    const csv = join(dir, '古浪县.csv');
    const quote =
      '网络运营者违反本法规定，有下列行为之一的，由有关主管部门责令改正；拒不改正或者情节严重的，处五万元以上一百万元以下罚款，对直接负责的主管人员和其他直接责任人员，处一万元以上十万元以下罚款：（一）不按照有关部门的要求对法律、行政法规禁止发布或者传输的信息，采取停止传输、消除等处置措施的；（二）拒绝、阻碍有关部门依法实施的监督检查的；（三）拒不向公安机关、国家安全机关提供技术支持和协助的。';
    writeFileSync(csv, ['古浪县互联网信息办公室权责清单', '序号,事项名称,权力类型,实施主体,实施依据', `1,对不配合监督检查的处罚,行政处罚,古浪县互联网信息办公室,"《中华人民共和国网络安全法》（2016年11月7日通过）第六十九条：${quote}"`].join('\n'));
    const store = openStore(join(dir, 'x.db'));
    await ingestFiles(store, [csv], (p) => readList(p));
    const f = runMismatches(store);
    expect(f.map((x) => x.kind)).toEqual(['penalty-range']);
    expect(f[0].message).toContain('50000元以上1000000元以下罚款');
    expect(f[0].evidence).toMatchObject({ referenceSource: 'statute' });
    store.close();
  });
});
