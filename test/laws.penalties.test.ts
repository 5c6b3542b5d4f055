/**
 * Penalties read from the penalty articles of 网络安全法 (2016 and 2025) and from the quotes
 * of them in the seed lists. Every expectation was written by reading the article text.
 *
 * Notation: `kind min-max unit ×base @party ?condition`, parts left out when empty; the
 * party is left out when it is the clause's own subject.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articlePenalties, parseAmount, parsePenalties, parseRange } from '../src/laws/penalties.js';
import { parseLawText } from '../src/laws/structure.js';
import type { Article, Penalty } from '../src/laws/types.js';

const statute = (file: string) =>
  parseLawText(readFileSync(new URL(`../data/statutes/${file}`, import.meta.url), 'utf8')).articles;
const sample = (file: string) => readFileSync(new URL(`../data/samples/${file}`, import.meta.url), 'utf8');

function fmt(p: Penalty): string {
  const parts: string[] = [p.kind];
  if (p.min !== null || p.max !== null) parts.push(`${p.min ?? ''}-${p.max ?? ''}${p.unit ?? ''}${p.base ? `×${p.base}` : ''}`);
  if (p.party !== 'subject') parts.push(`@${p.party}`);
  if (p.condition) parts.push(`?${p.condition}`);
  return parts.join(' ');
}

/** Penalties of each 款 of an article, formatted: one array per 款. */
function byParagraph(article: Article): string[][] {
  const ps = articlePenalties(article);
  return article.paragraphs.map((para) => ps.filter((p) => p.paragraph === para.n).map(fmt));
}

const MGR = '@直接负责的主管人员';
const MGRS = '@直接负责的主管人员和其他直接责任人员';
const REFUSE_HARM = '?拒不改正或者导致危害网络安全等后果的';
const REFUSE_SERIOUS = '?拒不改正或者情节严重的';
const SHUTDOWN = (cond: string, closure = 'closure') =>
  [`suspension ${cond}`, `suspension ${cond}`, `${closure} ${cond}`, `revocation ${cond}`, `revocation ${cond}`];

const EXPECTED_2016: Record<number, string[][]> = {
  59: [
    ['order', 'warning', `fine 10000-100000元 ${REFUSE_HARM}`, `fine 5000-50000元 ${MGR} ${REFUSE_HARM}`],
    ['order', 'warning', `fine 100000-1000000元 ${REFUSE_HARM}`, `fine 10000-100000元 ${MGR} ${REFUSE_HARM}`],
  ],
  60: [['order', 'warning', `fine 50000-500000元 ${REFUSE_HARM}`, `fine 10000-100000元 ${MGR} ${REFUSE_HARM}`]],
  61: [['order', `fine 50000-500000元 ${REFUSE_SERIOUS}`, ...SHUTDOWN(REFUSE_SERIOUS), `fine 10000-100000元 ${MGRS} ${REFUSE_SERIOUS}`]],
  62: [['order', 'warning', `fine 10000-100000元 ${REFUSE_SERIOUS}`, ...SHUTDOWN(REFUSE_SERIOUS), `fine 5000-50000元 ${MGRS} ${REFUSE_SERIOUS}`]],
  63: [
    ['confiscation', 'detention -5日', 'fine 50000-500000元', 'detention 5-15日 ?情节较重的', 'fine 100000-1000000元 ?情节较重的'],
    ['confiscation', 'fine 100000-1000000元'],
    [],
  ],
  64: [
    [
      'order', 'warning', 'confiscation', 'fine 1-10倍×违法所得', 'fine -1000000元 ?没有违法所得的', `fine 10000-100000元 ${MGRS}`,
      ...SHUTDOWN('?情节严重的'),
    ],
    ['confiscation', 'fine 1-10倍×违法所得', 'fine -1000000元 ?没有违法所得的'],
  ],
  65: [['order', 'fine 1-10倍×采购金额', `fine 10000-100000元 ${MGRS}`]],
  66: [
    ['order', 'warning', 'confiscation', 'fine 50000-500000元', 'suspension', 'suspension', 'closure', 'revocation', 'revocation', `fine 10000-100000元 ${MGRS}`],
  ],
  67: [
    ['detention -5日', 'fine 10000-100000元', 'detention 5-15日 ?情节较重的', 'fine 50000-500000元 ?情节较重的', 'closure'],
    ['fine 100000-500000元'],
  ],
  68: [['order', 'warning', 'confiscation', `fine 100000-500000元 ${REFUSE_SERIOUS}`, ...SHUTDOWN(REFUSE_SERIOUS), `fine 10000-100000元 ${MGRS} ${REFUSE_SERIOUS}`], []],
  69: [['order', `fine 50000-500000元 ${REFUSE_SERIOUS}`, `fine 10000-100000元 ${MGRS} ${REFUSE_SERIOUS}`]],
  70: [[]],
  71: [[]],
  72: [['order']],
  73: [[], []],
  74: [[], []],
  75: [[]],
};

const SERIOUS_3 = '?造成大量数据泄露、关键信息基础设施丧失局部功能等严重危害网络安全后果的';
const GRAVE_3 = '?造成关键信息基础设施丧失主要功能等特别严重危害网络安全后果的';
const GRAVE_69 = '?造成特别严重影响、特别严重后果的';
const CLOSURE_APP = 'closure';

const EXPECTED_2025: Record<number, string[][]> = {
  61: [
    ['order', 'warning', 'fine 10000-50000元', `fine 50000-500000元 ${REFUSE_HARM}`, `fine 10000-100000元 ${MGRS} ${REFUSE_HARM}`],
    ['order', 'warning', 'fine 50000-100000元', `fine 100000-1000000元 ${REFUSE_HARM}`, `fine 10000-100000元 ${MGRS} ${REFUSE_HARM}`],
    [
      `fine 500000-2000000元 ${SERIOUS_3}`, `fine 50000-200000元 ${MGRS} ${SERIOUS_3}`,
      `fine 2000000-10000000元 ${GRAVE_3}`, `fine 200000-1000000元 ${MGRS} ${GRAVE_3}`,
    ],
  ],
  62: [['order', 'warning', `fine 50000-500000元 ${REFUSE_HARM}`, `fine 10000-100000元 ${MGR} ${REFUSE_HARM}`], []],
  63: [
    [
      'order', 'warning', 'confiscation',
      'fine 20000-100000元 ?没有违法所得或者违法所得不足十万元的',
      'fine 1-5倍×违法所得 ?违法所得十万元以上的',
      'suspension ?情节严重的', 'suspension ?情节严重的', 'revocation ?情节严重的', 'revocation ?情节严重的',
    ],
  ],
  64: [['order', `fine 50000-500000元 ${REFUSE_SERIOUS}`, ...SHUTDOWN(REFUSE_SERIOUS, CLOSURE_APP), `fine 10000-100000元 ${MGRS} ${REFUSE_SERIOUS}`]],
  65: [
    ['order', 'warning', 'fine 10000-100000元', `fine 100000-1000000元 ${REFUSE_SERIOUS}`, ...SHUTDOWN(REFUSE_SERIOUS), `fine 10000-100000元 ${MGRS} ${REFUSE_SERIOUS}`],
    [],
  ],
  66: EXPECTED_2016[63],
  67: [['order', 'fine 1-10倍×采购金额', `fine 10000-100000元 ${MGRS}`]],
  68: EXPECTED_2016[67],
  69: [
    ['order', 'warning', 'other', 'fine 50000-500000元', `fine 500000-2000000元 ${REFUSE_SERIOUS}`, ...SHUTDOWN(REFUSE_SERIOUS), `fine 50000-200000元 ${MGRS} ${REFUSE_SERIOUS}`],
    [`fine 2000000-10000000元 ${GRAVE_69}`, ...SHUTDOWN(GRAVE_69), `fine 200000-1000000元 ${MGRS} ${GRAVE_69}`],
    [],
  ],
  70: [['order', `fine 50000-500000元 ${REFUSE_SERIOUS}`, `fine 10000-100000元 ${MGRS} ${REFUSE_SERIOUS}`]],
  71: [[], []],
  72: [[]],
  73: [[]],
  74: [['order']],
  75: [[], []],
  76: [[], []],
  77: [[]],
};

describe('penalties of 网络安全法 2016, 第五十九条–第七十五条', () => {
  const articles = statute('网络安全法@2016-11-07.md');
  it.each(Object.entries(EXPECTED_2016))('第%s条', (n, expected) => {
    const article = articles.find((a) => a.number === Number(n))!;
    expect(byParagraph(article)).toEqual(expected);
  });

  it('finds no penalty before the 法律责任 chapter', () => {
    for (const a of articles.filter((x) => x.number < 59)) expect(articlePenalties(a)).toEqual([]);
  });

  it('records the 款, the words read and their kinds', () => {
    const ps = articlePenalties(articles.find((a) => a.number === 59)!);
    expect(ps.map((p) => p.paragraph)).toEqual([1, 1, 1, 1, 2, 2, 2, 2]);
    expect(ps[2]).toMatchObject({ kind: 'fine', min: 10000, max: 100000, unit: '元', base: null, text: '处一万元以上十万元以下罚款' });
    expect(ps[0].text).toBe('责令改正');
    const p61 = articlePenalties(articles.find((a) => a.number === 61)!);
    expect(p61.filter((p) => p.kind === 'revocation').map((p) => p.text)).toEqual(['吊销相关业务许可证', '吊销营业执照']);
    expect(p61.find((p) => p.kind === 'closure')!.text).toBe('关闭网站');
  });
});

describe('penalties of 网络安全法 2025, 第六十一条–第七十七条', () => {
  const articles = statute('网络安全法@2025-10-28.md');
  it.each(Object.entries(EXPECTED_2025))('第%s条', (n, expected) => {
    const article = articles.find((a) => a.number === Number(n))!;
    expect(byParagraph(article)).toEqual(expected);
  });

  it('reads 关闭网站或者应用程序 as one closure', () => {
    const ps = articlePenalties(articles.find((a) => a.number === 64)!);
    expect(ps.filter((p) => p.kind === 'closure').map((p) => p.text)).toEqual(['关闭网站或者应用程序']);
  });
});

describe('penalties of 新疆维吾尔自治区信息化促进条例 (对单位, 对个人)', () => {
  const articles = statute('新疆维吾尔自治区信息化促进条例@2009-09-25.md');
  it.each([
    [41, [[], ['order', 'fine 3000-30000元 @单位', 'fine 200-3000元 @个人']]],
    [42, [['order', 'fine 20000-100000元', 'confiscation ?有违法所得的']]],
    [43, [['order', 'fine 3000-30000元', 'revocation ?情节严重的']]],
    [44, [[]]],
    [45, [[]]],
  ])('第%s条', (n, expected) => {
    expect(byParagraph(articles.find((a) => a.number === n)!)).toEqual(expected);
  });

  it('keeps the words of the order as written: 责令其改正', () => {
    const ps = articlePenalties(articles.find((a) => a.number === 41)!);
    expect(ps[0]).toMatchObject({ kind: 'order', text: '责令其改正', paragraph: 2 });
    expect(ps[1].text).toBe('处以三千元以上三万元以下罚款');
  });
});

describe('penalties in quotes of power lists', () => {
  const luxian = sample('luxian-sichuan-cac-2020.txt');
  /** The quote of one article: from its heading to the next 第X条 heading or list number. */
  const quote = (head: string) => {
    const start = luxian.indexOf(head);
    const rest = luxian.slice(start + head.length);
    const end = rest.search(/\n(?:第[一二三四五六七八九十]+条 |\d[.。])/);
    return head + (end < 0 ? rest : rest.slice(0, end));
  };

  it.each([
    ['《中华人民共和国网络安全法》第五十九条', ['fine 5000-50000元']],
    ['第六十条 违反本法', [`fine 10000-100000元 ${MGR}`]],
    ['第六十一条 网络运营者', ['fine 10000-100000元']],
    ['第六十二条 违反本法', ['fine 5000-50000元']],
    ['第六十三条 违反本法', ['detention 5-15日', 'fine 100000-1000000元']],
    ['第六十四条 网络运营者', ['fine -1000000元']],
    ['第六十五条 关键信息', ['fine 10000-100000元']],
    ['第六十六条 关键信息', ['fine 10000-100000元']],
    ['第六十七条 违反本法', ['fine 50000-500000元']],
    ['第六十八条 网络运营者', ['fine 10000-100000元']],
    ['第六十九条 网络运营者', []],
    ['《互联网新闻信息服务管理规定》第二十二条', ['fine 10000-30000元']],
    ['第二十三条 互联网新闻', []],
    ['第二十四条 互联网新闻', ['fine 5000-30000元']],
    ['第二十五条 互联网新闻', ['fine 20000-30000元']],
    ['第二十六条 互联网新闻', []],
  ])('luxian: %s', (head, expected) => {
    expect(luxian).toContain(head);
    expect(parsePenalties(quote(head), null).map(fmt)).toEqual(expected);
  });

  it('sanming: 互联网新闻信息服务管理规定 第二十四条 in full', () => {
    const text =
      '第二十四条　互联网新闻信息服务提供者违反本规定第七条第二款、第八条、第十一条、第十二条、第十三条第三款、第十四条、第十五条第一款、第十七条、第十八条规定的，由国家和地方互联网信息办公室依据职责给予警告，责令限期改正；情节严重或拒不改正的，暂停新闻信息更新，处五千元以上三万元以下罚款；构成犯罪的，依法追究刑事责任。';
    expect(sample('sanming-fujian-cac.txt')).toContain(text);
    const ps = parsePenalties(text, 1);
    expect(ps.map(fmt)).toEqual(['warning', 'order', 'suspension ?情节严重或拒不改正的', 'fine 5000-30000元 ?情节严重或拒不改正的']);
    expect(ps[2].text).toBe('暂停新闻信息更新');
    expect(ps.every((p) => p.paragraph === 1)).toBe(true);
  });

  it('sanming: Arabic amounts (网约车 办法)', () => {
    const text =
      '网约车平台公司及网约车驾驶员违法使用或者泄露约车人、乘客个人信息的，由公安、网信等部门依照各自职责处以2000元以上10000元以下罚款；给信息主体造成损失的，依法承担民事责任；涉嫌犯罪的，依法追究刑事责任。';
    expect(sample('sanming-fujian-cac.txt')).toContain(text);
    const ps = parsePenalties(text, null);
    expect(ps.map(fmt)).toEqual(['fine 2000-10000元']);
    expect(ps[0].text).toBe('处以2000元以上10000元以下罚款');
  });
});

describe('amounts and ranges', () => {
  it.each([
    ['一万', 10000], ['十万', 100000], ['五千', 5000], ['一百万', 1000000], ['二百万', 2000000], ['一千万', 10000000],
    ['2000', 2000], ['1.5万', 15000], ['２万', 20000], ['一亿', 100000000], ['三亿五千万', 350000000],
  ])('%s = %i', (text, value) => expect(parseAmount(text)).toBe(value));

  it.each([
    ['一万元以上十万元以下', { min: 10000, max: 100000, unit: '元', base: null }],
    ['一百万元以下', { min: null, max: 1000000, unit: '元', base: null }],
    ['五日以上十五日以下', { min: 5, max: 15, unit: '日', base: null }],
    ['违法所得一倍以上十倍以下', { min: 1, max: 10, unit: '倍', base: '违法所得' }],
    ['采购金额一倍以上十倍以下', { min: 1, max: 10, unit: '倍', base: '采购金额' }],
    ['二万元以上三万元以下的', { min: 20000, max: 30000, unit: '元', base: null }],
    ['1万元至5万元', { min: 10000, max: 50000, unit: '元', base: null }],
    ['五千元', { min: 5000, max: 5000, unit: '元', base: null }],
    ['一千元以上', { min: 1000, max: null, unit: '元', base: null }],
  ])('%s', (text, range) => expect(parseRange(text)).toEqual(range));

  it('reads 处罚款 with the amount after it, and 处以罚款 without one', () => {
    expect(parsePenalties('由公安机关处罚款五千元。', null).map(fmt)).toEqual(['fine 5000-5000元']);
    expect(parsePenalties('由有关部门责令改正，处以罚款。', null).map(fmt)).toEqual(['order', 'fine']);
  });

  it('ignores amounts in conditions and penalties already suffered (被吊销)', () => {
    const text = '违法所得十万元以上的，由有关部门对被责令停业整顿的单位处十万元以下罚款，不予换发被吊销的营业执照。';
    expect(parsePenalties(text, null).map(fmt)).toEqual(['fine -100000元 @被责令停业整顿的单位 ?违法所得十万元以上的']);
  });

  it('reads each 项 as a clause with its own condition', () => {
    const text =
      '违反本条例规定，有下列情形之一的，由税务机关予以处罚：\n（一）未贴印花税票的，处以应补贴印花税票金额20倍以下的罚款；\n（二）未办理变更手续的，处200元以下罚款。';
    expect(parsePenalties(text, 1).map(fmt)).toEqual(['fine -20倍×应补贴印花税票金额 ?未贴印花税票的', 'fine -200元 ?未办理变更手续的']);
  });

  it('reads one order per 责令, and no confiscation in 没收的物品', () => {
    const text = '由有关部门责令改正、停业整顿，责令涉嫌违法的单位在调查期间不得变卖、转移与案件有关的财物，将没收的物品上缴国库，处一千元罚款。';
    expect(parsePenalties(text, null).map((p) => `${p.kind}:${p.text}`)).toEqual([
      'order:责令改正',
      'suspension:停业整顿',
      'order:责令涉嫌违法的单位在调查期间不得变卖、转移与案件有关的财物',
      'fine:处一千元罚款',
    ]);
  });

  it('keeps a warning written before the fine in one phrase', () => {
    const ps = parsePenalties('违反本办法的，由公安机关处警告或者五百元以下罚款。', null);
    expect(ps.map((p) => `${fmt(p)}:${p.text}`)).toEqual(['warning:警告', 'fine -500元:五百元以下罚款']);
  });

  it('reads 对单位 and 对个人 as parties', () => {
    const text = '违反本条例规定的，由公安机关给予警告，对单位处一万元以上三万元以下罚款，对个人处五百元以上一千元以下罚款。';
    expect(parsePenalties(text, null).map(fmt)).toEqual(['warning', 'fine 10000-30000元 @单位', 'fine 500-1000元 @个人']);
  });
});
