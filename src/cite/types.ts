/** The citation model: what `findCitations` returns, as the output contract describes it. */

/** One atomic provision: an article, or a paragraph (款) or item (项) of it. */
export interface Ref {
  /** The 条 number; null only for a relative reference whose article is unknown. */
  article: number | null;
  /** 1 for 之一, 2 for 之二 (第二百八十六条之一), else null. */
  articleSuffix: number | null;
  /** The 款 number, null where not cited. */
  paragraph: number | null;
  /** The 项 number, null where not cited. */
  item: number | null;
}

/** Where a citation's law came from. */
export type LawSource =
  | 'title' // named in the citation: 《网络安全法》, 网络安全法
  | 'option' // the law the caller said the text belongs to (--law)
  | 'context' // an earlier citation's law: 第六十条 after 《网络安全法》第五十九条
  | 'relative' // 本法, 本条例: the law whose quoted text the citation sits in
  | null;

export interface Citation {
  /** The citation as written: `input.slice(start, end) === text`. */
  text: string;
  start: number;
  end: number;
  /** Canonical full title when known, else the title as written; null when unknown. */
  law: string | null;
  /** The title as written without brackets (网络安全法), 本法 for relative ones, else null. */
  lawAsWritten: string | null;
  /** Every atomic provision, lists and ranges expanded; [] for a whole-law citation. */
  refs: Ref[];
  /** Set for 前款, 本条, 前条, 同条 and bare 第二款: resolved against the enclosing article. */
  relative?: true;
  lawSource: LawSource;
  /**
   * True when the citation heads quoted text or a basis entry (第五十九条：网络运营者…,
   * 【法律】《网络安全法》第八条), false when it sits inside running text (违反本法第二十一条).
   */
  heading: boolean;
  /** The rank tag written with it: 法律, 部门规章, 地方性法规. */
  rank?: string;
  /** Notes written between title and article: dates, document numbers. */
  notes?: string[];
  /** A document number found in the notes, e.g. 令第2号 → 2. */
  documentNumber?: number;
}

export interface FindOptions {
  /** The law relative and bare citations belong to (本法 → this law). */
  law?: string;
}
