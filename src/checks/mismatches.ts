/**
 * `mismatches`: where what a list quotes disagrees with the statute or with other lists —
 * penalty ranges the article does not set or sets for another party, cross-references that
 * are not the article's, wording that changes meaning, and the same article quoted
 * differently by different jurisdictions. Where the registry has no text for a law, the
 * text most jurisdictions quote stands in for it and the others are the outliers.
 */
import { findCitations } from '../cite/find.js';
import { parsePenalties } from '../laws/penalties.js';
import type { Penalty } from '../laws/types.js';
import type { DB } from '../store/db.js';
import { sortFindings, type Finding, type Severity } from './findings.js';
import { placeOf, storedCitations, type StoredCitation, type StoredRef } from './places.js';
import { textSimilarity } from '../laws/similarity.js';
import { compareQuote, differenceWeight, type TextDifference } from './quoteDiff.js';
import { ReferenceTexts, type ReferenceText } from './references.js';

const short = (law: string | null) => (law ?? '?').replace(/^中华人民共和国/, '');
const cn = (n: number, p: number | null = null) => `第${n}条${p !== null ? `第${p}款` : ''}`;

export function runMismatches(db: DB): Finding[] {
  const texts = new ReferenceTexts(db);
  const findings: Finding[] = [];
  const penaltiesOf = db.prepare('SELECT * FROM penalties WHERE article_id = ? ORDER BY id');
  const linksOf = db.prepare(
    `SELECT al.to_article, al.to_paragraph, al.from_paragraph FROM article_links al JOIN articles a ON a.version_id = al.version_id
      WHERE a.id = ? AND al.from_article = a.number AND al.from_suffix IS a.suffix`,
  );
  const comparisons = new Map<string, ReturnType<typeof compareQuote>>();
  const compareCached = (quote: string, ref: string) => {
    const key = `${quote}\u0000${ref}`;
    let r = comparisons.get(key);
    if (!r) comparisons.set(key, (r = compareQuote(quote, ref)));
    return r;
  };
  /** Per provision, each jurisdiction's way of quoting it: for the cross-jurisdiction view. */
  const variants = new Map<string, Map<string, { signature: string; jurisdictions: Set<string>; example: string }>>();

  // The in-quote citations of each item field, to compare with the statute's own references.
  const inQuote = new Map<string, StoredCitation[]>();
  const basis: StoredCitation[] = [];
  for (const c of storedCitations(db, ['basis', 'in_quote'])) {
    if (c.role === 'basis') basis.push(c);
    else {
      const k = `${c.itemId}|${c.field}`;
      const list = inQuote.get(k) ?? [];
      list.push(c);
      inQuote.set(k, list);
    }
  }
  const basisByField = new Map<string, StoredCitation[]>();
  for (const c of basis) {
    const k = `${c.itemId}|${c.field}`;
    basisByField.set(k, [...(basisByField.get(k) ?? []), c]);
  }

  for (const c of basis) {
    if (!c.quote || c.refs.length !== 1 || !c.law) continue;
    const ref = c.refs[0];
    const reference = referenceFor(texts, c, ref);
    if (!reference) continue;
    const where = `item ${c.place.item?.seq ?? '?'}`;
    const against = reference.source === 'statute' ? `the ${c.version ?? ''} text`.replace('  ', ' ') : `${reference.votes!.agree} of ${reference.votes!.total} jurisdictions`;
    const signature: string[] = [];

    // 1. Penalty ranges.
    const quoted = parsePenalties(c.quote, null).filter((p) => (p.kind === 'fine' || p.kind === 'detention') && (p.min !== null || p.max !== null));
    const actual: Penalty[] =
      reference.source === 'statute' && ref.articleId !== null
        ? (penaltiesOf.all(ref.articleId) as Penalty[]).filter((p) => ref.paragraph === null || p.paragraph === null || p.paragraph === ref.paragraph)
        : parsePenalties(reference.text, null);
    for (const q of quoted) {
      const sameRange = actual.filter((a) => a.kind === q.kind && a.min === q.min && a.max === q.max && a.unit === q.unit);
      const range = describe(q);
      if (sameRange.length === 0) {
        signature.push(`range:${range}`);
        findings.push({
          kind: 'penalty-range', severity: 'high', ...placeOf(c, ref),
          message: `${where} quotes ${short(c.law)} ${cn(ref.article!, ref.paragraph)} with ${range}, which ${against} does not set`,
          evidence: { quote: c.quote, quoted: q, reference: reference.text, referenceSource: reference.source, referencePenalties: actual },
        });
      } else if (!sameRange.some((a) => a.party === q.party)) {
        signature.push(`party:${range}`);
        findings.push({
          kind: 'penalty-party', severity: 'high', ...placeOf(c, ref),
          message: `${where} quotes ${short(c.law)} ${cn(ref.article!, ref.paragraph)} with ${range} for ${partyName(q.party)}; ${against} sets it for ${sameRange.map((a) => partyName(a.party)).join('、')}`,
          evidence: { quote: c.quote, quoted: q, reference: reference.text, referenceSource: reference.source, referencePenalties: actual },
        });
      }
    }

    // 2. Cross-references inside the quote.
    const inside = (inQuote.get(`${c.itemId}|${c.field}`) ?? []).filter((q) => q.start >= c.end && q.start < nextBasisStart(basisByField, c) && q.law === c.law);
    const quotedRefs = inside.flatMap((q) => q.refs.filter((r) => !(r.article === ref.article && r.paragraph === null)));
    const statuteRefs = statuteReferences(reference, ref, c, linksOf, quotedParagraphs(texts, ref, c.quote));
    const extra = quotedRefs.filter((q) => !statuteRefs.some((s) => s.article === q.article && (s.paragraph === null || q.paragraph === null || s.paragraph === q.paragraph)));
    if (extra.length && statuteRefs.length) {
      signature.push(`xref:${extra.map((r) => cn(r.article!, r.paragraph)).join('、')}`);
      findings.push({
        kind: 'cross-reference', severity: 'high', ...placeOf(c, ref),
        message: `${where} quotes ${short(c.law)} ${cn(ref.article!, ref.paragraph)} as referring to ${extra.map((r) => cn(r.article!, r.paragraph)).join('、')}, where ${against} says ${statuteRefs.map((r) => cn(r.article, r.paragraph)).join('、')}`,
        evidence: { quote: c.quote, quoted: quotedRefs.map((r) => cn(r.article!, r.paragraph)), reference: reference.text, referenceSource: reference.source, statute: statuteRefs.map((r) => cn(r.article, r.paragraph)) },
      });
    }

    // 3. Wording: what the quote adds, drops or replaces inside the passages it quotes. The
    // whole article is the reference: a list may quote more than the 款 its heading names.
    const whole = reference.source === 'statute' ? (texts.statuteText(ref.articleId, null) ?? reference.text) : reference.text;
    const { differences } = compareCached(c.quote, whole);
    // How an article number is written (第四十一条至四十三条) is the cross-reference check's business.
    const penaltyFound = signature.some((x) => x.startsWith('range:'));
    const wording = differences.filter((d) => !isCitationWording(d) && !(penaltyFound && isNumeral(d)));
    const omissions = wording.filter((d) => d.quote === '' && d.statute.length >= 8);
    const changes = wording.filter((d) => !omissions.includes(d));
    if (changes.length) {
      const severity = worst(changes.map(differenceWeight));
      signature.push(`words:${changes.map((d) => `${d.statute}>${d.quote}`).join('|')}`);
      findings.push({
        kind: 'wording', severity, ...placeOf(c, ref),
        message: `${where} quotes ${short(c.law)} ${cn(ref.article!, ref.paragraph)} differently from ${against}: ${changes.slice(0, 3).map(describeDiff).join('; ')}${changes.length > 3 ? ` (+${changes.length - 3})` : ''}`,
        evidence: { quote: c.quote, reference: reference.text, referenceSource: reference.source, votes: reference.votes ?? null, differences: changes },
      });
    }
    if (omissions.length) {
      signature.push(`omits:${omissions.map((d) => d.statute).join('|')}`);
      findings.push({
        kind: 'omission', severity: 'low', ...placeOf(c, ref),
        message: `${where} quotes ${short(c.law)} ${cn(ref.article!, ref.paragraph)} without saying it leaves out: ${omissions.map((d) => `「${d.statute.slice(0, 30)}${d.statute.length > 30 ? '…' : ''}」`).join('; ')}`,
        evidence: { quote: c.quote, reference: reference.text, referenceSource: reference.source, differences: omissions },
      });
    }

    const pk = `${c.law}|${c.version}|${ref.article}|${ref.paragraph}`;
    const byProvision = variants.get(pk) ?? new Map();
    variants.set(pk, byProvision);
    const sig = signature.sort().join(' ') || 'as the statute';
    const v = byProvision.get(sig) ?? { signature: sig, jurisdictions: new Set<string>(), example: c.quote };
    v.jurisdictions.add(c.place.jurisdiction?.name ?? c.place.document);
    byProvision.set(sig, v);
  }

  // 4. The same provision quoted differently by different jurisdictions.
  for (const [pk, byProvision] of variants) {
    const all = new Set([...byProvision.values()].flatMap((v) => [...v.jurisdictions]));
    if (all.size < 2 || byProvision.size < 2) continue;
    const [law, version, article, paragraph] = pk.split('|');
    const list = [...byProvision.values()].sort((a, b) => b.jurisdictions.size - a.jurisdictions.size);
    findings.push({
      kind: 'cross-jurisdiction',
      severity: 'medium',
      jurisdiction: null,
      office: null,
      document: '',
      item: null,
      citation: { text: `《${law}》${cn(Number(article), paragraph === 'null' ? null : Number(paragraph))}`, law, version: version === 'null' ? null : version, article: Number(article), paragraph: paragraph === 'null' ? null : Number(paragraph) },
      message: `${short(law)} ${cn(Number(article), paragraph === 'null' ? null : Number(paragraph))} is quoted ${list.length} ways by ${all.size} jurisdictions: ${list.map((v) => `${[...v.jurisdictions].join('、')} (${v.signature === 'as the statute' ? 'as the statute' : v.signature.split(' ').map(plainSignature).join('; ')})`).join(' / ')}`,
      evidence: { variants: list.map((v) => ({ jurisdictions: [...v.jurisdictions], differences: v.signature, example: v.example })) },
    });
  }
  return sortFindings(findings);
}

/** What the quote is compared with: the statute's text, else the text most lists quote. */
function referenceFor(texts: ReferenceTexts, c: StoredCitation, ref: StoredRef): ReferenceText | null {
  const statute = texts.statuteText(ref.articleId, ref.paragraph);
  if (statute) return { text: statute, source: 'statute' };
  if (ref.articleId !== null) return null;
  return texts.majorityText(c.law!, ref.article!, ref.paragraph);
}

function nextBasisStart(byField: Map<string, StoredCitation[]>, c: StoredCitation): number {
  const list = byField.get(`${c.itemId}|${c.field}`) ?? [];
  const next = list.find((b) => b.start > c.start);
  return next ? next.start : Number.MAX_SAFE_INTEGER;
}

/**
 * The 款 a quote quotes, when its citation names none: each sentence or elided piece of the
 * quote goes with the paragraph it matches best (泸县 quotes only 第五十九条's first 款;
 * 凉州区 quotes both 款 of 第六十八条). Null when the article has one paragraph.
 */
function quotedParagraphs(texts: ReferenceTexts, ref: StoredRef, quote: string): Set<number> | null {
  if (ref.paragraph !== null) return new Set([ref.paragraph]);
  if (ref.articleId === null || texts.statuteText(ref.articleId, 2) === null) return null;
  const paragraphs: string[] = [];
  for (let n = 1; n <= 50; n++) {
    const text = texts.statuteText(ref.articleId, n);
    if (text === null) break;
    paragraphs.push(text);
  }
  const covered = new Set<number>();
  for (const piece of quote.split(/[。；;]|…+|\.{3,}/)) {
    if (piece.trim().length < 6) continue;
    let best = { n: 0, score: 0 };
    paragraphs.forEach((text, i) => {
      const score = textSimilarity(piece, text);
      if (score > best.score) best = { n: i + 1, score };
    });
    if (best.score >= 0.6) covered.add(best.n);
  }
  return covered.size ? covered : null;
}

function statuteReferences(
  reference: ReferenceText, ref: StoredRef, c: StoredCitation, linksOf: import('better-sqlite3').Statement, paragraphs: Set<number> | null,
): { article: number; paragraph: number | null }[] {
  if (reference.source === 'statute' && ref.articleId !== null) {
    return (linksOf.all(ref.articleId) as { to_article: number; to_paragraph: number | null; from_paragraph: number | null }[])
      .filter((l) => paragraphs === null || l.from_paragraph === null || paragraphs.has(l.from_paragraph))
      .filter((l) => l.to_article !== ref.article)
      .map((l) => ({ article: l.to_article, paragraph: l.to_paragraph }));
  }
  return findCitations(reference.text, { law: c.law! })
    .filter((x) => x.law === c.law && !x.relative)
    .flatMap((x) => x.refs.filter((r) => r.article !== null && r.article !== ref.article).map((r) => ({ article: r.article!, paragraph: r.paragraph })));
}

/** A difference in how an article number is written: 第四十一条至四十三条, 第二十一条 for 第十一条. */
function isCitationWording(d: TextDifference): boolean {
  if (!/^[第条款项之、和及至零〇一二两三四五六七八九十百千万0-9]*$/.test(d.statute + d.quote)) return false;
  return /(?:第[零〇一二两三四五六七八九十百千万0-9]*|[至、和及])$/.test(d.context) || /[第条款项]/.test(d.statute + d.quote);
}

function isNumeral(d: TextDifference): boolean {
  return /^[零〇一二两三四五六七八九十百千万0-9]*$/.test(d.statute + d.quote);
}

function describe(p: Penalty): string {
  const unit = p.unit === '倍' ? `倍${p.base ? `(${p.base})` : ''}` : (p.unit ?? '');
  const what = p.kind === 'fine' ? '罚款' : '拘留';
  if (p.min !== null && p.max !== null) return `${p.min}${unit}以上${p.max}${unit}以下${what}`;
  if (p.max !== null) return `${p.max}${unit}以下${what}`;
  return `${p.min}${unit}以上${what}`;
}

function partyName(party: string): string {
  return party === 'subject' ? 'the party the clause is about' : party;
}

function describeDiff(d: TextDifference): string {
  if (!d.quote) return `drops 「${d.statute}」 after 「${d.context}」`;
  if (!d.statute) return `adds 「${d.quote}」 after 「${d.context}」`;
  return `「${d.statute}」 → 「${d.quote}」 after 「${d.context}」`;
}

function plainSignature(s: string): string {
  const [kind, rest] = [s.slice(0, s.indexOf(':')), s.slice(s.indexOf(':') + 1)];
  return { range: 'range ', party: 'range for another party ', xref: 'refers to ', words: 'wording ', omits: 'omits ' }[kind] + rest.slice(0, 40);
}

function worst(levels: Severity[]): Severity {
  return levels.includes('high') ? 'high' : levels.includes('medium') ? 'medium' : 'low';
}
