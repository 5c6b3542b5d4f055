/**
 * Labelled blocks as copied from a government web page (阿拉尔): a page header with the
 * 生成日期, the title, maybe a summary table run together on lines (序号职权类型职权名称职权依据
 * 承办机构), then one block per item whose lines start with a label run into its value.
 */
import type { SynthList } from '../list.js';

export interface BlocksOptions {
  /** The web page's header (您的位置…, 生成日期) before the title; else the title first and the date under it. */
  pageHeader: boolean;
  /** A summary table before the blocks. */
  summary: boolean;
}

export function writeBlocks(list: SynthList, options: BlocksOptions): string {
  const out = options.pageHeader
    ? [
        '您的位置:首页 >信息公开详细',
        `索引号: ${list.jurisdiction.code}-2026-${String(list.items.length).padStart(5, '0')} 发布机构:`,
        `生成日期: ${list.published} 废止日期:`,
        '文 号: 主题分类: 权责清单',
        '',
        list.title,
        '',
      ]
    : [list.title, `发布日期：${list.dateCn}`, ''];
  if (options.summary) {
    out.push('序号职权类型职权名称职权依据承办机构');
    // The summary gives the bare type (行政处罚, not 行政处罚类): our reader splits a row at a known type word.
    for (const item of list.items) out.push(`${item.seq}${item.typeWord.replace(/类$/, '')}${item.name}${item.summary}${item.unit}`);
    out.push('', '');
  }
  for (const item of list.items) {
    out.push(`权力事项名称${item.seq}${item.name}`);
    if (item.subItem) out.push(`子项名称${item.subItem}`);
    out.push(
      `权力类别${item.typeWord}`,
      `实施依据${item.basis}`,
      `责任事项${item.responsibilities}`,
      `实施主体${list.office}`,
      `承办机构${item.unit}`,
      `实施对象${item.target}办理情况公开范围公开`,
      '法定时限/承诺时间/',
      '备注',
      '',
    );
  }
  return out.join('\n');
}
