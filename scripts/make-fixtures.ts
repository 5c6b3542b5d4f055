/**
 * Writes the format fixtures under test/fixtures/formats/: the sample lists of data/samples
 * re-published as offices publish them (xlsx with merged cells, docx tables, HTML pages in
 * UTF-8 and GB2312/GB18030, CSV with a BOM and in GB18030, GB18030 text), and bad files the
 * decoder must refuse with a clear reason. The content is the seeds' own: no item is invented.
 *
 *   npx tsc -p . && node dist/scripts/make-fixtures.js
 *
 * Deterministic: zip containers are rewritten with fixed timestamps and fixed document
 * properties, so every run writes the same bytes.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import {
  Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, WidthType,
} from 'docx';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { packageRoot } from '../src/paths.js';
import { normalizeZip } from '../src/synth/formats/zip.js';

const SAMPLES = join(packageRoot, 'data', 'samples');
const OUT = join(packageRoot, 'test', 'fixtures', 'formats');
const FIXED_DATE = new Date(Date.UTC(2024, 0, 1, 0, 0, 0));

function sample(name: string): string {
  return readFileSync(join(SAMPLES, name), 'utf8');
}

function fail(message: string): never {
  throw new Error(`make-fixtures: ${message}`);
}

// ---------------------------------------------------------------------------------------------
// Reading the seeds (independently of the decoder under test)

interface Liangzhou {
  title: string;
  header: string[];
  items: string[][];
}

/** 凉州区: Markdown, one pipe table per item; <p> paragraphs inside cells become lines. */
function readLiangzhou(): Liangzhou {
  const lines = sample('liangzhou-gansu-cac.md').split('\n');
  const title = lines.map((l) => l.trim()).find((l) => l && !l.startsWith('|')) ?? fail('liangzhou: no title');
  let header: string[] | null = null;
  const items: string[][] = [];
  for (const line of lines) {
    const t = line.trim();
    if (!t.startsWith('|') || /^\|[\s|:-]+\|$/.test(t)) continue;
    const cells = t.slice(1, -1).split('|').map((c) =>
      c.split(/<\/?p>/).map((p) => p.trim()).filter((p) => p !== '').join('\n'),
    );
    if (cells.length !== 13) fail(`liangzhou: a row of ${cells.length} cells`);
    if (cells[0] === '序号') header ??= cells;
    else items.push(cells);
  }
  if (!header || items.length !== 14) fail(`liangzhou: ${items.length} items`);
  return { title, header, items };
}

type CellOrCaption = { cell: string } | { caption: string };

/** Word-table text: a cell starts on a tab-indented line and runs on over untabbed lines. */
function tabCells(lines: readonly string[], isCaption: (l: string) => boolean): CellOrCaption[] {
  const out: CellOrCaption[] = [];
  let current: { cell: string } | null = null;
  for (const raw of lines) {
    if (raw.startsWith('\t')) {
      current = { cell: raw.slice(1) };
      out.push(current);
    } else if (isCaption(raw.trim())) {
      current = null;
      out.push({ caption: raw.trim() });
    } else if (current) {
      current.cell += `\n${raw}`;
    }
  }
  return out;
}

/** A cell's paragraphs: its non-empty lines, trimmed. */
function paragraphsOf(cell: string): string[] {
  return cell.split('\n').map((l) => l.trim()).filter((l) => l !== '');
}

interface Sanming {
  preamble: string[];
  sections: { caption: string; rows: string[][] }[];
}

/** 三明市: two Word tables of seven columns, header rows repeated, captions 表一/表二 before them. */
function readSanming(): Sanming {
  const lines = sample('sanming-fujian-cac.txt').split('\n');
  const isCaption = (l: string) => /^表[一二三四五六七八九十]+：/.test(l);
  const firstCaption = lines.findIndex((l) => isCaption(l.trim()));
  const preamble = lines.slice(0, firstCaption).map((l) => l.trim()).filter((l) => l !== '');
  const sections: Sanming['sections'] = [];
  let cells: string[] = [];
  const flush = (atEnd: boolean) => {
    if (!sections.length) return;
    // The seed is a truncated copy: its last row stops after the basis. Its missing cells stay
    // empty rather than being made up.
    if (atEnd) while (cells.length % 7 !== 0) cells.push('');
    if (cells.length % 7 !== 0) fail(`sanming: ${cells.length} cells is not a whole number of rows`);
    const rows: string[][] = [];
    for (let i = 0; i < cells.length; i += 7) rows.push(cells.slice(i, i + 7));
    sections[sections.length - 1].rows = rows;
    cells = [];
  };
  for (const c of tabCells(lines.slice(firstCaption), isCaption)) {
    if ('caption' in c) {
      flush(false);
      sections.push({ caption: c.caption, rows: [] });
    } else {
      cells.push(paragraphsOf(c.cell).join('\n'));
    }
  }
  flush(true);
  const counts = sections.map((s) => s.rows.filter((r) => /^\d+$/.test(r[0])).length);
  if (counts.join() !== '14,10') fail(`sanming: items per table ${counts.join()}`);
  for (const s of sections) for (const r of s.rows) if (r[0] !== '序号' && !/^\d+$/.test(r[0])) fail(`sanming: a row starting ${r[0]}`);
  return { preamble, sections };
}

interface Luxian {
  notice: string[];
  dutiesHeading: string;
  duties: { n: string; text: string }[];
  boundary: [string, string];
  itemsHeading: string;
  items: [string, string][][];
}

/** 泸县: a notice, a 主体责任 table (numbered duties, then 职责边界), then one label/value table per item. */
function readLuxian(): Luxian {
  const lines = sample('luxian-sichuan-cac-2020.txt').split('\n');
  const h1 = lines.findIndex((l) => l.trim() === '泸县互联网信息办公室责任清单（一）');
  const h2 = lines.findIndex((l) => l.trim() === '泸县互联网信息办公室责任清单（表二）');
  if (h1 < 0 || h2 < h1) fail('luxian: headings not found');
  const notice = lines.slice(0, h1)
    .map((l) => l.replace(/\[bookmark: [^\]]*\]/g, '').trim())
    .filter((l) => l !== '');
  const cellTexts = (from: number, to: number) =>
    tabCells(lines.slice(from, to), () => false).map((c) => ('cell' in c ? paragraphsOf(c.cell).join('\n') : ''));

  const dutyCells = cellTexts(h1 + 1, h2);
  if (dutyCells[0] !== '主体责任') fail('luxian: the duties table does not start with 主体责任');
  const duties: Luxian['duties'] = [];
  let i = 1;
  while (i < dutyCells.length && dutyCells[i] !== '职责边界') {
    if (dutyCells[i] === '') {
      i++; // the merged 主体责任 cell's continuation
      continue;
    }
    duties.push({ n: dutyCells[i], text: dutyCells[i + 1] });
    i += 2;
  }
  const boundary: [string, string] = [dutyCells[i], dutyCells[i + 1]];
  if (duties.length !== 10 || boundary[0] !== '职责边界') fail(`luxian: ${duties.length} duties`);

  const itemCells = cellTexts(h2 + 1, lines.length);
  const items: [string, string][][] = [];
  for (let j = 0; j + 1 < itemCells.length; j += 2) {
    if (itemCells[j] === '序号') items.push([]);
    items[items.length - 1].push([itemCells[j], itemCells[j + 1]]);
  }
  if (items.length !== 3 || items.some((it) => it.length !== 8)) fail('luxian: expected 3 items of 8 fields');
  return { notice, dutiesHeading: lines[h1].trim(), duties, boundary, itemsHeading: lines[h2].trim(), items };
}

// ---------------------------------------------------------------------------------------------
// The fixtures

async function liangzhouXlsx(lz: Liangzhou): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'fatiao fixtures';
  wb.lastModifiedBy = 'fatiao fixtures';
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  const ws = wb.addWorksheet('权责清单');
  ws.columns = lz.header.map((_, i) => ({ width: [6, 30, 10, 10, 34, 12, 22, 12, 60, 60, 40, 10, 8][i] }));

  // Row 1: the title, in two runs of rich text, merged across all 13 columns.
  const split = lz.title.indexOf('（');
  ws.getCell('A1').value = {
    richText: [
      { text: lz.title.slice(0, split), font: { bold: true, size: 16 } },
      { text: lz.title.slice(split), font: { size: 16 } },
    ],
  };
  ws.mergeCells(1, 1, 1, 13);
  ws.getRow(2).values = lz.header;
  ws.getRow(2).font = { bold: true };

  const first = 3;
  const last = first + lz.items.length - 1;
  lz.items.forEach((item, k) => {
    const r = first + k;
    const row = ws.getRow(r);
    item.forEach((value, c) => {
      const cell = row.getCell(c + 1);
      if (c === 0) {
        // 序号 as Excel numbers them: the first a number, the others a formula with its result.
        cell.value = k === 0 ? Number(value) : { formula: `A${r - 1}+1`, result: Number(value) };
      } else if ((c === 6 || c === 11) && k > 0) {
        // 行使主体 and 办事层级 are merged down the item rows below: only the first row holds them.
      } else {
        cell.value = value;
      }
      cell.alignment = { wrapText: true, vertical: 'top' };
    });
  });
  for (const col of [7, 12]) {
    const values = new Set(lz.items.map((it) => it[col - 1]));
    if (values.size !== 1) fail(`liangzhou: column ${lz.header[col - 1]} differs between items`);
    ws.mergeCells(first, col, last, col);
  }
  return normalizeZip(Buffer.from(await wb.xlsx.writeBuffer()));
}

async function sanmingDocx(sm: Sanming): Promise<Buffer> {
  const para = (text: string) => new Paragraph({ text });
  const table = (rows: string[][]) =>
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: rows.map((r) =>
        new TableRow({
          children: r.map((cell) => {
            const paras = cell.split('\n').filter((p) => p !== '');
            return new TableCell({ children: (paras.length ? paras : ['']).map(para) });
          }),
        }),
      ),
    });
  const [lead, title] = sm.preamble.length >= 2 ? sm.preamble : fail('sanming: preamble');
  const children: (Paragraph | Table)[] = [para(lead), new Paragraph({ text: title, heading: HeadingLevel.HEADING_1 })];
  for (const s of sm.sections) children.push(para(s.caption), table(s.rows));
  const doc = new Document({
    creator: 'fatiao fixtures',
    lastModifiedBy: 'fatiao fixtures',
    title,
    revision: 1,
    sections: [{ children }],
  });
  return normalizeZip(await Packer.toBuffer(doc));
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function luxianHtml(lx: Luxian, charset: string): string {
  const out: string[] = [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    `<meta charset="${charset}">`,
    '<title>泸县互联网信息办公室责任清单</title>',
    '<style>table { border-collapse: collapse; } td, th { border: 1px solid #333; }</style>',
    '</head>',
    '<body>',
    ...lx.notice.map((l) => `<p>${esc(l)}</p>`),
    `<h2>${esc(lx.dutiesHeading)}</h2>`,
    '<table>',
  ];
  lx.duties.forEach((d, i) => {
    const first = i === 0 ? `<td rowspan="${lx.duties.length}">主体责任</td>` : '';
    out.push(`<tr>${first}<td>${esc(d.n)}</td><td>${esc(d.text)}</td></tr>`);
  });
  out.push(`<tr><td>${esc(lx.boundary[0])}</td><td colspan="2">${esc(lx.boundary[1])}</td></tr>`, '</table>');
  out.push(`<h2>${esc(lx.itemsHeading)}</h2>`);
  for (const item of lx.items) {
    out.push('<table>', '<tbody>');
    for (const [label, value] of item) {
      const lines = value.split('\n');
      // The basis as lines broken by <br>; the duties as paragraphs; the rest as they are.
      const cell = label === '实施依据' ? lines.map(esc).join('<br>\n')
        : label === '责任事项' ? lines.map((l) => `<p>${esc(l)}</p>`).join('')
          : esc(value);
      out.push(`<tr><th>${esc(label)}</th><td>${cell}</td></tr>`);
    }
    out.push('</tbody>', '</table>');
  }
  out.push('</body>', '</html>', '');
  return out.join('\n');
}

/** A small deterministic generator of bytes (mulberry32). */
function randomBytes(seed: number, n: number): Buffer {
  let a = seed >>> 0;
  const out = Buffer.alloc(n);
  for (let i = 0; i < n; i++) {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    out[i] = ((t ^ (t >>> 14)) >>> 0) & 0xff;
  }
  return out;
}

/** The first 512 bytes of an OLE2 compound file, then junk: a .xls no reader can open. */
function legacyXls(): Buffer {
  const header = Buffer.alloc(512, 0xff);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.fill(0, 8, 24); // CLSID
  header.writeUInt16LE(0x003e, 24); // minor version
  header.writeUInt16LE(0x0003, 26); // major version 3
  header.writeUInt16LE(0xfffe, 28); // byte order
  header.writeUInt16LE(9, 30); // sector shift: 512-byte sectors
  header.writeUInt16LE(6, 32); // mini sector shift
  header.fill(0, 34, 76);
  return Buffer.concat([header, randomBytes(0x0c0ffee, 1536)]);
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const written: [string, number][] = [];
  const write = (name: string, bytes: Buffer | string) => {
    const buf = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes;
    if (buf.length > 200 * 1024) fail(`${name} is ${buf.length} bytes: fixtures must stay under 200 KB`);
    writeFileSync(join(OUT, name), buf);
    written.push([name, buf.length]);
  };

  const lz = readLiangzhou();
  const xlsx = await liangzhouXlsx(lz);
  write('liangzhou.xlsx', xlsx);
  write('sanming.docx', await sanmingDocx(readSanming()));

  const lx = readLuxian();
  write('luxian.html', luxianHtml(lx, 'utf-8'));
  write('luxian-gbk.html', iconv.encode(luxianHtml(lx, 'gb2312'), 'gb18030'));

  const csvRows = [lz.header, ...lz.items];
  write('liangzhou.csv', stringify(csvRows, { bom: true, record_delimiter: 'windows', quoted_match: /[\r\n]/ }));
  write('liangzhou-gb18030.csv', iconv.encode(stringify(csvRows, { record_delimiter: 'unix', quoted_match: /[\r\n]/ }), 'gb18030'));
  write('alar-gb18030.txt', iconv.encode(sample('alar-xinjiang-cac-2021.txt'), 'gb18030'));

  write('empty.xlsx', Buffer.alloc(0));
  write('truncated.xlsx', xlsx.subarray(0, Math.floor(xlsx.length / 2)));
  write('garbage.bin', randomBytes(20240101, 4096));
  write('legacy.xls', legacyXls());
  const attack = [...lz.items[0]];
  attack[1] = '<img src=x onerror=alert(1)>';
  attack[8] = `'); DROP TABLE items; -- ${lz.items[0][8]}`;
  write('xss.csv', stringify([lz.header, attack], { record_delimiter: 'unix', quoted_match: /[\r\n]/ }));

  for (const [name, size] of written) console.log(`${String(size).padStart(7)}  test/fixtures/formats/${name}`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
