/// <reference lib="dom" />
/**
 * Findings, most severe first, filterable by severity, kind, jurisdiction and text; each with
 * its place and its evidence side by side (the list's quote against the statute or against
 * what most lists quote, with the differing characters marked).
 */
import type { ReportData } from '../model.js';
import { CHANGE_LABEL, KIND_LABEL, SEVERITY_LABEL, clear, h, shortLaw } from './dom.js';
import type { PageContext } from './context.js';
import { highlightPhrase, inlineDiff, sideBySide } from './textdiff.js';

type Finding = ReportData['findings'][number];
type Severity = Finding['severity'];

export interface FindingsController {
  focus(filter: { kind?: string; jurisdiction?: string; severity?: Severity }): void;
  /** Render every finding that passes the filters (for printing). */
  showAll(): void;
  visibleCount(): number;
}

const PAGE = 30;
const ACROSS = '(across jurisdictions)';

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const strs = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const obj = (v: unknown): Record<string, unknown> | null => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null);

function jurisdictionOf(f: Finding): string {
  return f.jurisdiction?.name ?? ACROSS;
}

function articleFor(ctx: PageContext, law: string | null | undefined, version: string | null | undefined, article: number | null | undefined) {
  if (!law || article === null || article === undefined) return null;
  return ctx.articleByKey.get(`article:${law}@${version ?? '?'}#art_${article}`)?.article ?? null;
}

function partyLabel(party: unknown): string {
  const p = str(party);
  return !p || p === 'subject' ? '违法当事人' : p;
}

/** `omits:… words:工>|监>` (mismatches' shorthand) in words. */
function variantDifferences(d: string): string {
  return d
    .split(/\s+(?=\w+:)/)
    .map((part) => {
      const m = /^(\w+):(.*)$/s.exec(part);
      if (!m) return part;
      const [, key, rest] = m as unknown as [string, string, string];
      if (key === 'omits') return `遗漏：「${rest.split('|').join('」「')}」`;
      if (key === 'range') return `罚款幅度：${rest}`;
      if (key === 'party') return `处罚对象：${rest}`;
      if (key === 'xref') return `援引条号：${rest}`;
      if (key === 'words') return `用字：${rest.split('|').map((w) => { const [a = '', b = ''] = w.split('>'); return `「${a}」→「${b}」`; }).join('；')}`;
      return `${key}：${rest}`;
    })
    .join('；');
}

function kv(rows: [string, unknown][]): HTMLElement {
  return h(
    'dl',
    { class: 'kv' },
    rows
      .filter(([, v]) => v !== null && v !== undefined && v !== '')
      .map(([k, v]) => [h('dt', null, k), h('dd', null, typeof v === 'string' || typeof v === 'number' ? String(v) : v instanceof Node ? v : JSON.stringify(v))]),
  );
}

function renderEvidence(f: Finding, ctx: PageContext): HTMLElement | null {
  const e = f.evidence ?? {};
  const quote = str(e.quote);
  const reference = str(e.reference);
  const version = f.citation?.version ?? null;
  const articleLabel = f.citation?.article ? `第${f.citation.article}条` : '';
  const out = h('div', { class: 'evidence' });

  if (quote !== null && reference !== null) {
    const votes = obj(e.votes);
    const refTitle =
      e.referenceSource === 'majority'
        ? `多数地区的引文（${strs(votes?.jurisdictions).join('、')}${votes ? `，${String(votes.agree)}/${String(votes.total)} 个地区` : ''}）`
        : `法条原文（${shortLaw(f.citation?.law)} ${articleLabel}${version ? `，${version} 版` : ''}）`;
    out.appendChild(sideBySide({ title: '清单中的引文', text: quote }, { title: refTitle, text: reference }));
    const rows: [string, unknown][] = [];
    if (Array.isArray(e.differences) && e.differences.length) {
      rows.push([
        '差异',
        h(
          'ul',
          { class: 'diff-list' },
          (e.differences as unknown[]).slice(0, 8).map((d) => {
            const o = obj(d) ?? {};
            const ref = e.referenceSource === 'majority' ? '多数引文' : '法条';
            return h('li', null, `「${str(o.context) ?? ''}」处：${ref}作「`, h('mark', { class: 'd-right' }, str(o.statute) ?? ''), '」，清单作「', h('mark', { class: 'd-left' }, str(o.quote) || '（无）'), '」');
          }),
        ),
      ]);
    }
    if (Array.isArray(e.quoted) && Array.isArray(e.statute)) rows.push(['援引的条号', `清单：${strs(e.quoted).join('、')}；法条：${strs(e.statute).join('、')}`]);
    const quoted = obj(e.quoted);
    if (quoted && str(quoted.text)) rows.push(['清单所写罚则', `${str(quoted.text)}（对象：${partyLabel(quoted.party)}）`]);
    if (Array.isArray(e.referencePenalties) && quoted) {
      const fines = (e.referencePenalties as unknown[]).map(obj).filter((p): p is Record<string, unknown> => !!p && p.kind === quoted.kind);
      if (fines.length) rows.push(['法条所定罚则', h('ul', { class: 'diff-list' }, fines.map((p) => h('li', null, `${str(p.text) ?? ''}（对象：${partyLabel(p.party)}${p.paragraph ? `，第${String(p.paragraph)}款` : ''}）`)))]);
    }
    if (rows.length) out.appendChild(kv(rows));
    return out;
  }

  switch (f.kind) {
    case 'stale-version': {
      const cited = articleFor(ctx, f.citation?.law, str(e.citedVersion) ?? version, f.citation?.article);
      const change = str(e.change);
      const line = h(
        'div',
        { class: 'ev-line' },
        `所引 ${str(e.citedVersion) ?? '?'} 版 ${articleLabel} → 现行 ${str(e.currentVersion) ?? '?'} 版${typeof e.currentArticle === 'number' ? ` 第${e.currentArticle}条` : ''}`,
        change ? h('span', { class: `change ch-${change}` }, CHANGE_LABEL[change] ?? change) : null,
        e.penaltiesChanged ? h('span', { class: 'change ch-penalty' }, '罚则有变') : null,
      );
      out.appendChild(line);
      if (cited?.text && cited.current?.text) {
        const d = h('details', { class: 'evidence-details' }, h('summary', null, '条文对照（所引版本 ↔ 现行版本，不同处已标出）'));
        d.appendChild(
          sideBySide(
            { title: `${cited.version ?? ''} 版 ${cited.label}（清单所引）`, text: cited.text },
            { title: `${cited.current.version} 版 ${cited.current.label ?? ''}（现行）`, text: cited.current.text },
          ),
        );
        out.appendChild(d);
      }
      return out;
    }
    case 'repealed-law':
    case 'superseded-rule': {
      const r = obj(e.repeal) ?? {};
      out.appendChild(
        kv([
          [r.kind === 'superseded' ? '被取代日期' : '废止日期', str(r.date)],
          [r.kind === 'superseded' ? '取代它的是' : '废止依据', `${str(r.by) ?? ''}${typeof r.article === 'number' ? ` 第${r.article}条` : ''}`],
          ['说明', str(r.note)],
        ]),
      );
      return out;
    }
    case 'wrong-document-number':
      out.appendChild(kv([['清单写作', `令第${String(e.written)}号`], ['应为', `令第${String(e.registry)}号`]]));
      return out;
    case 'level-below': {
      const text = str(e.text);
      out.appendChild(
        kv([
          ['本地区层级', str(e.jurisdictionLevel)],
          ['条文规定的最低层级', str(e.lowestAllowed)],
          ['条文', text ? h('span', { class: 'statute-text' }, highlightPhrase(text, str(e.phrase), 'd-right')) : null],
        ]),
      );
      return out;
    }
    case 'cross-jurisdiction': {
      const variants = Array.isArray(e.variants) ? (e.variants as unknown[]).map(obj).filter((v): v is Record<string, unknown> => !!v) : [];
      const base = articleFor(ctx, f.citation?.law, version, f.citation?.article)?.text ?? str(variants[0]?.example) ?? '';
      out.appendChild(
        h(
          'table',
          { class: 'grid variants' },
          h('thead', null, h('tr', null, h('th', null, '地区'), h('th', null, '与法条的差异'), h('th', null, '引文（多出的字标黄，缺少的字以删除线标出）'))),
          h(
            'tbody',
            null,
            variants.map((v) => {
              const example = str(v.example) ?? '';
              const same = str(v.differences) === 'as the statute';
              return h(
                'tr',
                null,
                h('td', null, strs(v.jurisdictions).join('、')),
                h('td', { class: 'small' }, same ? '与法条一致' : variantDifferences(str(v.differences) ?? '')),
                h('td', { class: 'small' }, base && !same ? inlineDiff(example, base) : example),
              );
            }),
          ),
        ),
      );
      return out;
    }
    default: {
      const rows = Object.entries(e).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)] as [string, unknown]);
      if (!rows.length) return null;
      out.appendChild(kv(rows));
      return out;
    }
  }
}

function renderFinding(f: Finding, ctx: PageContext): HTMLElement {
  const place = [
    f.jurisdiction?.name ? h('span', { class: 'where-j' }, f.jurisdiction.name, f.jurisdiction.level ? h('span', { class: 'sub-inline' }, `（${f.jurisdiction.level}级）`) : null) : null,
    f.office ? h('span', null, f.office) : null,
    f.item ? h('span', { class: 'where-item' }, `第${f.item.seq ?? '?'}项 `, f.item.name) : null,
  ].filter((x): x is HTMLSpanElement => !!x);
  const placeEl = h('div', { class: 'place' });
  place.forEach((p, i) => {
    if (i) placeEl.appendChild(h('span', { class: 'sep' }, ' › '));
    placeEl.appendChild(p);
  });
  if (!place.length) placeEl.appendChild(h('span', null, '跨地区比较'));
  if (f.document) placeEl.appendChild(h('span', { class: 'doc' }, f.document));
  const cited = f.citation?.text;
  const key = f.citation?.article ? `article:${f.citation.law}@${f.citation.version ?? '?'}#art_${f.citation.article}` : null;
  const links = h('div', { class: 'links' });
  if (key && ctx.articleByKey.has(key)) links.appendChild(h('button', { class: 'link', on: { click: () => ctx.showArticle(key) } }, '查看条文与引用情况'));
  if (key && ctx.graph?.has(key)) links.appendChild(h('button', { class: 'link', on: { click: () => ctx.showInGraph(key) } }, '在关系图中查看'));
  return h(
    'article',
    { class: `finding sev-${f.severity}`, attrs: { 'data-kind': f.kind, 'data-severity': f.severity } },
    h(
      'header',
      null,
      h('span', { class: `badge sev-${f.severity}` }, SEVERITY_LABEL[f.severity] ?? f.severity),
      h('span', { class: 'kind' }, KIND_LABEL[f.kind] ?? f.kind),
      h('span', { class: 'code' }, f.kind),
      links.childNodes.length ? links : null,
    ),
    placeEl,
    h('p', { class: 'msg' }, f.message),
    cited ? h('div', { class: 'cited' }, h('span', { class: 'cited-label' }, '清单原文引用：'), cited) : null,
    renderEvidence(f, ctx),
  );
}

export function renderFindings(root: HTMLElement, ctx: PageContext): FindingsController {
  const all = ctx.data.findings;
  const state = { severities: new Set<Severity>(['high', 'medium', 'low']), kind: '', jurisdiction: '', text: '', shown: PAGE };

  const count = (pred: (f: Finding) => boolean) => all.filter(pred).length;
  const sevBoxes = (['high', 'medium', 'low'] as const).map((s) => {
    const box = h('input', { attrs: { type: 'checkbox', 'data-severity': s } });
    box.checked = true;
    box.addEventListener('change', () => {
      if (box.checked) state.severities.add(s);
      else state.severities.delete(s);
      update(true);
    });
    return { s, box, label: h('label', { class: `chip sev-${s}` }, box, ` ${SEVERITY_LABEL[s]} (${count((f) => f.severity === s)})`) };
  });
  const kinds = [...new Set(all.map((f) => f.kind))];
  const kindSelect = h(
    'select',
    { attrs: { 'aria-label': '问题类型' } },
    h('option', { attrs: { value: '' } }, '全部类型'),
    kinds.map((k) => h('option', { attrs: { value: k } }, `${KIND_LABEL[k] ?? k} (${count((f) => f.kind === k)})`)),
  );
  const jurisdictions = [...new Set(all.map(jurisdictionOf))];
  const jSelect = h(
    'select',
    { attrs: { 'aria-label': '地区' } },
    h('option', { attrs: { value: '' } }, '全部地区'),
    jurisdictions.map((j) => h('option', { attrs: { value: j } }, `${j === ACROSS ? '（跨地区比较）' : j} (${count((f) => jurisdictionOf(f) === j)})`)),
  );
  const textInput = h('input', { attrs: { type: 'search', placeholder: '搜索事项、法律、说明…', 'aria-label': '搜索问题' } });
  kindSelect.addEventListener('change', () => ((state.kind = kindSelect.value), update(true)));
  jSelect.addEventListener('change', () => ((state.jurisdiction = jSelect.value), update(true)));
  textInput.addEventListener('input', () => ((state.text = textInput.value.trim()), update(true)));
  const status = h('span', { class: 'tstatus', attrs: { 'aria-live': 'polite' } });
  const reset = h('button', { class: 'link' }, '清除筛选');
  reset.addEventListener('click', () => {
    state.severities = new Set(['high', 'medium', 'low']);
    sevBoxes.forEach((b) => (b.box.checked = true));
    state.kind = state.jurisdiction = state.text = '';
    kindSelect.value = jSelect.value = textInput.value = '';
    update(true);
  });
  const list = h('div', { class: 'finding-list' });
  const more = h('button', { class: 'more' });
  more.addEventListener('click', () => {
    state.shown += PAGE;
    update(false);
  });
  root.appendChild(h('div', { class: 'toolbar no-print' }, h('span', { class: 'toolbar-label' }, '严重度'), sevBoxes.map((b) => b.label), kindSelect, jSelect, textInput, reset, status));
  root.appendChild(list);
  root.appendChild(more);
  if (!all.length) list.appendChild(h('p', { class: 'empty' }, '没有发现问题。'));

  const haystack = new Map<Finding, string>();
  const matches = (f: Finding) => {
    if (!state.severities.has(f.severity)) return false;
    if (state.kind && f.kind !== state.kind) return false;
    if (state.jurisdiction && jurisdictionOf(f) !== state.jurisdiction) return false;
    if (state.text) {
      let s = haystack.get(f);
      if (s === undefined) {
        s = [f.message, f.office, f.item?.name, f.citation?.text, f.citation?.law, f.jurisdiction?.name, f.document, KIND_LABEL[f.kind]].filter(Boolean).join('\n').toLowerCase();
        haystack.set(f, s);
      }
      if (!s.includes(state.text.toLowerCase())) return false;
    }
    return true;
  };
  let filtered: Finding[] = [];
  function update(resetPaging: boolean) {
    if (resetPaging) state.shown = PAGE;
    filtered = all.filter(matches);
    clear(list);
    for (const f of filtered.slice(0, state.shown)) list.appendChild(renderFinding(f, ctx));
    if (all.length && !filtered.length) list.appendChild(h('p', { class: 'empty' }, '没有符合筛选条件的问题。'));
    const rest = filtered.length - Math.min(state.shown, filtered.length);
    more.textContent = `再显示 ${Math.min(PAGE, rest)} 个（还有 ${rest} 个）`;
    more.hidden = rest <= 0;
    status.textContent = `显示 ${Math.min(state.shown, filtered.length)} / ${filtered.length} 个（共 ${all.length} 个）`;
  }
  update(true);

  return {
    focus(filter) {
      state.kind = filter.kind ?? '';
      state.jurisdiction = filter.jurisdiction ?? '';
      state.severities = new Set(filter.severity ? [filter.severity] : ['high', 'medium', 'low']);
      sevBoxes.forEach((b) => (b.box.checked = state.severities.has(b.s)));
      kindSelect.value = state.kind;
      jSelect.value = state.jurisdiction;
      state.text = textInput.value = '';
      update(true);
      root.scrollIntoView({ block: 'start', behavior: 'smooth' });
    },
    showAll() {
      state.shown = Number.MAX_SAFE_INTEGER;
      update(false);
    },
    visibleCount: () => list.querySelectorAll('article.finding').length,
  };
}
