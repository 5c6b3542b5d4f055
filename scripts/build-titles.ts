/**
 * Builds data/titles.tsv, the title registry the citation grammar uses, from the statutes
 * folder (INDEX.tsv, including laws whose text is missing) and a LawRefBook-layout corpus.
 *
 *   node dist/scripts/build-titles.js ../shared/lawcorpus data/statutes/INDEX.tsv > data/titles.tsv
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const [corpusDir, indexPath] = process.argv.slice(2);
if (!corpusDir || !indexPath) {
  console.error('usage: build-titles CORPUS_DIR INDEX.tsv');
  process.exit(2);
}

interface Entry { aliases: Set<string>; rank: string; source: string }
const entries = new Map<string, Entry>();
const NOTE = /[（(][^（）()]*[）)]$/;

function add(canonical: string, alias: string | null, rank: string, source: string): void {
  canonical = canonical.trim();
  if (!canonical) return;
  let e = entries.get(canonical);
  if (!e) entries.set(canonical, (e = { aliases: new Set(), rank, source }));
  if (alias && alias !== canonical) e.aliases.add(alias.trim());
}

// The statutes folder: the laws the sample lists cite, with short titles.
for (const line of readFileSync(indexPath, 'utf8').split('\n').slice(1)) {
  const cols = line.split('\t');
  if (cols.length < 3) continue;
  const full = cols[1].replace(NOTE, '');
  const short = cols[2];
  add(full, short, rankOf(cols[3] ?? ''), 'statutes/INDEX.tsv');
}

const RANK_BY_FOLDER: Record<string, string> = {
  宪法: '宪法', 宪法相关法: '法律', 民法商法: '法律', 民法典: '法律', 行政法: '法律', 经济法: '法律',
  社会法: '法律', 刑法: '法律', 诉讼与非诉讼程序法: '法律', 行政法规: '行政法规', 部门规章: '部门规章',
  司法解释: '司法解释', DLC: '地方性法规',
};

function walk(dir: string): void {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (name.endsWith('.md') && name !== '_index.md') {
      const top = relative(corpusDir, path).split('/')[0];
      const rank = RANK_BY_FOLDER[top];
      if (!rank) continue; // 案例 (court cases) and 其他 are not laws
      const head = readFileSync(path, 'utf8').slice(0, 400);
      const title = /^# (.+)$/m.exec(head)?.[1]?.trim();
      if (!title) continue;
      const fileTitle = name.replace(/\(\d{4}-\d{2}-\d{2}\)\.md$|\.md$/, '');
      // 民法典 is split into one file per 编; the file title is the 编, the law is the heading.
      add(title, top === '民法典' ? null : fileTitle, rank, `lawcorpus/${relative(corpusDir, path)}`);
    }
  }
}
walk(corpusDir);

function rankOf(issuer: string): string {
  if (issuer.includes('全国人民代表大会')) return '法律';
  if (issuer === '国务院') return '行政法规';
  if (/人民代表大会常务委员会/.test(issuer)) return '地方性法规';
  return '部门规章';
}

const out = ['# The title registry of fatiao: canonical title, aliases (|), rank, first source. Built by scripts/build-titles.ts.', 'canonical\taliases\trank\tsource'];
for (const [canonical, e] of [...entries].sort((a, b) => a[0].localeCompare(b[0], 'zh'))) {
  out.push([canonical, [...e.aliases].sort().join('|'), e.rank, e.source].join('\t'));
}
process.stdout.write(out.join('\n') + '\n');
