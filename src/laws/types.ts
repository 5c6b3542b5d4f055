/**
 * The statute model: laws, their versions, the structure of each version's text (章/节,
 * 条, 款, 项), the penalties its articles set, and how articles of one version correspond to
 * those of the next.
 */

export type LawRank = '宪法' | '法律' | '行政法规' | '部门规章' | '地方性法规' | '地方政府规章' | '司法解释' | '规范性文件' | '其他';

export type VersionStatus = '现行有效' | '已修改' | '已废止' | '尚未生效' | '未知';

export interface Law {
  /** The canonical full title: 中华人民共和国网络安全法. */
  title: string;
  /** Short titles and other names it is cited by: 网络安全法. */
  aliases: string[];
  rank: LawRank;
  issuer: string | null;
  versions: LawVersion[];
  /**
   * Set for a law no longer in force: repealed outright by another law's clause
   * (行政监察法, repealed by 监察法 第六十九条), or superseded by a rule that replaces it.
   */
  repeal?: { kind: 'repealed' | 'superseded'; date: string; by: string | null; article: number | null; note: string | null };
}

export interface LawVersion {
  /** The date this version was adopted (通过/修正/修订/公布), ISO: the version's identifier. */
  adopted: string;
  /** The date it took effect (施行), ISO. */
  effective: string | null;
  status: VersionStatus;
  /** As published: 国家互联网信息办公室令第1号. */
  documentNumber: string | null;
  /** The number in it (1 for 令第1号), for comparing with what lists write. */
  documentNumberValue: number | null;
  /** Where the text came from (a file path, a repository and commit). */
  source: string | null;
  /** The full text, or null when the registry knows the version but not its text. */
  text: string | null;
  articles: Article[];
}

export interface Article {
  number: number;
  /** 1 for 第二百八十六条之一. */
  suffix: number | null;
  /** Akoma Ntoso style identifier: art_59, art_286_1. */
  eId: string;
  chapter: string | null;
  section: string | null;
  /** The whole article text without its 第X条 heading. */
  text: string;
  paragraphs: Paragraph[];
}

export interface Paragraph {
  /** 1-based 款 number. */
  n: number;
  /** art_59__para_1 */
  eId: string;
  text: string;
  points: Point[];
}

export interface Point {
  /** 1-based 项 number. */
  n: number;
  /** art_59__para_1__point_2 */
  eId: string;
  text: string;
}

/** A reference from one article's text to another provision of the same version. */
export interface ArticleLink {
  fromArticle: number;
  fromSuffix: number | null;
  fromParagraph: number;
  toArticle: number;
  toSuffix: number | null;
  toParagraph: number | null;
  toPoint: number | null;
  /** The reference as written: 本法第二十一条、第二十五条. */
  text: string;
}

export type PenaltyKind =
  | 'warning' // 警告
  | 'fine' // 罚款
  | 'confiscation' // 没收违法所得 / 没收非法财物
  | 'detention' // 拘留
  | 'suspension' // 责令暂停相关业务 / 停业整顿 / 暂停新闻信息更新
  | 'closure' // 关闭网站
  | 'revocation' // 吊销许可证 / 吊销营业执照
  | 'order' // 责令改正 / 责令停止 / 责令限期改正
  | 'other';

/** One penalty a clause sets: 处一万元以上十万元以下罚款, for a party, under a condition. */
export interface Penalty {
  kind: PenaltyKind;
  /** Lower and upper bounds in `unit`; null where the clause sets none (一百万元以下 has no min). */
  min: number | null;
  max: number | null;
  /** 元 for fines, 日 for detention, 倍 for multiples of a base. */
  unit: '元' | '日' | '倍' | null;
  /** What a multiple is of: 违法所得, 采购金额. */
  base: string | null;
  /**
   * Who is penalised: 'subject' (whoever the clause is about: 网络运营者, 单位), or the words
   * of the clause: 单位, 个人, 直接负责的主管人员, 直接负责的主管人员和其他直接责任人员.
   */
  party: string;
  /** The condition the penalty applies under: 拒不改正或者导致危害网络安全等后果的. */
  condition: string | null;
  /** The 款 the clause is in (1-based); null when read from a quote without paragraphs. */
  paragraph: number | null;
  /** The words the penalty was read from. */
  text: string;
}

export type ChangeKind = 'unchanged' | 'renumbered' | 'modified' | 'new' | 'deleted' | 'merged' | 'split';

/** How an article of one version corresponds to one of the next version. */
export interface Correspondence {
  /** Article of the older version; null for an article new in the later one. */
  from: { number: number; suffix: number | null } | null;
  /** Article of the later version; null for an article the later one deleted. */
  to: { number: number; suffix: number | null } | null;
  change: ChangeKind;
  /** Whether the penalties (kinds, ranges, parties) differ between the two texts. */
  penaltiesChanged: boolean;
  /** Text similarity of the pair, 0..1. */
  similarity: number;
}
