/// <reference lib="dom" />
/**
 * The coverage matrix as a heat map (chartjs-chart-matrix): provisions down, jurisdictions
 * across, each cell the number of items of that jurisdiction relying on that provision.
 * Provisions only one jurisdiction relies on are drawn in another hue, so what one office
 * exercises and its peers do not stands out. Clicking a cell shows the article.
 */
import { CategoryScale, Chart, Tooltip, type Plugin } from 'chart.js';
import { MatrixController, MatrixElement } from 'chartjs-chart-matrix';
import { h } from './dom.js';
import type { PageContext } from './context.js';

Chart.register(MatrixController, MatrixElement, CategoryScale, Tooltip);

const MAX_ROWS = 150;
const ROW_PX = 20;

interface Cell {
  x: string;
  y: string;
  v: number;
  key: string;
  unique: boolean;
}

export function renderCoverage(root: HTMLElement, ctx: PageContext): Chart | null {
  const { jurisdictions, provisions, counts } = ctx.data.coverage;
  if (!jurisdictions.length || !provisions.length) {
    root.appendChild(h('p', { class: 'empty' }, '没有可比较的引用。'));
    return null;
  }
  // The most relied-on provisions when there are too many to draw legibly.
  let rows = provisions.map((p, i) => ({ ...p, i, total: jurisdictions.reduce((s, _, j) => s + (counts[j]?.[i] ?? 0), 0) }));
  const truncated = rows.length > MAX_ROWS;
  if (truncated) rows = [...rows].sort((a, b) => b.total - a.total).slice(0, MAX_ROWS).sort((a, b) => a.i - b.i);
  const seen = new Map<string, number>();
  const labels = rows.map((r) => {
    const n = (seen.get(r.label) ?? 0) + 1;
    seen.set(r.label, n);
    return n > 1 ? `${r.label} #${n}` : r.label;
  });
  const cells: Cell[] = [];
  let max = 1;
  rows.forEach((r, ri) => {
    const users = jurisdictions.filter((_, j) => (counts[j]?.[r.i] ?? 0) > 0).length;
    jurisdictions.forEach((jn, j) => {
      const v = counts[j]?.[r.i] ?? 0;
      max = Math.max(max, v);
      cells.push({ x: jn, y: labels[ri]!, v, key: r.key, unique: users === 1 && jurisdictions.length > 1 });
    });
  });

  root.appendChild(
    h(
      'p',
      { class: 'hint' },
      '每格为该地区依据该条的事项数，颜色越深事项越多。',
      h('span', { class: 'swatch unique' }),
      '橙色：只有一个地区依据此条（同级部门都没有），值得核对是否越权或遗漏。',
      h('span', { class: 'swatch common' }),
      '蓝色：多个地区都依据。点击格子可查看条文。',
      truncated ? ` 条文过多，仅显示被依据最多的 ${MAX_ROWS} 条（共 ${provisions.length} 条）。` : '',
    ),
  );
  const box = h('div', { class: 'matrix-box', attrs: { style: `height:${rows.length * ROW_PX + 70}px; max-width:${Math.min(1100, 420 + jurisdictions.length * 110)}px` } });
  const canvas = h('canvas', { attrs: { role: 'img', 'aria-label': '地区与条文的覆盖矩阵' } });
  box.appendChild(canvas);
  root.appendChild(box);

  const color = (c: Cell | undefined, alpha = 1) => {
    if (!c || !c.v) return '#f2f4f7';
    const t = 0.4 + 0.6 * Math.sqrt(Math.min(1, c.v / max));
    return c.unique ? `rgba(230, 126, 34, ${t * alpha})` : `rgba(47, 111, 192, ${t * alpha})`;
  };
  // The count written in each non-empty cell.
  const cellCounts: Plugin<'matrix'> = {
    id: 'fatiaoCellCounts',
    afterDatasetsDraw(chart) {
      const g = chart.ctx;
      const meta = chart.getDatasetMeta(0);
      g.save();
      g.font = '11px sans-serif';
      g.textAlign = 'center';
      g.textBaseline = 'middle';
      meta.data.forEach((el, i) => {
        const c = cells[i];
        if (!c?.v) return;
        const { x, y, width, height } = el.getProps(['x', 'y', 'width', 'height'], true) as { x: number; y: number; width: number; height: number };
        const t = 0.4 + 0.6 * Math.sqrt(Math.min(1, c.v / max));
        g.fillStyle = t > 0.7 ? '#ffffff' : '#1d2733';
        g.fillText(String(c.v), x + width / 2, y + height / 2);
      });
      g.restore();
    },
  };
  return new Chart(canvas, {
    type: 'matrix',
    plugins: [cellCounts],
    data: {
      datasets: [
        {
          label: '覆盖',
          data: cells,
          backgroundColor: (c) => color(c.raw as Cell | undefined),
          borderColor: '#ffffff',
          borderWidth: 1,
          width: ({ chart }) => (chart.chartArea?.width ?? 0) / jurisdictions.length - 1,
          height: ({ chart }) => (chart.chartArea?.height ?? 0) / rows.length - 1,
        },
      ],
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      onClick: (_ev, elements) => {
        const el = elements[0];
        if (el) ctx.showArticle(cells[el.index]!.key);
      },
      onHover: (ev, elements) => {
        const t = ev.native?.target as HTMLElement | undefined;
        if (t) t.style.cursor = elements.length ? 'pointer' : 'default';
      },
      plugins: {
        legend: { display: false },
        tooltip: {
          callbacks: {
            title: (items) => (items[0] ? (items[0].raw as Cell).y : ''),
            label: (item) => {
              const c = item.raw as Cell;
              return `${c.x}：${c.v} 个事项${c.unique && c.v ? '（仅此地区）' : ''}`;
            },
          },
        },
      },
      scales: {
        x: { type: 'category', labels: jurisdictions, offset: true, position: 'top', grid: { display: false }, ticks: { font: { size: 13, weight: 'bold' } } },
        // The matrix controller reverses y by default; the first provision goes on top.
        y: { type: 'category', labels, offset: true, reverse: false, grid: { display: false }, ticks: { autoSkip: false, font: { size: 12 } } },
      },
    },
  });
}
