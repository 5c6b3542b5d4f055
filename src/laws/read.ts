/**
 * Reading a statute file into the parts of a `LawVersion`: its title, the dates of the
 * version, the text and its articles. The dates come from the front matter (flk:
 * publish, effective_date), the file name (网络安全法(2016-11-07).md, 网络安全法@2016-11-07.md)
 * or the history lines (2016年11月7日 …通过, 2021年1月1日 施行), in that order.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseNumeral } from '../cite/numerals.js';
import { parseLawText } from './structure.js';
import type { Article } from './types.js';

export type LawFileLayout = 'flk' | 'lawrefbook' | 'plain';

export interface LawFile {
  title: string | null;
  /** ISO date the version was adopted (通过, 修正, 修订, 公布). */
  adopted: string | null;
  /** ISO date it took effect (施行). */
  effective: string | null;
  /** The file's text without its front matter. */
  text: string;
  articles: Article[];
  /** The YAML front matter's fields as written (flk files), else {}. */
  frontMatter: Record<string, string>;
  layout: LawFileLayout;
}

export function readLawFile(path: string): LawFile {
  const raw = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  const { frontMatter, body } = splitFrontMatter(raw);
  const parsed = parseLawText(body);
  const layout: LawFileLayout = Object.keys(frontMatter).length > 0 ? 'flk' : body.includes('<!-- INFO END -->') ? 'lawrefbook' : 'plain';
  const history = historyDates(parsed.preamble);

  const adopted = isoDate(frontMatter.publish) ?? dateInFileName(path) ?? history.adopted;
  let effective = isoDate(frontMatter.effective_date) ?? history.effective;
  if (!effective) {
    // 本法自2017年6月1日起施行: the original version's date, so only when not before adoption.
    const commencement = [...parsed.articles].reverse().map((a) => /自(.{6,16}?日)起施行/.exec(a.text)?.[1]).find(Boolean);
    const date = commencement ? chineseDate(commencement) : null;
    if (date && (!adopted || date >= adopted)) effective = date;
  }
  return { title: frontMatter.title || parsed.title, adopted, effective, text: body, articles: parsed.articles, frontMatter, layout };
}

function splitFrontMatter(text: string): { frontMatter: Record<string, string>; body: string } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!m) return { frontMatter: {}, body: text };
  const frontMatter: Record<string, string> = {};
  for (const line of m[1].split(/\r?\n/)) {
    const kv = /^([\w-]+):\s*(.*)$/.exec(line);
    if (kv) frontMatter[kv[1]] = kv[2].replace(/^(["'])(.*)\1$/, '$2');
  }
  return { frontMatter, body: text.slice(m[0].length) };
}

/** 2025-10-28 00:00:00 → 2025-10-28; '' → null. */
function isoDate(value: string | undefined): string | null {
  const m = value ? /^(\d{4})-(\d{2})-(\d{2})/.exec(value) : null;
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

function dateInFileName(path: string): string | null {
  const m = /[(（@](\d{4}-\d{2}-\d{2})[)）]?\.md$/i.exec(basename(path));
  return m ? m[1] : null;
}

const DATE = /([0-9〇零一二三四五六七八九]{4})年([0-9十一二三四五六七八九]{1,3})月([0-9十一二三四五六七八九]{1,3})日/g;

/** 2016年11月7日 or 二〇一六年十一月七日 → 2016-11-07. */
function chineseDate(text: string): string | null {
  const m = new RegExp(DATE.source).exec(text);
  if (!m) return null;
  const [y, mo, d] = [m[1], m[2], m[3]].map(parseNumeral);
  if (y === null || mo === null || d === null || mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * The latest adoption date and the effective date named in the history lines. Each date
 * is read with the words up to the next date: …通过, …修正 and …公布 adopt, …施行 takes effect.
 */
function historyDates(preamble: string): { adopted: string | null; effective: string | null } {
  let adopted: string | null = null;
  let effective: string | null = null;
  const hits = [...preamble.matchAll(DATE)];
  hits.forEach((hit, k) => {
    const clause = preamble.slice(hit.index, hits[k + 1]?.index ?? preamble.length);
    const date = chineseDate(hit[0]);
    if (!date) return;
    if (/施行/.test(clause)) effective ??= date;
    else if (/通过|修正|修订|公布|发布|批准|颁布/.test(clause) && (!adopted || date > adopted)) adopted = date;
  });
  return { adopted, effective };
}
