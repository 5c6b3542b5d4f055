/**
 * The citation graph's vocabulary: node and edge types and their attributes. One graph links
 * jurisdictions, offices and items to laws, versions, articles, paragraphs (款) and points (项).
 */

export type NodeType = 'jurisdiction' | 'office' | 'item' | 'law' | 'version' | 'article' | 'paragraph' | 'point';

export type EdgeType =
  | 'contains' // jurisdiction → office, law → version → article → paragraph → point
  | 'exercises' // office → item
  | 'relies-on' // item → article / paragraph / point (role, quote)
  | 'refers-to' // article → article, inside a version's text
  | 'corresponds-to'; // article of one version → article of the next

export interface NodeAttributes {
  type: NodeType;
  label: string;
  [key: string]: unknown;
}

export interface EdgeAttributes {
  type: EdgeType;
  [key: string]: unknown;
}

/** Node keys, readable and stable: `article:中华人民共和国网络安全法@2016-11-07#art_59`. */
export const key = {
  jurisdiction: (codeOrName: string) => `jurisdiction:${codeOrName}`,
  office: (id: number) => `office:${id}`,
  item: (id: number) => `item:${id}`,
  law: (title: string) => `law:${title}`,
  version: (title: string, adopted: string | null) => `version:${title}@${adopted ?? '?'}`,
  provision: (type: 'article' | 'paragraph' | 'point', title: string, adopted: string | null, eId: string) =>
    `${type}:${title}@${adopted ?? '?'}#${eId}`,
};

/** Akoma Ntoso identifiers: art_59, art_286_1, art_59__para_1__point_2. */
export function eId(article: number, suffix: number | null, paragraph: number | null = null, point: number | null = null): string {
  let id = `art_${article}${suffix ? `_${suffix}` : ''}`;
  if (paragraph !== null) id += `__para_${paragraph}`;
  if (point !== null) id += paragraph === null ? `__point_${point}` : `__point_${point}`;
  return id;
}

/** 第五十九条第一款第（二）项 as the short label a node shows. */
export function provisionLabel(article: number, suffix: number | null, paragraph: number | null = null, point: number | null = null): string {
  return `第${article}条${suffix ? `之${suffix}` : ''}${paragraph !== null ? `第${paragraph}款` : ''}${point !== null ? `第${point}项` : ''}`;
}
