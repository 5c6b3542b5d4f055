/**
 * References from one article of a statute to other provisions of the same text:
 * 违反本法第二十一条、第二十五条 (→ 21, 25), 第二十二条第一款 (→ 22, 款 1), 依照前款 (→ this
 * article, the 款 before). Read with the citation finder; citations of other laws
 * (《中华人民共和国刑法》第X条) are not internal links.
 */
import { findCitations } from '../cite/find.js';
import { defaultTitleRegistry } from '../cite/titles.js';
import type { Citation } from '../cite/types.js';
import type { Article, ArticleLink } from './types.js';

export function articleLinks(articles: Article[], lawTitle: string): ArticleLink[] {
  const law = defaultTitleRegistry().lookup(lawTitle)?.canonical ?? lawTitle;
  const out: ArticleLink[] = [];
  const seen = new Set<string>();
  articles.forEach((article, index) => {
    const previous = index > 0 ? articles[index - 1] : null;
    for (const para of article.paragraphs) {
      // The article's own heading goes first, so that 前款, 本条 and a bare 第二款 resolve to
      // this article; the colon keeps it from running into a citation that opens the text.
      const heading = `第${article.number}条${article.suffix ? `之${article.suffix}` : ''}：`;
      for (const c of findCitations(heading + para.text, { law })) {
        if (c.start < heading.length || c.law !== law) continue;
        for (const link of linksOf(c, article, previous, para.n)) {
          const key = Object.values(link).join('|');
          if (seen.has(key)) continue; // 依照前款 written twice in one 款
          seen.add(key);
          out.push(link);
        }
      }
    }
  });
  return out;
}

function linksOf(c: Citation, from: Article, previous: Article | null, paragraph: number): ArticleLink[] {
  const base = { fromArticle: from.number, fromSuffix: from.suffix, fromParagraph: paragraph, text: c.text };
  if (!c.relative) {
    return c.refs
      .filter((r) => r.article !== null)
      .map((r) => ({ ...base, toArticle: r.article!, toSuffix: r.articleSuffix, toParagraph: r.paragraph, toPoint: r.item }));
  }
  // Relative citations: the finder knows their article, not which 款 前款 is.
  if (/^[前上]条/.test(c.text)) {
    if (!previous) return [];
    return [{ ...base, toArticle: previous.number, toSuffix: previous.suffix, toParagraph: null, toPoint: null }];
  }
  const self = { ...base, toArticle: from.number, toSuffix: from.suffix };
  const before = /^[前上]([一二两三四五六七八九])?款/.exec(c.text);
  const count = before ? (before[1] ? Math.max(1, '一二三四五六七八九'.indexOf(before[1].replace('两', '二')) + 1) : 1) : 0;
  let paragraphs: (number | null)[];
  if (before) {
    // 前款 → n-1; 前两款 → n-2, n-1. Where the count runs past the first 款, the article.
    paragraphs = paragraph - count >= 1 ? Array.from({ length: count }, (_, i) => paragraph - count + i) : [null];
  } else if (/^本款/.test(c.text)) {
    paragraphs = [paragraph];
  } else {
    paragraphs = [...new Set(c.refs.map((r) => r.paragraph))];
  }
  const items = [...new Set(c.refs.map((r) => r.item))];
  const out: ArticleLink[] = [];
  for (const toParagraph of paragraphs) {
    for (const toPoint of items) {
      // 本条 alone says nothing: a link from an article to itself as a whole.
      if (toParagraph === null && toPoint === null) continue;
      out.push({ ...self, toParagraph, toPoint });
    }
  }
  return out;
}
