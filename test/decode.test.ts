/**
 * File-format decoding: every fixture of test/fixtures/formats (made by
 * scripts/make-fixtures.ts from the seeds) and the five sample lists. Expected values are read
 * off the seed documents, not off the decoder's output.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { describe, expect, it } from 'vitest';
import { DecodeError, decodeBytes, decodeFile, findSoffice, sniff } from '../src/lists/decode/index.js';
import type { DecodedFile } from '../src/lists/types.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FIX = join(ROOT, 'test', 'fixtures', 'formats');
const SAMPLES = join(ROOT, 'data', 'samples');
const fx = (name: string) => join(FIX, name);
const sample = (name: string) => join(SAMPLES, name);

const LZ_TITLE = '中共凉州区委网络安全和信息化办公室（区互联网信息办公室）权责清单';
const LZ_HEADER = [
  '序号', '事项名称', '子项名称', '权力类型', '地方权力编码', '子项地方权力编码', '行使主体', '承办机构',
  '实施依据', '责任事项内容', '追责情形', '办事层级', '备注',
];
const LZ_ITEM8_NAME = '对法律、行政法规禁止发布或者传输的信息未停止传输、采取消除等处置措施、保存有关记录的处罚';
const LZ_ITEM8_ACCOUNTABILITY = [
  '主管部门及其工作人员承担以下责任：',
  '1. 主管部门及其工作人员，玩忽职守、滥用职权、徇私舞弊，疏于对互联网信息服务的监督管理，造成严重后果，构成犯罪的，依法追究刑事责任。',
  '2. 尚不构成犯罪的，对直接负责的主管人员和其他直接责任人员依法给予降级、撤职直至开除的行政处分。',
  '3. 法律法规规定的其他法律责任。',
].join('\n');
const LZ_ITEM14_BASIS =
  '《互联网新闻信息服务管理规定》（国家互联网信息办公室令第2号，2017年6月1日施行）第四条：国家互联网信息办公室负责全国互联网新闻信息服务的监督管理执法工作。' +
  '地方互联网信息办公室依据职责负责本行政区域内互联网新闻信息服务的监督管理执法工作。第十九条：国家和地方互联网信息办公室应当建立日常检查和定期检查相结合的监督管理制度，' +
  '依法对互联网新闻信息服务活动实施监督检查，有关单位、个人应当予以配合。';
const LZ_ITEM14_ACCOUNTABILITY =
  '主管部门及其工作人员承担以下责任： 1.主管部门及其工作人员，玩忽职守、滥用职权、徇私舞弊，疏于对互联网信息服务的监督管理，造成严重后果，构成犯罪的，依法追究刑事责任。' +
  ' 2.尚不构成犯罪的，对直接负责的主管人员和其他直接责任人员依法给予降级、撤职直至开除的行政处分。 3.法律法规规定的其他法律责任。';

/** The item rows of 凉州区 tables, by column label. */
function lzItems(d: DecodedFile): Record<string, string>[] {
  const out: Record<string, string>[] = [];
  for (const t of d.tables) {
    const h = t.findIndex((r) => r[0] === '序号');
    expect(h).toBeGreaterThanOrEqual(0);
    expect(t[h]).toEqual(LZ_HEADER);
    for (const r of t.slice(h + 1)) out.push(Object.fromEntries(LZ_HEADER.map((label, i) => [label, r[i]])));
  }
  return out;
}

/** Checks made on every decoding of the 凉州区 items (xlsx, csv, csv in GB18030, Markdown). */
function expectLiangzhouItems(d: DecodedFile): void {
  const items = lzItems(d);
  expect(items).toHaveLength(14);
  expect(items.map((i) => i['序号'])).toEqual(Array.from({ length: 14 }, (_, k) => String(k + 1)));
  expect(items[7]['事项名称']).toBe(LZ_ITEM8_NAME);
  expect(items[7]['地方权力编码']).toBe('11620602MB198079204620246008000');
  expect(items[7]['实施依据'].startsWith('《中华人民共和国网络安全法》（2016年11月7日第十二届全国人民代表大会常务委员会第二十四次会议通过）第六十八条：网络运营者违反本法第四十七条规定')).toBe(true);
  expect(items[7]['实施依据'].endsWith('不履行本法第四十八条第二款规定的安全管理义务的，依照前款规定处罚。')).toBe(true);
  // <p> paragraphs of the source are lines of the cell.
  expect(items[7]['追责情形']).toBe(LZ_ITEM8_ACCOUNTABILITY);
  expect(items[0]['责任事项内容'].split('\n')).toHaveLength(7);
  expect(items[0]['责任事项内容'].split('\n')[6]).toBe('7. 法律法规规定的其他法律责任。');
  expect(items[13]['事项名称']).toBe('对互联网新闻信息服务活动实施监督检查');
  expect(items[13]['权力类型']).toBe('其他行政权力');
  expect(items[13]['地方权力编码']).toBe('11620602MB198079204621046014000');
  expect(items[13]['实施依据']).toBe(LZ_ITEM14_BASIS);
  expect(items[13]['追责情形']).toBe(LZ_ITEM14_ACCOUNTABILITY);
  for (const it of items) {
    expect(it['行使主体']).toBe('凉州区互联网信息办公室');
    expect(it['承办机构']).toBe('网络监管组');
    expect(it['办事层级']).toBe('县级');
    expect(it['子项名称']).toBe('');
    expect(it['备注']).toBe('');
  }
}

describe('xlsx', () => {
  it('reads the 凉州区 sheet: title row, header row, 14 item rows', async () => {
    const d = await decodeFile(fx('liangzhou.xlsx'));
    expect(d.format).toBe('xlsx');
    expect(d.encoding).toBeNull();
    expect(d.tables).toHaveLength(1);
    const [t] = d.tables;
    expect(t).toHaveLength(16);
    expect(t.every((r) => r.length === 13)).toBe(true);
    // The title, written as two runs of rich text and merged across A1:M1, is one cell in column A.
    expect(t[0][0]).toBe(LZ_TITLE);
    expect(t[0].slice(1).every((c) => c === '')).toBe(true);
    expectLiangzhouItems(d);
  });

  it('gives a vertically merged cell to every row it covers, and formulas their results', async () => {
    const d = await decodeFile(fx('liangzhou.xlsx'));
    const rows = d.tables[0].slice(2);
    // 行使主体 (G3:G16) and 办事层级 (L3:L16) are merged over all items in the file.
    expect(rows.map((r) => r[6])).toEqual(Array(14).fill('凉州区互联网信息办公室'));
    expect(rows.map((r) => r[11])).toEqual(Array(14).fill('县级'));
    // 序号 2..14 are formulas (=A3+1 …) whose cached results are the numbers.
    expect(rows[13][0]).toBe('14');
  });

  it('writes the text row by row, cells joined by tabs, under the sheet name', async () => {
    const d = await decodeFile(fx('liangzhou.xlsx'));
    const lines = d.text.split('\n');
    expect(lines[0]).toBe('工作表：权责清单');
    expect(lines[1]).toBe(LZ_TITLE);
    expect(lines[2]).toBe(LZ_HEADER.join('\t'));
    expect(d.text).toContain(`8\t${LZ_ITEM8_NAME}\t行政处罚\t11620602MB198079204620246008000\t凉州区互联网信息办公室\t网络监管组\t`);
  });

  it('detects xlsx from the content whatever the extension says', async () => {
    const bytes = readFileSync(fx('liangzhou.xlsx'));
    const d = await decodeBytes(bytes, 'download.csv');
    expect(d.format).toBe('xlsx');
    expect(d.tables[0][0][0]).toBe(LZ_TITLE);
  });
});

describe('docx', () => {
  const HEADER = ['序号', '权责事项', '子项', '设定依据', '实施主体和\n责任主体', '行使层级', '备注'];

  it('reads the two 三明市 tables with their repeated header rows', async () => {
    const d = await decodeFile(fx('sanming.docx'));
    expect(d.format).toBe('docx');
    expect(d.encoding).toBeNull();
    expect(d.tables).toHaveLength(2);
    const [t1, t2] = d.tables;
    expect(t1[0]).toEqual(HEADER);
    expect(t1.filter((r) => r[0] === '序号')).toHaveLength(5);
    expect(t2.filter((r) => r[0] === '序号')).toHaveLength(5);
    expect(t1.filter((r) => /^\d+$/.test(r[0])).map((r) => r[0])).toEqual(Array.from({ length: 14 }, (_, k) => String(k + 1)));
    expect(t2.filter((r) => /^\d+$/.test(r[0])).map((r) => r[0])).toEqual(Array.from({ length: 10 }, (_, k) => String(k + 15)));
    for (const r of [...t1, ...t2]) expect(r).toHaveLength(7);
  });

  it('keeps cell text exact, paragraphs as lines', async () => {
    const d = await decodeFile(fx('sanming.docx'));
    const [t1, t2] = d.tables;
    const item = (n: number) => [...t1, ...t2].find((r) => r[0] === String(n)) as string[];
    expect(item(1)[1]).toBe('对互联网新闻信息服务单位与境内外中外合资经营、中外合作经营和外资经营的企业进行涉及互联网新闻信息服务业务的合作，未报经国家互联网信息办公室进行安全评估的处罚');
    expect(item(1)[3].split('\n')[0]).toBe('《互联网新闻信息服务管理规定》（国家互联网信息办公室令第1号　2017年6月1日实施）');
    expect(item(1)[3].split('\n')[2]).toBe('第七条　任何组织不得设立中外合资经营、中外合作经营和外资经营的互联网新闻信息服务单位。');
    expect(item(1).slice(4)).toEqual(['网络管理科', '市级', '']);
    expect(item(18)[3].split('\n')[0]).toBe(
      '《网络预约出租汽车经营服务管理暂行办法》（2016年7月14日经交通运输部第15次部务会议通过，并经工业和信息化部、公安部、商务部、工商总局、质检总局、国家网信办同意，现予公布，自2016年11月1日起施行）',
    );
    expect(item(19)[1]).toBe('对网络运营者不履行网络安全保护义务的监督管理和处罚');
    expect(item(19)[4]).toBe('安全协调科');
    // The seed is cut off inside item 24's basis (the typo 人个 is the seed's).
    expect(item(24)[1]).toBe('对违法违规侵害人个信息的监督管理和处罚');
    expect(item(24)[3].split('\n')[0]).toBe('《中华人民共和国网络安全法》');
    expect(item(24)[3].endsWith('吊销相关业务许可证或者吊销营业执照。')).toBe(true);
    expect(item(24).slice(4)).toEqual(['', '', '']);
  });

  it('writes the text as Word does: paragraphs, then one tab-prefixed line per cell', async () => {
    const d = await decodeFile(fx('sanming.docx'));
    const lines = d.text.split('\n');
    expect(lines.slice(0, 3)).toEqual(['附件：', '三明市互联网信息办公室权责事项清单', '表一：行政处罚（共14项）']);
    expect(lines.slice(3, 12)).toEqual(['\t序号', '\t权责事项', '\t子项', '\t设定依据', '\t实施主体和', '责任主体', '\t行使层级', '\t备注', '']);
    expect(lines.slice(12, 15)).toEqual(['\t1', '\t对互联网新闻信息服务单位与境内外中外合资经营、中外合作经营和外资经营的企业进行涉及互联网新闻信息服务业务的合作，未报经国家互联网信息办公室进行安全评估的处罚', '\t']);
    expect(lines).toContain('表二：其他权责事项（共10项）');
    expect(lines.indexOf('表二：其他权责事项（共10项）')).toBeGreaterThan(lines.indexOf('\t14'));
  });
  it('reads vertically merged and spanned Word cells as rowspan and colspan', async () => {
    // The 泸县 duties table as Word holds it: 主体责任 merged down, 无 spanning two columns.
    const cell = (text: string, opts: { rowSpan?: number; columnSpan?: number } = {}) =>
      new TableCell({ children: [new Paragraph({ text })], ...opts });
    const doc = new Document({
      sections: [{
        children: [
          new Paragraph({ text: '泸县互联网信息办公室责任清单（一）' }),
          new Table({
            rows: [
              new TableRow({ children: [cell('主体责任', { rowSpan: 2 }), cell('1'), cell('负责全县互联网信息内容管理，落实互联网信息传播方针政策，推动互联网信息传播法制建设；')] }),
              new TableRow({ children: [cell('2'), cell('指导、协调、督促互联网行业主管部门、打击网络违法犯罪主管部门及其他相关部门加强互联网信息内容管理；')] }),
              new TableRow({ children: [cell('职责边界'), cell('无', { columnSpan: 2 })] }),
            ],
          }),
        ],
      }],
    });
    const d = await decodeBytes(await Packer.toBuffer(doc), 'merged.docx');
    expect(d.format).toBe('docx');
    expect(d.tables).toEqual([[
      ['主体责任', '1', '负责全县互联网信息内容管理，落实互联网信息传播方针政策，推动互联网信息传播法制建设；'],
      ['主体责任', '2', '指导、协调、督促互联网行业主管部门、打击网络违法犯罪主管部门及其他相关部门加强互联网信息内容管理；'],
      ['职责边界', '无', ''],
    ]]);
    expect(d.text.split('\n').slice(0, 7)).toEqual(['泸县互联网信息办公室责任清单（一）', '\t主体责任', '\t1', '\t负责全县互联网信息内容管理，落实互联网信息传播方针政策，推动互联网信息传播法制建设；', '', '\t', '\t2']);
  });
});

describe('html', () => {
  it('reads the 泸县 page: a duties table with rowspan/colspan, then one label/value table per item', async () => {
    const d = await decodeFile(fx('luxian.html'));
    expect(d.format).toBe('html');
    expect(d.encoding).toBe('utf-8');
    expect(d.tables).toHaveLength(4);
    const duties = d.tables[0];
    expect(duties).toHaveLength(11);
    expect(duties[0]).toEqual(['主体责任', '1', '负责全县互联网信息内容管理，落实互联网信息传播方针政策，推动互联网信息传播法制建设；']);
    // 主体责任 spans ten rows: every row has it in its column.
    expect(duties.slice(0, 10).map((r) => r[0])).toEqual(Array(10).fill('主体责任'));
    expect(duties[4]).toEqual(['主体责任', '5', '组织、协调网上宣传工作']);
    expect(duties[9]).toEqual(['主体责任', '10', '履行国家规定的其他职责。']);
    // 无 spans two columns: in the first, the second empty.
    expect(duties[10]).toEqual(['职责边界', '无', '']);

    const labels = ['序号', '权力类型', '权力项目名称', '实施依据', '责任主体', '责任事项', '追责情形', '监督电话'];
    for (const t of d.tables.slice(1)) expect(t.map((r) => r[0])).toEqual(labels);
    const [i1, i2, i3] = d.tables.slice(1);
    expect(i1[2]).toEqual(['权力项目名称', '对违反有关互联网信息内容管理法律法规规章的行为实施行政处罚']);
    expect(i2[1]).toEqual(['权力类型', '行政检查']);
    expect(i3[2]).toEqual(['权力项目名称', '对互联网新闻信息服务活动实施监督检查']);
    expect(i3[7]).toEqual(['监督电话', '（0830）8188725']);
    // <br> inside the basis and <p> inside the duties are line breaks.
    const basis = i1[3][1].split('\n');
    expect(basis).toHaveLength(20);
    expect(basis[0].startsWith('1.《中华人民共和国网络安全法》第五十九条 网络运营者不履行本法第十一条、第二十条规定的网络安全保护义务的')).toBe(true);
    expect(basis[7]).toBe('……处一万元以上十万元以下罚款。');
    expect(i1[5][1].split('\n')).toHaveLength(8);
    expect(i1[5][1].split('\n')[6]).toBe('7.执行责任：依照生效的行政处罚决定，对违法当事人给予行政处罚。');
  });

  it('writes the text with the notice as paragraphs and the tables cell by cell', async () => {
    const d = await decodeFile(fx('luxian.html'));
    const lines = d.text.split('\n');
    expect(lines.slice(0, 2)).toEqual(['泸县互联网信息办公室', '关于报送部门责任清单的说明']);
    expect(lines).toContain('2020年12月22日');
    expect(d.text).not.toContain('[bookmark');
    expect(d.text).not.toContain('table { border-collapse');
    // The cell under a rowspan is an empty cell line, as in a Word export.
    const at = lines.indexOf('\t主体责任');
    expect(lines.slice(at, at + 6)).toEqual(['\t主体责任', '\t1', '\t负责全县互联网信息内容管理，落实互联网信息传播方针政策，推动互联网信息传播法制建设；', '', '\t', '\t2']);
    expect(d.text).toContain('\t职责边界\n\t无\n');
    expect(d.text).toContain('\t监督电话\n\t（0830）8188725');
  });

  it('decodes the GB2312-declared GB18030 page to the same text and tables', async () => {
    const utf = await decodeFile(fx('luxian.html'));
    const gbk = await decodeFile(fx('luxian-gbk.html'));
    expect(gbk.format).toBe('html');
    expect(gbk.encoding).toBe('gb18030');
    expect(gbk.text).toBe(utf.text);
    expect(gbk.tables).toEqual(utf.tables);
    expect(gbk.sha256).not.toBe(utf.sha256);
  });

  it('expands rowspan and colspan onto the right columns', async () => {
    const html = '<table><tr><td rowspan="2" colspan="2">A</td><td>B</td></tr><tr><td>C</td></tr>' +
      '<tr><td>D</td><td>E<br>E2</td><td><p>F</p><p>F2</p></td></tr></table>';
    const d = await decodeBytes(Buffer.from(html), 'page.html');
    expect(d.tables).toEqual([[['A', '', 'B'], ['A', '', 'C'], ['D', 'E\nE2', 'F\nF2']]]);
  });

  it('reads an "xls" that is really an HTML table as HTML', async () => {
    const d = await decodeBytes(readFileSync(fx('luxian.html')), '清单.xls');
    expect(d.format).toBe('html');
    expect(d.tables).toHaveLength(4);
  });
});

describe('csv', () => {
  it('reads the UTF-8 CSV with a BOM and CRLF records', async () => {
    const d = await decodeFile(fx('liangzhou.csv'));
    expect(d.format).toBe('csv');
    expect(d.encoding).toBe('utf-8');
    expect(d.tables).toHaveLength(1);
    expect(d.tables[0]).toHaveLength(15);
    expect(d.tables[0][0][0]).toBe('序号'); // no BOM left in the first cell
    expectLiangzhouItems(d);
  });

  it('reads the GB18030 CSV to the same table', async () => {
    const utf = await decodeFile(fx('liangzhou.csv'));
    const gb = await decodeFile(fx('liangzhou-gb18030.csv'));
    expect(gb.format).toBe('csv');
    expect(gb.encoding).toBe('gb18030');
    expect(gb.tables).toEqual(utf.tables);
    expect(gb.text).toBe(utf.text);
    expectLiangzhouItems(gb);
  });

  it('keeps markup and SQL in cells as text, verbatim', async () => {
    const d = await decodeFile(fx('xss.csv'));
    expect(d.format).toBe('csv');
    expect(d.tables[0]).toHaveLength(2);
    const row = d.tables[0][1];
    expect(row[1]).toBe('<img src=x onerror=alert(1)>');
    expect(row[8].startsWith("'); DROP TABLE items; -- 《中华人民共和国网络安全法》（2016年11月7日第十二届全国人民代表大会常务委员会第二十四次会议通过）第五十九条")).toBe(true);
    expect(d.text).toContain('<img src=x onerror=alert(1)>');
  });

  it('detects a tab delimiter, and a CSV without a .csv extension', async () => {
    const tsv = await decodeBytes(Buffer.from('序号\t事项名称\t权力类型\n1\t对侵害个人信息保护规定的处罚\t行政处罚\n'), 'list.tsv');
    expect(tsv.format).toBe('csv');
    expect(tsv.tables[0]).toEqual([['序号', '事项名称', '权力类型'], ['1', '对侵害个人信息保护规定的处罚', '行政处罚']]);
    const csv = await decodeBytes(Buffer.from('序号,事项名称,权力类型\n1,"对未提供实名制身份信息的处罚",行政处罚\n2,"a, ""b""\nc",行政处罚\n'), 'list.txt');
    expect(csv.format).toBe('csv');
    expect(csv.tables[0][2]).toEqual(['2', 'a, "b"\nc', '行政处罚']);
  });
});

describe('text', () => {
  it('decodes GB18030 text to the same text as the UTF-8 seed', async () => {
    const d = await decodeFile(fx('alar-gb18030.txt'));
    expect(d.format).toBe('text');
    expect(d.encoding).toBe('gb18030');
    expect(d.text).toBe(readFileSync(sample('alar-xinjiang-cac-2021.txt'), 'utf8'));
    expect(d.tables).toEqual([]);
  });

  it('normalises CRLF and reads a UTF-16 file by its BOM', async () => {
    const crlf = await decodeBytes(Buffer.from('泸县互联网信息办公室\r\n关于报送部门责任清单的说明\r'), 'a.txt');
    expect(crlf.text).toBe('泸县互联网信息办公室\n关于报送部门责任清单的说明\n');
    const u16 = await decodeBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('三明市互联网信息办公室', 'utf16le')]), 'b.txt');
    expect(u16.encoding).toBe('utf-16le');
    expect(u16.text).toBe('三明市互联网信息办公室');
  });

  it('parses Markdown pipe tables: separator dropped, escaped pipes and <p> handled', async () => {
    const md = '标题\n\n| 序号 | 事项名称 | 备注 |\n|---|:--|--|\n| 1 | a \\| b | <p>x</p> <p>y</p> |\n| 2 | c |\n\n正文';
    const d = await decodeBytes(Buffer.from(md), 'x.txt');
    expect(d.format).toBe('markdown');
    expect(d.tables).toEqual([[['序号', '事项名称', '备注'], ['1', 'a | b', 'x\ny'], ['2', 'c', '']]]);
    expect(d.text).toBe(md);
  });
});

describe('bad files', () => {
  async function rejection(path: string): Promise<DecodeError> {
    const err = await decodeFile(path).then(() => null, (e: unknown) => e);
    expect(err).toBeInstanceOf(DecodeError);
    return err as DecodeError;
  }

  it('an empty file', { timeout: 10_000 }, async () => {
    const err = await rejection(fx('empty.xlsx'));
    expect(err.message).toBe(`${fx('empty.xlsx')}: empty file (0 bytes)`);
    expect(err.path).toBe(fx('empty.xlsx'));
  });

  it('a truncated xlsx', { timeout: 10_000 }, async () => {
    const err = await rejection(fx('truncated.xlsx'));
    expect(err.message).toBe(`${fx('truncated.xlsx')}: truncated or corrupt xlsx (zip central directory not found)`);
  });

  it('binary garbage', { timeout: 10_000 }, async () => {
    const err = await rejection(fx('garbage.bin'));
    expect(err.message).toContain('garbage.bin: ');
    expect(err.reason).toMatch(/^binary data, not a known document format/);
  });

  it('a legacy .xls without LibreOffice, or one LibreOffice cannot convert', { timeout: 150_000 }, async () => {
    const err = await rejection(fx('legacy.xls'));
    expect(err.message).toContain('legacy.xls: ');
    if (findSoffice()) expect(err.reason).toMatch(/LibreOffice|corrupt/);
    else expect(err.reason).toBe('legacy .xls needs LibreOffice: install it (apt-get install libreoffice-calc) or save the file as .xlsx');
  });

  it('a missing file, a PDF, a zip that is not an Office document', { timeout: 10_000 }, async () => {
    expect((await rejection(fx('no-such-file.xlsx'))).reason).toBe('file not found');
    const pdf = await decodeBytes(Buffer.from('%PDF-1.7\n...'), 'list.pdf').catch((e: unknown) => e);
    expect(pdf).toBeInstanceOf(DecodeError);
    expect((pdf as DecodeError).message).toMatch(/^list\.pdf: a PDF file/);
    const zip = await decodeBytes(storedZip('readme.txt', '权责清单'), 'list.xlsx').catch((e: unknown) => e);
    expect(zip).toBeInstanceOf(DecodeError);
    expect((zip as DecodeError).reason).toMatch(/^a zip archive that is neither xlsx nor docx/);
  });
});

describe('content sniffing', () => {
  it('names each fixture by its bytes', () => {
    const kind = (name: string) => sniff(readFileSync(fx(name)), name).kind;
    expect(kind('liangzhou.xlsx')).toBe('xlsx');
    expect(kind('sanming.docx')).toBe('docx');
    expect(kind('luxian.html')).toBe('html');
    expect(kind('luxian-gbk.html')).toBe('html');
    expect(kind('legacy.xls')).toBe('legacy');
    expect(kind('truncated.xlsx')).toBe('unreadable');
    expect(sniff(readFileSync(fx('sanming.docx')), 'renamed.xlsx').kind).toBe('docx');
  });

  it('hashes the bytes', async () => {
    const d = await decodeFile(fx('sanming.docx'));
    expect(d.sha256).toBe(createHash('sha256').update(readFileSync(fx('sanming.docx'))).digest('hex'));
    expect(d.path).toBe(fx('sanming.docx'));
  });
});

describe('the sample lists', () => {
  it('alar: UTF-8 text', async () => {
    const d = await decodeFile(sample('alar-xinjiang-cac-2021.txt'));
    expect([d.format, d.encoding]).toEqual(['text', 'utf-8']);
    expect(d.tables).toEqual([]);
    expect(d.text).toContain('序号职权类型职权名称职权依据承办机构');
    expect(d.text).toContain('10公共服务开展网络安全宣传【法律】《网络安全法》第十九条师市互联网信息办公室');
  });

  it('liangzhou: Markdown, one table per item, 14 items', async () => {
    const d = await decodeFile(sample('liangzhou-gansu-cac.md'));
    expect([d.format, d.encoding]).toEqual(['markdown', 'utf-8']);
    expect(d.tables).toHaveLength(13);
    expectLiangzhouItems(d);
    expect(d.text.trim().split('\n')[0]).toBe(LZ_TITLE);
    expect(d.text).toContain('<p>1. 立案责任：'); // the text is the document as it is
  });

  it('luxian, sanming, shaoyang: UTF-8 text, Word cells kept as tab lines', async () => {
    const lx = await decodeFile(sample('luxian-sichuan-cac-2020.txt'));
    expect([lx.format, lx.encoding, lx.tables.length]).toEqual(['text', 'utf-8', 0]);
    expect(lx.text).toContain('\t主体责任\n\t1\n');
    const sm = await decodeFile(sample('sanming-fujian-cac.txt'));
    expect([sm.format, sm.encoding, sm.tables.length]).toEqual(['text', 'utf-8', 0]);
    expect(sm.text.startsWith('附件：\n\n三明市互联网信息办公室权责事项清单\n表一：行政处罚（共14项）')).toBe(true);
    const sy = await decodeFile(sample('shaoyang-hunan-notice-2018.txt'));
    expect([sy.format, sy.encoding, sy.tables.length]).toEqual(['text', 'utf-8', 0]);
    expect(sy.text.split('\n')[0]).toBe('关于在全市开展互联网平台和账号调查登记工作的通知');
  });
});

/** A zip archive with one stored entry. */
function storedZip(name: string, content: string): Buffer {
  const data = Buffer.from(content, 'utf8');
  const nameBytes = Buffer.from(name, 'utf8');
  const crc = crc32(data);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  const cdOffset = local.length + nameBytes.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + nameBytes.length, 12);
  end.writeUInt32LE(cdOffset, 16);
  return Buffer.concat([local, nameBytes, data, central, nameBytes, end]);
}

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}
