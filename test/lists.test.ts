/**
 * Reading the seed lists, each in its own layout, into the one model: every item's number,
 * name, type, subject and basis citations, as written down by reading the documents
 * (test/fixtures/seed-items.ts).
 */
import { describe, expect, it } from 'vitest';
import { readList } from '../src/lists/read.js';
import type { CitationRole, ListDocument } from '../src/lists/types.js';
import { SEED_LISTS, type ExpectedList } from './fixtures/seed-items.js';
import { byLaw } from './helpers.js';

const docs = new Map<string, Promise<ListDocument>>();
const read = (file: string) => {
  if (!docs.has(file)) docs.set(file, readList(new URL(`../data/samples/${file}`, import.meta.url).pathname));
  return docs.get(file)!;
};

describe.each(SEED_LISTS.map((l) => [l.file, l] as [string, ExpectedList]))('%s', (file, expected) => {
  it('reads the document: title, office, date, jurisdiction', async () => {
    const doc = await read(file);
    expect(doc.title).toBe(expected.title);
    expect(doc.office).toBe(expected.office);
    expect(doc.published).toBe(expected.published);
    expect(doc.jurisdiction).toMatchObject(expected.jurisdiction);
  });

  it('reads every item: number, name, type, subject, handling unit, level', async () => {
    const doc = await read(file);
    expect(doc.items.map((i) => i.seq)).toEqual(expected.items.map((i) => i.seq));
    doc.items.forEach((item, i) => {
      const e = expected.items[i];
      expect({ seq: item.seq, name: item.name, type: item.type, subject: item.subject }).toEqual({ seq: e.seq, name: e.name, type: e.type, subject: e.subject });
      if (e.typeOriginal !== undefined) expect(item.typeOriginal).toBe(e.typeOriginal);
      if (e.handlingUnit !== undefined) expect(item.handlingUnit, `item ${e.seq}`).toBe(e.handlingUnit);
      if (e.level !== undefined) expect(item.level, `item ${e.seq}`).toBe(e.level);
    });
  });

  it.each(expected.items.map((e) => [e.seq, e] as const))('item %i: its citations by role', async (seq, e) => {
    const doc = await read(file);
    const item = doc.items.find((i) => i.seq === seq)!;
    const role = (r: CitationRole) => byLaw(item.citations.filter((c) => c.role === r));
    expect(role('basis')).toEqual(e.basis);
    if (e.inQuote) expect(role('in_quote')).toEqual(e.inQuote);
    if (e.accountability) expect(role('accountability')).toEqual(e.accountability);
    if (e.summary) expect(role('summary')).toEqual(e.summary);
  });

  if (expected.duties !== undefined) {
    it('keeps the office duties apart from the power items', async () => {
      expect((await read(file)).duties).toHaveLength(expected.duties!);
    });
  }
  if (expected.documentCitations) {
    it('keeps the document-level citations', async () => {
      const doc = await read(file);
      expect(byLaw(doc.citations)).toEqual(expected.documentCitations);
      expect(doc.citations.every((c) => c.role === 'document')).toBe(true);
    });
  }
});

describe('details of the layouts', () => {
  it('merges the 阿拉尔 summary table with its blocks: 12 items, not 24', async () => {
    const doc = await read('alar-xinjiang-cac-2021.txt');
    expect(doc.items).toHaveLength(12);
    expect(doc.items[0].fields['职权依据(目录)']).toContain('第八条、第五十条');
  });

  it('keeps the 泸县 elided quotes verbatim', async () => {
    const doc = await read('luxian-sichuan-cac-2020.txt');
    const c59 = doc.items[0].citations.find((c) => c.role === 'basis' && c.refs[0]?.article === 59)!;
    expect(c59.quote).toBe('网络运营者不履行本法第十一条、第二十条规定的网络安全保护义务的，由有关主管部门……处五千元以上五万元以下罚款。');
  });

  it('reads every field a list has, by its own label', async () => {
    const doc = await read('alar-xinjiang-cac-2021.txt');
    expect(doc.items[0].fields).toMatchObject({ 实施对象: '网络运营者', 办理情况公开范围: '公开', 咨询电话: '0997-6352269', 投诉电话: '0997-4618661', 共同实施部门: '师市工信局、师市公安局' });
  });

  it('checks the division code in 地方权力编码 against the jurisdiction', async () => {
    const doc = await read('liangzhou-gansu-cac.md');
    expect(doc.items[0].code).toBe('11620602MB198079204620246001000');
    expect(doc.items.every((i) => i.warnings.length === 0)).toBe(true);
  });

  it('says where a document ends inside an item (三明 item 24)', async () => {
    const doc = await read('sanming-fujian-cac.txt');
    expect(doc.warnings.join('\n')).toContain('item 24');
  });
});
