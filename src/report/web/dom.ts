/// <reference lib="dom" />
/**
 * Building DOM safely: every string becomes a text node (textContent), attributes are set
 * with setAttribute. Nothing here, nor anywhere in the page's script, parses HTML.
 */

export type Child = Node | string | number | null | undefined | false | readonly Child[];

export interface Props {
  class?: string;
  id?: string;
  title?: string;
  attrs?: Record<string, string | number | null | undefined>;
  on?: Partial<{ [K in keyof HTMLElementEventMap]: (ev: HTMLElementEventMap[K]) => void }>;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(parent, ...(c as Child[]));
    else if (c instanceof Node) parent.appendChild(c);
    else parent.appendChild(document.createTextNode(String(c)));
  }
}

/** `h('p', { class: 'x' }, 'text', h('b', null, 'bold'))` */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props?: Props | null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (props) {
    if (props.class) e.className = props.class;
    if (props.id) e.id = props.id;
    if (props.title) e.title = props.title;
    if (props.attrs) for (const [k, v] of Object.entries(props.attrs)) if (v !== null && v !== undefined) e.setAttribute(k, String(v));
    if (props.on) for (const [k, f] of Object.entries(props.on)) e.addEventListener(k, f as EventListener);
  }
  append(e, ...children);
  return e;
}

export function clear(e: Element): void {
  while (e.firstChild) e.removeChild(e.firstChild);
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T | null {
  return document.getElementById(id) as T | null;
}

export const SEVERITY_LABEL: Record<string, string> = { high: '高', medium: '中', low: '低' };

export const KIND_LABEL: Record<string, string> = {
  'repealed-law': '所引法律已废止',
  'superseded-rule': '所引规章已被取代',
  'stale-version': '引用旧版本',
  'wrong-document-number': '文号有误',
  'unknown-article': '条文不存在',
  'no-article': '未指明条款',
  'level-below': '层级不符',
  'penalty-range': '罚款幅度不符',
  'penalty-party': '处罚对象不符',
  'cross-reference': '援引条号有误',
  wording: '引文措辞不同',
  omission: '引文有遗漏',
  'cross-jurisdiction': '各地引文不一致',
};

export const NODE_TYPE_LABEL: Record<string, string> = {
  jurisdiction: '地区', office: '部门', item: '事项', law: '法律法规', version: '版本', article: '条', paragraph: '款', point: '项',
};

export const EDGE_TYPE_LABEL: Record<string, string> = {
  contains: '包含', exercises: '行使', 'relies-on': '依据', 'refers-to': '援引', 'corresponds-to': '对应（新版本）',
};

export const CHANGE_LABEL: Record<string, string> = {
  unchanged: '未变', renumbered: '仅条号变化', modified: '内容修改', deleted: '已删除', new: '新增', merged: '合并', split: '拆分',
};

export const ROLE_LABEL: Record<string, string> = {
  basis: '设定依据', accountability: '追责依据', document: '文件依据', summary: '汇总', in_quote: '引文内援引',
};

/** 中华人民共和国网络安全法 → 网络安全法 */
export function shortLaw(title: string | null | undefined): string {
  return (title ?? '').replace(/^中华人民共和国/, '');
}

export function truncate(text: string, n: number): string {
  return text.length > n ? `${text.slice(0, n - 1)}…` : text;
}

export const FONT_STACK = '"PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif';
