/**
 * What a document says about itself: its title, the office that publishes it, the date it
 * gives. Read from the first lines, the signature, and the items.
 */
import { isoDate } from '../cite/notes.js';
import { cleanOfficeName } from './offices.js';

const OFFICE_END = /(?:办公室|局|委员会|领导小组办公室|中心|厅|委|办|政府|管理处)$/;
const LIST_TITLE = /(?:清单|清单目录|目录|清单[（(][^（）()]{1,8}[）)])$/;
const NOTICE_TITLE = /(?:通知|公告|说明|决定|意见|办法)$/;
const TITLE_CUT = /(?:权责事项清单|权责清单|行政权力清单|责任清单|权力清单|权力和责任清单|清单)/;

function lines(text: string): string[] {
  return text.replace(/\r/g, '').split('\n').map((l) => l.replace(/^[\s\u3000\t]+|[\s\u3000\t]+$/g, ''));
}

/** The document's title: the first short line ending like a list title, else like a notice. */
export function findTitle(text: string): string | null {
  const head = lines(text).slice(0, 80).filter((l) => l && l.length <= 80 && !/[。；:：]/.test(l));
  return head.find((l) => LIST_TITLE.test(l) && /清单/.test(l)) ?? head.find((l) => NOTICE_TITLE.test(l) && l.length >= 6) ?? null;
}

/**
 * The publishing office: named at the head of the title (三明市互联网信息办公室权责事项清单),
 * else the office most items name as their subject, else a line that is only an office
 * name (a signature).
 */
export function findOffice(text: string, title: string | null, subjects: readonly (string | null)[]): string | null {
  if (title) {
    const m = TITLE_CUT.exec(title);
    const head = m ? title.slice(0, m.index) : '';
    if (head && OFFICE_END.test(head.replace(/[（(][^（）()]*[）)]$/, ''))) return cleanOfficeName(head);
  }
  const counts = new Map<string, number>();
  for (const s of subjects) if (s) counts.set(s, (counts.get(s) ?? 0) + 1);
  const common = [...counts].sort((a, b) => b[1] - a[1])[0];
  if (common) return common[0];
  const all = lines(text);
  const signature = all.filter((l) => l.length >= 5 && l.length <= 40 && OFFICE_END.test(l) && !/[，。：:、]/.test(l));
  return signature.length ? cleanOfficeName(signature[signature.length - 1]) : null;
}

const LABELLED_DATE = /(?:生成日期|发布日期|发布时间|成文日期|印发日期)\s*[:：]?\s*(\d{4})[-年./](\d{1,2})[-月./](\d{1,2})/;
const DATE_LINE = /(?:^|\s)(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/;

/** The date the document states: a labelled date, else the date of its signature. */
export function findPublished(text: string): string | null {
  const labelled = LABELLED_DATE.exec(text);
  if (labelled) return isoDate(labelled[1], labelled[2], labelled[3]);
  for (const l of lines(text)) {
    const m = l.length <= 100 ? DATE_LINE.exec(l) : null;
    if (m) return isoDate(m[1], m[2], m[3]);
  }
  return null;
}
