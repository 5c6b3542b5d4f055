/**
 * The statute registry shipped in data/statutes: every version of the laws the bundled
 * sample lists cite (INDEX.tsv, with dates, status and document numbers), the laws known
 * without their text, and changes the texts do not state (CHANGES.tsv). Repeal clauses in
 * the texts themselves (《中华人民共和国行政监察法》同时废止) are read from the texts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { isoDate } from '../cite/notes.js';
import { parseNumeral } from '../cite/numerals.js';
import { dataPath } from '../paths.js';
import { parseLawText } from './structure.js';
import type { Law, LawRank, LawVersion, VersionStatus } from './types.js';

const NOTE_AT_END = /[（(][^（）()]*[）)]\s*$/;

/** 2023-03-23 (published) → 2023-03-23; anything else without a date → null. */
function dateOf(text: string): string | null {
  const iso = /(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (iso) return iso[0];
  const cn = /(\d{4})年(\d{1,2})月(\d{1,2})日/.exec(text);
  return cn ? isoDate(cn[1], cn[2], cn[3]) : null;
}

function statusOf(text: string): VersionStatus {
  if (text === '现行有效' || text === '已修改' || text === '已废止' || text === '尚未生效') return text;
  return '未知';
}

/** 国家互联网信息办公室令第1号 (doc no. from background knowledge…) → the number as published. */
export function documentNumberOf(text: string): { text: string | null; value: number | null } {
  const clean = text.replace(/\s*\(doc no\.[^)]*\)/g, '').trim();
  if (!clean || /未查得|无令号/.test(clean)) return { text: null, value: null };
  const m = /令\s*(?:\d{4}年)?\s*第\s*([0-9零〇一二两三四五六七八九十百千]+)\s*号/.exec(clean);
  return { text: clean, value: m ? parseNumeral(m[1]) : null };
}

export function rankOf(issuer: string, documentNumber: string): LawRank {
  if (/规范性文件/.test(documentNumber)) return '规范性文件';
  if (/^全国人民代表大会/.test(issuer)) return '法律';
  if (issuer === '国务院') return '行政法规';
  if (/人民代表大会常务委员会$/.test(issuer)) return '地方性法规';
  if (/人民政府$/.test(issuer)) return '地方政府规章';
  return '部门规章';
}

/** Reads an INDEX.tsv-style registry and its texts from a folder. */
export function readStatutesFolder(dir: string): Law[] {
  const index = readFileSync(`${dir}/INDEX.tsv`, 'utf8').split('\n');
  const header = index[0].split('\t');
  const col = (row: string[], name: string) => row[header.indexOf(name)] ?? '';
  const laws = new Map<string, Law>();
  for (const line of index.slice(1)) {
    if (!line.trim()) continue;
    const row = line.split('\t');
    const title = col(row, 'full_title').replace(NOTE_AT_END, '').trim();
    const file = col(row, 'file');
    const issuer = col(row, 'issuing_body');
    const doc = documentNumberOf(col(row, 'document_number'));
    let law = laws.get(title);
    if (!law) {
      law = { title, aliases: [], rank: rankOf(issuer, col(row, 'document_number')), issuer: issuer || null, versions: [] };
      laws.set(title, law);
    }
    const short = col(row, 'short_title');
    if (short && short !== title && !law.aliases.includes(short)) law.aliases.push(short);
    const adopted = dateOf(col(row, 'adopted_date'));
    if (!adopted) continue;
    const path = file !== 'MISSING' ? `${dir}/${file}` : null;
    const text = path && existsSync(path) ? readFileSync(path, 'utf8') : null;
    const version: LawVersion = {
      adopted,
      effective: dateOf(col(row, 'effective_date')),
      status: statusOf(col(row, 'status_as_of_2026-11')),
      documentNumber: doc.text,
      documentNumberValue: doc.value,
      source: text ? `data/statutes/${file} (${col(row, 'source_repo_path_commit')})` : col(row, 'source_repo_path_commit') || null,
      text,
      articles: text ? parseLawText(text).articles : [],
    };
    if (!law.versions.some((v) => v.adopted === adopted)) law.versions.push(version);
  }
  const all = [...laws.values()];
  for (const law of all) law.versions.sort((a, b) => a.adopted.localeCompare(b.adopted));
  applyRepealClauses(all);
  if (existsSync(`${dir}/CHANGES.tsv`)) applyChanges(all, readFileSync(`${dir}/CHANGES.tsv`, 'utf8'));
  for (const law of all) {
    // Marked repealed with no clause or change saying when: the last version's date is all we know.
    const last = law.versions[law.versions.length - 1];
    if (!law.repeal && last && law.versions.every((v) => v.status === '已废止')) {
      law.repeal = { kind: 'repealed', date: last.effective ?? last.adopted, by: null, article: null, note: 'every version is marked 已废止; the repeal date is not known' };
    }
  }
  return all;
}

const REPEAL_CLAUSE = /《([^《》]{2,60})》[^。；]{0,12}同时废止/g;

/**
 * Repeal clauses in the texts: 本法自公布之日起施行，《中华人民共和国行政监察法》同时废止 repeals
 * that law when this version takes effect.
 */
export function applyRepealClauses(laws: Law[]): void {
  const byTitle = new Map<string, Law>();
  for (const l of laws) for (const t of [l.title, ...l.aliases]) byTitle.set(t, l);
  for (const law of laws) {
    for (const v of law.versions) {
      for (const a of v.articles) {
        for (const m of a.text.matchAll(REPEAL_CLAUSE)) {
          const target = byTitle.get(m[1]) ?? byTitle.get(m[1].replace(/^中华人民共和国/, ''));
          if (!target || target === law || target.repeal) continue;
          target.repeal = { kind: 'repealed', date: v.effective ?? v.adopted, by: law.title, article: a.number, note: m[0] };
          for (const tv of target.versions) tv.status = '已废止';
        }
      }
    }
  }
}

function applyChanges(laws: Law[], tsv: string): void {
  const lines = tsv.split('\n').filter((l) => l && !l.startsWith('#'));
  const header = lines[0].split('\t');
  for (const line of lines.slice(1)) {
    const row = Object.fromEntries(line.split('\t').map((v, i) => [header[i], v]));
    const law = laws.find((l) => l.title === row.law || l.aliases.includes(row.law));
    if (!law) continue;
    law.repeal = {
      kind: row.kind === 'superseded' ? 'superseded' : 'repealed',
      date: row.date,
      by: row.by || null,
      article: row.article ? Number(row.article) : null,
      note: row.source || null,
    };
    for (const v of law.versions) if (v.status === '未知' || v.status === '现行有效') v.status = '已废止';
  }
}

let bundled: Law[] | null = null;

/** The laws shipped in data/statutes. */
export function bundledLaws(): Law[] {
  if (!bundled) bundled = readStatutesFolder(dataPath('statutes'));
  return bundled;
}
