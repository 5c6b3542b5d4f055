/**
 * Properties of citation extraction on any input: it never throws, every citation is a true
 * slice of the input, the grammar gives every citation exactly one parse, results do not
 * depend on white space or bracket widths, and the work grows linearly with the input.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CitationFinder, findCitations } from '../src/cite/find.js';
import { defaultTitleRegistry } from '../src/cite/titles.js';
import { refsOf } from './helpers.js';

const SEEDS = ['alar-xinjiang-cac-2021.txt', 'liangzhou-gansu-cac.md', 'luxian-sichuan-cac-2020.txt', 'sanming-fujian-cac.txt'].map(
  (f) => readFileSync(new URL(`../data/samples/${f}`, import.meta.url), 'utf8'),
);
const seedCitations = SEEDS.flatMap((t) => findCitations(t));

/** Characters that matter to the grammar, mixed with ordinary text. */
const citationish = fc
  .array(
    fc.oneof(
      fc.constantFrom('第', '条', '款', '项', '之', '一', '十', '百', '千', '零', '两', '二', '8', '６', '、', '，', '和', '及', '至', '—', '～', '~',
        '（', '）', '(', ')', '《', '》', '〈', '〉', '<<', '>>', '【', '】', '本法', '本规定', '前款', '本条', '同条', ' ', '　', '\n', '网络安全法', '规定', '的'),
      fc.string({ maxLength: 3 }),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

describe('any text', () => {
  it('never throws, and every citation is a slice of the input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 200, unit: 'grapheme' }), fc.string({ maxLength: 200, unit: 'binary' }), citationish), (text) => {
        for (const c of findCitations(text)) {
          expect(text.slice(c.start, c.end)).toBe(c.text);
          for (const r of c.refs) {
            if (r.article !== null) expect(r.article).toBeGreaterThan(0);
          }
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('never throws on mutations of real citations', () => {
    const samples = seedCitations.map((c) => c.text);
    fc.assert(
      fc.property(fc.constantFrom(...samples), fc.integer({ min: 0, max: 400 }), fc.string({ maxLength: 4 }), fc.nat(), (text, at, insert, cut) => {
        const i = at % (text.length + 1);
        const mutated = [text.slice(0, i) + insert + text.slice(i), text.slice(0, i) + text.slice(i + (cut % 5)), text.slice(i) + text.slice(0, i)];
        for (const m of mutated) for (const c of findCitations(m)) expect(m.slice(c.start, c.end)).toBe(c.text);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('the grammar is unambiguous', () => {
  it('gives exactly one parse to every citation in the seed lists', () => {
    const finder = new CitationFinder(defaultTitleRegistry());
    expect(seedCitations.length).toBeGreaterThan(200);
    for (const c of seedCitations) {
      const bare = c.lawSource === 'title' && !/^[《〈<]/.test(c.text) ? c.lawAsWritten!.length : 0;
      expect(finder.parser.countParses(c.text, bare), c.text).toBe(1);
    }
  });

  it('gives exactly one parse to generated citations', () => {
    const num = fc.constantFrom('一', '八', '十', '十八', '二十六', '一百零五', '68', '６８');
    const art = fc.tuple(num, fc.boolean(), fc.option(num, { nil: undefined }), fc.option(num, { nil: undefined })).map(
      ([n, di, para, item]) => `${di ? '第' : ''}${n}条${para ? `第${para}款` : ''}${item ? `第（${item}）项` : ''}`,
    );
    const seq = fc.array(fc.tuple(art, fc.constantFrom('、', '和', '及', '至', '，')), { minLength: 1, maxLength: 6 }).map((parts) =>
      parts.map(([a, j], i) => (i === 0 ? `第${a.replace(/^第/, '')}` : j + a)).join(''),
    );
    const finder = new CitationFinder(defaultTitleRegistry());
    fc.assert(
      fc.property(fc.constantFrom('《网络安全法》', '《网络安全法》（2016年11月7日通过）', '本法', ''), seq, (head, body) => {
        const text = head + body;
        const found = findCitations(text);
        if (found.length === 1 && found[0].text === text) expect(finder.parser.countParses(text)).toBe(1);
      }),
      { numRuns: 1500 },
    );
    expect(finder.parser.stats.ambiguous).toBe(0);
  });
});

describe('stable under white space and bracket widths', () => {
  const variants = (t: string) => [
    t.replace(/（/g, '(').replace(/）/g, ')'),
    t.replace(/\(/g, '（').replace(/\)/g, '）'),
    t.replace(/条/g, '条 ').replace(/款/g, '款\u3000'),
    t.replace(/、/g, ' 、 '),
    t.replace(/第/g, '第\n'),
  ];
  it('gives the same refs for every seed citation', () => {
    for (const c of seedCitations) {
      if (c.relative) continue;
      for (const v of variants(c.text)) {
        const again = findCitations(v);
        expect(again.map(refsOf).join(' '), v).toBe(refsOf(c));
      }
    }
  });
});

describe('work grows linearly with the input', () => {
  const work = (text: string) => {
    const f = new CitationFinder(defaultTitleRegistry());
    f.find(text);
    const s = f.parser.stats;
    return s.spans + s.tokensFed;
  };
  it.each([
    ['第第第…', (n: number) => '第'.repeat(n)],
    ['第一第一…', (n: number) => '第一'.repeat(n / 2)],
    ['a 、-list', (n: number) => '《网络安全法》第' + Array.from({ length: n / 4 }, () => '十八').join('、') + '条'],
    ['unbalanced brackets', (n: number) => '《网络安全法》' + '（'.repeat(n / 2) + '第八条' + '）'.repeat(n / 2)],
    ['titles', (n: number) => '《网络安全法》第八条、'.repeat(n / 12)],
    ['control characters', (n: number) => '\u0000第\u0001条\u0007《\u001f'.repeat(n / 8)],
  ])('%s', (_name, make) => {
    const small = work(make(20_000));
    const large = work(make(80_000));
    // Four times the text may cost at most about four times the work (plus a constant).
    expect(large).toBeLessThanOrEqual(4 * small + 200);
  });
});
