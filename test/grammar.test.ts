/**
 * The citation grammar on every form the issue lists, on the seeds' own wording, and on what
 * must not be read as a citation. Expected answers were written from the forms, not by
 * running the parser.
 */
import { describe, expect, it } from 'vitest';
import { findCitations } from '../src/cite/find.js';
import { brief, refsOf } from './helpers.js';

const only = (text: string, opts = {}) => {
  const found = findCitations(text, opts);
  expect(found, `citations in ${text}`).toHaveLength(1);
  return found[0];
};

describe('full citations', () => {
  it.each([
    ['《网络安全法》第六十八条第二款', '网络安全法: 68-2'],
    ['《网络安全法》第三十九条第一款第（一）项', '网络安全法: 39-1-(1)'],
    ['《网络安全法》第四十条第(三)项', '网络安全法: 40-(3)'],
    ['《网络安全法》第二十一条第一项', '网络安全法: 21-(1)'],
  ])('%s', (text, expected) => {
    const c = only(text);
    expect(brief(c)).toBe(expected);
    expect(c.text).toBe(text);
    expect(c.law).toBe('中华人民共和国网络安全法');
    expect(c.lawAsWritten).toBe('网络安全法');
  });

  it('gives the output contract of the issue', () => {
    const input = '依据《中华人民共和国网络安全法》第二十二条第一款、第二款和第四十八条第一款';
    const [c] = findCitations(input);
    expect(c).toMatchObject({
      text: '《中华人民共和国网络安全法》第二十二条第一款、第二款和第四十八条第一款',
      start: 2,
      end: input.length,
      law: '中华人民共和国网络安全法',
      lawAsWritten: '中华人民共和国网络安全法',
      refs: [
        { article: 22, articleSuffix: null, paragraph: 1, item: null },
        { article: 22, articleSuffix: null, paragraph: 2, item: null },
        { article: 48, articleSuffix: null, paragraph: 1, item: null },
      ],
    });
    expect(input.slice(c.start, c.end)).toBe(c.text);
  });
});

describe('lists and ranges', () => {
  it.each([
    ['《网络安全法》第八条、第五十条', '8 50'],
    ['《网络安全法》第二十二条第一款、第二款和第四十八条第一款', '22-1 22-2 48-1'],
    ['《网络安全法》第六十八条、六十九条', '68 69'],
    ['《网络预约出租汽车经营服务管理暂行办法》第十、十八、二十六、二十七条', '10 18 26 27'],
    ['《新疆维吾尔自治区信息化促进条例》第四十条第(三)、(四)、(五)、(六)项', '40-(3) 40-(4) 40-(5) 40-(6)'],
    ['《网络安全法》第八条及第九条', '8 9'],
    ['《网络安全法》第四十一条至第四十三条', '41 42 43'],
    ['《网络安全法》第四十一条至四十三条', '41 42 43'],
    ['《网络安全法》第四十一条—第四十三条', '41 42 43'],
    ['《网络安全法》第四十一条～第四十三条', '41 42 43'],
    ['《网络安全法》第四十一条~四十三条', '41 42 43'],
    ['《网络安全法》第四十一至四十三条', '41 42 43'],
    ['《网络安全法》第三十九条第（一）项至第（三）项', '39-(1) 39-(2) 39-(3)'],
    ['《网络安全法》第二十二条第三款、第四十一条至第四十三条', '22-3 41 42 43'],
    ['《互联网新闻信息服务管理规定》第七条第二款、第八条、第十三条第三款、第十五条第一款', '7-2 8 13-3 15-1'],
    ['《网络安全法》第八条，第十条', '8 10'],
  ])('%s', (text, refs) => {
    const c = only(text);
    expect(c.text).toBe(text);
    expect(refsOf(c)).toBe(refs);
  });
});

describe('noise between title and article', () => {
  it('skips a rank tag written before the title and keeps it as the rank', () => {
    const c = only('【法律】《网络安全法》第八条');
    expect(c.text).toBe('《网络安全法》第八条');
    expect(c.rank).toBe('法律');
  });
  it.each([
    ['《网络安全法》（2016年11月7日通过）第八条', '8'],
    ['《网络安全法》(2016年11月7日第十二届全国人民代表大会常务委员会第二十四次会议通过)第八条', '8'],
    ['《互联网新闻信息服务管理规定》（国家互联网信息办公室令第1号，2017年6月1日施行）第二十二条', '22'],
    ['《新疆维吾尔自治区信息化促进条例》（自治区十一届人大常委会公告(第15号)第四十三条', '43'],
    ['《网络安全法》【法律】第八条', '8'],
    ['《互联网新闻信息服务管理规定》第十三条　第三款', '13-3'],
    ['《互联网新闻信息服务管理规定》第十三条   第三款', '13-3'],
    ['《网络安全法》\n第八条', '8'],
    ['《网络安全法》(2016年11月7日通过)\n    第八条', '8'],
    ['《网络安全法》第二十二\n条第一款', '22-1'],
  ])('%j', (text, refs) => {
    const c = only(text);
    expect(c.text).toBe(text.replace(/^【法律】/, ''));
    expect(refsOf(c)).toBe(refs);
  });
  it('reads the document number from the notes', () => {
    expect(only('《互联网新闻信息服务管理规定》（国家互联网信息办公室令第2号，2017年6月1日施行）第四条').documentNumber).toBe(2);
    expect(only('《互联网新闻信息服务管理规定》（国家互联网信息办公室1号令，2017年6月1日施行）第四条').documentNumber).toBe(1);
  });
});

describe('numerals', () => {
  it.each([
    ['民法典第一千二百六十条', '民法典: 1260'],
    ['《网络安全法》第一百零五条', '网络安全法: 105'],
    ['《网络安全法》第二百一十条', '网络安全法: 210'],
    ['《网络安全法》第68条', '网络安全法: 68'],
    ['《网络安全法》第６８条', '网络安全法: 68'],
    ['《网络安全法》第 68 条', '网络安全法: 68'],
    ['刑法第二百八十六条之一', '刑法: 286之1'],
    ['《刑法》第二百八十六条之二第一款', '刑法: 286之2-1'],
  ])('%s', (text, expected) => {
    const c = only(text);
    expect(c.text).toBe(text);
    expect(brief(c)).toBe(expected);
  });
});

describe('titles', () => {
  it.each([
    ['《中华人民共和国网络安全法》第十条'],
    ['〈网络安全法〉第十条'],
    ['<<网络安全法>>第十条'],
    ['〈中华人民共和国网络安全法〉第十条'],
    ['网络安全法第十条'],
    ['中华人民共和国网络安全法第十条'],
    ['《中華人民共和國網絡安全法》第十條'],
    ['《網絡安全法》第十條'],
  ])('%s', (text) => {
    const c = only(text);
    expect(c.text).toBe(text);
    expect(c.law).toBe('中华人民共和国网络安全法');
    expect(refsOf(c)).toBe('10');
  });
  it('keeps an unknown title that ends like a law as written', () => {
    const c = only('《四川省行政审批违法违纪行为责任追究办法》第五条');
    expect(c.law).toBe('四川省行政审批违法违纪行为责任追究办法');
  });
  it('cites a whole law with no refs', () => {
    const c = only('根据《互联网用户公众账号信息服务管理规定》等要求');
    expect(c).toMatchObject({ text: '《互联网用户公众账号信息服务管理规定》', refs: [] });
  });
  it('prefers a registered title over 本法 inside it', () => {
    const c = only('依照香港特别行政区基本法第十八条');
    expect(c.text).toBe('香港特别行政区基本法第十八条');
  });
});

describe('relative references', () => {
  it('resolves 本法 to --law', () => {
    const c = only('违反本法第四十一条至四十三条规定', { law: '网络安全法' });
    expect(c).toMatchObject({ text: '本法第四十一条至四十三条', law: '中华人民共和国网络安全法', lawAsWritten: '本法', lawSource: 'option' });
    expect(refsOf(c)).toBe('41 42 43');
  });
  it('resolves 本法 to the law of the quote it sits in', () => {
    const [head, inner] = findCitations('《网络安全法》第五十九条 网络运营者不履行本法第二十一条、第二十五条规定的');
    expect(brief(head)).toBe('网络安全法: 59');
    expect(head.heading).toBe(true);
    expect(brief(inner)).toBe('网络安全法: 21 25');
    expect(inner.heading).toBe(false);
    expect(inner.lawSource).toBe('relative');
  });
  it('resolves 本规定 across a bare heading that carries the title over', () => {
    const found = findCitations('《互联网新闻信息服务管理规定》第二十二条 违反本规定第五条规定的。\n第二十四条 违反本规定第七条第二款的');
    expect(found.map(brief)).toEqual([
      '互联网新闻信息服务管理规定: 22', '互联网新闻信息服务管理规定: 5',
      '互联网新闻信息服务管理规定: 24', '互联网新闻信息服务管理规定: 7-2',
    ]);
  });
  it('resolves 前款, 本条, 前条 and 同条 against the enclosing article', () => {
    const text = '第六十八条 网络运营者违反本法第四十七条规定的，依照前款规定处罚；本条第二款另有规定；前条规定；同条第三款';
    const found = findCitations(text, { law: '网络安全法' });
    expect(found.map((c) => [c.text, refsOf(c), c.relative ?? false])).toEqual([
      ['第六十八条', '68', false],
      ['本法第四十七条', '47', false],
      ['前款', '68', true],
      ['本条第二款', '68-2', true],
      ['前条', '67', true],
      ['同条第三款', '67-3', true],
    ]);
  });
  it('drops a relative reference with nothing to resolve it against', () => {
    expect(findCitations('依照前款规定处罚')).toEqual([]);
  });
});

describe('what is not a citation', () => {
  it.each([
    '《行政处罚决定书》', '《执法约谈笔录》', '《立案审批表》', '《行政处罚意见告知书》', '第二十四次会议',
    '国家互联网信息办公室令第1号', '公告（第15号）', '第一师阿拉尔市', '第三批', '2017年6月1日', '咨询电话0997-6352269',
    '处十万元以上五十万元以下罚款', '第二章 总则', '第一节', '本法规定', '第第第', '《》', '第条',
  ])('%s', (text) => {
    expect(findCitations(text)).toEqual([]);
  });
});
