/**
 * Article correspondences between versions, checked against what comparing the texts by
 * hand shows: 网络安全法 2016→2025 (a new 第三条 shifts 3–17 by one, a new 第二十条 by two,
 * the penalty chapter rewritten), 互联网信息服务管理办法 2011→2024 (only 第五条 changed),
 * 互联网上网服务营业场所管理条例 2019→2022 (第十一条 changed, a new 第三十二条), and
 * synthetic merges and splits. Then 民法典, the largest law.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alignVersions } from '../src/laws/align.js';
import { parseLawText } from '../src/laws/structure.js';
import type { Article, Correspondence } from '../src/laws/types.js';

const statute = (file: string) =>
  parseLawText(readFileSync(new URL(`../data/statutes/${file}`, import.meta.url), 'utf8')).articles;
const corpusFile = (path: string) => new URL(`../../shared/lawcorpus/${path}`, import.meta.url);

const num = (x: { number: number; suffix: number | null } | null) => (x ? `${x.number}${x.suffix ? `之${x.suffix}` : ''}` : '-');
/** `59→61 modified`: the non-trivial correspondences, in order. */
const fmt = (c: Correspondence) => `${num(c.from)}→${num(c.to)} ${c.change}`;
const nonTrivial = (cs: Correspondence[]) => cs.filter((c) => c.change !== 'unchanged' && c.change !== 'renumbered').map(fmt);
const find = (cs: Correspondence[], from: number | null, to: number | null) =>
  cs.find((c) => (c.from?.number ?? null) === from && (c.to?.number ?? null) === to);

/** Every article of both versions takes part in at least one correspondence. */
function expectComplete(cs: Correspondence[], older: Article[], newer: Article[]) {
  expect(new Set(cs.filter((c) => c.from).map((c) => num(c.from)))).toEqual(new Set(older.map(num)));
  expect(new Set(cs.filter((c) => c.to).map((c) => num(c.to)))).toEqual(new Set(newer.map(num)));
}

describe('网络安全法 2016 → 2025', () => {
  const older = statute('网络安全法@2016-11-07.md');
  const newer = statute('网络安全法@2025-10-28.md');
  const cs = alignVersions(older, newer);

  it('maps old 第三条–第十七条 to new 第四条–第十八条', () => {
    for (let n = 3; n <= 17; n++) expect(find(cs, n, n + 1)).toMatchObject({ change: 'renumbered', similarity: 1, penaltiesChanged: false });
    expect(find(cs, 1, 1)?.change).toBe('unchanged');
    expect(find(cs, 2, 2)?.change).toBe('unchanged');
  });

  it('finds new 第三条 and 第二十条 without predecessor', () => {
    expect(find(cs, null, 3)).toMatchObject({ change: 'new', to: { number: 3, suffix: null } });
    expect(find(cs, null, 20)?.change).toBe('new');
  });

  it('maps the penalty articles', () => {
    expect(find(cs, 59, 61)).toMatchObject({ change: 'modified', penaltiesChanged: true });
    expect(find(cs, 68, 69)).toMatchObject({ change: 'modified', penaltiesChanged: true });
    expect(find(cs, 60, 62)).toMatchObject({ change: 'modified', penaltiesChanged: false }); // a 款 added, no penalty in it
    expect(find(cs, 63, 66)).toMatchObject({ change: 'modified', penaltiesChanged: false }); // only 第二十七条 → 第二十九条
    expect(find(cs, 65, 67)).toMatchObject({ change: 'modified', penaltiesChanged: false }); // only the order's words changed
    expect(find(cs, 67, 68)?.penaltiesChanged).toBe(false);
    expect(find(cs, 69, 70)?.change).toBe('modified'); // its 项 (一) moved into the new 第六十九条
  });

  it('lists the non-trivial correspondences in text order', () => {
    expect(nonTrivial(cs)).toEqual([
      '-→3 new', // 网络安全工作坚持中国共产党的领导
      '18→19 modified', // its second 款 dropped
      '-→20 new', // 人工智能
      '34→36 modified', // 本法第二十一条 → 第二十三条
      '40→42 modified', // a 款 on 个人信息 added
      '59→61 modified',
      '60→62 modified',
      '-→63 new', // 销售未经安全认证的网络关键设备
      '61→64 modified',
      '62→65 modified',
      '63→66 modified',
      '64→- deleted', // 个人信息: now 第七十一条第一款第二项 refers to other laws
      '65→67 modified',
      '66→- deleted', // 境外存储: now 第七十一条第一款第三项
      '67→68 modified',
      '68→69 modified',
      '69→70 modified',
      '70→71 modified', // became 第七十一条第一款第一项
      '-→73 new', // 行政处罚法 从轻、减轻
      '73→75 modified', // 第三十条 → 第三十二条
      '75→77 modified',
    ]);
  });

  it('gives each pair its similarity, and every article a place', () => {
    expectComplete(cs, older, newer);
    const m = find(cs, 59, 61)!;
    expect(m.similarity).toBeGreaterThan(0.5);
    expect(m.similarity).toBeLessThan(1);
    expect(find(cs, 79, 81)).toMatchObject({ change: 'renumbered', similarity: 1 });
  });
});

describe('互联网信息服务管理办法 2011 → 2024', () => {
  it('finds only 第五条 changed (、医疗保健、药品和医疗器械 deleted)', () => {
    const older = statute('互联网信息服务管理办法@2011-01-08.md');
    const newer = statute('互联网信息服务管理办法@2024-12-06.md');
    const cs = alignVersions(older, newer);
    expect(cs).toHaveLength(27);
    expect(nonTrivial(cs)).toEqual(['5→5 modified']);
    // (一) against （一） in 第六条: the same text.
    expect(cs.filter((c) => c.change === 'unchanged')).toHaveLength(26);
    expect(cs.every((c) => !c.penaltiesChanged)).toBe(true);
  });
});

const cafes2019 = corpusFile('行政法规/互联网上网服务营业场所管理条例(2019-03-24).md');
const cafes2022 = corpusFile('行政法规/互联网上网服务营业场所管理条例(2022-03-29).md');
describe.skipIf(!existsSync(cafes2019))('互联网上网服务营业场所管理条例 2019 → 2022', () => {
  it('finds 第十一条 changed and a new 第三十二条 shifting the rest by one', () => {
    const older = parseLawText(readFileSync(cafes2019, 'utf8')).articles;
    const newer = parseLawText(readFileSync(cafes2022, 'utf8')).articles;
    const cs = alignVersions(older, newer);
    expect(nonTrivial(cs)).toEqual(['11→11 modified', '-→32 new']);
    expect(find(cs, null, 32)?.penaltiesChanged).toBe(true); // 给予警告，可以并处15000元以下罚款
    for (let n = 32; n <= 37; n++) expect(find(cs, n, n + 1)?.change).toBe('renumbered');
    for (let n = 1; n <= 31; n++) if (n !== 11) expect(find(cs, n, n)?.change).toBe('unchanged');
    expectComplete(cs, older, newer);
  });
});

describe('merges, splits and deletions', () => {
  const law = (...texts: string[]) => parseLawText(texts.map((t, i) => `第${i + 1}条 ${t}`).join('\n\n')).articles;
  const A = '国家建立健全网络安全监测预警和信息通报制度，统一发布网络安全监测预警信息。';
  const B = '负责关键信息基础设施安全保护工作的部门，应当建立健全本行业、本领域的网络安全监测预警制度。';
  const C = '网络运营者应当制定网络安全事件应急预案，及时处置系统漏洞、计算机病毒、网络攻击等安全风险。';
  const D = '任何个人和组织不得从事非法侵入他人网络、干扰他人网络正常功能、窃取网络数据等危害网络安全的活动。';
  const E = '本法自二〇一七年六月一日起施行，国务院有关部门应当及时制定配套规定并向社会公布。';

  it('reads two articles joined into one as merged', () => {
    const cs = alignVersions(law(A, B, C, D), law(A, B + C, D));
    expect(cs.map(fmt)).toEqual(['1→1 unchanged', '2→2 merged', '3→2 merged', '4→3 renumbered']);
  });

  it('reads one article cut in two as split', () => {
    const cs = alignVersions(law(A, `${B}\n\n${C}`, D), law(A, B, C, D));
    expect(cs.map(fmt)).toEqual(['1→1 unchanged', '2→2 split', '2→3 split', '3→4 renumbered']);
  });

  it('reads one article cut in three as split', () => {
    const cs = alignVersions(law(A, `${B}\n\n${C}\n\n${D}`, E), law(A, B, C, D, E));
    expect(cs.map(fmt)).toEqual(['1→1 unchanged', '2→2 split', '2→3 split', '2→4 split', '3→5 renumbered']);
  });

  it('reads a deleted and an inserted article', () => {
    const cs = alignVersions(law(A, B, C, E), law(A, C, D, E));
    expect(cs.map(fmt)).toEqual(['1→1 unchanged', '2→- deleted', '3→2 renumbered', '-→3 new', '4→4 unchanged']);
  });

  it('does not pair unrelated articles', () => {
    expect(alignVersions(law(A, B), law(D, E)).map(fmt)).toEqual(['-→1 new', '-→2 new', '1→- deleted', '2→- deleted']);
  });

  it('marks a changed fine as a change of penalties', () => {
    const fine = (range: string) => `违反本法第二十一条规定的，由有关主管部门责令改正，处${range}罚款。`;
    const cs = alignVersions(law(A, fine('一万元以上十万元以下')), law(A, fine('五万元以上五十万元以下')));
    expect(cs[1]).toMatchObject({ change: 'modified', penaltiesChanged: true });
    const same = alignVersions(law(fine('一万元以上十万元以下')), law(`${fine('一万元以上十万元以下')}情节严重的，依法处理。`));
    expect(same[0]).toMatchObject({ change: 'modified', penaltiesChanged: false });
  });
});

const civilCode = ['总则', '物权编', '合同编', '人格权编', '婚姻家庭编', '继承编', '侵权责任编', '附则'].map((p) => corpusFile(`民法典/${p}.md`));
// How long this takes is measured by `npm run bench`, not asserted here.
describe.skipIf(!civilCode.every((f) => existsSync(f)))('a large law', () => {
  it('aligns 民法典 (1,260 articles) with an edited copy of itself', () => {
    const older = parseLawText(civilCode.map((f) => readFileSync(f, 'utf8')).join('\n\n')).articles;
    expect(older).toHaveLength(1260);
    // Every 7th article edited, every 50th removed.
    const newer = older
      .filter((_, i) => i % 50 !== 7)
      .map((a, i) => (i % 7 === 0 ? { ...a, text: a.text.replace('。', '，并依法处理。') } : a));
    const cs = alignVersions(older, newer);
    expect(cs.filter((c) => c.change === 'deleted')).toHaveLength(older.length - newer.length);
    expect(cs.filter((c) => c.change === 'merged' || c.change === 'split' || c.change === 'new')).toEqual([]);
  });
});
