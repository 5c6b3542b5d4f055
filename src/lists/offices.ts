/**
 * Office names as lists write them. The same office is spelled several ways in one list
 * (第一师阿拉尔市\n互联网信息办公室, 师市互联网信息办公室, 阿拉尔市网信办); a key that drops
 * white space, the jurisdiction's name and common abbreviations makes them one office.
 */
import type { Jurisdiction } from './types.js';

const ABBREVIATIONS: [RegExp, string][] = [
  [/网信办/g, '互联网信息办公室'],
  [/[（(]/g, '('],
  [/[）)]/g, ')'],
];

/** The office name as it should be shown: white space removed. */
export function cleanOfficeName(name: string): string {
  return name.replace(/\s+/g, '').replace(/^[：:]/, '');
}

/** Whether a name is a unit inside an office (网络监管组, 网络管理科) rather than an office. */
export function isInternalUnit(name: string): boolean {
  return /(?:科|组|股|处|室|中心)$/.test(name) && !/办公室$/.test(name);
}

/**
 * A key under which spellings of one office in one jurisdiction coincide: abbreviations
 * expanded, and any prefix naming the jurisdiction (第一师阿拉尔市, 师市, 凉州区, 区) dropped.
 */
export function officeKey(name: string, jurisdiction: Jurisdiction | null): string {
  let key = cleanOfficeName(name);
  for (const [re, to] of ABBREVIATIONS) key = key.replace(re, to);
  key = key.replace(/^中共/, '');
  const prefixes = new Set<string>(['师市', '本市', '市', '区', '县']);
  if (jurisdiction) {
    prefixes.add(jurisdiction.name);
    const short = jurisdiction.name.replace(/(?:市|区|县|自治县|旗)$/, '');
    if (short.length >= 2) prefixes.add(short);
    for (const p of jurisdiction.parents) prefixes.add(p);
    if (jurisdiction.level === '兵团师市') prefixes.add(`第一师${jurisdiction.name}`);
  }
  // Longest prefixes first, repeatedly: 第一师阿拉尔市 before 市.
  const sorted = [...prefixes].sort((a, b) => b.length - a.length);
  for (let changed = true; changed; ) {
    changed = false;
    for (const p of sorted) {
      if (key.startsWith(p) && key.length > p.length + 2) {
        key = key.slice(p.length);
        changed = true;
      }
    }
  }
  return key.replace(/^第[一二三四五六七八九十\d]+师/, '');
}
