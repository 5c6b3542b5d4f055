/**
 * Word documents written as WordprocessingML directly (no Word library at run time): the
 * title, the date, one table with a header row repeated on each page, the signature. Every
 * line of a cell is a paragraph of its own, as offices type them.
 */
import type { SynthList } from '../list.js';
import { tableRows } from './columns.js';
import { FIXED_ISO, writeZip } from './zip.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function paragraph(text: string, options: { bold?: boolean; center?: boolean; right?: boolean } = {}): string {
  const jc = options.center ? '<w:jc w:val="center"/>' : options.right ? '<w:jc w:val="right"/>' : '';
  const ppr = jc ? `<w:pPr>${jc}</w:pPr>` : '';
  const rpr = options.bold ? '<w:rPr><w:b/></w:rPr>' : '';
  return `<w:p>${ppr}${text ? `<w:r>${rpr}<w:t xml:space="preserve">${xml(text)}</w:t></w:r>` : ''}</w:p>`;
}

function tableXml(rows: string[][]): string {
  const border = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`;
  const borders = `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('')}</w:tblBorders>`;
  const grid = `<w:tblGrid>${rows[0].map(() => '<w:gridCol w:w="1000"/>').join('')}</w:tblGrid>`;
  const tr = (cells: string[], header: boolean) =>
    `<w:tr>${header ? '<w:trPr><w:tblHeader/></w:trPr>' : ''}${cells
      .map((c) => `<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr>${c.split('\n').map((l) => paragraph(l, { bold: header })).join('')}</w:tc>`)
      .join('')}</w:tr>`;
  return `<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/>${borders}</w:tblPr>${grid}${rows.map((r, i) => tr(r, i === 0)).join('')}</w:tbl>`;
}

export function writeDocx(list: SynthList, columns: readonly string[]): Buffer {
  const body = [
    paragraph(list.title, { bold: true, center: true }),
    paragraph(`发布日期：${list.dateCn}`, { center: true }),
    tableXml(tableRows(columns, list)),
    paragraph(list.office, { right: true }),
    paragraph(list.dateCn, { right: true }),
  ].join('');
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W}"><w:body>${body}<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/></w:sectPr></w:body></w:document>`;
  const core = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${xml(list.title)}</dc:title><dc:creator>${xml(list.office)}</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">${FIXED_ISO}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${FIXED_ISO}</dcterms:modified></cp:coreProperties>`;
  const types = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`;
  const rels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`;
  return writeZip([
    { name: '[Content_Types].xml', data: Buffer.from(types, 'utf8') },
    { name: '_rels/.rels', data: Buffer.from(rels, 'utf8') },
    { name: 'docProps/core.xml', data: Buffer.from(core, 'utf8') },
    { name: 'word/document.xml', data: Buffer.from(document, 'utf8') },
  ]);
}
