/** `fatiao report` (HTML and Markdown) and `fatiao annotate FILE` (a text with its citations linked). */
import type { Command } from 'commander';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve, join } from 'node:path';
import { decodeFile } from '../lists/decode/index.js';
import { findPublished, findTitle } from '../lists/document.js';
import { renderAnnotatedHtml } from '../report/annotated.js';
import { annotate, buildReportData } from '../report/data.js';
import { renderHtmlReport } from '../report/html.js';
import { renderMarkdownReport } from '../report/markdown.js';
import { dbPath, openStore } from '../store/db.js';
import { ensureBundledLaws } from '../store/install.js';
import { CitationResolver } from '../store/resolve.js';
import { examples, fail } from './output.js';
import { openFromOptions, withDb } from './store.js';
import { existsSync } from 'node:fs';

export interface ReportFiles {
  html: string | null;
  markdown: string | null;
}

/** Writes index.html and/or report.md into `out`. */
export function writeReport(db: ReturnType<typeof openStore>, out: string, options: { format: string; law?: string; jurisdiction?: string; asOf?: string }): ReportFiles {
  const data = buildReportData(db, { law: options.law, jurisdiction: options.jurisdiction, asOf: options.asOf });
  mkdirSync(out, { recursive: true });
  const files: ReportFiles = { html: null, markdown: null };
  if (options.format === 'html' || options.format === 'both') {
    files.html = resolve(join(out, 'index.html'));
    writeFileSync(files.html, renderHtmlReport(data));
  }
  if (options.format === 'md' || options.format === 'both') {
    files.markdown = resolve(join(out, 'report.md'));
    writeFileSync(files.markdown, renderMarkdownReport(data));
  }
  return files;
}

export function registerReport(program: Command): void {
  withDb(
    program
      .command('report')
      .description('the citation report: one self-contained HTML page (index.html) and Markdown (report.md)')
      .option('--out <dir>', 'where to write it (default: report/; with --format md and no --out, standard output)')
      .option('--format <format>', 'html, md or both', 'both')
      .option('--law <title>', 'only this law')
      .option('--jurisdiction <name|code>', 'only this jurisdiction')
      .option('--as-of <date>', 'judge repeal and amendment as of this date (default: today)'),
  )
    .addHelpText(
      'after',
      examples('fatiao report --db lists.db --out report/', 'fatiao report --db lists.db --law 网络安全法 --jurisdiction 凉州区 --format md'),
    )
    .action((opts: { db?: string; out?: string; format: string; law?: string; jurisdiction?: string; asOf?: string }) => {
      if (!['html', 'md', 'both'].includes(opts.format)) fail(`--format ${opts.format}: use html, md or both`);
      const db = openFromOptions(opts, 'read');
      ensureBundledLaws(db);
      if (opts.format === 'md' && !opts.out) {
        process.stdout.write(renderMarkdownReport(buildReportData(db, { law: opts.law, jurisdiction: opts.jurisdiction, asOf: opts.asOf })));
        db.close();
        return;
      }
      const files = writeReport(db, opts.out ?? 'report', opts);
      db.close();
      for (const f of [files.html, files.markdown]) if (f) process.stdout.write(`wrote ${f}\n`);
    });

  program
    .command('annotate')
    .description('a document as HTML with every citation marked and linked to the article it resolves to')
    .argument('<file>', 'any list or document the reader takes (txt, md, xlsx, docx, html, csv)')
    .option('--db <path>', 'resolve against this store (default: $FATIAO_DB or ./fatiao.db if it exists, else the bundled statutes)')
    .addHelpText('after', examples('fatiao annotate ../shared/seeds/sanming-fujian-cac.txt > sanming.html'))
    .action(async (file: string, opts: { db?: string }) => {
      let decoded;
      try {
        decoded = await decodeFile(file);
      } catch (e) {
        fail(e instanceof Error ? e.message : String(e));
      }
      const path = dbPath(opts.db);
      const db = existsSync(path) ? openStore(path) : openStore(':memory:');
      ensureBundledLaws(db);
      const annotations = annotate(db, new CitationResolver(db), decoded.text, findPublished(decoded.text));
      db.close();
      const title = findTitle(decoded.text) ?? file;
      process.stdout.write(renderAnnotatedHtml({ path: file, title, jurisdiction: null, layout: '', items: 0, text: decoded.text, annotations }, title));
    });
}
