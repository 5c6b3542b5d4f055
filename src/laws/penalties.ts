/**
 * The penalties a statute clause sets: 给予警告, 处一万元以上十万元以下罚款, 处五日以下拘留,
 * 吊销营业执照 …, each with its range, the party it falls on and the condition it applies
 * under. Reads one 款, or a quote of one as a power list writes it (elided with ……).
 *
 * A clause reads as: the violation (…的), 由 the authority, penalties; then sentences
 * separated by ；, each maybe opening with a condition (情节严重的，…) and switching to
 * another party with 对 (对直接负责的主管人员处…). The reader walks the comma-separated
 * segments of each sentence with that grammar in mind.
 */
import { parseNumeral } from '../cite/numerals.js';
import type { Article, Penalty, PenaltyKind } from './types.js';

const AMOUNT = '[0-9０-９.．零〇一二两三四五六七八九十百千万亿]+';
const UNIT = '元|倍|日|天';
const AMOUNT_START = /[0-9０-９零〇一二两三四五六七八九十百千万亿]/;
const AMOUNT_AFTER = new RegExp(`^(?:${AMOUNT}(?:${UNIT})(?:以上|以下)?)+`);
const RANGE_FORMS: { re: RegExp; shape: 'range' | 'max' | 'min' | 'exact' }[] = [
  { re: new RegExp(`^(.*?)(${AMOUNT})(${UNIT})?以上、?(${AMOUNT})(${UNIT})以下$`), shape: 'range' },
  { re: new RegExp(`^(.*?)(${AMOUNT})(${UNIT})?(?:至|到|-|－|—|～|~)(${AMOUNT})(${UNIT})$`), shape: 'range' },
  { re: new RegExp(`^(.*?)(?:不超过|最高)?(${AMOUNT})(${UNIT})以下$`), shape: 'max' },
  { re: new RegExp(`^(.*?)(?:不超过|最高)(${AMOUNT})(${UNIT})$`), shape: 'max' },
  { re: new RegExp(`^(.*?)(${AMOUNT})(${UNIT})以上$`), shape: 'min' },
  { re: new RegExp(`^(.*?)(${AMOUNT})(${UNIT})$`), shape: 'exact' },
];

/** Conditions that open a clause rather than describe its violation: 情节严重的，… */
const CONDITION_START = /^(?:情节|拒不|逾期|没有违法所得|违法所得|造成|导致|数额|再次|多次|屡次|一年内|二年内|两年内|三年内)/;
/** 责令 items that are penalties of their own kind, not orders. */
const OTHER_KIND = /^(?:暂停|停业|停产|关闭|吊销|没收|处|给予|予以|警告)/;
/** Conduct described in another 款: 有前款行为, 单位有前两款行为. */
const REFERENCE = /^(?:单位|个人)?有(?:前|上|本条)/;
/** Words a penalty segment opens with, once the violation has been described. */
const PENALTY_LEAD = /^(?:由|并|可以|依法|予以|给予|处|责令|没收|吊销|暂停|停业|关闭|警告)/;

interface Found {
  start: number;
  end: number;
  kind: PenaltyKind;
  min: number | null;
  max: number | null;
  unit: Penalty['unit'];
  base: string | null;
}

/** The penalties of one 款 (or a quote of one); `paragraph` is recorded on each. */
export function parsePenalties(text: string, paragraph: number | null): Penalty[] {
  const out: Penalty[] = [];
  // A line wrapped inside a phrase (规\n定) is joined; other line breaks separate segments.
  const flat = text
    .replace(/(\p{Script=Han})\r?\n(?=\p{Script=Han})/gu, '$1')
    // Each 项 is a clause of its own: （一）…的，处…罚款.
    .replace(/\r?\n(?=[（(][一二三四五六七八九十]+[）)])/g, '；')
    .replace(/\r?\n/g, '，');
  let started = false; // past the violation: penalties may follow
  // Whether the clause so far only refers to conduct described elsewhere (有前款行为): then
  // 造成…后果的 is a condition of the penalty, not part of a violation stated here.
  let onlyReferences = true;
  for (const sentence of flat.split(/[；;。]/)) {
    let sentenceCondition: string | null = null;
    let innerCondition: string | null = null;
    let party = 'subject';
    let penaltiesInSentence = 0;
    const opening: string[] = []; // segments since the sentence began, while none set a penalty
    for (const piece of sentence.split(/(…+|\.{3,})/)) {
      if (/^(?:…+|\.{3,})$/.test(piece)) {
        // An elision may hide the authority, a condition or a party: start over as the subject.
        started = true;
        party = 'subject';
        innerCondition = null;
        opening.length = 0;
        continue;
      }
      for (const raw of piece.split(/[，,：:]/)) {
        const seg = raw.trim().replace(/^[（(][一二三四五六七八九十]+[）)]\s*/, '');
        if (!seg) continue;
        if (seg.endsWith('的')) {
          if (!started && !(onlyReferences && CONDITION_START.test(seg))) {
            onlyReferences = false;
            continue; // the violation itself
          }
          if (penaltiesInSentence === 0) {
            opening.push(seg);
            sentenceCondition = opening.join('，');
          } else {
            innerCondition = seg;
          }
          continue;
        }
        // 对直接负责的主管人员处…: the penalties that follow fall on that party.
        const lead = /^(?:由(?:(?!责令|处|给予|予以|没收|吊销)[^，、对]){1,20})?(?:并可以|并且|并|可以|同时)?对(.*)$/.exec(seg);
        // Before the penalties begin, 对… describes the violation (对…信息未停止传输).
        if (!started && !PENALTY_LEAD.test(seg) && !(lead && findPenalties(seg).length > 0)) {
          if (!REFERENCE.test(seg)) onlyReferences = false;
          continue;
        }
        started = true;
        let body = seg;
        if (lead) {
          const m = /^(.*?)(?=(?<!被)(?:处|给予|予以|依照|依法|没收|责令|并处|可以|罚款)|$)/.exec(lead[1])!;
          party = m[1].replace(/^其/, '').replace(/[、\s]+$/, '') || party;
          innerCondition = null;
          body = lead[1].slice(m[1].length);
        }
        const found = findPenalties(body);
        if (found.length === 0) {
          if (penaltiesInSentence === 0 && !lead && !seg.startsWith('由')) opening.push(seg);
          continue;
        }
        for (const f of found) {
          out.push({
            kind: f.kind,
            min: f.min,
            max: f.max,
            unit: f.unit,
            base: f.base,
            party,
            condition: innerCondition ?? sentenceCondition,
            paragraph,
            text: body.slice(f.start, f.end),
          });
        }
        penaltiesInSentence += found.length;
      }
    }
  }
  return out;
}

/** The penalties of every 款 of an article, in text order. */
export function articlePenalties(article: Article): Penalty[] {
  return article.paragraphs.flatMap((p) => parsePenalties(p.text, p.n));
}

/** Every penalty in one segment (no ，；。 inside), in text order, without overlaps. */
function findPenalties(seg: string): Found[] {
  const found: Found[] = [];
  const add = (start: number, end: number, kind: PenaltyKind, range: Range | null = null) => {
    if (start > 0 && seg[start - 1] === '被') return; // 被吊销许可证: an earlier penalty, not this one
    found.push({ start, end, kind, min: range?.min ?? null, max: range?.max ?? null, unit: range?.unit ?? null, base: range?.base ?? null });
  };

  for (const [word, kind] of [['罚款', 'fine'], ['拘留', 'detention']] as const) {
    for (let i = seg.indexOf(word); i >= 0; i = seg.indexOf(word, i + word.length)) {
      // The amount stands between the nearest 处 (or list item start) and the word.
      const from = Math.max(seg.lastIndexOf('处', i - 1) + 1, seg.lastIndexOf('、', i - 1) + 1);
      const phrase = seg.slice(from, i).replace(/^以/, '');
      let range = parseRange(phrase);
      let start = range ? (seg[from - 1] === '处' ? from - 1 : from) : i;
      // 处警告或者五百元以下罚款: the fine starts at its amount, the warning stays its own.
      const lead = range && range.unit !== '倍' ? phrase.search(AMOUNT_START) : 0;
      if (lead > 0) start = i - phrase.length + lead;
      let end = i + word.length;
      if (!range) {
        const after = AMOUNT_AFTER.exec(seg.slice(end)); // 处罚款五千元
        if (after) {
          range = parseRange(after[0]);
          end += after[0].length;
        }
        if (seg[i - 1] === '处') start = i - 1;
      }
      add(start, end, kind, range);
    }
  }
  for (const m of seg.matchAll(/警告/g)) add(m.index, m.index + 2, 'warning');
  for (const m of seg.matchAll(/没收(?!的)(?:[^、，；。处]|、(?=非法|违法|用于|专门))*/g)) add(m.index, m.index + m[0].length, 'confiscation');
  for (const m of seg.matchAll(/责令暂停[^、，；。]*|暂停[^、，；。]*?(?:业务|更新|营业|服务|执业|经营|活动)|(?:责令)?停业整顿|(?:责令)?停产停业/g)) {
    add(m.index, m.index + m[0].length, 'suspension');
  }
  for (const m of seg.matchAll(/(?:责令)?关闭[^、，；。]{0,20}?(?:网站(?:或者应用程序)?|应用程序|场所|通讯群组|企业)|责令关闭/g)) {
    add(m.index, m.index + m[0].length, 'closure');
  }
  for (const m of seg.matchAll(/吊销[^、，；。]*?(?:许可证|执照|证书|证照|资质|证)|撤销[^、，；。]*?许可/g)) {
    add(m.index, m.index + m[0].length, 'revocation');
  }
  for (const m of seg.matchAll(/通报批评|予以通报/g)) add(m.index, m.index + m[0].length, 'other');
  // One order per 责令, its items up to the first of another kind: 责令限期改正、停止使用、
  // 消除对国家安全的影响 is one order; 责令改正、停业整顿 an order and a suspension.
  for (const m of seg.matchAll(/责令([^，；。]*)/g)) {
    const items = m[1].split('、');
    const stop = items.findIndex((item) => !item || OTHER_KIND.test(item));
    const length = (stop < 0 ? items : items.slice(0, stop)).join('、').length;
    if (length > 0) add(m.index, m.index + 2 + length, 'order');
  }

  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Found[] = [];
  for (const f of found) {
    const last = kept[kept.length - 1];
    if (last && f.start < last.end) continue;
    kept.push(f);
  }
  return kept;
}

interface Range {
  min: number | null;
  max: number | null;
  unit: Penalty['unit'];
  base: string | null;
}

/**
 * 一万元以上十万元以下, 一百万元以下, 违法所得一倍以上十倍以下, 五日以上十五日以下,
 * 2000元以上10000元以下, 一万元 → bounds, unit and the base of a multiple.
 */
export function parseRange(phrase: string): Range | null {
  const text = phrase.replace(/[\s\u3000]/g, '').replace(/的$/, '');
  if (!text) return null;
  for (const { re, shape } of RANGE_FORMS) {
    const m = re.exec(text);
    if (!m) continue;
    let min: number | null = null;
    let max: number | null = null;
    let unitWord: string;
    if (shape === 'range') {
      min = parseAmount(m[2]);
      max = parseAmount(m[4]);
      unitWord = m[5];
      if (m[3] && m[3] !== m[5]) return null;
    } else {
      const value = parseAmount(m[2]);
      unitWord = m[3];
      if (shape !== 'min') max = value;
      if (shape !== 'max') min = value;
    }
    if ((shape === 'range' && (min === null || max === null)) || (min === null && max === null)) continue;
    const unit: Penalty['unit'] = unitWord === '倍' ? '倍' : unitWord === '元' ? '元' : '日';
    const base = m[1] ? m[1].replace(/^以/, '') || null : null;
    return { min, max, unit, base: unit === '倍' ? base : null };
  }
  return null;
}

/** 一万 → 10000, 一百万 → 1000000, 2000 → 2000, 1.5万 → 15000, 一亿 → 100000000. */
export function parseAmount(text: string): number | null {
  const ascii = text.replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  const arabic = /^(\d+(?:\.\d+)?)(万|亿)?$/.exec(ascii);
  if (arabic) return Number(arabic[1]) * (arabic[2] === '亿' ? 1e8 : arabic[2] === '万' ? 1e4 : 1);
  const yi = ascii.indexOf('亿');
  if (yi >= 0) {
    const high = parseNumeral(ascii.slice(0, yi));
    const low = yi + 1 < ascii.length ? parseNumeral(ascii.slice(yi + 1).replace(/^零/, '')) : 0;
    return high === null || low === null ? null : high * 1e8 + low;
  }
  return parseNumeral(ascii);
}
