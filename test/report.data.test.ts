/**
 * The report's data on the seed lists: it shows every finding `check` and `mismatches`
 * report and nothing they do not; its per-article view and coverage agree with `cites`;
 * the Markdown report escapes document text.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runChecks } from '../src/checks/check.js';
import { runMismatches } from '../src/checks/mismatches.js';
import { buildReportData } from '../src/report/data.js';
import { renderMarkdownReport } from '../src/report/markdown.js';
import type { ReportData } from '../src/report/model.js';
import type { DB } from '../src/store/db.js';
import { seedStore } from './helpers.js';

const AS_OF = '2026-11-23';
const XSS_FILE = new URL('./fixtures/formats/xss.csv', import.meta.url).pathname;
let db: DB;
let data: ReportData;
beforeAll(async () => {
  db = (await seedStore([XSS_FILE])).db;
  data = buildReportData(db, { asOf: AS_OF });
});
afterAll(() => db.close());

const key = (f: { kind: string; message: string }) => `${f.kind}|${f.message}`;

describe('the report data', () => {
  it('holds exactly the findings of check and mismatches', () => {
    const expected = [...runChecks(db, { asOf: AS_OF }), ...runMismatches(db)].map(key).sort();
    expect(data.findings.map(key).sort()).toEqual(expected);
    expect(data.summary.findings.high + data.summary.findings.medium + data.summary.findings.low).toBe(expected.length);
  });

  it('lists the findings most severe first', () => {
    const order = { high: 0, medium: 1, low: 2 };
    const ranks = data.findings.map((f) => order[f.severity]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it('shows who relies on 2016 第六十八条, and where it stands now', () => {
    const csl = data.laws.find((l) => l.title === '中华人民共和国网络安全法')!;
    const a68 = csl.articles.find((a) => a.version === '2016-11-07' && a.article === 68)!;
    const who = new Set(a68.citedBy.filter((c) => c.role === 'basis').map((c) => `${c.jurisdiction} ${c.seq}`));
    expect([...who].sort()).toEqual(['三明市 15', '三明市 16', '凉州区 8', '泸县 1', '阿拉尔市 4'].sort());
    expect(a68.current).toMatchObject({ version: '2025-10-28', article: 69, penaltiesChanged: true });
    expect(a68.text).toContain('网络运营者违反本法第四十七条规定');
    expect(a68.current!.text).toContain('网络运营者违反本法第四十九条规定');
  });

  it('counts the coverage matrix by items', () => {
    const row = data.coverage.jurisdictions.indexOf('三明市');
    const col = data.coverage.provisions.findIndex((p) => p.label === '网络安全法 第68条 (2016)');
    expect(data.coverage.counts[row][col]).toBe(2);
  });

  it('resolves the citations of each source text to articles, and marks those it cannot', () => {
    const luxian = data.documents.find((d) => d.path.endsWith('luxian-sichuan-cac-2020.txt'))!;
    const a59 = luxian.annotations.find((a) => a.text.startsWith('《中华人民共和国网络安全法》第五十九条'))!;
    expect(a59).toMatchObject({ resolved: true, target: 'article:中华人民共和国网络安全法@2016-11-07#art_59' });
    expect(a59.articleText).toContain('第二十一条、第二十五条');
    const news = luxian.annotations.find((a) => a.text.startsWith('《互联网新闻信息服务管理规定》'))!;
    expect(news.resolved).toBe(false); // the registry has no text of it
  });
});

describe('the Markdown report', () => {
  it('escapes what a document says', () => {
    const md = renderMarkdownReport(data);
    expect(md).not.toContain('<img src=x');
    expect(md).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(md).toContain('## Findings');
  });
});
