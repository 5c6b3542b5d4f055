/// <reference lib="dom" />
/** The summary: the counts, and what to fix first (findings by kind and by jurisdiction). */
import { KIND_LABEL, h } from './dom.js';
import type { PageContext } from './context.js';
import type { FindingsController } from './findings.js';

const SEVERITIES = ['high', 'medium', 'low'] as const;

export function renderSummary(root: HTMLElement, ctx: PageContext, findings: FindingsController | null): void {
  const { data } = ctx;
  const s = data.summary;
  const total = s.findings.high + s.findings.medium + s.findings.low;
  const card = (value: number, label: string, cls = '') => h('div', { class: `card ${cls}` }, h('div', { class: 'card-value' }, value), h('div', { class: 'card-label' }, label));
  root.appendChild(
    h(
      'div',
      { class: 'cards' },
      card(s.documents, '份清单文件'),
      card(s.jurisdictions, '个地区'),
      card(s.offices, '个部门'),
      card(s.items, '个权责事项'),
      card(s.citations, '处法条引用'),
      card(s.findings.high, '个高严重度问题', 'sev-high'),
      card(s.findings.medium, '个中严重度问题', 'sev-medium'),
      card(s.findings.low, '个低严重度问题', 'sev-low'),
    ),
  );

  const lead =
    total === 0
      ? '未发现问题。'
      : `共 ${total} 个问题。${s.findings.high ? `请先处理 ${s.findings.high} 个高严重度问题（如引用已废止的法律、引文与法条不符、越级行使职权）；` : ''}点击下表中的一行，只看该类或该地区的问题。`;
  root.appendChild(h('p', { class: 'lead' }, lead, ` 问题判断基准日：${data.asOf}。`));

  const byKind = new Map<string, Record<(typeof SEVERITIES)[number], number>>();
  for (const f of data.findings) {
    const e = byKind.get(f.kind) ?? { high: 0, medium: 0, low: 0 };
    e[f.severity]++;
    byKind.set(f.kind, e);
  }
  const kinds = [...byKind].sort((a, b) => b[1].high - a[1].high || b[1].medium - a[1].medium || b[1].low - a[1].low);
  const num = (n: number, sev: string) => h('td', { class: `num ${n ? `sev-${sev}-text` : 'zero'}` }, n || '·');
  const clickable = (tr: HTMLTableRowElement, go: () => void, label: string) => {
    if (!findings) return tr;
    tr.classList.add('clickable');
    tr.tabIndex = 0;
    tr.setAttribute('role', 'button');
    tr.setAttribute('aria-label', label);
    tr.addEventListener('click', go);
    tr.addEventListener('keydown', (ev) => {
      if (ev.key === 'Enter' || ev.key === ' ') {
        ev.preventDefault();
        go();
      }
    });
    return tr;
  };
  const kindTable = h(
    'table',
    { class: 'grid compact' },
    h('caption', null, '按问题类型'),
    h('thead', null, h('tr', null, h('th', null, '问题类型'), h('th', { class: 'num' }, '高'), h('th', { class: 'num' }, '中'), h('th', { class: 'num' }, '低'))),
    h(
      'tbody',
      null,
      kinds.map(([kind, c]) =>
        clickable(
          h('tr', null, h('td', null, KIND_LABEL[kind] ?? kind, h('span', { class: 'code' }, kind)), num(c.high, 'high'), num(c.medium, 'medium'), num(c.low, 'low')),
          () => findings?.focus({ kind }),
          `只看「${KIND_LABEL[kind] ?? kind}」`,
        ),
      ),
    ),
  );
  const perJ = data.charts.findingsPerJurisdiction;
  const jTable = h(
    'table',
    { class: 'grid compact' },
    h('caption', null, '按地区'),
    h('thead', null, h('tr', null, h('th', null, '地区'), h('th', { class: 'num' }, '高'), h('th', { class: 'num' }, '中'), h('th', { class: 'num' }, '低'))),
    h(
      'tbody',
      null,
      perJ.map((j) =>
        clickable(
          h('tr', null, h('td', null, j.jurisdiction === '(across jurisdictions)' ? '（跨地区比较）' : j.jurisdiction), num(j.high, 'high'), num(j.medium, 'medium'), num(j.low, 'low')),
          () => findings?.focus({ jurisdiction: j.jurisdiction }),
          `只看${j.jurisdiction}的问题`,
        ),
      ),
    ),
  );
  if (total) root.appendChild(h('div', { class: 'two-col' }, kindTable, jTable));

  const docs = h(
    'table',
    { class: 'grid compact' },
    h('caption', null, '清单文件'),
    h('thead', null, h('tr', null, h('th', null, '文件'), h('th', null, '地区'), h('th', { class: 'num' }, '事项'), h('th', { class: 'num' }, '引用'), h('th', { class: 'num' }, '未解析'))),
    h(
      'tbody',
      null,
      data.documents.map((d) =>
        h(
          'tr',
          null,
          h('td', null, d.title ?? d.path, h('div', { class: 'sub' }, d.path)),
          h('td', null, d.jurisdiction ?? '—'),
          h('td', { class: 'num' }, d.items),
          h('td', { class: 'num' }, d.annotations.length),
          h('td', { class: 'num' }, d.annotations.filter((a) => !a.resolved).length || '·'),
        ),
      ),
    ),
  );
  root.appendChild(docs);
}
