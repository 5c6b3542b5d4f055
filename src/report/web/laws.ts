/// <reference lib="dom" />
/**
 * Per law and per article: who relies on it (jurisdictions, offices, items, how often), the
 * text of the version the lists cite, and beside it the current version's text when the
 * article has moved or changed since (renumbered, modified, deleted), differences marked.
 */
import type { ReportArticle, ReportCitingItem, ReportLaw } from '../model.js';
import { CHANGE_LABEL, ROLE_LABEL, h, shortLaw } from './dom.js';
import type { PageContext } from './context.js';
import { diffMarks, markedText } from './textdiff.js';

const OPEN_LAWS = 2;
const ITEMS_INLINE = 6;

function statusClass(status: string | null): string {
  if (!status) return 'st-unknown';
  if (/repealed|superseded|废止|失效/.test(status)) return 'st-bad';
  if (/现行有效/.test(status)) return 'st-ok';
  return 'st-unknown';
}

function statusLabel(status: string | null): string {
  if (!status) return '状态未知';
  const m = /^(repealed|superseded) (\S+)/.exec(status);
  if (m) return `${m[1] === 'repealed' ? '已废止' : '已被取代'}（${m[2]}）`;
  return status;
}

function sameText(a: string, b: string): boolean {
  const m = diffMarks(a, b);
  return m !== null && !m.a.some(Boolean) && !m.b.some(Boolean);
}

function uniqueItems(citedBy: ReportCitingItem[]) {
  const byItem = new Map<string, { c: ReportCitingItem; via: Set<string>; roles: Set<string> }>();
  for (const c of citedBy) {
    const k = `${c.document}|${c.seq ?? ''}|${c.item}`;
    const e = byItem.get(k) ?? { c, via: new Set<string>(), roles: new Set<string>() };
    if (c.paragraph !== null) e.via.add(`第${c.paragraph}款${c.point !== null ? `第${c.point}项` : ''}`);
    else if (c.point !== null) e.via.add(`第${c.point}项`);
    e.roles.add(c.role);
    byItem.set(k, e);
  }
  return [...byItem.values()];
}

function citedByCell(a: ReportArticle): HTMLElement {
  const items = uniqueItems(a.citedBy);
  const perJ = new Map<string, { n: number; offices: Set<string> }>();
  for (const { c } of items) {
    const j = c.jurisdiction ?? '（未知地区）';
    const e = perJ.get(j) ?? { n: 0, offices: new Set<string>() };
    e.n++;
    if (c.office) e.offices.add(c.office);
    perJ.set(j, e);
  }
  const cell = h('td', { class: 'cited-by' });
  cell.appendChild(
    h(
      'div',
      { class: 'jchips' },
      [...perJ].sort((x, y) => y[1].n - x[1].n).map(([j, e]) => h('span', { class: 'jchip', title: [...e.offices].join('、') }, j, h('b', null, ` ${e.n}`))),
    ),
  );
  const list = h(
    'ul',
    { class: 'items' },
    items.map(({ c, via, roles }) =>
      h(
        'li',
        null,
        h('span', { class: 'item-j' }, c.jurisdiction ?? '—'),
        c.seq !== null ? ` 第${c.seq}项 ` : ' ',
        c.item,
        via.size ? h('span', { class: 'via' }, ` · ${[...via].join('、')}`) : null,
        [...roles].some((r) => r !== 'basis') ? h('span', { class: 'via' }, ` · ${[...roles].map((r) => ROLE_LABEL[r] ?? r).join('、')}`) : null,
      ),
    ),
  );
  if (items.length > ITEMS_INLINE) {
    cell.appendChild(h('details', { class: 'print-open' }, h('summary', null, `${items.length} 个事项`), list));
  } else {
    cell.appendChild(list);
  }
  return cell;
}

function articleRow(law: ReportLaw, a: ReportArticle, ctx: PageContext, index: number): HTMLTableRowElement {
  const cur = a.current;
  const changed = cur && cur.text && a.text && cur.change !== 'unchanged' && cur.change !== 'renumbered';
  const marks = changed ? diffMarks(a.text!, cur!.text!) : null;
  const labelCell = h(
    'td',
    { class: 'art-label' },
    h('div', { class: 'art-num' }, a.label),
    h('div', { class: 'sub' }, a.version ? `${a.version} 版` : '版本未知'),
    ctx.graph?.has(a.key) ? h('button', { class: 'link small', title: '在关系图中选中此条', on: { click: () => ctx.showInGraph(a.key) } }, '关系图') : null,
  );
  const textCell = h('td', { class: 'art-text' }, a.text ? markedText(a.text, marks?.a ?? null, 'd-left') : h('span', { class: 'missing' }, '条文库中没有此版本的文本。'));
  let currentCell: HTMLTableCellElement;
  if (cur) {
    currentCell = h(
      'td',
      { class: 'art-text current' },
      h(
        'div',
        { class: 'cur-head' },
        `${cur.version} 版 `,
        h('b', null, cur.label ?? '（无对应条文）'),
        h('span', { class: `change ch-${cur.change}` }, CHANGE_LABEL[cur.change] ?? cur.change),
        cur.penaltiesChanged ? h('span', { class: 'change ch-penalty' }, '罚则有变') : null,
      ),
      cur.text && a.text && (cur.change === 'renumbered' || cur.change === 'unchanged') && sameText(a.text, cur.text)
        ? h('div', { class: 'same' }, '条文文字未变。')
        : cur.text
          ? markedText(cur.text, marks?.b ?? null, 'd-right')
          : cur.change === 'deleted' ? h('span', { class: 'missing' }, '新版本已删除此条。') : null,
    );
  } else {
    currentCell = h('td', { class: 'art-text current none' }, law.versions.length > 1 ? '与现行版本一致，或无对应关系。' : '—');
  }
  const row = h('tr', { id: `art-${index}`, attrs: { 'data-key': a.key } }, labelCell, citedByCell(a), textCell, currentCell);
  ctx.articleRows.set(a.key, row);
  return row;
}

export function renderLaws(root: HTMLElement, ctx: PageContext): void {
  const laws = ctx.data.laws;
  if (!laws.length) {
    root.appendChild(h('p', { class: 'empty' }, '没有法条引用。'));
    return;
  }
  root.appendChild(
    h('p', { class: 'hint' }, '每部法律法规下列出清单引用的各条：哪些地区、部门和事项依据它；所引版本的条文；若此后已修订，右栏为现行版本中对应的条文，', h('mark', { class: 'd-left' }, '删去'), '与', h('mark', { class: 'd-right' }, '新增'), '的文字已标出。'),
  );
  let index = 0;
  laws.forEach((law, i) => {
    const versions = law.versions.map((v) => `${v.adopted}${v.effective && v.effective !== v.adopted ? `（${v.effective} 施行）` : ''}${v.status ? ` ${v.status}` : ''}`).join('；');
    const details = h(
      'details',
      { class: 'law print-open', id: `law-${i}` },
      h(
        'summary',
        null,
        h('span', { class: 'law-title' }, shortLaw(law.title)),
        h('span', { class: 'law-count' }, `被引用 ${law.citations} 次 · ${law.articles.length} 条`),
        h('span', { class: `status ${statusClass(law.status)}` }, statusLabel(law.status)),
      ),
      h('div', { class: 'law-meta' }, law.title, law.rank ? ` · ${law.rank}` : '', versions ? ` · 版本：${versions}` : ''),
    );
    if (i < OPEN_LAWS) details.open = true;
    if (law.articles.length) {
      details.appendChild(
        h(
          'table',
          { class: 'grid law-table' },
          h('thead', null, h('tr', null, h('th', null, '条文'), h('th', null, '谁在依据它'), h('th', null, '所引版本的条文'), h('th', null, '现行版本'))),
          h('tbody', null, law.articles.map((a) => articleRow(law, a, ctx, index++))),
        ),
      );
    } else {
      details.appendChild(h('p', { class: 'hint' }, `清单只引用了整部${shortLaw(law.title)}，未指明条文（${law.citations} 次）。`));
    }
    root.appendChild(details);
  });
}
