/**
 * Excel workbooks through exceljs, as offices save them: the title merged across the columns,
 * a date row, the header, one row per item with wrapped text. The zip is rewritten with fixed
 * timestamps so that the bytes depend on the content only.
 */
import ExcelJS from 'exceljs';
import type { SynthList } from '../list.js';
import { tableRows } from './columns.js';
import { normalizeZip } from './zip.js';

const FIXED_DATE = new Date(Date.UTC(2026, 0, 1));

export async function writeXlsx(list: SynthList, columns: readonly string[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = list.office;
  wb.lastModifiedBy = list.office;
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  const ws = wb.addWorksheet('权责清单');
  ws.columns = columns.map((c) => ({ width: /依据|责任|追责/.test(c) ? 60 : /名称|事项/.test(c) ? 30 : 12 }));
  ws.getCell('A1').value = list.title;
  ws.getCell('A1').font = { bold: true, size: 16 };
  ws.mergeCells(1, 1, 1, columns.length);
  ws.getCell('A2').value = `发布日期：${list.dateCn}`;
  ws.mergeCells(2, 1, 2, columns.length);
  const [header, ...rows] = tableRows(columns, list);
  ws.getRow(3).values = header;
  ws.getRow(3).font = { bold: true };
  rows.forEach((r, k) => {
    const row = ws.getRow(4 + k);
    r.forEach((value, c) => {
      const cell = row.getCell(c + 1);
      cell.value = c === 0 ? Number(value) : value;
      cell.alignment = { wrapText: true, vertical: 'top' };
    });
  });
  return normalizeZip(Buffer.from(await wb.xlsx.writeBuffer()));
}
