/**
 * The moo lexer for statute citations, and the token feed the nearley grammar reads.
 *
 * The lexer only ever runs over a candidate span (see src/cite/candidates.ts), never over a
 * whole document, so its catch-all rules stay cheap. Whitespace is dropped before the
 * grammar sees it: a citation may break across spaces, ideographic spaces and lines
 * (`第十三条　第三款`, a title on one line and its article on the next).
 */
import moo from 'moo';

/** Characters of Chinese and Arabic numerals in article numbers. */
export const NUMERALS = '0-9０-９零〇一二两三四五六七八九十百千万';

/**
 * Patterns shared with the candidate finder (src/cite/candidates.ts), which measures how far
 * a citation can run with the same units the lexer reads.
 */
export const PATTERN = {
  /** Book-title brackets: 《》 (may nest 〈〉), 〈〉 on their own, and ASCII <<>>. */
  title: ['《[^《》]{1,80}》', '〈[^〈〉《》]{1,80}〉', '<<[^<>]{1,80}>>'],
  /** Rank tags as published: 【法律】【部门规章】【地方性法规】. */
  rank: '【[^【】\\n]{1,12}】',
  /** A bracketed note (dates, document numbers) with at most one level of nesting. */
  group: '[（(][^（）()《》]{0,200}?(?:[（(][^（）()]{0,60}[）)][^（）()《》]{0,200}?)*[）)]',
  /** An opening bracket never closed, as published: （自治区十一届人大常委会公告(第15号)第四十三条. */
  unclosed: `[（(][^（）()\\n《》第条]{1,60}(?=[（(]|第[ \\u3000]*[${'0-9０-９零〇一二两三四五六七八九十百千万'}]+[ \\u3000]*[条條])`,
  /** 本法, 本条例, 该办法 …: the law the surrounding text belongs to. */
  rel: '[本该](?:实施细则|条例|规定|办法|细则|规则|决定|解释|法)',
  /** 前款, 本条, 前条, 同条 …: a unit of the enclosing article. */
  relunit: '前[两二三四]款|前款|本条|本款|上款|前条|同条|该条',
};

const re = (source: string) => new RegExp(source);

export const lexerRules: moo.Rules = {
  ws: { match: /[ \t\r\n\u00a0\u2000-\u200b\u3000\ufeff]+/, lineBreaks: true },
  title: { match: re(PATTERN.title.join('|')), lineBreaks: true },
  rank: re(PATTERN.rank),
  // An item number in brackets: （一） (3) — before `group`, which would swallow it.
  pnum: /[（(][ \u3000]*(?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})[ \u3000]*[）)]/,
  group: { match: re(PATTERN.group), lineBreaks: true },
  unclosed: re(PATTERN.unclosed),
  lparen: /[（(]/,
  rparen: /[）)]/,
  rel: re(PATTERN.rel),
  relunit: re(PATTERN.relunit),
  di: '第',
  num: /[0-9０-９]+|[零〇一二两三四五六七八九十百千万]+/,
  tiao: /[条條]/,
  kuan: '款',
  xiang: /[项項]/,
  zhi: '之',
  sep: /[、，,]/,
  conj: /以及|或者|和|及|或|与|與/,
  range: /至|到|[—–－~～-]{1,2}/,
  text: /[^第《〈<【（()）条條款项項之、，,和及或与與至到—–－~～\-\s\u3000本该前同上0-9０-９零〇一二两三四五六七八九十百千万]+/,
  other: { match: /[^]/, lineBreaks: true },
};

/** A fresh lexer (each holds its own position). */
export function createLexer(): moo.Lexer {
  return moo.compile(lexerRules);
}

/** A token as the grammar sees it: moo's token, with `type` possibly refined by the feed. */
export interface CiteToken {
  type: string;
  value: string;
  text: string;
  /** Offset of the token in the candidate span. */
  offset: number;
}

/**
 * A nearley lexer over an array of already-lexed tokens. The citation finder lexes a
 * candidate span once, refines token types (a book title is `lawTitle` only when it names a
 * law) and feeds the grammar one token at a time to find the longest citation.
 */
export class TokenFeed {
  private tokens: CiteToken[] = [];
  private index = 0;
  reset(chunk: unknown): void {
    this.tokens = chunk as CiteToken[];
    this.index = 0;
  }
  next(): CiteToken | undefined {
    return this.tokens[this.index++];
  }
  save(): Record<string, never> {
    return {};
  }
  formatError(token: CiteToken): string {
    return `unexpected ${token?.type ?? 'end'}`;
  }
  has(_type: string): boolean {
    return true;
  }
}

export const tokenFeed = new TokenFeed();
