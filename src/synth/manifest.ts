/**
 * The manifest of a synthetic corpus (outDir/manifest.json): every file with its format,
 * layout, jurisdiction and item count, and every planted error with the findings `check` and
 * `mismatches` must report for it. Everything here is plain JSON.
 */
import type { FindingKind } from '../checks/findings.js';

/** The errors the synthesiser plants, one per affected item. */
export const ERROR_KINDS = ['stale-version', 'wrong-range', 'elision', 'wrong-document-number', 'wrong-cross-reference'] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];

/** What each planted error must produce, and nothing else (cross-jurisdiction aside). */
export const EXPECTED_FINDINGS: Record<ErrorKind, FindingKind[]> = {
  'stale-version': ['stale-version'],
  'wrong-range': ['penalty-range'],
  elision: ['penalty-party'],
  'wrong-document-number': ['wrong-document-number'],
  'wrong-cross-reference': ['cross-reference'],
};

/** File formats, by how the bytes are written. */
export const FORMATS = ['csv', 'csv-gb18030', 'md', 'txt', 'txt-gb18030', 'xlsx', 'docx', 'html'] as const;
export type SynthFormat = (typeof FORMATS)[number];

/** Layouts, by how an item's fields are laid out (the reader's layouts). */
export type SynthLayout =
  /** One header row, one row per item (xlsx, csv, html, docx). */
  | 'header-table'
  /** A Markdown pipe table per item, each with its header row (凉州区). */
  | 'markdown-tables'
  /** A two-column label/value table per item (泸县). */
  | 'label-value'
  /** Lines starting with a label run together with its value (阿拉尔), maybe after a summary table. */
  | 'labelled-blocks'
  /** Word table text: one cell per tab-indented line, tables under captions (三明). */
  | 'tab-cells';

export interface ManifestFile {
  /** Relative to the corpus directory. */
  path: string;
  format: SynthFormat;
  layout: SynthLayout;
  jurisdiction: { name: string; code: string; level: string };
  office: string;
  title: string;
  /** The signature date, ISO. */
  published: string;
  items: number;
}

export interface PlantedError {
  /** The file, relative to the corpus directory. */
  file: string;
  /** The item's 序号. */
  seq: number;
  error: ErrorKind;
  /** The findings the error must produce for this item. */
  expect: FindingKind[];
  /** The canonical title of the law the error is in. */
  law: string;
  /** The article number as the item writes it. */
  article: number;
  /** What was changed, in words: 五万元以上五十万元以下 → 五万元以上一百万元以下. */
  detail: string;
}

export interface Manifest {
  seed: number;
  items: number;
  /** The date the corpus is meant to be checked as of (runChecks asOf). */
  asOf: string;
  /** Planted errors per item, as asked. */
  rates: Record<ErrorKind, number>;
  files: ManifestFile[];
  planted: PlantedError[];
}
