/**
 * `generateCorpus`: writes a corpus of synthetic power lists and its manifest. Lists are
 * written one at a time as they are made, so a million items never sit in memory; the same
 * seed gives the same bytes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { writeBlocks } from './formats/blocks.js';
import { writeCells } from './formats/cells.js';
import { COLUMN_SETS } from './formats/columns.js';
import { writeCsv } from './formats/csv.js';
import { writeDocx } from './formats/docx.js';
import { writeHtmlLabelValue, writeHtmlTable } from './formats/html.js';
import { writeMarkdown } from './formats/markdown.js';
import { writeXlsx } from './formats/xlsx.js';
import { pickJurisdiction } from './jurisdictions.js';
import { buildList, type SynthList } from './list.js';
import { ERROR_KINDS, EXPECTED_FINDINGS, FORMATS, type ErrorKind, type Manifest, type ManifestFile, type SynthFormat, type SynthLayout } from './manifest.js';
import { Random } from './random.js';

export interface SynthOptions {
  /** How many power items in all. */
  items: number;
  /** Where the lists and manifest.json go (created if missing). */
  outDir: string;
  seed?: number;
  /** Relative weights of the formats; a format given 0 is not written. Default: mostly csv, md and txt. */
  formats?: Partial<Record<SynthFormat, number>>;
  /** Planted errors per item, by kind. Default 0.02 each. */
  rates?: Partial<Record<ErrorKind, number>>;
  /** Items per list, inclusive. Default [20, 200]. */
  listSize?: [number, number];
  /** Called once the number of files is known, before any is written. */
  onPlan?: (files: number) => void;
  /** Called after each file is made (its bytes may still be on their way to disk). */
  onFile?: (file: ManifestFile, itemsWritten: number) => void;
}

/** The cheap text formats carry the volume; xlsx, docx and html a few percent. */
export const DEFAULT_FORMAT_WEIGHTS: Record<SynthFormat, number> = {
  csv: 24, 'csv-gb18030': 8, md: 24, txt: 28, 'txt-gb18030': 8, html: 4, xlsx: 2, docx: 2,
};
export const DEFAULT_RATE = 0.02;
/** Files being written at once. */
const MAX_WRITES = 16;
/** The date a corpus is meant to be checked as of. */
export const AS_OF = '2026-11-23';

const EXTENSIONS: Record<SynthFormat, string> = {
  csv: 'csv', 'csv-gb18030': 'csv', md: 'md', txt: 'txt', 'txt-gb18030': 'txt', html: 'html', xlsx: 'xlsx', docx: 'docx',
};

/** Sizes of the lists: random in [min, max], the last ones adjusted to add up to `total`. */
function listSizes(total: number, [min, max]: [number, number], rng: Random): number[] {
  const sizes: number[] = [];
  let left = total;
  while (left > 0) {
    let n = rng.int(min, max);
    if (left <= max) n = left;
    else if (left - n < min) n = left - min;
    sizes.push(n);
    left -= n;
  }
  return sizes;
}

/** The layouts each format is written in. */
const LAYOUTS: Record<SynthFormat, SynthLayout[]> = {
  csv: ['header-table'],
  'csv-gb18030': ['header-table'],
  md: ['markdown-tables'],
  txt: ['labelled-blocks', 'tab-cells'],
  'txt-gb18030': ['labelled-blocks', 'tab-cells'],
  html: ['header-table', 'label-value'],
  xlsx: ['header-table'],
  docx: ['header-table'],
};

async function render(list: SynthList, format: SynthFormat, layout: SynthLayout, rng: Random): Promise<Buffer> {
  const columns = rng.pick(COLUMN_SETS);
  const text = (s: string) => (format.endsWith('gb18030') ? iconv.encode(s, 'gb18030') : Buffer.from(s, 'utf8'));
  switch (format) {
    case 'csv':
    case 'csv-gb18030':
      return writeCsv(list, columns, format === 'csv' ? 'utf-8' : 'gb18030');
    case 'md':
      return text(writeMarkdown(list));
    case 'txt':
    case 'txt-gb18030':
      return text(
        layout === 'labelled-blocks'
          ? writeBlocks(list, { pageHeader: rng.chance(0.4), summary: rng.chance(0.5) })
          : writeCells(list, rng.int(6, 15), rng.chance(0.4)),
      );
    case 'html':
      return text(layout === 'label-value' ? writeHtmlLabelValue(list) : writeHtmlTable(list, columns));
    case 'xlsx':
      return writeXlsx(list, columns);
    case 'docx':
      return writeDocx(list, columns);
  }
}

/** Writes the corpus and its manifest (outDir/manifest.json) and returns the manifest. */
export async function generateCorpus(options: SynthOptions): Promise<Manifest> {
  const seed = options.seed ?? 1;
  const rng = new Random(seed);
  const rates = Object.fromEntries(ERROR_KINDS.map((k) => [k, options.rates?.[k] ?? DEFAULT_RATE])) as Record<ErrorKind, number>;
  const total = ERROR_KINDS.reduce((n, k) => n + rates[k], 0);
  if (!(total <= 1) || ERROR_KINDS.some((k) => !(rates[k] >= 0))) throw new Error('synth: error rates must be between 0 and 1 and add up to at most 1');
  const weights = { ...DEFAULT_FORMAT_WEIGHTS, ...options.formats };
  const formats = FORMATS.filter((f) => (weights[f] ?? 0) > 0).map((f) => [f, weights[f]] as const);
  if (!formats.length) throw new Error('synth: no format has a positive weight');
  // The first lists go through every format and layout in turn, so that even a small corpus has each.
  const variants = formats.flatMap(([f]) => LAYOUTS[f].map((l) => [f, l] as const));
  const [min, max] = options.listSize ?? [20, 200];
  if (!(Number.isInteger(min) && Number.isInteger(max) && min >= 1 && max >= min)) throw new Error('synth: list sizes must be whole numbers with 1 <= min <= max');
  if (!(Number.isInteger(options.items) && options.items >= 0)) throw new Error('synth: the number of items must be a whole number');

  mkdirSync(options.outDir, { recursive: true });
  const manifest: Manifest = { seed, items: options.items, asOf: AS_OF, rates, files: [], planted: [] };
  const sizes = listSizes(options.items, [min, max], rng);
  options.onPlan?.(sizes.length);
  let written = 0;
  const inFlight = new Set<Promise<void>>();
  let failure: unknown = null;
  for (const [index, size] of sizes.entries()) {
    const lrng = rng.fork();
    const format = index < variants.length ? variants[index][0] : lrng.weighted(formats);
    const layout = index < variants.length ? variants[index][1] : lrng.pick(LAYOUTS[format]);
    const jurisdiction = pickJurisdiction(lrng);
    const list = buildList(lrng, jurisdiction, size, rates);
    const bytes = await render(list, format, layout, lrng);
    const path = `${String(index + 1).padStart(5, '0')}-${jurisdiction.code}-${jurisdiction.name}.${EXTENSIONS[format]}`;
    // Writes run in the background while the next lists are made, a few at a time.
    const write: Promise<void> = writeFile(join(options.outDir, path), bytes).then(
      () => void inFlight.delete(write),
      (e: unknown) => {
        failure ??= e;
        inFlight.delete(write);
      },
    );
    inFlight.add(write);
    if (inFlight.size >= MAX_WRITES) await Promise.race(inFlight);
    if (failure) throw failure;
    const file: ManifestFile = {
      path,
      format,
      layout,
      jurisdiction: { name: jurisdiction.name, code: jurisdiction.code, level: jurisdiction.level },
      office: list.office,
      title: list.title,
      published: list.published,
      items: list.items.length,
    };
    manifest.files.push(file);
    for (const item of list.items) {
      if (!item.planted) continue;
      const { error, law, article, detail } = item.planted;
      manifest.planted.push({ file: path, seq: item.seq, error, expect: EXPECTED_FINDINGS[error], law, article, detail });
    }
    written += size;
    options.onFile?.(file, written);
  }
  await Promise.all(inFlight);
  if (failure) throw failure;
  writeFileSync(join(options.outDir, 'manifest.json'), JSON.stringify(manifest, null, 1) + '\n');
  return manifest;
}
