/**
 * Reading a LawRefBook-layout Markdown tree (../shared/lawcorpus: 3,504 files) into laws
 * with versions: one file per version (网络安全法(2016-11-07).md), the folder giving the
 * rank, the metadata table laws.tsv giving what is still in force. A file that cannot be
 * read is a warning, not a failure.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { derivedAliases } from '../cite/titles.js';
import { readLawFile } from './read.js';
import type { Law, LawRank, LawVersion } from './types.js';

const RANK_BY_FOLDER: Record<string, LawRank> = {
  宪法: '宪法', 宪法相关法: '法律', 民法商法: '法律', 民法典: '法律', 行政法: '法律', 经济法: '法律', 社会法: '法律',
  刑法: '法律', 诉讼与非诉讼程序法: '法律', 行政法规: '行政法规', 部门规章: '部门规章', 司法解释: '司法解释', DLC: '地方性法规',
};

export interface CorpusFile {
  path: string;
  rank: LawRank;
}

/** The law files of a corpus tree, with the rank their folder gives (court cases and notes skipped). */
export function corpusFiles(dir: string): CorpusFile[] {
  const out: CorpusFile[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.md') && name !== '_index.md') {
        const rank = RANK_BY_FOLDER[relative(dir, path).split('/')[0]];
        if (rank) out.push({ path, rank });
      }
    }
  };
  walk(dir);
  return out;
}

interface Metadata {
  expired: boolean;
  validFrom: string | null;
}

/** laws.tsv: name, level, folder, filename, publish, valid_from, expired, ver, subtitle. */
function readMetadata(dir: string): Map<string, Metadata> {
  const out = new Map<string, Metadata>();
  const path = join(dir, 'laws.tsv');
  if (!existsSync(path)) return out;
  const [header, ...rows] = readFileSync(path, 'utf8').split('\n');
  const cols = header.split('\t');
  for (const row of rows) {
    const v = Object.fromEntries(row.split('\t').map((x, i) => [cols[i], x]));
    if (!v.name) continue;
    out.set(`${v.name}|${v.publish ?? ''}`, { expired: v.expired === '1', validFrom: v.valid_from || null });
  }
  return out;
}

export interface CorpusReading {
  laws: Law[];
  warnings: string[];
  files: number;
}

/**
 * Reads a corpus. `onFile` is called after each file (for a progress bar). Versions of one
 * law are the files that share a title; a law split over files (民法典, one file per 编)
 * becomes one version with all their articles.
 */
export function readCorpus(dir: string, onFile: (path: string) => void = () => {}): CorpusReading {
  const metadata = readMetadata(dir);
  const laws = new Map<string, Law>();
  const warnings: string[] = [];
  const files = corpusFiles(dir);
  for (const f of files) {
    try {
      const file = readLawFile(f.path);
      const stem = f.path.split('/').pop()!.replace(/\(\d{4}-\d{2}-\d{2}\)\.md$|\.md$/, '');
      const title = (file.title ?? stem).trim();
      if (file.articles.length === 0) warnings.push(`${relative(dir, f.path)}: no articles found`);
      let law = laws.get(title);
      if (!law) {
        law = { title, aliases: [], rank: f.rank, issuer: null, versions: [] };
        laws.set(title, law);
      }
      // The file name is the short title (网络安全法) — unless the file is a part of the law (民法典's 总则).
      const names = title.includes(stem) ? [stem, ...derivedAliases(title)] : derivedAliases(title);
      for (const a of names) if (a && a !== title && !law.aliases.includes(a)) law.aliases.push(a);
      const adopted = file.adopted ?? '0000-00-00';
      const meta = metadata.get(`${stem}|${adopted}`);
      const existing = law.versions.find((v) => v.adopted === adopted);
      if (existing) {
        // Another part of the same version (民法典's 编): its articles continue the numbering.
        existing.articles.push(...file.articles);
        existing.text = `${existing.text ?? ''}\n\n${file.text}`;
        continue;
      }
      const version: LawVersion = {
        adopted,
        effective: file.effective ?? meta?.validFrom ?? null,
        status: meta?.expired ? '已废止' : '现行有效',
        documentNumber: null,
        documentNumberValue: null,
        source: `lawcorpus/${relative(dir, f.path)}`,
        text: file.text,
        articles: file.articles,
      };
      law.versions.push(version);
    } catch (e) {
      warnings.push(`${relative(dir, f.path)}: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      onFile(f.path);
    }
  }
  for (const law of laws.values()) {
    law.versions.sort((a, b) => a.adopted.localeCompare(b.adopted));
    // Every version but the last has been amended; the last is in force unless marked expired.
    law.versions.forEach((v, i) => {
      if (i < law.versions.length - 1 && v.status === '现行有效') v.status = '已修改';
    });
    for (const v of law.versions) v.articles.sort((a, b) => a.number - b.number || (a.suffix ?? 0) - (b.suffix ?? 0));
  }
  return { laws: [...laws.values()], warnings, files: files.length };
}

/**
 * A corpus law joined with what the registry already knows of it (data/statutes): the
 * registry's versions win, the corpus adds the versions it lacks.
 */
export function mergeLaw(known: Law | undefined, corpus: Law): Law {
  if (!known) return corpus;
  const versions = [...known.versions];
  for (const v of corpus.versions) if (!versions.some((k) => k.adopted === v.adopted)) versions.push(v);
  versions.sort((a, b) => a.adopted.localeCompare(b.adopted));
  return { ...known, aliases: [...new Set([...known.aliases, ...corpus.aliases])], versions };
}
