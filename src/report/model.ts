/**
 * The report's data: everything the Markdown report and the HTML page show, computed once
 * from the store. The HTML page embeds it as JSON and renders it in the browser.
 */
import type { Finding } from '../checks/findings.js';

export interface ReportCitingItem {
  jurisdiction: string | null;
  office: string | null;
  document: string;
  seq: number | null;
  item: string;
  role: string;
  /** How the provision was cited, as written: 《网络安全法》第六十八条第二款. */
  citedAs: string;
  paragraph: number | null;
  point: number | null;
}

export interface ReportArticle {
  /** Graph node key of the article (see src/graph/model.ts), for linking page and graph. */
  key: string;
  law: string;
  version: string | null;
  article: number;
  suffix: number | null;
  /** 第六十八条 */
  label: string;
  /** The text of the version the lists cited; null when the registry has no text. */
  text: string | null;
  /** Where it stands in the current version, when that differs from the cited one. */
  current: { version: string; article: number | null; label: string | null; text: string | null; change: string; penaltiesChanged: boolean } | null;
  citedBy: ReportCitingItem[];
}

export interface ReportLaw {
  title: string;
  rank: string | null;
  status: string | null;
  versions: { adopted: string; effective: string | null; status: string }[];
  citations: number;
  articles: ReportArticle[];
}

export interface ReportAnnotation {
  start: number;
  end: number;
  text: string;
  law: string | null;
  /** Graph node key of the article it resolves to, or null when it resolves to none. */
  target: string | null;
  /** The article text shown in the popover. */
  articleText: string | null;
  label: string;
  resolved: boolean;
}

export interface ReportDocument {
  path: string;
  title: string | null;
  jurisdiction: string | null;
  layout: string;
  items: number;
  text: string;
  annotations: ReportAnnotation[];
}

export interface ReportData {
  title: string;
  generatedAt: string;
  /** The date findings are judged as of (repeal, amendment). */
  asOf: string;
  filter: { law: string | null; jurisdiction: string | null };
  summary: {
    documents: number;
    jurisdictions: number;
    offices: number;
    items: number;
    citations: number;
    findings: { high: number; medium: number; low: number };
  };
  /** `check` and `mismatches` findings together, most severe first. */
  findings: (Finding & { source: 'check' | 'mismatches' })[];
  laws: ReportLaw[];
  /** Jurisdictions × provisions: how many items of each jurisdiction rely on each provision. */
  coverage: { jurisdictions: string[]; provisions: { key: string; label: string }[]; counts: number[][] };
  charts: {
    citationsPerLaw: { law: string; count: number }[];
    findingsPerJurisdiction: { jurisdiction: string; high: number; medium: number; low: number }[];
  };
  /** The citation graph (graphology's serialisation) with a layout: x, y, size, color on every node. */
  graph: { nodes: { key: string; attributes: Record<string, unknown> }[]; edges: { key?: string; source: string; target: string; attributes: Record<string, unknown> }[] };
  documents: ReportDocument[];
}
