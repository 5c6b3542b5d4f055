/// <reference lib="dom" />
/**
 * Annotated source: each document's text with every citation marked (the same segments and
 * CSS as the standalone `fatiao annotate` page). A resolved citation shows the article text
 * in a popover; clicking it goes to its article in "laws and articles" and selects it in the
 * graph. Unresolved citations are marked differently.
 */
import { isResolved, segmentText } from '../annotated.js';
import type { ReportDocument } from '../model.js';
import { h } from './dom.js';
import type { PageContext } from './context.js';

function renderText(doc: ReportDocument, ctx: PageContext): HTMLElement {
  const box = h('div', { class: 'doc-text' });
  for (const s of segmentText(doc.text, doc.annotations)) {
    const a = s.annotation;
    if (!a) {
      box.appendChild(document.createTextNode(s.text));
      continue;
    }
    if (isResolved(a)) {
      const target = a.target;
      const rowId = target ? ctx.articleRows.get(target)?.id : undefined;
      const mark = h(
        'a',
        { class: 'cite ok', attrs: { href: rowId ? `#${rowId}` : null, tabindex: 0, 'data-target': target ?? '' } },
        s.text,
        h('span', { class: 'pop', attrs: { role: 'tooltip' } }, h('b', null, a.label), a.articleText ?? ''),
      );
      mark.addEventListener('click', (ev) => {
        ev.preventDefault();
        if (!target) return;
        if (ctx.graph?.has(target)) ctx.graph.select(target);
        ctx.showArticle(target);
      });
      box.appendChild(mark);
    } else {
      box.appendChild(
        h('span', { class: 'cite bad', attrs: { tabindex: 0 } }, s.text, h('span', { class: 'pop', attrs: { role: 'tooltip' } }, h('b', null, '未能解析到条文'), a.label)),
      );
    }
  }
  return box;
}

export function renderSources(root: HTMLElement, ctx: PageContext): void {
  const docs = ctx.data.documents;
  if (!docs.length) {
    root.appendChild(h('p', { class: 'empty' }, '没有文件。'));
    return;
  }
  root.appendChild(
    h('p', { class: 'hint print-only' }, '打印时只包含已展开的文件。'),
  );
  root.appendChild(
    h('p', { class: 'hint legend-marks' }, '图例：', h('span', { class: 'cite ok' }, '已解析的引用'), '（悬停或聚焦可见条文；点击跳到该条并在关系图中选中）', h('span', { class: 'cite bad' }, '未能解析的引用'), '（条文库中没有该条文本）'),
  );
  for (const doc of docs) {
    const resolved = doc.annotations.filter(isResolved).length;
    const details = h(
      'details',
      { class: 'source' },
      h(
        'summary',
        null,
        h('span', { class: 'law-title' }, doc.title ?? doc.path),
        h('span', { class: 'law-count' }, `${doc.jurisdiction ?? '地区未知'} · ${doc.items} 个事项 · 引用 ${doc.annotations.length} 处`),
        doc.annotations.length - resolved ? h('span', { class: 'status st-bad' }, `${doc.annotations.length - resolved} 处未解析`) : h('span', { class: 'status st-ok' }, '全部已解析'),
      ),
      h('div', { class: 'law-meta' }, doc.path, ` · 版式：${doc.layout}`),
    );
    // The text is built when first opened: documents can be long.
    let built = false;
    const build = () => {
      if (built) return;
      built = true;
      details.appendChild(renderText(doc, ctx));
    };
    details.addEventListener('toggle', () => details.open && build());
    root.appendChild(details);
  }
}
