/** The statute commands: `laws import`, `law`, `article`, `diff`. */
import type { Command } from 'commander';
import { existsSync, statSync } from 'node:fs';
import { corpusFiles, mergeLaw, readCorpus } from '../laws/corpus.js';
import { bundledLaws } from '../laws/registry.js';
import { articleAnswer, diffAnswer, lawAnswer } from '../store/articles.js';
import { QueryError } from '../store/cites.js';
import { ensureBundledLaws, installLaw } from '../store/install.js';
import { resolveCitations } from '../store/resolve.js';
import { color, examples, fail, printJson, printTable } from './output.js';
import { progress } from './progress.js';
import { openFromOptions, withDb } from './store.js';

const cn = (n: number | null) => (n === null ? '—' : `第${n}条`);

function answer<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof QueryError) fail(e.message);
    throw e;
  }
}

export function registerLaws(program: Command): void {
  const laws = program.command('laws').description('the statute registry');
  withDb(
    laws
      .command('import')
      .description('import a LawRefBook-layout Markdown tree of statutes (one file per version)')
      .argument('<dir>', 'the tree, e.g. ../shared/lawcorpus')
      .option('--json', 'print the summary as JSON')
      .option('-v, --verbose', 'print every per-file warning'),
  )
    .addHelpText('after', examples('fatiao laws import ../shared/lawcorpus --db laws.db'))
    .action((dir: string, opts: { db?: string; json?: boolean; verbose?: boolean }) => {
      if (!existsSync(dir) || !statSync(dir).isDirectory()) fail(`${dir}: not a directory`);
      const db = openFromOptions(opts, 'write');
      ensureBundledLaws(db);
      const started = Date.now();
      const files = corpusFiles(dir).length;
      const readBar = progress(files, 'read ');
      const corpus = readCorpus(dir, (p) => readBar.tick(p.split('/').pop()));
      readBar.stop();
      const known = new Map(bundledLaws().map((l) => [l.title, l]));
      const saveBar = progress(corpus.laws.length, 'store');
      let versions = 0;
      let articles = 0;
      const warnings = [...corpus.warnings];
      for (const law of corpus.laws) {
        const merged = mergeLaw(known.get(law.title), law);
        try {
          installLaw(db, merged, (w) => warnings.push(w));
          versions += merged.versions.length;
          articles += merged.versions.reduce((n, v) => n + v.articles.length, 0);
        } catch (e) {
          warnings.push(`${law.title}: not stored: ${e instanceof Error ? e.message : String(e)}`);
        }
        saveBar.tick(law.title);
      }
      saveBar.stop();
      const resolved = resolveCitations(db);
      db.close();
      const summary = { files: corpus.files, laws: corpus.laws.length, versions, articles, warnings: warnings.length, citationsResolved: resolved, seconds: (Date.now() - started) / 1000 };
      if (opts.json) return printJson({ ...summary, warningList: warnings });
      if (opts.verbose) for (const w of warnings) process.stdout.write(color.yellow(`warning: ${w}\n`));
      process.stdout.write(
        `${summary.files} files: ${summary.laws} laws, ${summary.versions} versions, ${summary.articles} articles` +
          `${summary.warnings ? color.yellow(`, ${summary.warnings} warnings${opts.verbose ? '' : ' (-v to list)'}`) : ''} in ${summary.seconds.toFixed(1)} s\n`,
      );
    });

  withDb(program.command('law').description('a law: its versions, status and articles').argument('<title>', '网络安全法, 中华人民共和国网络安全法 …').option('--json', 'print JSON'))
    .addHelpText('after', examples('fatiao law 网络安全法 --json'))
    .action((title: string, opts: { db?: string; json?: boolean }) => {
      const db = openFromOptions(opts, 'write');
      ensureBundledLaws(db);
      const a = answer(() => lawAnswer(db, title));
      db.close();
      if (opts.json) return printJson(a);
      process.stdout.write(`${color.bold(a.title)} (${a.rank}${a.issuer ? `, ${a.issuer}` : ''})${a.aliases.length ? ` — also ${a.aliases.join('、')}` : ''}\n`);
      if (a.repeal) process.stdout.write(color.red(`${a.repeal.kind} ${a.repeal.date}${a.repeal.by ? ` by ${a.repeal.by}${a.repeal.article ? ` 第${a.repeal.article}条` : ''}` : ''}\n`));
      printTable(['adopted', 'effective', 'status', 'document number', 'articles'], a.versions.map((v) => [v.adopted, v.effective, v.status, v.documentNumber, v.hasText ? v.articles : '(no text)']));
    });

  withDb(
    program
      .command('article')
      .description('an article in the version in force on a date, its penalties, and where it stands in every other version')
      .argument('<citation>', '《网络安全法》第五十九条')
      .option('--at <date>', 'the date the citation was written (default: today, the current version)')
      .option('--json', 'print JSON'),
  )
    .addHelpText('after', examples('fatiao article "《网络安全法》第五十九条" --at 2021-08-30 --json', 'fatiao article "《网络安全法》第六十一条"'))
    .action((citation: string, opts: { db?: string; at?: string; json?: boolean }) => {
      if (opts.at && !/^\d{4}-\d{2}-\d{2}$/.test(opts.at)) fail(`--at ${opts.at}: write the date as YYYY-MM-DD`);
      const db = openFromOptions(opts, 'write');
      ensureBundledLaws(db);
      const a = answer(() => articleAnswer(db, citation, opts.at));
      db.close();
      if (opts.json) return printJson(a);
      process.stdout.write(`${color.bold(`${a.law} ${cn(a.article)}${a.articleSuffix ? `之${a.articleSuffix}` : ''}`)} (${a.version.adopted}, ${a.version.status})\n\n${a.text}\n\n`);
      if (a.penalties.length) {
        printTable(
          ['款', 'penalty', 'range', 'party', 'condition'],
          a.penalties.map((p) => [p.paragraph, p.kind, p.min === null && p.max === null ? '' : `${p.min ?? ''}–${p.max ?? ''} ${p.unit ?? ''}${p.base ? ` × ${p.base}` : ''}`, p.party === 'subject' ? '(the subject)' : p.party, p.condition]),
        );
      }
      for (const c of a.correspondences) {
        process.stdout.write(`${c.version}: ${c.article === null ? 'no corresponding article' : `${cn(c.article)}${c.changed ? color.yellow(` (${c.change})`) : ' (unchanged)'}`}\n`);
      }
    });

  withDb(
    program
      .command('diff')
      .description('the 修正前后条文对照表 of two versions of a law')
      .argument('<law>', 'the law')
      .argument('[from]', 'the older version (adopted date or a date it was in force)')
      .argument('[to]', 'the newer version')
      .option('--all', 'also list unchanged articles')
      .option('--json', 'print JSON'),
  )
    .addHelpText('after', examples('fatiao diff 网络安全法 2016-11-07 2025-10-28', 'fatiao diff 网络安全法 --json'))
    .action((law: string, from: string | undefined, to: string | undefined, opts: { db?: string; all?: boolean; json?: boolean }) => {
      const db = openFromOptions(opts, 'write');
      ensureBundledLaws(db);
      const d = answer(() => diffAnswer(db, law, from, to));
      db.close();
      if (opts.json) return printJson(d.rows.map(({ fromText: _f, toText: _t, ...r }) => r));
      process.stdout.write(`${color.bold(d.law)}: ${d.from} → ${d.to}\n`);
      const rows = d.rows.filter((r) => opts.all || r.change !== 'unchanged');
      printTable(
        [`${d.from}`, `${d.to}`, 'change'],
        rows.map((r) => [
          r.fromText !== null ? `${cn(r.from)} ${r.fromText}` : '',
          r.toText !== null ? `${cn(r.to)} ${r.toText}` : '',
          `${r.change}${r.penaltiesChanged ? '\npenalties changed' : ''}`,
        ]),
        { widths: [60, 60, 14] },
      );
      const counts = new Map<string, number>();
      for (const r of d.rows) counts.set(r.change, (counts.get(r.change) ?? 0) + 1);
      process.stdout.write(`${[...counts].map(([k, n]) => `${n} ${k}`).join(', ')}\n`);
    });
}
