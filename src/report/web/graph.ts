/// <reference lib="dom" />
/**
 * The interactive citation graph: sigma.js v3 over the graphology graph the report carries
 * (positions, sizes and colours already laid out). Node types differ by colour and shape;
 * a legend; click a node for its details and neighbours (for an article, the items relying
 * on it, directly or through its paragraphs and points); a search box; filters by law and by
 * jurisdiction (sigma reducers). Without WebGL the panel says so and the rest of the page
 * works as before.
 */
import { MultiDirectedGraph } from 'graphology';
import Sigma from 'sigma';
import { EdgeArrowProgram, EdgeLineProgram } from 'sigma/rendering';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { CHANGE_LABEL, EDGE_TYPE_LABEL, FONT_STACK, NODE_TYPE_LABEL, ROLE_LABEL, clear, h, shortLaw, truncate } from './dom.js';
import type { GraphApi, PageContext } from './context.js';
import { createNodeShapeProgram, shapeSvg, type Shape } from './shapes.js';

export const NODE_TYPES = ['jurisdiction', 'office', 'item', 'law', 'version', 'article', 'paragraph', 'point'] as const;
export const EDGE_TYPES = ['contains', 'exercises', 'relies-on', 'refers-to', 'corresponds-to'] as const;

export const NODE_SHAPES: Record<string, Shape> = {
  jurisdiction: 'square', office: 'square-ring', item: 'circle', law: 'triangle', version: 'triangle-down', article: 'diamond', paragraph: 'ring', point: 'cross',
};
const EDGE_COLORS: Record<string, string> = {
  contains: '#c3cad4', exercises: '#8fc79b', 'relies-on': '#b5a3d8', 'refers-to': '#e59a9a', 'corresponds-to': '#f0b060',
};
const DIM_NODE = '#e5e8ed';
const PROVISION = new Set(['article', 'paragraph', 'point']);
const TYPE_ORDER: Record<string, number> = Object.fromEntries(NODE_TYPES.map((t, i) => [t, i]));

export interface GraphHandle extends GraphApi {
  sigma: Sigma;
  graph: MultiDirectedGraph;
  search(query: string, options?: { select?: boolean }): string[];
  setFilters(filters: { law?: string; jurisdiction?: string }): void;
  selected(): string | null;
  renderedNodeCount(): number;
  nodePixels(): Promise<{ painted: number; byType: Record<string, number> }>;
}

export function webglAvailable(): boolean {
  try {
    const c = document.createElement('canvas');
    return !!(c.getContext('webgl2') ?? c.getContext('webgl'));
  } catch {
    return false;
  }
}

function unavailable(root: HTMLElement, why: string): null {
  root.appendChild(
    h('div', { class: 'graph-unavailable', attrs: { role: 'status' } }, h('b', null, '关系图无法显示'), h('p', null, why), h('p', null, '报告的其余部分不受影响：各条被哪些事项依据，见“法律与条文”一节。')),
  );
  return null;
}

export function renderGraph(root: HTMLElement, ctx: PageContext): GraphHandle | null {
  const data = ctx.data.graph;
  if (!data.nodes.length) {
    root.appendChild(h('p', { class: 'empty' }, '图中没有节点。'));
    return null;
  }
  if (!webglAvailable()) return unavailable(root, '此浏览器未启用 WebGL（图形加速或软件渲染均不可用），无法绘制交互式关系图。');

  const graph = MultiDirectedGraph.from(data as unknown as Parameters<typeof MultiDirectedGraph.from>[0]);
  const attr = (n: string, k: string) => graph.getNodeAttribute(n, k) as unknown;
  const label = (n: string) => String(attr(n, 'label') ?? n);
  const type = (n: string) => String(attr(n, 'type') ?? '');

  // ---- layout of the panel ----
  const searchInput = h('input', { id: 'graph-search', attrs: { type: 'search', placeholder: '搜索节点：地区、部门、事项、法律、条文…', 'aria-label': '搜索关系图中的节点', autocomplete: 'off' } });
  const results = h('ul', { class: 'search-results', id: 'graph-search-results', attrs: { role: 'listbox' } });
  const lawSelect = h('select', { id: 'graph-law', attrs: { 'aria-label': '按法律筛选' } }, h('option', { attrs: { value: '' } }, '全部法律法规'));
  const jSelect = h('select', { id: 'graph-jurisdiction', attrs: { 'aria-label': '按地区筛选' } }, h('option', { attrs: { value: '' } }, '全部地区'));
  const resetBtn = h('button', { class: 'link' }, '重置');
  const laws = graph.filterNodes((_, a) => a.type === 'law').sort((a, b) => graph.degree(b) - graph.degree(a));
  for (const l of laws) lawSelect.appendChild(h('option', { attrs: { value: label(l) } }, shortLaw(label(l))));
  const jurisdictions = graph.filterNodes((_, a) => a.type === 'jurisdiction').sort((a, b) => label(a).localeCompare(label(b), 'zh'));
  for (const j of jurisdictions) jSelect.appendChild(h('option', { attrs: { value: label(j) } }, label(j)));
  const status = h('span', { class: 'tstatus', attrs: { 'aria-live': 'polite' } });
  const stage = h('div', { class: 'graph-stage', id: 'graph-stage' });
  const details = h('div', { class: 'graph-details', id: 'graph-details', attrs: { 'aria-live': 'polite' } });
  const legend = h('div', { class: 'graph-legend' });
  root.appendChild(
    h(
      'div',
      { class: 'toolbar no-print' },
      h('div', { class: 'search-wrap' }, searchInput, results),
      lawSelect,
      jSelect,
      resetBtn,
      status,
    ),
  );
  root.appendChild(h('div', { class: 'graph-layout' }, stage, h('aside', { class: 'graph-side' }, legend, details)));
  root.appendChild(h('p', { class: 'print-only graph-print-note' }, `交互式关系图（${graph.order} 个节点、${graph.size} 条边）只能在浏览器中查看；打印版请参阅“法律与条文”一节中各条的依据情况。`));

  // ---- legend ----
  const present = new Map<string, { color: string; n: number }>();
  graph.forEachNode((_, a) => {
    const e = present.get(a.type as string) ?? { color: String(a.color ?? '#999'), n: 0 };
    e.n++;
    present.set(a.type as string, e);
  });
  legend.appendChild(h('div', { class: 'legend-title' }, '节点'));
  legend.appendChild(
    h(
      'ul',
      { class: 'legend-list' },
      NODE_TYPES.filter((t) => present.has(t)).map((t) => h('li', null, shapeSvg(NODE_SHAPES[t]!, present.get(t)!.color, 14), ` ${NODE_TYPE_LABEL[t]} `, h('span', { class: 'sub-inline' }, String(present.get(t)!.n)))),
    ),
  );
  const edgeTypes = new Set(graph.mapEdges((_, a) => a.type as string));
  legend.appendChild(h('div', { class: 'legend-title' }, '边'));
  legend.appendChild(
    h(
      'ul',
      { class: 'legend-list' },
      EDGE_TYPES.filter((t) => edgeTypes.has(t)).map((t) => h('li', null, h('span', { class: 'edge-swatch', attrs: { style: `background:${EDGE_COLORS[t]}` } }), ` ${EDGE_TYPE_LABEL[t]}`)),
    ),
  );

  // ---- sigma ----
  interface State {
    selected: string | null;
    focus: Set<string> | null;
    focusEdges: Set<string> | null;
    matches: Set<string> | null;
    visible: Set<string> | null;
  }
  const state: State = { selected: null, focus: null, focusEdges: null, matches: null, visible: null };

  const nodeReducer = (node: string, a: Record<string, unknown>): Partial<NodeDisplayData> => {
    const res: Partial<NodeDisplayData> & Record<string, unknown> = { ...a };
    if (state.visible && !state.visible.has(node)) {
      res.hidden = true;
      return res;
    }
    const full = String(a.label ?? '');
    res.label = truncate(a.type === 'version' ? full : a.type === 'law' ? shortLaw(full) : full, 16);
    res.zIndex = 1;
    if (state.focus) {
      if (node === state.selected) {
        res.highlighted = true;
        res.forceLabel = true;
        res.label = truncate(full, 28);
        res.zIndex = 3;
      } else if (state.focus.has(node)) {
        res.forceLabel = true;
        res.zIndex = 2;
      } else {
        res.color = DIM_NODE;
        res.label = '';
        res.zIndex = 0;
      }
    } else if (state.matches) {
      if (state.matches.has(node)) {
        res.forceLabel = true;
        res.highlighted = true;
        res.zIndex = 2;
      } else {
        res.color = DIM_NODE;
        res.label = '';
        res.zIndex = 0;
      }
    }
    return res;
  };
  const edgeReducer = (edge: string, a: Record<string, unknown>): Partial<EdgeDisplayData> => {
    const t = String(a.type);
    const res: Partial<EdgeDisplayData> & Record<string, unknown> = { ...a, color: EDGE_COLORS[t] ?? '#ccc', size: t === 'relies-on' ? 0.8 : 0.6 };
    const [s, d] = graph.extremities(edge);
    if (state.visible && (!state.visible.has(s) || !state.visible.has(d))) {
      res.hidden = true;
      return res;
    }
    if (state.focusEdges) {
      if (!state.focusEdges.has(edge)) res.hidden = true;
      else res.size = 1.6;
    } else if (state.matches && !(state.matches.has(s) && state.matches.has(d))) {
      res.color = '#eef0f3';
    }
    return res;
  };

  const nodeProgramClasses = Object.fromEntries(NODE_TYPES.map((t) => [t, createNodeShapeProgram(NODE_SHAPES[t]!)]));
  let sigma: Sigma;
  try {
    sigma = new Sigma(graph, stage, {
      nodeProgramClasses,
      edgeProgramClasses: { contains: EdgeLineProgram, exercises: EdgeLineProgram, 'relies-on': EdgeArrowProgram, 'refers-to': EdgeArrowProgram, 'corresponds-to': EdgeArrowProgram },
      defaultNodeType: 'item',
      defaultEdgeType: 'contains',
      labelFont: FONT_STACK,
      labelSize: 12,
      labelWeight: 'normal',
      labelColor: { color: '#1d2733' },
      labelRenderedSizeThreshold: 9,
      labelDensity: 0.8,
      zIndex: true,
      minCameraRatio: 0.03,
      maxCameraRatio: 4,
      stagePadding: 24,
      nodeReducer,
      edgeReducer,
    });
  } catch (err) {
    clear(stage);
    stage.remove();
    return unavailable(root, `绘图引擎初始化失败：${err instanceof Error ? err.message : String(err)}`);
  }
  const camera = sigma.getCamera();

  // ---- neighbourhoods ----
  const provisionChildren = (n: string): string[] => {
    const out: string[] = [];
    const walk = (x: string) =>
      graph.forEachOutEdge(x, (_e, a, _s, t) => {
        if (a.type === 'contains' && PROVISION.has(type(t)) && !out.includes(t)) {
          out.push(t);
          walk(t);
        }
      });
    walk(n);
    return out;
  };
  /** Items relying on a provision, directly or through its paragraphs and points. */
  const citingItems = (n: string) => {
    const out = new Map<string, { via: Set<string>; roles: Set<string>; edges: string[] }>();
    for (const p of [n, ...provisionChildren(n)]) {
      graph.forEachInEdge(p, (e, a, s) => {
        if (a.type !== 'relies-on' || type(s) !== 'item') return;
        const entry = out.get(s) ?? { via: new Set<string>(), roles: new Set<string>(), edges: [] };
        if (p !== n) entry.via.add(label(p));
        if (a.role) entry.roles.add(String(a.role));
        entry.edges.push(e);
        out.set(s, entry);
      });
    }
    return out;
  };
  const ancestors = (n: string, into: Set<string>) => {
    graph.forEachInEdge(n, (_e, a, s) => {
      if (a.type === 'contains' && !into.has(s) && ['law', 'version', 'article', 'paragraph'].includes(type(s))) {
        into.add(s);
        ancestors(s, into);
      }
    });
  };

  function computeFocus(node: string) {
    const nodes = new Set<string>([node]);
    const edges = new Set<string>();
    graph.forEachEdge(node, (e, _a, s, t) => {
      edges.add(e);
      nodes.add(s === node ? t : s);
    });
    if (PROVISION.has(type(node))) {
      for (const c of provisionChildren(node)) {
        nodes.add(c);
        graph.forEachInEdge(c, (e, a) => a.type === 'contains' && edges.add(e));
      }
      for (const [item, e] of citingItems(node)) {
        nodes.add(item);
        e.edges.forEach((x) => edges.add(x));
      }
    }
    state.focus = nodes;
    state.focusEdges = edges;
  }

  // ---- details panel ----
  const nodeButton = (n: string, text?: string) =>
    h('button', { class: 'node-link', attrs: { 'data-node': n }, on: { click: () => api.select(n) } }, shapeSvg(NODE_SHAPES[type(n)] ?? 'circle', String(attr(n, 'color') ?? '#999'), 11), ' ', text ?? label(n));
  const section = (title: string, entries: HTMLElement[], limit = 60) =>
    entries.length
      ? h('div', { class: 'nb' }, h('div', { class: 'nb-title' }, `${title}（${entries.length}）`), h('ul', null, entries.slice(0, limit)), entries.length > limit ? h('div', { class: 'sub' }, `……另有 ${entries.length - limit} 个`) : null)
      : null;
  const neighbours = (n: string, edgeType: string, dir: 'out' | 'in') => {
    const out: string[] = [];
    const f = dir === 'out' ? graph.forEachOutEdge.bind(graph) : graph.forEachInEdge.bind(graph);
    f(n, (_e: string, a: Record<string, unknown>, s: string, t: string) => {
      const other = dir === 'out' ? t : s;
      if (a.type === edgeType && !out.includes(other)) out.push(other);
    });
    return out;
  };
  const itemLine = (item: string, extra?: string) => {
    const j = attr(item, 'jurisdiction');
    const seq = attr(item, 'seq');
    return h(
      'li',
      { class: 'citing-item', attrs: { 'data-node': item, 'data-jurisdiction': typeof j === 'string' ? j : '', 'data-seq': typeof seq === 'number' ? seq : '' } },
      h('span', { class: 'item-j' }, typeof j === 'string' ? j : '—'),
      typeof seq === 'number' ? ` 第${seq}项 ` : ' ',
      nodeButton(item),
      extra ? h('span', { class: 'via' }, ` · ${extra}`) : null,
    );
  };

  function renderDetails(node: string | null) {
    clear(details);
    if (!node) {
      details.appendChild(h('p', { class: 'hint' }, '点击图中的节点查看详情与相邻节点；点击条文可看到依据它的全部事项。滚轮缩放，拖动平移。'));
      return;
    }
    const t = type(node);
    const a = graph.getNodeAttributes(node);
    details.appendChild(
      h('div', { class: 'det-head' }, shapeSvg(NODE_SHAPES[t] ?? 'circle', String(a.color ?? '#999'), 16), h('span', { class: 'det-type' }, NODE_TYPE_LABEL[t] ?? t), h('span', { class: 'det-label', id: 'graph-selected-label' }, label(node))),
    );
    const facts: [string, unknown][] = [];
    if (t === 'jurisdiction') facts.push(['行政区划代码', a.code], ['层级', a.level]);
    if (t === 'office' || t === 'item') facts.push(['地区', a.jurisdiction]);
    if (t === 'item') facts.push(['序号', a.seq], ['权力类型', a.powerType], ['文件', a.document]);
    if (t === 'version') facts.push(['法律法规', a.law], ['通过日期', a.adopted]);
    if (PROVISION.has(t)) facts.push(['法律法规', a.law], ['版本', a.version]);
    const fl = facts.filter(([, v]) => v !== null && v !== undefined && v !== '');
    if (fl.length) details.appendChild(h('dl', { class: 'kv' }, fl.map(([k, v]) => [h('dt', null, k), h('dd', null, String(v))])));

    if (PROVISION.has(t)) {
      const art = ctx.articleByKey.get(node)?.article;
      const items = [...citingItems(node)].sort(
        (x, y) => String(attr(x[0], 'jurisdiction') ?? '').localeCompare(String(attr(y[0], 'jurisdiction') ?? ''), 'zh') || Number(attr(x[0], 'seq') ?? 0) - Number(attr(y[0], 'seq') ?? 0),
      );
      const list = items.map(([item, e]) =>
        itemLine(item, [e.via.size ? `经${[...e.via].join('、')}` : '', [...e.roles].filter((r) => r !== 'basis').map((r) => ROLE_LABEL[r] ?? r).join('、')].filter(Boolean).join(' · ')),
      );
      const s = section('依据本条的事项', list, 200);
      if (s) {
        s.classList.add('citing');
        s.id = 'graph-citing';
        details.appendChild(s);
      } else details.appendChild(h('p', { class: 'sub' }, '没有事项直接依据本条。'));
      if (art?.current) details.appendChild(h('p', { class: 'sub' }, `现行 ${art.current.version} 版为 ${art.current.label ?? '（无对应条文）'}（${CHANGE_LABEL[art.current.change] ?? art.current.change}${art.current.penaltiesChanged ? '，罚则有变' : ''}）`));
      if (art?.text) details.appendChild(h('div', { class: 'det-text' }, art.text));
      if (t === 'article' && ctx.articleRows.has(node)) details.appendChild(h('button', { class: 'link', on: { click: () => ctx.showArticle(node) } }, '在“法律与条文”中查看 →'));
      const parent = neighbours(node, 'contains', 'in');
      details.append(
        ...[
          section('所属', parent.map((p) => h('li', null, nodeButton(p)))),
          section('下设款项', neighbours(node, 'contains', 'out').map((p) => h('li', null, nodeButton(p)))),
          section('本条援引', neighbours(node, 'refers-to', 'out').map((p) => h('li', null, nodeButton(p, `${shortLaw(String(attr(p, 'law') ?? ''))} ${label(p)}`)))),
          section('被以下条文援引', neighbours(node, 'refers-to', 'in').map((p) => h('li', null, nodeButton(p, `${shortLaw(String(attr(p, 'law') ?? ''))} ${label(p)}`)))),
          section('新版本中的对应条文', neighbours(node, 'corresponds-to', 'out').map((p) => h('li', null, nodeButton(p, `${String(attr(p, 'version') ?? '')} ${label(p)}`)))),
          section('旧版本中的对应条文', neighbours(node, 'corresponds-to', 'in').map((p) => h('li', null, nodeButton(p, `${String(attr(p, 'version') ?? '')} ${label(p)}`)))),
        ].filter((x): x is HTMLDivElement => !!x),
      );
      return;
    }
    if (t === 'item') {
      const offices = neighbours(node, 'exercises', 'in');
      const provisions = new Map<string, Set<string>>();
      graph.forEachOutEdge(node, (_e, ea, _s, target) => {
        if (ea.type !== 'relies-on') return;
        const roles = provisions.get(target) ?? new Set<string>();
        if (ea.role) roles.add(String(ea.role));
        provisions.set(target, roles);
      });
      details.append(
        ...[
          section('行使部门', offices.map((o) => h('li', null, nodeButton(o)))),
          section(
            '依据的条文',
            [...provisions].map(([p, roles]) => h('li', null, nodeButton(p, `${shortLaw(String(attr(p, 'law') ?? ''))} ${label(p)}`), h('span', { class: 'via' }, ` · ${[...roles].map((r) => ROLE_LABEL[r] ?? r).join('、')}`))),
          ),
        ].filter((x): x is HTMLDivElement => !!x),
      );
      return;
    }
    if (t === 'office') {
      const items = neighbours(node, 'exercises', 'out').sort((x, y) => Number(attr(x, 'seq') ?? 0) - Number(attr(y, 'seq') ?? 0));
      details.append(...[section('所属地区', neighbours(node, 'contains', 'in').map((j) => h('li', null, nodeButton(j)))), section('行使的事项', items.map((i) => itemLine(i)))].filter((x): x is HTMLDivElement => !!x));
      return;
    }
    if (t === 'jurisdiction') {
      const offices = neighbours(node, 'contains', 'out');
      const items = offices.flatMap((o) => neighbours(o, 'exercises', 'out'));
      details.append(...[section('部门', offices.map((o) => h('li', null, nodeButton(o)))), section('事项', items.map((i) => itemLine(i)), 30)].filter((x): x is HTMLDivElement => !!x));
      return;
    }
    // law, version: what they contain
    const contained = neighbours(node, 'contains', 'out');
    const s = section(t === 'law' ? '版本' : '被引用的条文', contained.map((c) => h('li', null, nodeButton(c))), 80);
    if (s) details.appendChild(s);
    const parent = neighbours(node, 'contains', 'in');
    const p = section('所属', parent.map((x) => h('li', null, nodeButton(x))));
    if (p) details.appendChild(p);
  }

  // ---- actions ----
  function moveCameraTo(nodes: string[]) {
    const pts = nodes.map((n) => sigma.getNodeDisplayData(n)).filter((d): d is NodeDisplayData => !!d && !d.hidden);
    if (!pts.length) return;
    if (pts.length === 1) {
      void camera.animate({ x: pts[0]!.x, y: pts[0]!.y, ratio: Math.min(camera.ratio, 0.45) }, { duration: 450 });
      return;
    }
    const xs = pts.map((p) => p.x);
    const ys = pts.map((p) => p.y);
    const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    void camera.animate({ x: (x0 + x1) / 2, y: (y0 + y1) / 2, ratio: Math.min(1.1, Math.max(0.12, Math.max(x1 - x0, y1 - y0) * 1.25)) }, { duration: 450 });
  }

  function computeVisible(law: string, jurisdiction: string): Set<string> | null {
    if (!law && !jurisdiction) return null;
    const lawOf = (n: string) => (type(n) === 'law' ? label(n) : String(attr(n, 'law') ?? ''));
    let items = graph.filterNodes((_, a) => a.type === 'item');
    if (jurisdiction) items = items.filter((i) => attr(i, 'jurisdiction') === jurisdiction);
    if (law) items = items.filter((i) => graph.someOutEdge(i, (_e, a, _s, t) => a.type === 'relies-on' && lawOf(t) === law));
    const vis = new Set<string>(items);
    for (const i of items) {
      graph.forEachOutEdge(i, (_e, a, _s, t) => {
        if (a.type !== 'relies-on' || (law && lawOf(t) !== law)) return;
        vis.add(t);
        ancestors(t, vis);
      });
      for (const o of neighbours(i, 'exercises', 'in')) {
        vis.add(o);
        neighbours(o, 'contains', 'in').forEach((j) => vis.add(j));
      }
    }
    if (law && !jurisdiction) graph.forEachNode((n) => lawOf(n) === law && vis.add(n));
    if (jurisdiction) {
      for (const j of jurisdictions.filter((x) => label(x) === jurisdiction)) {
        vis.add(j);
        if (!law) neighbours(j, 'contains', 'out').forEach((o) => vis.add(o));
      }
    }
    return vis;
  }

  function updateStatus() {
    const shown = state.visible ? state.visible.size : graph.order;
    status.textContent = `显示 ${shown} / ${graph.order} 个节点${state.selected ? `；已选中：${truncate(label(state.selected), 20)}` : ''}`;
  }

  function renderResults(found: string[], query: string) {
    clear(results);
    if (!query) return;
    if (!found.length) {
      results.appendChild(h('li', { class: 'sub' }, '没有匹配的节点'));
      return;
    }
    for (const n of found.slice(0, 12)) {
      results.appendChild(
        h(
          'li',
          { attrs: { role: 'option' } },
          h(
            'button',
            { class: 'node-link', attrs: { 'data-node': n }, on: { click: () => api.select(n) } },
            shapeSvg(NODE_SHAPES[type(n)] ?? 'circle', String(attr(n, 'color') ?? '#999'), 11),
            ' ',
            h('span', { class: 'sub-inline' }, `${NODE_TYPE_LABEL[type(n)] ?? ''} `),
            truncate(PROVISION.has(type(n)) ? `${shortLaw(String(attr(n, 'law') ?? ''))} ${label(n)}` : label(n), 34),
          ),
        ),
      );
    }
    if (found.length > 12) results.appendChild(h('li', { class: 'sub' }, `……共 ${found.length} 个`));
  }

  const api: GraphHandle = {
    sigma,
    graph,
    has: (n) => graph.hasNode(n),
    selected: () => state.selected,
    select(node, options) {
      if (node && !graph.hasNode(node)) return false;
      if (node && state.visible && !state.visible.has(node)) {
        state.visible = null;
        lawSelect.value = jSelect.value = '';
      }
      state.selected = node;
      if (node) computeFocus(node);
      else state.focus = state.focusEdges = null;
      renderDetails(node);
      sigma.refresh();
      if (node) moveCameraTo([node]);
      updateStatus();
      if (options?.scroll) root.scrollIntoView({ block: 'start', behavior: 'smooth' });
      return true;
    },
    search(query, options) {
      const q = query.trim().toLowerCase();
      if (!q) {
        state.matches = null;
        renderResults([], '');
        sigma.refresh();
        return [];
      }
      const found = graph
        .filterNodes((n, a) => (!state.visible || state.visible.has(n)) && (String(a.label ?? '').toLowerCase().includes(q) || n.toLowerCase().includes(q)))
        .sort((x, y) => {
          const ex = Number(label(x).toLowerCase() === q);
          const ey = Number(label(y).toLowerCase() === q);
          return ey - ex || (TYPE_ORDER[type(x)] ?? 9) - (TYPE_ORDER[type(y)] ?? 9) || label(x).length - label(y).length;
        });
      state.matches = new Set(found);
      renderResults(found, q);
      const exact = found.find((n) => label(n).toLowerCase() === q);
      if (exact && options?.select !== false) api.select(exact);
      else if (options?.select && found[0]) api.select(found[0]);
      else {
        sigma.refresh();
        if (found.length && !state.selected) moveCameraTo(found.slice(0, 50));
      }
      return found;
    },
    setFilters({ law = '', jurisdiction = '' }) {
      lawSelect.value = law;
      jSelect.value = jurisdiction;
      state.visible = computeVisible(law, jurisdiction);
      if (state.selected && state.visible && !state.visible.has(state.selected)) {
        state.selected = null;
        state.focus = state.focusEdges = null;
        renderDetails(null);
      }
      sigma.refresh();
      if (state.visible) moveCameraTo([...state.visible]);
      else void camera.animatedReset({ duration: 300 });
      updateStatus();
    },
    renderedNodeCount() {
      const { width, height } = sigma.getDimensions();
      let n = 0;
      graph.forEachNode((node) => {
        const d = sigma.getNodeDisplayData(node);
        if (!d || d.hidden) return;
        const p = sigma.framedGraphToViewport(d);
        if (p.x >= 0 && p.y >= 0 && p.x <= width && p.y <= height) n++;
      });
      return n;
    },
    nodePixels() {
      // Read the WebGL node layer right after a render, before the browser clears it.
      return new Promise((resolve) => {
        sigma.once('afterRender', () => {
          const src = sigma.getCanvases().nodes!;
          const c = document.createElement('canvas');
          c.width = src.width;
          c.height = src.height;
          const g = c.getContext('2d', { willReadFrequently: true })!;
          g.drawImage(src, 0, 0);
          const px = g.getImageData(0, 0, c.width, c.height).data;
          const wanted = new Map<string, string>();
          present.forEach((v, t) => wanted.set(v.color.toLowerCase(), t));
          const byType: Record<string, number> = {};
          let painted = 0;
          for (let i = 0; i < px.length; i += 4) {
            if (px[i + 3]! < 250) continue;
            painted++;
            const hex = `#${[px[i]!, px[i + 1]!, px[i + 2]!].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
            const t = wanted.get(hex);
            if (t) byType[t] = (byType[t] ?? 0) + 1;
          }
          resolve({ painted, byType });
        });
        sigma.refresh();
      });
    },
  };

  sigma.on('clickNode', ({ node }) => api.select(node));
  sigma.on('clickStage', () => api.select(null));
  sigma.on('enterNode', () => (stage.style.cursor = 'pointer'));
  sigma.on('leaveNode', () => (stage.style.cursor = ''));
  let timer: number | undefined;
  searchInput.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => api.search(searchInput.value), 120);
  });
  searchInput.addEventListener('keydown', (ev) => {
    if (ev.key === 'Enter') {
      ev.preventDefault();
      window.clearTimeout(timer);
      api.search(searchInput.value, { select: true });
    } else if (ev.key === 'Escape') {
      searchInput.value = '';
      api.search('');
    }
  });
  lawSelect.addEventListener('change', () => api.setFilters({ law: lawSelect.value, jurisdiction: jSelect.value }));
  jSelect.addEventListener('change', () => api.setFilters({ law: lawSelect.value, jurisdiction: jSelect.value }));
  resetBtn.addEventListener('click', () => {
    searchInput.value = '';
    state.matches = null;
    renderResults([], '');
    state.selected = null;
    state.focus = state.focusEdges = null;
    renderDetails(null);
    api.setFilters({});
  });
  renderDetails(null);
  updateStatus();
  return api;
}
