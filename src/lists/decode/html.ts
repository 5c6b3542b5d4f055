/**
 * HTML pages (and the HTML mammoth makes of a .docx) through cheerio.
 *
 * Tables: every <table>, nested ones too, becomes a table of cell texts. `rowspan` and
 * `colspan` are expanded onto a grid so each row has its cells in the right columns: a cell
 * spanning rows gives its text to every row it covers, in its first column; the other columns
 * it spans stay empty (the rule the xlsx reader applies to merged cells). <br> and block
 * elements (<p>, <div>, <li> …) inside a cell become line breaks.
 *
 * Text: paragraphs one per line; a table as Word's text export writes it, one cell per line
 * with a tab before the cell's first line, its further paragraphs on lines of their own, a blank
 * line after each row. A cell covered by a cell above it (rowspan) is an empty `\t` line, as a
 * vertically merged Word cell is.
 */
import * as cheerio from 'cheerio';
import { decodeCharset } from './text.js';
import { tidyTable, type DecodedContent } from './errors.js';

/** The part of a domhandler node this reader uses. */
interface DomNode {
  type: string;
  name?: string;
  data?: string;
  attribs?: Record<string, string>;
  children?: DomNode[];
}

const SKIP = new Set(['head', 'script', 'style', 'noscript', 'template', 'svg', 'canvas', 'iframe', 'object', 'title', 'math']);
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
  'hr', 'html', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'ul', 'caption', 'option', 'tr',
]);

function tagName(n: DomNode): string {
  return (n.name ?? '').toLowerCase();
}

function isElement(n: DomNode): boolean {
  return n.type === 'tag' || n.type === 'script' || n.type === 'style';
}

function elementChildren(n: DomNode, names: readonly string[]): DomNode[] {
  return (n.children ?? []).filter((c) => isElement(c) && names.includes(tagName(c)));
}

/** Lines of text being built: inline text joins the current line; blocks break it. */
class Lines {
  readonly lines: string[] = [];
  private cur = '';

  inline(s: string): void {
    this.cur += s;
  }

  /** Ends the current line, if it has text. */
  brk(): void {
    const line = this.cur.replace(/ {2,}/g, ' ').trim();
    if (line) this.lines.push(line);
    this.cur = '';
  }

  /** A line exactly as given (a table cell line, a blank line). */
  raw(line: string): void {
    this.brk();
    this.lines.push(line);
  }

  done(): string[] {
    this.brk();
    return this.lines;
  }
}

type Mode = 'text' | 'cell';

function walk(nodes: readonly DomNode[], out: Lines, mode: Mode, pre: boolean): void {
  for (const n of nodes) {
    if (n.type === 'text') {
      const data = (n.data ?? '').replace(/\u00a0/g, ' ');
      if (pre) {
        const parts = data.replace(/\r\n?/g, '\n').split('\n');
        parts.forEach((p, i) => {
          if (i > 0) out.brk();
          out.inline(p);
        });
      } else {
        out.inline(data.replace(/[ \t\n\r\f]+/g, ' '));
      }
      continue;
    }
    if (!isElement(n) && n.type !== 'root') continue;
    const name = tagName(n);
    if (SKIP.has(name)) continue;
    if (name === 'br') {
      out.brk();
      continue;
    }
    if (name === 'table') {
      out.brk();
      if (mode === 'text') emitTableText(n, out);
      else for (const row of gridOf(n)) for (const cell of row) if (cell?.kind === 'cell') for (const l of cell.lines) out.raw(l);
      out.brk();
      continue;
    }
    const block = BLOCK.has(name);
    if (block) out.brk();
    walk(n.children ?? [], out, mode, pre || name === 'pre' || name === 'textarea');
    if (block) out.brk();
  }
}

/** The text lines of a cell (or any element), nested tables flattened one cell per line. */
function cellLines(n: DomNode): string[] {
  const out = new Lines();
  walk(n.children ?? [], out, 'cell', false);
  return out.done().filter((l) => l !== '').map((l) => l.replace(/\t/g, ' '));
}

interface GridCell {
  /** `cell`: where the cell is in the source; `rowspan`/`colspan`: a position it covers. */
  kind: 'cell' | 'rowspan' | 'colspan';
  text: string;
  lines: string[];
  node: DomNode;
}

function rowsOf(table: DomNode): DomNode[] {
  const rows: DomNode[] = [];
  for (const c of table.children ?? []) {
    if (!isElement(c)) continue;
    const name = tagName(c);
    if (name === 'tr') rows.push(c);
    else if (name === 'thead' || name === 'tbody' || name === 'tfoot') rows.push(...elementChildren(c, ['tr']));
  }
  return rows;
}

function spanOf(n: DomNode, attr: string, max: number): number {
  const raw = n.attribs?.[attr];
  if (raw === undefined) return 1;
  const v = parseInt(raw, 10);
  if (Number.isNaN(v) || v < 0) return 1;
  if (v === 0) return max; // rowspan="0": to the end of the table
  return Math.min(v, max);
}

/** The table's cells on a grid, spans expanded. */
function gridOf(table: DomNode): (GridCell | undefined)[][] {
  const rows = rowsOf(table);
  const grid: (GridCell | undefined)[][] = rows.map(() => []);
  rows.forEach((tr, r) => {
    let c = 0;
    for (const td of elementChildren(tr, ['td', 'th'])) {
      while (grid[r][c]) c++;
      const colspan = spanOf(td, 'colspan', 1000);
      const rowspan = spanOf(td, 'rowspan', rows.length - r);
      const lines = cellLines(td);
      const text = lines.join('\n');
      for (let dr = 0; dr < rowspan; dr++) {
        for (let dc = 0; dc < colspan; dc++) {
          const kind = dr === 0 && dc === 0 ? 'cell' : dc === 0 ? 'rowspan' : 'colspan';
          grid[r + dr][c + dc] = { kind, text: dc === 0 ? text : '', lines: dc === 0 ? lines : [], node: td };
        }
      }
      c += colspan;
    }
  });
  return grid;
}

function emitTableText(table: DomNode, out: Lines): void {
  for (const caption of elementChildren(table, ['caption'])) {
    for (const l of cellLines(caption)) out.raw(l);
  }
  for (const row of gridOf(table)) {
    let any = false;
    for (const cell of row) {
      if (!cell || cell.kind === 'colspan') continue;
      any = true;
      if (cell.kind === 'rowspan') {
        out.raw('\t');
        continue;
      }
      // The cell's own text, with a nested table written as cells of its own.
      const inner = new Lines();
      walk(cell.node.children ?? [], inner, 'text', false);
      const lines = inner.done();
      while (lines.length && lines[lines.length - 1] === '') lines.pop();
      out.raw(`\t${lines[0] ?? ''}`);
      for (const l of lines.slice(1)) out.raw(l);
    }
    if (any) out.raw('');
  }
}

function allTables(root: DomNode): DomNode[] {
  const found: DomNode[] = [];
  const visit = (n: DomNode) => {
    if (isElement(n) && SKIP.has(tagName(n))) return;
    if (isElement(n) && tagName(n) === 'table') found.push(n);
    for (const c of n.children ?? []) visit(c);
  };
  visit(root);
  return found;
}

/** An HTML document (a string) → its text and tables. */
export function htmlContent(html: string): { text: string; tables: string[][][] } {
  const $ = cheerio.load(html);
  const root = $.root()[0] as unknown as DomNode;
  const tables = allTables(root).map((t) => tidyTable(gridOf(t).map((r) => Array.from(r, (c) => c?.text ?? ''))));
  const out = new Lines();
  walk([root], out, 'text', false);
  const lines = out.done();
  while (lines.length && lines[lines.length - 1] === '') lines.pop();
  return { text: lines.join('\n'), tables: tables.filter((t) => t.length > 0) };
}

/** The charset a page declares in its first bytes: <meta charset>, http-equiv, or <?xml encoding>. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString('latin1');
  const meta = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([a-z0-9_.:-]+)/i.exec(head);
  if (meta) return meta[1];
  const xml = /^\s*<\?xml\b[^>]*\bencoding\s*=\s*["']([a-z0-9_.:-]+)["']/i.exec(head);
  return xml ? xml[1] : null;
}

/** HTML bytes → the decoded page: charset from a BOM, the page's declaration or detection. */
export function decodeHtml(bytes: Uint8Array): DecodedContent {
  const { text: html, encoding } = decodeCharset(bytes, declaredCharset(bytes));
  const { text, tables } = htmlContent(html);
  return { format: 'html', encoding, text, tables };
}
