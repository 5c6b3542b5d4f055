/**
 * The model of a power and responsibility list (权责清单) as fatiao reads it: one document,
 * the jurisdiction and office that publish it, its power items (权力事项) and the citations
 * of each item. Every layout and file format is read into this one model.
 */
import type { Citation } from '../cite/types.js';

/** The national categories of power items. */
export const POWER_TYPES = [
  '行政许可', '行政处罚', '行政强制', '行政征收', '行政给付', '行政检查', '行政确认',
  '行政奖励', '行政裁决', '其他行政权力', '公共服务',
] as const;
export type PowerType = (typeof POWER_TYPES)[number];

/** 省, 市 (prefecture level), 县 (county level: 县, 区, 县级市), 兵团师市 (XPCC divisions and their cities). */
export type JurisdictionLevel = '省' | '市' | '县' | '兵团师市';

export interface Jurisdiction {
  name: string;
  /** GB/T 2260 division code: 凉州区 620602. */
  code: string | null;
  level: JurisdictionLevel | null;
  /** Names of the enclosing divisions, broadest first: ['甘肃省', '武威市']. */
  parents: string[];
}

/**
 * What a citation does in its item:
 * - basis: what the list itself cites as the item's basis (实施依据);
 * - in_quote: a reference inside the quoted article text (违反本法第四十七条…);
 * - accountability: cited in the 追责情形 (accountability) field;
 * - summary: cited in a summary table that the item's detailed block repeats (阿拉尔);
 * - document: cited by the document as a whole, outside any item (a notice).
 */
export type CitationRole = 'basis' | 'in_quote' | 'accountability' | 'summary' | 'document';

export interface ItemCitation extends Citation {
  role: CitationRole;
  /** The field the citation was read from (实施依据, 追责情形 …); offsets are into that field. */
  field: string;
  /** For a basis citation that heads quoted text: the quote, verbatim (elisions kept). */
  quote?: string;
}

export interface PowerItem {
  /** The item's number in the list (序号). */
  seq: number | null;
  name: string;
  subItem: string | null;
  /** Normalised to the national categories; null when the list's wording maps to none. */
  type: PowerType | null;
  /** The type as the list words it (其他权责事项, 行政处罚类 …). */
  typeOriginal: string | null;
  /** The list's own code (地方权力编码), and a sub-item's. */
  code: string | null;
  subCode: string | null;
  /** The level that exercises it as the list states it (县级, 市级). */
  level: string | null;
  /** The implementing body (实施主体/行使主体/责任主体), normalised. */
  subject: string | null;
  /** The handling unit (承办机构), e.g. 网络监管组. */
  handlingUnit: string | null;
  /** The basis (实施依据/设定依据), verbatim. */
  basis: string;
  /** Every field the list gives the item, by the list's own label, verbatim. */
  fields: Record<string, string>;
  citations: ItemCitation[];
  warnings: string[];
}

/** A document as it came off the disk: what the format decoders produce. */
export interface DecodedFile {
  path: string;
  /** sha256 of the file's bytes, hex. */
  sha256: string;
  format: 'text' | 'markdown' | 'xlsx' | 'docx' | 'html' | 'csv';
  /** The character encoding of text formats (utf-8, gb18030 …); null for binary formats. */
  encoding: string | null;
  /** The document's plain text, in reading order; table cells one per line, tab-prefixed. */
  text: string;
  /** Tables found in the file's structure (sheets, <table>, Markdown tables, CSV): rows of cells. */
  tables: string[][][];
}

export interface ListDocument {
  path: string;
  sha256: string;
  format: DecodedFile['format'];
  encoding: string | null;
  /** Which layout the content was read as. */
  layout: string;
  title: string | null;
  /** The publishing office, as named in the document. */
  office: string | null;
  /** The date the document states (生成日期, the signature date), ISO. */
  published: string | null;
  jurisdiction: Jurisdiction | null;
  items: PowerItem[];
  /** The office's duties (主体责任) where the list gives them apart from power items. */
  duties: string[];
  /** Citations of the document outside any item (a notice's 根据《网络安全法》…). */
  citations: ItemCitation[];
  /** The decoded text, kept for the annotated view. */
  text: string;
  warnings: string[];
}
