/// <reference lib="dom" />
/**
 * The report page's script (bundled by scripts/build-web.mjs into dist/web/report.js and
 * inlined by renderHtmlReport): reads the report data embedded as JSON and renders each
 * section into its placeholder. Everything from the data goes into the DOM as text.
 */
import type { Chart } from 'chart.js';
import type { ReportData } from '../model.js';
import { renderCharts } from './charts.js';
import { createContext } from './context.js';
import { renderCoverage } from './coverage.js';
import { byId, h } from './dom.js';
import { renderFindings, type FindingsController } from './findings.js';
import { renderGraph, type GraphHandle } from './graph.js';
import { renderLaws } from './laws.js';
import { renderSources } from './sources.js';
import { renderSummary } from './summary.js';

declare global {
  interface Window {
    fatiao?: {
      data: ReportData;
      graph: GraphHandle['graph'] | null;
      sigma: GraphHandle['sigma'] | null;
      api: GraphHandle | null;
      findings: FindingsController | null;
      charts: Chart[];
      ready: boolean;
      errors: string[];
    };
  }
}

function section(id: string, render: (root: HTMLElement) => void, errors: string[]): void {
  const root = byId(`${id}-body`);
  if (!root) return;
  try {
    render(root);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    errors.push(`${id}: ${message}`);
    root.appendChild(h('p', { class: 'section-error', attrs: { role: 'alert' } }, `此部分无法显示：${message}`));
  }
}

function main(): void {
  const source = byId('fatiao-data');
  if (!source?.textContent) return;
  const data = JSON.parse(source.textContent) as ReportData;
  const ctx = createContext(data);
  const errors: string[] = [];
  let graphApi: GraphHandle | null = null;
  let findings: FindingsController | null = null;
  let charts: Chart[] = [];

  // The graph first: the other sections link into it.
  section('graph', (root) => {
    graphApi = renderGraph(root, ctx);
    ctx.graph = graphApi;
  }, errors);
  section('laws', (root) => renderLaws(root, ctx), errors);
  section('findings', (root) => (findings = renderFindings(root, ctx)), errors);
  section('summary', (root) => renderSummary(root, ctx, findings), errors);
  section('coverage', (root) => {
    const c = renderCoverage(root, ctx);
    if (c) charts.push(c);
  }, errors);
  section('charts', (root) => (charts = [...charts, ...renderCharts(root, ctx)]), errors);
  section('sources', (root) => renderSources(root, ctx), errors);

  // Printing: every finding and every law's table, charts redrawn at the paper's width.
  window.addEventListener('beforeprint', () => {
    (findings as FindingsController | null)?.showAll();
    document.querySelectorAll<HTMLDetailsElement>('details.print-open').forEach((d) => {
      if (!d.open) {
        d.open = true;
        d.dataset.printOpened = '1';
      }
    });
    for (const c of charts) c.resize();
  });
  window.addEventListener('afterprint', () => {
    document.querySelectorAll<HTMLDetailsElement>('details[data-print-opened]').forEach((d) => {
      d.open = false;
      delete d.dataset.printOpened;
    });
    for (const c of charts) c.resize();
  });

  const g = graphApi as GraphHandle | null;
  window.fatiao = { data, graph: g?.graph ?? null, sigma: g?.sigma ?? null, api: g, findings, charts, ready: true, errors };
  document.documentElement.dataset.ready = '1';
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', main);
else main();
