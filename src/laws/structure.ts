/**
 * The structure of a statute text: its title, the text before the first article, and its
 * articles (条) with their chapter and section (章/节), paragraphs (款) and points (项).
 *
 * Reads the Markdown layouts of the statute sources: LawRefBook (`# 标题`, history lines,
 * `<!-- INFO END -->`, `## 第一章 …` headings, `第X条 ` with an ASCII space) and flk as
 * whthomas/china-laws serves it (YAML front matter, a 目录, bare `第一章　总　　则` lines,
 * `第X条` followed by U+3000 or two spaces). Each non-empty line is one 款, except a line
 * opening with （一）, which is a 项 of the 款 before it.
 */
import { parseNumeral } from '../cite/numerals.js';
import type { Article, Paragraph, Point } from './types.js';

export interface ParsedLawText {
  /** The first `#` heading, or null when the text has none. */
  title: string | null;
  /**
   * Lines before the first article that are neither headings nor the table of contents:
   * history lines (通过, 修正), a 序言. Joined with line breaks.
   */
  preamble: string;
  articles: Article[];
}

const NUM = '[零〇一二两三四五六七八九十百千0-9０-９]+';
/** 第二百八十六条之一 followed by white space or the end of the line. */
const ARTICLE_HEAD = new RegExp(`^第(${NUM})条(?:之(${NUM}))?(?:[\\s\\u3000\\u00a0]+|$)`);
/** 第一章　总　　则 written as a plain line (flk); the name may be absent. */
const PLAIN_HEADING = new RegExp(`^第${NUM}(分编|编|章|节)(?:[\\s\\u3000\\u00a0]+([^。；，,;]{0,40}))?$`);
const MD_HEADING = /^(#{1,6})\s*(.*)$/;
const NUMBERED_HEADING = new RegExp(`^第${NUM}(分编|编|章|节)`);
/** （一） or (一) at the start of a 项. */
const POINT_HEAD = /^[（(]([一二三四五六七八九十]+)[）)]/;
/** 1. 2、 under a 项: a sub-item, kept with the 项 it belongs to. */
const SUB_ITEM_HEAD = /^[0-9０-９]+[.．、]/;
const TOC = /^目[\s\u3000]*录$/;
/** A line that cannot end a paragraph: it stops on a character or a comma. */
const WRAPPED = /[\p{Script=Han}、，,]$/u;

type Level = 'part' | 'chapter' | 'section';

interface ArticleDraft {
  number: number;
  suffix: number | null;
  chapter: string | null;
  section: string | null;
  paragraphs: { lines: string[]; points: string[][] }[];
}

export function parseLawText(markdown: string): ParsedLawText {
  const lines = stripFrontMatter(markdown.replace(/^\uFEFF/, '')).split(/\r\n|\r|\n/);
  let title: string | null = null;
  const preamble: string[] = [];
  const drafts: ArticleDraft[] = [];
  let chapter: string | null = null;
  let section: string | null = null;
  // The article that lines go to; null after a heading until the next article starts, so
  // an appendix after the last article is not read as part of it.
  let current: ArticleDraft | null = null;

  const setHeading = (level: Level, name: string) => {
    if (level === 'part') {
      chapter = null;
      section = null;
    } else if (level === 'chapter') {
      chapter = name;
      section = null;
    } else {
      section = name;
    }
    current = null;
  };

  for (const raw of lines) {
    const line = raw.trim();
    if (!line || (line.startsWith('<!--') && line.endsWith('-->'))) continue;

    const md = MD_HEADING.exec(line);
    if (md) {
      const text = md[2].trim();
      if (md[1].length === 1) {
        if (title === null) title = text;
        continue; // a second `#` heading names a part of a code (民法典 # 总则)
      }
      const numbered = NUMBERED_HEADING.exec(text);
      const level: Level = numbered ? levelOf(numbered[1]) : md[1].length <= 2 ? 'chapter' : 'section';
      setHeading(level, headingName(text));
      continue;
    }

    const plain = PLAIN_HEADING.exec(line);
    if (plain) {
      setHeading(levelOf(plain[1]), headingName(line));
      continue;
    }

    const head = ARTICLE_HEAD.exec(line);
    const number = head ? parseNumeral(head[1]) : null;
    if (head && number !== null && number > 0) {
      current = {
        number,
        suffix: head[2] ? parseNumeral(head[2]) : null,
        chapter,
        section,
        paragraphs: [],
      };
      drafts.push(current);
      const rest = line.slice(head[0].length).trim();
      if (rest) addLine(current, rest);
      continue;
    }

    if (current) {
      addLine(current, line);
    } else if (drafts.length === 0 && !TOC.test(line) && line !== title) {
      preamble.push(line);
    }
  }

  return { title, preamble: preamble.join('\n'), articles: drafts.map(toArticle) };
}

function stripFrontMatter(text: string): string {
  if (!text.startsWith('---')) return text;
  const end = /\r?\n---[ \t]*(?:\r?\n|$)/.exec(text.slice(3));
  return end ? text.slice(3 + end.index + end[0].length) : text;
}

function levelOf(word: string): Level {
  return word === '章' ? 'chapter' : word === '节' ? 'section' : 'part';
}

/** 第一章　总　　则 → 第一章 总则: the padding flk puts inside short names is dropped. */
function headingName(text: string): string {
  const m = NUMBERED_HEADING.exec(text);
  if (!m) return text.replace(/[\s\u3000]+/g, ' ').trim();
  const name = text.slice(m[0].length).replace(/[\s\u3000\u00a0]+/g, '');
  return name ? `${m[0]} ${name}` : m[0];
}

/** Adds one line of an article: a new 款, or 项 of the current one. */
function addLine(draft: ArticleDraft, line: string): void {
  const last = draft.paragraphs[draft.paragraphs.length - 1];
  const lastLine = last?.lines[last.lines.length - 1];
  if (last && lastLine && WRAPPED.test(lastLine) && !POINT_HEAD.test(line) && !line.startsWith('|')) {
    // A line broken inside a sentence (…以及公民、\n法人或者…): join it back.
    last.lines[last.lines.length - 1] += line;
    const point = last.points[last.points.length - 1];
    if (point && point[point.length - 1] === lastLine) point[point.length - 1] += line;
    return;
  }
  const head = POINT_HEAD.exec(line);
  if (head) {
    const para = last ?? newParagraph(draft, []);
    para.lines.push(line);
    // （一）…；（二）… written on one line are two 项.
    const inline = inlinePoints(line, parseNumeral(head[1]) ?? 1);
    for (const point of inline.length > 0 ? inline : [line]) para.points.push([point]);
    return;
  }
  if (last && last.points.length > 0 && (SUB_ITEM_HEAD.test(line) || line.startsWith('|'))) {
    last.lines.push(line);
    last.points[last.points.length - 1].push(line);
    return;
  }
  if (last && line.startsWith('|')) {
    last.lines.push(line); // a table row continues the 款 it follows
    return;
  }
  const para = newParagraph(draft, [line]);
  // 项 written inside the 款's own line: 下列用海免缴海域使用金：（一）军事用海；（二）…
  for (const point of inlinePoints(line, 1)) para.points.push([point]);
}

function newParagraph(draft: ArticleDraft, lines: string[]) {
  const para = { lines, points: [] as string[][] };
  draft.paragraphs.push(para);
  return para;
}

/**
 * 项 inside one line, numbered in sequence from `first`, each opening with （一） at the
 * start of the line or after a colon, a semicolon, a full stop or white space. Fewer than
 * two such markers are not a list: a lone （一） may be a quote.
 */
function inlinePoints(line: string, first: number): string[] {
  const starts: number[] = [];
  let expected = first;
  const re = /[（(]([一二三四五六七八九十]+)[）)]/g;
  for (let m = re.exec(line); m; m = re.exec(line)) {
    if (parseNumeral(m[1]) !== expected) continue;
    const before = m.index === 0 ? '' : line[m.index - 1];
    if (m.index > 0 && !/[：:；;。\s\u3000]/.test(before)) continue;
    starts.push(m.index);
    expected++;
  }
  if (starts.length < 2) return [];
  return starts.map((s, i) => line.slice(s, starts[i + 1] ?? line.length).trim());
}

function toArticle(d: ArticleDraft): Article {
  const eId = d.suffix ? `art_${d.number}_${d.suffix}` : `art_${d.number}`;
  const paragraphs: Paragraph[] = d.paragraphs.map((p, i) => {
    const pid = `${eId}__para_${i + 1}`;
    const points: Point[] = p.points.map((lines, k) => ({
      n: k + 1,
      eId: `${pid}__point_${k + 1}`,
      text: lines.join('\n').replace(POINT_HEAD, '').trim(),
    }));
    return { n: i + 1, eId: pid, text: p.lines.join('\n'), points };
  });
  return {
    number: d.number,
    suffix: d.suffix,
    eId,
    chapter: d.chapter,
    section: d.section,
    text: paragraphs.map((p) => p.text).join('\n'),
    paragraphs,
  };
}
