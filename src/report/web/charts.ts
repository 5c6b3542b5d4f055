/// <reference lib="dom" />
/** Chart.js charts: citations per law, findings per jurisdiction by severity. */
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip, type Plugin } from 'chart.js';
import { FONT_STACK, h, shortLaw, truncate } from './dom.js';
import type { PageContext } from './context.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);
Chart.defaults.font.family = FONT_STACK;
Chart.defaults.color = '#33404d';

export const SEVERITY_COLORS = { high: '#c0392b', medium: '#e67e22', low: '#95a5a6' } as const;

export function renderCharts(root: HTMLElement, ctx: PageContext): Chart[] {
  const { citationsPerLaw, findingsPerJurisdiction } = ctx.data.charts;
  const charts: Chart[] = [];

  const lawBox = h('div', { class: 'chart-box', attrs: { style: `height:${Math.max(160, citationsPerLaw.length * 26 + 50)}px` } });
  const lawCanvas = h('canvas', { attrs: { role: 'img', 'aria-label': '各法律法规被引用次数' } });
  lawBox.appendChild(lawCanvas);
  const jBox = h('div', { class: 'chart-box', attrs: { style: `height:${Math.max(200, 280)}px` } });
  const jCanvas = h('canvas', { attrs: { role: 'img', 'aria-label': '各地区问题数（按严重度）' } });
  jBox.appendChild(jCanvas);
  root.appendChild(
    h(
      'div',
      { class: 'two-col charts' },
      h('figure', null, h('figcaption', null, '各法律法规被引用次数'), citationsPerLaw.length ? lawBox : h('p', { class: 'empty' }, '没有引用。')),
      h('figure', null, h('figcaption', null, '各地区的问题（按严重度）'), findingsPerJurisdiction.length ? jBox : h('p', { class: 'empty' }, '没有问题。')),
    ),
  );

  // The value at the end of each horizontal bar.
  const barValues: Plugin<'bar'> = {
    id: 'fatiaoBarValues',
    afterDatasetsDraw(chart) {
      const g = chart.ctx;
      g.save();
      g.font = `11px ${FONT_STACK}`;
      g.fillStyle = '#33404d';
      g.textBaseline = 'middle';
      chart.getDatasetMeta(0).data.forEach((bar, i) => {
        const { x, y } = bar.getProps(['x', 'y'], true) as { x: number; y: number };
        g.fillText(String(citationsPerLaw[i]!.count), x + 4, y);
      });
      g.restore();
    },
  };
  if (citationsPerLaw.length) {
    charts.push(
      new Chart(lawCanvas, {
        type: 'bar',
        plugins: [barValues],
        data: {
          labels: citationsPerLaw.map((c) => truncate(shortLaw(c.law), 18)),
          datasets: [{ label: '引用次数', data: citationsPerLaw.map((c) => c.count), backgroundColor: '#3b7dd8', borderRadius: 3, maxBarThickness: 18 }],
        },
        options: {
          indexAxis: 'y',
          responsive: true,
          maintainAspectRatio: false,
          animation: false,
          plugins: { legend: { display: false }, tooltip: { callbacks: { title: (items) => citationsPerLaw[items[0]!.dataIndex]!.law } } },
          scales: { x: { beginAtZero: true, grace: '8%', ticks: { precision: 0 } }, y: { ticks: { autoSkip: false, font: { size: 12 } } } },
        },
      }),
    );
  }
  if (findingsPerJurisdiction.length) {
    const labels = findingsPerJurisdiction.map((j) => (j.jurisdiction === '(across jurisdictions)' ? '跨地区' : j.jurisdiction));
    charts.push(
      new Chart(jCanvas, {
        type: 'bar',
        data: {
          labels,
          datasets: (['high', 'medium', 'low'] as const).map((s) => ({
            label: { high: '高', medium: '中', low: '低' }[s],
            data: findingsPerJurisdiction.map((j) => j[s]),
            backgroundColor: SEVERITY_COLORS[s],
            maxBarThickness: 48,
          })),
        },
        options: {
          responsive: true,
          maintainAspectRatio: false,
          animation: false,
          plugins: { legend: { position: 'bottom' } },
          scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } },
        },
      }),
    );
  }
  return charts;
}
