/**
 * Splitting statute texts into 章/节, 条, 款 and 项, in both layouts of the statute sources
 * (LawRefBook and flk/whthomas), checked against what the files say; then every file of
 * the law corpus, which must parse without throwing and mostly into a contiguous run of
 * article numbers.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseLawText } from '../src/laws/structure.js';

const statute = (file: string) => parseLawText(readFileSync(new URL(`../data/statutes/${file}`, import.meta.url), 'utf8'));
const corpus = fileURLToPath(new URL('../../shared/lawcorpus/', import.meta.url));
const article = (law: ReturnType<typeof parseLawText>, n: number, suffix: number | null = null) =>
  law.articles.find((a) => a.number === n && a.suffix === suffix)!;

describe('LawRefBook layout: 网络安全法 2016', () => {
  const law = statute('网络安全法@2016-11-07.md');

  it('reads the title, the history line and all 79 articles in order', () => {
    expect(law.title).toBe('中华人民共和国网络安全法');
    expect(law.preamble).toBe('2016年11月7日 第十二届全国人民代表大会常务委员会第二十四次会议通过');
    expect(law.articles.map((a) => a.number)).toEqual(Array.from({ length: 79 }, (_, i) => i + 1));
    expect(law.articles.every((a) => a.suffix === null)).toBe(true);
  });

  it('keeps the chapter and section on each article', () => {
    expect(article(law, 1)).toMatchObject({ chapter: '第一章 总则', section: null });
    expect(article(law, 21)).toMatchObject({ chapter: '第三章 网络运行安全', section: '第一节 一般规定' });
    expect(article(law, 31)).toMatchObject({ chapter: '第三章 网络运行安全', section: '第二节 关键信息基础设施的运行安全' });
    expect(article(law, 40)).toMatchObject({ chapter: '第四章 网络信息安全', section: null });
    expect(article(law, 59).chapter).toBe('第六章 法律责任');
    expect(article(law, 79).chapter).toBe('第七章 附则');
  });

  it('splits 款 and keeps the text without the heading', () => {
    const a8 = article(law, 8);
    expect(a8.eId).toBe('art_8');
    expect(a8.paragraphs.map((p) => p.eId)).toEqual(['art_8__para_1', 'art_8__para_2']);
    expect(a8.paragraphs[1].text).toBe('县级以上地方人民政府有关部门的网络安全保护和监督管理职责，按照国家有关规定确定。');
    expect(a8.text).toBe(a8.paragraphs.map((p) => p.text).join('\n'));
    expect(a8.text.startsWith('国家网信部门负责统筹协调网络安全工作')).toBe(true);
    expect(article(law, 59).paragraphs).toHaveLength(2);
    expect(article(law, 63).paragraphs).toHaveLength(3);
    expect(article(law, 79).text).toBe('本法自2017年6月1日起施行。');
  });

  it('reads （一） lines as 项 of the 款 before them', () => {
    const a21 = article(law, 21);
    expect(a21.paragraphs).toHaveLength(1);
    expect(a21.paragraphs[0].points.map((p) => p.n)).toEqual([1, 2, 3, 4, 5]);
    expect(a21.paragraphs[0].points[2]).toEqual({
      n: 3,
      eId: 'art_21__para_1__point_3',
      text: '采取监测、记录网络运行状态、网络安全事件的技术措施，并按照规定留存相关的网络日志不少于六个月；',
    });
    // The 款 keeps its 项 in its text, as written.
    expect(a21.paragraphs[0].text.split('\n')).toHaveLength(6);
    expect(a21.paragraphs[0].text).toContain('\n（五）法律、行政法规规定的其他义务。');
    const a60 = article(law, 60);
    expect(a60.paragraphs).toHaveLength(1);
    expect(a60.paragraphs[0].points.map((p) => p.text)).toEqual([
      '设置恶意程序的；',
      '对其产品、服务存在的安全缺陷、漏洞等风险未立即采取补救措施，或者未按照规定及时告知用户并向有关主管部门报告的；',
      '擅自终止为其产品、服务提供安全维护的。',
    ]);
    expect(article(law, 76).paragraphs[0].points).toHaveLength(5);
  });
});

describe('flk layout: 网络安全法 2025 (front matter, 目录, U+3000 after 第X条)', () => {
  const law = statute('网络安全法@2025-10-28.md');

  it('skips the front matter and the table of contents', () => {
    expect(law.title).toBe('中华人民共和国网络安全法');
    expect(law.articles.map((a) => a.number)).toEqual(Array.from({ length: 81 }, (_, i) => i + 1));
    expect(law.preamble).toMatch(/^（2016年11月7日第十二届.*通过　根据2025年10月28日.*修正）$/);
    expect(law.preamble).not.toContain('第一章');
    expect(law.preamble).not.toContain('id:');
  });

  it('reads bare chapter lines, padding removed', () => {
    expect(article(law, 1).chapter).toBe('第一章 总则');
    expect(article(law, 23)).toMatchObject({ chapter: '第三章 网络运行安全', section: '第一节 一般规定' });
    expect(article(law, 42)).toMatchObject({ chapter: '第四章 网络信息安全', section: null });
    expect(article(law, 78).chapter).toBe('第七章 附则');
  });

  it('reads articles, 款 and 项', () => {
    expect(article(law, 3).text).toBe('网络安全工作坚持中国共产党的领导，贯彻总体国家安全观，统筹发展和安全，推进网络强国建设。');
    expect(article(law, 61).paragraphs.map((p) => p.n)).toEqual([1, 2, 3]);
    expect(article(law, 61).paragraphs[2].text.startsWith('有前两款行为，造成大量数据泄露')).toBe(true);
    const a62 = article(law, 62);
    expect(a62.paragraphs).toHaveLength(2);
    expect(a62.paragraphs[0].points).toHaveLength(3);
    expect(a62.paragraphs[1].text).toBe('有前款第一项、第二项行为，造成本法第六十一条第三款规定的后果的，依照该款规定处罚。');
    expect(article(law, 71).paragraphs.map((p) => p.points.length)).toEqual([3, 0]);
  });
});

describe('flk layout with two ASCII spaces: 新疆维吾尔自治区信息化促进条例', () => {
  const law = statute('新疆维吾尔自治区信息化促进条例@2009-09-25.md');

  it('reads 48 articles in 8 chapters', () => {
    expect(law.title).toBe('新疆维吾尔自治区信息化促进条例');
    expect(law.articles.map((a) => a.number)).toEqual(Array.from({ length: 48 }, (_, i) => i + 1));
    expect(new Set(law.articles.map((a) => a.chapter)).size).toBe(8);
    expect(article(law, 1).chapter).toBe('第一章 总则');
    expect(article(law, 48)).toMatchObject({ chapter: '第八章 附则', text: '本条例自2009年12月1日起施行。' });
  });

  it('reads one line per 款, and joins a 项 broken over two lines', () => {
    expect(article(law, 5).paragraphs.map((p) => p.text)).toEqual([
      '县级以上人民政府信息化主管部门负责统筹规划、指导协调和监督管理本行政区域内的信息化工作。',
      '发展改革、财政、公安、广播电视和通信等有关部门在各自职责范围内，履行信息化工作的相关职责。',
    ]);
    const a40 = article(law, 40);
    expect(a40.paragraphs).toHaveLength(1);
    expect(a40.paragraphs[0].points).toHaveLength(7);
    expect(a40.paragraphs[0].points[3].text).toBe('侵犯知识产权、商业秘密、个人隐私以及公民、法人或者其他组织的合法权益；');
  });

  it('does not read （一） inside a sentence as a 项', () => {
    const a41 = article(law, 41);
    expect(a41.paragraphs).toHaveLength(2);
    expect(a41.paragraphs.every((p) => p.points.length === 0)).toBe(true);
  });
});

describe('LawRefBook layout: (一) with ASCII parentheses', () => {
  it('reads 互联网信息服务管理办法 2011 第六条 with three 项', () => {
    const law = statute('互联网信息服务管理办法@2011-01-08.md');
    expect(law.articles).toHaveLength(27);
    const a6 = article(law, 6);
    expect(a6.paragraphs).toHaveLength(1);
    expect(a6.paragraphs[0].points.map((p) => p.text)).toEqual([
      '有业务发展计划及相关技术方案；',
      '有健全的网络与信息安全保障措施，包括网站安全保障措施、信息安全保密管理制度、用户信息安全管理制度；',
      '服务项目属于本办法第五条规定范围的，已取得有关主管部门同意的文件。',
    ]);
  });
});

describe('synthetic layouts', () => {
  it('numbers 之一 articles and their parts', () => {
    const law = parseLawText('# 某法\n\n第二百八十六条 甲。\n\n第二百八十六条之一 乙：\n\n（一）丙；\n\n（二）丁。\n\n单位犯前款罪的，戊。');
    const a = article(law, 286, 1);
    expect(a.eId).toBe('art_286_1');
    expect(a.paragraphs.map((p) => p.eId)).toEqual(['art_286_1__para_1', 'art_286_1__para_2']);
    expect(a.paragraphs[0].points.map((p) => p.eId)).toEqual(['art_286_1__para_1__point_1', 'art_286_1__para_1__point_2']);
    expect(a.text).toBe('乙：\n（一）丙；\n（二）丁。\n单位犯前款罪的，戊。');
  });

  it('splits 项 written inside one line', () => {
    const law = parseLawText('第五条 下列用海免缴海域使用金： （一）军事用海； （二）公务船舶专用码头用海。');
    const p = law.articles[0].paragraphs;
    expect(p).toHaveLength(1);
    expect(p[0].points.map((x) => x.text)).toEqual(['军事用海；', '公务船舶专用码头用海。']);
  });

  it('does not take a citation at the start of a 款 for an article heading', () => {
    const law = parseLawText('第四十四条 第四十三条所称情形包括：\n\n第四十三条规定的期限内，不得变更。');
    expect(law.articles).toHaveLength(1);
    expect(law.articles[0].paragraphs.map((p) => p.text)).toEqual(['第四十三条所称情形包括：', '第四十三条规定的期限内，不得变更。']);
  });

  it('reads a heading alone on its line, and leaves out text after a heading that no article follows', () => {
    const law = parseLawText('第一条\n甲。\n第二条 乙。\n\n## 附件\n\n表一 某表');
    expect(law.articles.map((a) => a.text)).toEqual(['甲。', '乙。']);
  });

  it('takes the first # heading as the title: 民法典 总则', () => {
    const file = join(corpus, '民法典/总则.md');
    if (!existsSync(file)) return;
    const law = parseLawText(readFileSync(file, 'utf8'));
    expect(law.title).toBe('中华人民共和国民法典');
    expect(law.articles[0].number).toBe(1);
    expect(law.articles[law.articles.length - 1].number).toBe(204);
    expect(article(law, 13)).toMatchObject({ chapter: '第二章 自然人', section: '第一节 民事权利能力和民事行为能力' });
    expect(article(law, 1).chapter).toBe('第一章 基本规定');
  });

  it('resets the chapter at a 编 heading: 刑法', () => {
    const file = join(corpus, '刑法/刑法.md');
    if (!existsSync(file)) return;
    const law = parseLawText(readFileSync(file, 'utf8'));
    expect(article(law, 1)).toMatchObject({ chapter: '第一章 刑法的任务、基本原则和适用范围', section: null });
    expect(article(law, 14)).toMatchObject({ chapter: '第二章 犯罪', section: '第一节 犯罪和刑事责任' });
    const a = article(law, 286, 1);
    expect(a.paragraphs).toHaveLength(3);
    expect(a.paragraphs[0].points).toHaveLength(4);
  });
});

function markdownFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) markdownFiles(path, out);
    else if (name.endsWith('.md')) out.push(path);
  }
  return out;
}

describe.skipIf(!existsSync(corpus))('the law corpus', () => {
  it('parses every file, most into articles numbered 1, 2, 3 … without gaps', () => {
    const files = markdownFiles(corpus);
    expect(files.length).toBeGreaterThan(3000);
    let withArticles = 0;
    let contiguous = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const { articles } = parseLawText(text);
      // Files with articles by the source's own convention: a line opening 第X条 and a space.
      const expectsArticles = /^第[一二三四五六七八九十百千零〇]+条[ 　]/m.test(text);
      if (!expectsArticles) continue;
      withArticles++;
      const plain = articles.filter((a) => a.suffix === null).map((a) => a.number);
      if (plain.length > 0 && plain.every((n, i) => n === plain[0] + i)) contiguous++;
    }
    expect(withArticles).toBeGreaterThan(3200);
    // A few source files miss an article (农民专业合作社法 2017 has no 第五十四条).
    expect(contiguous / withArticles).toBeGreaterThan(0.99);
  });

  it('reads as many articles as a file has article headings', () => {
    const file = join(corpus, '民法商法/公司法(2023-12-29).md');
    const text = readFileSync(file, 'utf8');
    expect(parseLawText(text).articles).toHaveLength(266);
  });
});
