/** `fatiao synth`: write a synthetic corpus of power lists with planted errors and a manifest. */
import type { Command } from 'commander';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { generateCorpus } from '../synth/generate.js';
import { ERROR_KINDS, EXPECTED_FINDINGS, FORMATS, type ErrorKind, type SynthFormat } from '../synth/manifest.js';
import { examples, fail, printJson, printTable } from './output.js';
import { progress, type Progress } from './progress.js';

interface SynthCliOptions {
  items: string;
  out: string;
  seed: string;
  rate?: string;
  formats?: string;
  json?: boolean;
}

function wholeNumber(text: string, what: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0) fail(`${what} must be a whole number, not "${text}"`);
  return n;
}

export function registerSynth(program: Command): void {
  program
    .command('synth')
    .description('write a synthetic corpus: power lists of real jurisdictions in every format the reader takes, with planted errors listed in manifest.json')
    .requiredOption('--items <n>', 'power items in all (lists hold 20–200 each)')
    .requiredOption('--out <dir>', 'where to write the lists and manifest.json')
    .option('--seed <s>', 'the same seed writes the same bytes', '1')
    .option('--rate <r>', `planted errors per item, for each of ${ERROR_KINDS.join(', ')}`, '0.02')
    .option('--formats <list>', `only these formats, comma-separated (${FORMATS.join(', ')})`)
    .option('--json', 'print a JSON summary (the manifest itself is in the output directory)')
    .addHelpText(
      'after',
      examples(
        'fatiao synth --items 10000 --out corpus/',
        'fatiao synth --items 1000000 --out /tmp/bench --seed 7 --json',
        'fatiao synth --items 600 --out small/ --rate 0.05 --formats csv,md,txt',
        'fatiao ingest corpus/0* --db corpus.db && fatiao check --as-of 2026-11-23 --db corpus.db && fatiao mismatches --db corpus.db',
      ),
    )
    .action(async (opts: SynthCliOptions) => {
      const items = wholeNumber(opts.items, '--items');
      const seed = wholeNumber(opts.seed, '--seed');
      const rate = Number(opts.rate);
      if (!(rate >= 0 && rate * ERROR_KINDS.length <= 1)) fail(`--rate must be between 0 and ${1 / ERROR_KINDS.length}, not "${opts.rate}"`);
      let formats: Partial<Record<SynthFormat, number>> | undefined;
      if (opts.formats) {
        const wanted = opts.formats.split(',').map((f) => f.trim()).filter(Boolean);
        const unknown = wanted.filter((f) => !(FORMATS as readonly string[]).includes(f));
        if (unknown.length) fail(`unknown format ${unknown.join(', ')}; the formats are ${FORMATS.join(', ')}`);
        formats = Object.fromEntries(FORMATS.filter((f) => !wanted.includes(f)).map((f) => [f, 0]));
      }
      const rates = Object.fromEntries(ERROR_KINDS.map((k) => [k, rate])) as Record<ErrorKind, number>;
      const started = Date.now();
      let bar: Progress | null = null;
      const manifest = await generateCorpus({
        items,
        outDir: opts.out,
        seed,
        rates,
        formats,
        onPlan: (files) => {
          bar = opts.json ? null : progress(files, 'synth');
        },
        onFile: (file) => bar?.tick(file.path),
      }).catch((e: unknown) => fail(e instanceof Error ? e.message : String(e)));
      (bar as Progress | null)?.stop();
      const seconds = (Date.now() - started) / 1000;
      let bytes = 0;
      for (const f of manifest.files) bytes += statSync(join(opts.out, f.path)).size;
      const count = <K extends string>(keys: K[]) => {
        const out: Record<string, number> = {};
        for (const k of keys) out[k] = (out[k] ?? 0) + 1;
        return out;
      };
      const formatsWritten = count(manifest.files.map((f) => `${f.format} ${f.layout}`));
      const planted = count(manifest.planted.map((p) => p.error));
      if (opts.json) {
        printJson({
          out: opts.out,
          manifest: join(opts.out, 'manifest.json'),
          seed,
          items: manifest.items,
          files: manifest.files.length,
          bytes,
          seconds,
          formats: formatsWritten,
          planted,
        });
        return;
      }
      printTable(['format', 'layout', 'files'], Object.entries(formatsWritten).map(([k, n]) => [...k.split(' '), n]));
      printTable(
        ['planted error', 'items', 'must produce'],
        ERROR_KINDS.map((k) => [k, planted[k] ?? 0, EXPECTED_FINDINGS[k].join(', ')]),
      );
      process.stdout.write(
        `${manifest.files.length} files, ${manifest.items} items, ${manifest.planted.length} planted errors, ${(bytes / 1e6).toFixed(1)} MB in ${seconds.toFixed(1)} s → ${join(opts.out, 'manifest.json')}\n`,
      );
    });
}
