/**
 * Internal references between articles, checked against every 本法第X条 and 前款 of 网络安全法
 * 2016 as read in its text, and against 之一 articles and 前两款 in 刑法.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleLinks } from '../src/laws/links.js';
import { parseLawText } from '../src/laws/structure.js';
import type { ArticleLink } from '../src/laws/types.js';

const read = (url: URL) => parseLawText(readFileSync(url, 'utf8'));
const statute = (file: string) => read(new URL(`../data/statutes/${file}`, import.meta.url));

/** 59-1 → 22-1-(2): article-款 → article-款-(项); 之一 written 286之1. */
function fmt(l: ArticleLink): string {
  const from = `${l.fromArticle}${l.fromSuffix ? `之${l.fromSuffix}` : ''}-${l.fromParagraph}`;
  let to = `${l.toArticle}${l.toSuffix ? `之${l.toSuffix}` : ''}`;
  if (l.toParagraph !== null) to += `-${l.toParagraph}`;
  if (l.toPoint !== null) to += `-(${l.toPoint})`;
  return `${from} → ${to}`;
}

describe('articleLinks: 网络安全法 2016', () => {
  const law = statute('网络安全法@2016-11-07.md');
  const links = articleLinks(law.articles, law.title!);

  it('finds every internal reference of the law, and nothing else', () => {
    expect(links.map(fmt)).toEqual([
      '34-1 → 21',
      '48-2 → 48-1', // 知道其用户有前款规定行为的
      '59-1 → 21', '59-1 → 25',
      '59-2 → 33', '59-2 → 34', '59-2 → 36', '59-2 → 38',
      '60-1 → 22-1', '60-1 → 22-2', '60-1 → 48-1',
      '61-1 → 24-1',
      '62-1 → 26',
      '63-1 → 27',
      '63-2 → 63-1', // 单位有前款行为的 … 依照前款规定处罚: one link
      '63-3 → 27',
      '64-1 → 22-3', '64-1 → 41', '64-1 → 42', '64-1 → 43',
      '64-2 → 44',
      '65-1 → 35',
      '66-1 → 37',
      '67-1 → 46',
      '67-2 → 67-1',
      '68-1 → 47',
      '68-2 → 48-2', '68-2 → 68-1',
      '70-1 → 12-2',
      '73-1 → 30',
    ]);
  });

  it('keeps the reference as written', () => {
    const from59 = links.filter((l) => l.fromArticle === 59 && l.fromParagraph === 1);
    expect(from59.map((l) => l.text)).toEqual(['本法第二十一条、第二十五条', '本法第二十一条、第二十五条']);
    expect(links.find((l) => l.fromArticle === 48)!.text).toBe('前款');
  });

  it('leaves out other laws: 第五十七条 cites 突发事件应对法 and 安全生产法', () => {
    expect(links.filter((l) => l.fromArticle === 57)).toEqual([]);
  });
});

describe('articleLinks: 网络安全法 2025', () => {
  const law = statute('网络安全法@2025-10-28.md');
  const links = articleLinks(law.articles, law.title!);
  const from = (n: number) => links.filter((l) => l.fromArticle === n).map(fmt);

  it('resolves 前两款 and 前款第一项、第二项', () => {
    expect(from(61)).toEqual(['61-1 → 23', '61-1 → 27', '61-2 → 35', '61-2 → 36', '61-2 → 38', '61-2 → 40', '61-3 → 61-1', '61-3 → 61-2']);
    expect(from(62)).toEqual(['62-1 → 24-1', '62-1 → 24-2', '62-1 → 50-1', '62-2 → 62-1-(1)', '62-2 → 62-1-(2)', '62-2 → 61-3']);
    expect(from(69)).toEqual(['69-1 → 49', '69-1 → 52', '69-2 → 69-1', '69-3 → 50-2', '69-3 → 69-1', '69-3 → 69-2']);
  });

  it('reads references inside 项 as links of their 款', () => {
    expect(from(71)).toEqual(['71-1 → 13-2', '71-1 → 24-3', '71-1 → 43', '71-1 → 44', '71-1 → 45', '71-1 → 39', '71-2 → 46']);
  });

  it('does not link 第四十二条 to 民法典 or 个人信息保护法, nor 第七十三条 to 行政处罚法', () => {
    expect(from(42)).toEqual([]);
    expect(from(73)).toEqual([]);
  });
});

const criminalLaw = new URL('../../shared/lawcorpus/刑法/刑法.md', import.meta.url);
describe.skipIf(!existsSync(criminalLaw))('articleLinks: 刑法 (articles with 之一)', () => {
  const law = read(criminalLaw);
  const links = articleLinks(law.articles, '中华人民共和国刑法');
  const from = (n: number, suffix: number | null) =>
    links.filter((l) => l.fromArticle === n && l.fromSuffix === suffix).map((l) => `${fmt(l)} ${l.text}`);

  it('links 前款 and 前两款 of 第二百八十六条之一 to its own 款', () => {
    expect(from(286, 1)).toEqual(['286之1-2 → 286之1-1 前款', '286之1-3 → 286之1-1 前两款', '286之1-3 → 286之1-2 前两款']);
  });

  it('links a bare 第一款 to the article it is in', () => {
    expect(from(287, 1)).toEqual([
      '287之1-2 → 287之1-1 前款',
      '287之1-2 → 287之1-1 第一款',
      '287之1-3 → 287之1-1 前两款',
      '287之1-3 → 287之1-2 前两款',
    ]);
  });
});

describe('articleLinks: 前条', () => {
  it('links 前条 to the article before, whatever its number', () => {
    const { articles } = parseLawText('第三十条 甲。\n\n第三十条之一 乙。\n\n第三十一条 符合前条规定条件的，依照本条例第二条处理。');
    expect(articleLinks(articles, '某某条例').map(fmt)).toEqual(['31-1 → 30之1', '31-1 → 2']);
  });
});
