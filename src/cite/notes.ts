/**
 * What the notes between a title and its articles say: the document number
 * (国家互联网信息办公室令第1号, 1号令) and dates (2016年11月7日通过, 2017年6月1日施行).
 */
import { parseNumeral } from './numerals.js';

const DOC_NUMBER = /令\s*[（(]?\s*第\s*([0-9０-９零〇一二两三四五六七八九十百千]+)\s*号|([0-9０-９零〇一二两三四五六七八九十百千]+)\s*号令/;
const DATE = /([0-9０-９]{4})\s*年\s*([0-9０-９]{1,2})\s*月\s*([0-9０-９]{1,2})\s*日/g;

export interface NoteFacts {
  documentNumber?: number;
  /** Dates followed by 通过/公布/修订/修正. */
  adopted?: string;
  /** Dates followed by 施行/实施/起施行. */
  effective?: string;
  /** Every date the notes give, in order: a version may be named by any of them. */
  dates: string[];
}

export function readNotes(notes: readonly string[]): NoteFacts {
  const facts: NoteFacts = { dates: [] };
  for (const note of notes) {
    const doc = DOC_NUMBER.exec(note);
    if (doc && facts.documentNumber === undefined) {
      const n = parseNumeral(doc[1] ?? doc[2]);
      if (n !== null) facts.documentNumber = n;
    }
    for (const d of note.matchAll(DATE)) {
      const iso = isoDate(d[1], d[2], d[3]);
      facts.dates.push(iso);
      const after = note.slice(d.index! + d[0].length, d.index! + d[0].length + 40);
      if (/^[^，,;；]*?(?:起)?(?:施行|实施)/.test(after) && !/^[^，,;；]*?通过/.test(after)) facts.effective ??= iso;
      else facts.adopted ??= iso;
    }
  }
  return facts;
}

export function isoDate(y: string, m: string, d: string): string {
  const n = (s: string) => String(parseNumeral(s) ?? 0);
  return `${n(y)}-${n(m).padStart(2, '0')}-${n(d).padStart(2, '0')}`;
}
