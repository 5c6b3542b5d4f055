/// <reference lib="dom" />
/**
 * Character differences between two texts (a list's quote and the statute, or an old and a
 * new version of an article), marked in both. Width variants of punctuation (，/,) and
 * whitespace are not counted as differences: the lists retype statutes inconsistently, and
 * an officer cares about words, not about the comma's width.
 */
import { diffChars } from 'diff';
import { h } from './dom.js';

const MAX_DIFF = 6000;

function comparable(text: string): { chars: string; index: number[] } {
  let chars = '';
  const index: number[] = [];
  for (let i = 0; i < text.length; i++) {
    let c = text[i]!;
    if (/\s/.test(c)) continue;
    const code = c.charCodeAt(0);
    if (code >= 0xff01 && code <= 0xff5e) c = String.fromCharCode(code - 0xfee0);
    else if (c === '、') c = ',';
    else if (c === '。') c = '.';
    chars += c;
    index.push(i);
  }
  return { chars, index };
}

/** For each character of `a` and of `b`: whether it differs from the other text. */
export function diffMarks(a: string, b: string): { a: boolean[]; b: boolean[] } | null {
  if (a.length > MAX_DIFF || b.length > MAX_DIFF) return null;
  const ca = comparable(a);
  const cb = comparable(b);
  const ma = new Array<boolean>(a.length).fill(false);
  const mb = new Array<boolean>(b.length).fill(false);
  let i = 0;
  let j = 0;
  for (const part of diffChars(ca.chars, cb.chars)) {
    const n = part.value.length;
    if (part.removed) {
      for (let k = 0; k < n; k++) ma[ca.index[i + k]!] = true;
      i += n;
    } else if (part.added) {
      for (let k = 0; k < n; k++) mb[cb.index[j + k]!] = true;
      j += n;
    } else {
      i += n;
      j += n;
    }
  }
  return { a: ma, b: mb };
}

/**
 * One text against a reference, inline: what only the text has is marked (<mark class="d-left">),
 * what only the reference has is shown where it is missing, struck through (<del class="d-omit">).
 */
export function inlineDiff(text: string, reference: string): DocumentFragment {
  const f = document.createDocumentFragment();
  if (text.length > MAX_DIFF || reference.length > MAX_DIFF) {
    f.appendChild(document.createTextNode(text));
    return f;
  }
  const ca = comparable(text);
  const cb = comparable(reference);
  // Omitted runs of the reference, keyed by the position in `text` they belong before.
  const omitted = new Map<number, string>();
  const marks = new Array<boolean>(text.length).fill(false);
  let i = 0;
  let j = 0;
  for (const part of diffChars(ca.chars, cb.chars)) {
    const n = part.value.length;
    if (part.removed) {
      for (let k = 0; k < n; k++) marks[ca.index[i + k]!] = true;
      i += n;
    } else if (part.added) {
      const at = i < ca.index.length ? ca.index[i]! : text.length;
      const run = reference.slice(cb.index[j]!, cb.index[j + n - 1]! + 1);
      omitted.set(at, (omitted.get(at) ?? '') + run);
      j += n;
    } else {
      i += n;
      j += n;
    }
  }
  let start = 0;
  const flush = (end: number) => {
    if (end > start) f.appendChild(markedText(text.slice(start, end), marks.slice(start, end), 'd-left'));
    start = end;
  };
  for (const at of [...omitted.keys()].sort((x, y) => x - y)) {
    flush(at);
    f.appendChild(h('del', { class: 'd-omit', title: '清单中缺少' }, omitted.get(at)!));
  }
  flush(text.length);
  return f;
}

/** The text with its marked characters wrapped in <mark class="cls">. */
export function markedText(text: string, marks: boolean[] | null, cls: string): DocumentFragment {
  const f = document.createDocumentFragment();
  if (!marks) {
    f.appendChild(document.createTextNode(text));
    return f;
  }
  let start = 0;
  for (let i = 1; i <= text.length; i++) {
    if (i === text.length || marks[i] !== marks[start]) {
      const run = text.slice(start, i);
      f.appendChild(marks[start] ? h('mark', { class: cls }, run) : document.createTextNode(run));
      start = i;
    }
  }
  return f;
}

/** Marks every occurrence of `phrase` in `text` (for the phrase a finding points at). */
export function highlightPhrase(text: string, phrase: string | null | undefined, cls: string): DocumentFragment {
  const marks = new Array<boolean>(text.length).fill(false);
  if (phrase) {
    for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + phrase.length)) {
      for (let k = 0; k < phrase.length; k++) marks[at + k] = true;
    }
  }
  return markedText(text, marks, cls);
}

/** Two texts side by side with their differences marked. */
export function sideBySide(left: { title: string; text: string }, right: { title: string; text: string }, note?: string): HTMLElement {
  const m = diffMarks(left.text, right.text);
  const same = m !== null && !m.a.some(Boolean) && !m.b.some(Boolean);
  return h(
    'div',
    { class: 'sbs' },
    h('div', { class: 'sbs-col' }, h('div', { class: 'sbs-title' }, left.title), h('div', { class: 'sbs-text' }, markedText(left.text, m?.a ?? null, 'd-left'))),
    h('div', { class: 'sbs-col' }, h('div', { class: 'sbs-title' }, right.title), h('div', { class: 'sbs-text' }, markedText(right.text, m?.b ?? null, 'd-right'))),
    note || same ? h('div', { class: 'sbs-note' }, same ? '两者文字一致（不计标点宽度与空白）。' : note) : null,
  );
}
