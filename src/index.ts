/**
 * fatiao's public API. Citation extraction follows eyecite's shape — find citations in text,
 * resolve them against a statute registry, annotate the text — over plain pipeline modules:
 * text → citations → lists and items → laws → store and graph → checks and reports.
 */
export { findCitations, CitationFinder } from './cite/find.js';
export { annotateCitations } from './cite/annotate.js';
export { TitleRegistry, defaultTitleRegistry } from './cite/titles.js';
export { parseNumeral } from './cite/numerals.js';
export type { Citation, Ref, FindOptions, LawSource } from './cite/types.js';

export { readList, interpretList, ListError } from './lists/read.js';
export { decodeFile, DecodeError } from './lists/decode/index.js';
export type { ListDocument, PowerItem, ItemCitation, Jurisdiction, PowerType, CitationRole } from './lists/types.js';

export { parseLawText } from './laws/structure.js';
export { parsePenalties, articlePenalties } from './laws/penalties.js';
export { alignVersions } from './laws/align.js';
export { bundledLaws } from './laws/registry.js';
export { readCorpus } from './laws/corpus.js';
export type { Law, LawVersion, Article, Penalty, Correspondence } from './laws/types.js';

export { openStore, dbPath } from './store/db.js';
export { ingestFiles } from './store/ingest.js';
export { saveDocument } from './store/documents.js';
export { CitationResolver, resolveCitations } from './store/resolve.js';
export { cites } from './store/cites.js';
export { listItems } from './store/items.js';
export { articleAnswer, diffAnswer, lawAnswer } from './store/articles.js';

export { buildGraph } from './graph/build.js';
export { exportGraph } from './graph/export.js';
export { alignItems } from './graph/align.js';

export { runChecks } from './checks/check.js';
export { runMismatches } from './checks/mismatches.js';
export type { Finding, FindingKind, Severity } from './checks/findings.js';

export { buildReportData } from './report/data.js';
export { renderHtmlReport } from './report/html.js';
export { renderMarkdownReport } from './report/markdown.js';
export { renderAnnotatedHtml } from './report/annotated.js';

export { generateCorpus } from './synth/index.js';
