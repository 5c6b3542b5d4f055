/**
 * `check` on the seed lists (the findings the issue names, written by reading the lists and
 * the statutes) and each finding kind on a small list made for it.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runChecks } from '../src/checks/check.js';
import type { Finding } from '../src/checks/findings.js';
import { readList } from '../src/lists/read.js';
import { openStore, type DB } from '../src/store/db.js';
import { ingestFiles } from '../src/store/ingest.js';
import { seedStore, tempDir } from './helpers.js';

const AS_OF = '2026-11-23';
let db: DB;
let findings: Finding[];
beforeAll(async () => {
  db = (await seedStore()).db;
  findings = runChecks(db, { asOf: AS_OF });
});
afterAll(() => db.close());

const of = (kind: string) => findings.filter((f) => f.kind === kind).map((f) => `${f.jurisdiction?.name} ${f.item?.seq}`);

describe('check on the seed lists', () => {
  it('finds the repealed 行政监察法 in every 泸县 item (its accountability field)', () => {
    expect(of('repealed-law')).toEqual(['泸县 1', '泸县 2', '泸县 3']);
    const f = findings.find((x) => x.kind === 'repealed-law')!;
    expect(f.severity).toBe('high');
    expect(f.message).toContain('由《中华人民共和国监察法》第69条废止');
    expect(f.evidence.repeal).toMatchObject({ date: '2018-03-20', by: '中华人民共和国监察法', article: 69 });
  });

  it('finds the superseded 互联网信息内容管理行政执法程序规定 (阿拉尔 item 4, 泸县 item 1)', () => {
    expect(of('superseded-rule')).toEqual(['阿拉尔市 4', '泸县 1']);
    expect(findings.find((x) => x.kind === 'superseded-rule')!.message).toContain('2023-06-01');
  });

  it('finds the wrong document number of 凉州区 item 14 (令第2号 for 令第1号), and no other', () => {
    expect(of('wrong-document-number')).toEqual(['凉州区 14']);
  });

  it('finds 凉州区, a county, exercising 互联网新闻信息服务管理规定 第二十二条', () => {
    expect(of('level-below')).toEqual(['凉州区 10']);
  });

  it('reports every citation of 2016 网络安全法 第五十九条–第六十九条 as stale, with its current number', () => {
    const stale = findings.filter((f) => f.kind === 'stale-version');
    const at = (j: string, seq: number, article: number) => stale.find((f) => f.jurisdiction?.name === j && f.item?.seq === seq && f.citation?.article === article);
    expect(at('凉州区', 1, 59)).toMatchObject({ severity: 'high', evidence: { currentArticle: 61, penaltiesChanged: true } });
    expect(at('阿拉尔市', 4, 68)!.evidence).toMatchObject({ currentArticle: 69 });
    expect(at('三明市', 19, 59)!.message).toContain('第61条');
    for (const [j, seq, articles] of [['泸县', 1, [59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69]], ['凉州区', 9, [69]], ['三明市', 22, [61]]] as const) {
      for (const a of articles) expect(at(j, seq, a), `${j} ${seq} 第${a}条`).toBeDefined();
    }
    // Renumbered only: low severity.
    expect(at('三明市', 15, 8)).toMatchObject({ severity: 'low', evidence: { currentArticle: 9 } });
  });

  it('finds nothing stale before the amendment took effect', () => {
    expect(runChecks(db, { asOf: '2025-12-31' }).filter((f) => f.kind === 'stale-version')).toEqual([]);
  });

  it('finds no unknown articles and no article-less bases in the seeds', () => {
    expect(of('unknown-article')).toEqual([]);
    expect(of('no-article')).toEqual([]);
  });
});

describe('each finding kind on a list made for it', () => {
  it('finds an article the law does not have, and a basis that cites no article', async () => {
    const dir = tempDir();
    const csv = join(dir, '古浪县.csv');
    writeFileSync(
      csv,
      [
        '古浪县互联网信息办公室权责清单',
        '序号,事项名称,权力类型,实施主体,实施依据',
        '1,对不存在条款的处罚,行政处罚,古浪县互联网信息办公室,《中华人民共和国网络安全法》（2016年11月7日通过）第九十九条：网络运营者……',
        '2,对未列条款的检查,行政检查,古浪县互联网信息办公室,《中华人民共和国网络安全法》',
        '3,开展网络安全宣传,公共服务,古浪县互联网信息办公室,《中华人民共和国网络安全法》（2016年11月7日通过）第十九条：各级人民政府及其有关部门应当组织开展经常性的网络安全宣传教育，并指导、督促有关单位做好网络安全宣传教育工作。',
      ].join('\n'),
    );
    const store = openStore(join(dir, 'x.db'));
    const [outcome] = await ingestFiles(store, [csv], (p) => readList(p));
    expect(outcome.ok).toBe(true);
    const f = runChecks(store, { asOf: '2025-06-01' });
    expect(f.map((x) => `${x.kind} ${x.item?.seq}`).sort()).toEqual(['no-article 2', 'unknown-article 1']);
    expect(f.find((x) => x.kind === 'unknown-article')!.message).toContain('第99条');
    store.close();
  });
});
