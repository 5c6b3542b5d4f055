/// <reference lib="dom" />
/** What the sections share: the data, lookups, and the links between sections. */
import type { ReportArticle, ReportData, ReportLaw } from '../model.js';

export interface GraphApi {
  /** Select a node (show its details, highlight its neighbours, move the camera). */
  select(node: string | null, options?: { scroll?: boolean }): boolean;
  has(node: string): boolean;
}

export interface PageContext {
  data: ReportData;
  articleByKey: Map<string, { law: ReportLaw; article: ReportArticle }>;
  /** Rows of the per-law section, by article key. */
  articleRows: Map<string, HTMLElement>;
  graph: GraphApi | null;
  /** Scroll to an article's row in the per-law section and flash it. */
  showArticle(key: string): boolean;
  /** Select a node in the graph and scroll to the graph. */
  showInGraph(key: string): boolean;
}

export function createContext(data: ReportData): PageContext {
  const articleByKey = new Map<string, { law: ReportLaw; article: ReportArticle }>();
  for (const law of data.laws) for (const article of law.articles) articleByKey.set(article.key, { law, article });
  const ctx: PageContext = {
    data,
    articleByKey,
    articleRows: new Map(),
    graph: null,
    showArticle(key) {
      const row = ctx.articleRows.get(key);
      if (!row) return false;
      const details = row.closest('details');
      if (details && !details.open) details.open = true;
      row.scrollIntoView({ block: 'center', behavior: 'smooth' });
      row.classList.remove('flash');
      void row.offsetWidth;
      row.classList.add('flash');
      return true;
    },
    showInGraph(key) {
      if (!ctx.graph || !ctx.graph.has(key)) return false;
      ctx.graph.select(key, { scroll: true });
      return true;
    },
  };
  return ctx;
}
