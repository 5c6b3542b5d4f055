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

/** A problem with a quote, before it is placed: the same quote gives the same problems wherever it is. */
interface Problem {
  kind: Finding['kind'];
  severity: Severity;
  /** The message after the item's name (事项N). */
  text: string;
  evidence: Record<string, unknown>;
}

interface QuoteAnalysis {
  problems: Problem[];
  /** How this quote departs from the reference, for grouping jurisdictions by it. */
  signature: string;
}

export function runMismatches(db: DB): Finding[] {
  const texts = new ReferenceTexts(db);
  const findings: Finding[] = [];
  const penaltiesOf = db.prepare('SELECT * FROM penalties WHERE article_id = ? ORDER BY id');
  const linksOf = db.prepare(
    `SELECT al.to_article, al.to_paragraph, al.from_paragraph FROM article_links al JOIN articles a ON a.version_id = al.version_id
      WHERE a.id = ? AND al.from_article = a.number AND al.from_suffix IS a.suffix`,
  );
  /** Per provision, each jurisdiction's way of quoting it: for the cross-jurisdiction view. */
  const variants = new Map<string, Map<string, { signature: string; jurisdictions: Set<string>; example: string }>>();
  // Lists copy each other's quotes: each distinct quote of a provision is analysed once.
  const analyses = new Map<string, QuoteAnalysis>();

  const analyse = (c: StoredCitation, ref: StoredRef, reference: ReferenceText, quotedRefs: StoredRef[]): QuoteAnalysis => {
    const quote = c.quote!;
    const against = reference.source === 'statute' ? `${c.version ?? ''}版条文` : `多数地区（${reference.votes!.agree}/${reference.votes!.total}）的引文`;
    const cited = `《${short(c.law)}》${cn(ref.article!, ref.paragraph)}`;
    const problems: Problem[] = [];
    const signature: string[] = [];

    // 1. Penalty ranges.
    const quoted = parsePenalties(quote, null).filter((p) => (p.kind === 'fine' || p.kind === 'detention') && (p.min !== null || p.max !== null));
    const actual: Penalty[] =
      reference.source === 'statute' && ref.articleId !== null
        ? (penaltiesOf.all(ref.articleId) as Penalty[]).filter((p) => ref.paragraph === null || p.paragraph === null || p.paragraph === ref.paragraph)
        : parsePenalties(reference.text, null);
    for (const q of quoted) {
      const sameRange = actual.filter((a) => a.kind === q.kind && a.min === q.min && a.max === q.max && a.unit === q.unit);
      const range = describe(q);
      if (sameRange.length === 0) {
        signature.push(`range:${range}`);
        problems.push({
          kind: 'penalty-range', severity: 'high',
          text: `引用${cited}时写有「${range}」，${against}并无此幅度`,
          evidence: { quote, quoted: q, reference: reference.text, referenceSource: reference.source, referencePenalties: actual },
        });
      } else if (!sameRange.some((a) => a.party === q.party)) {
        signature.push(`party:${range}`);
        problems.push({
          kind: 'penalty-party', severity: 'high',
          text: `引用${cited}时把「${range}」写成对${partyName(q.party)}的处罚；${against}中这一幅度针对${sameRange.map((a) => partyName(a.party)).join('、')}`,
          evidence: { quote, quoted: q, reference: reference.text, referenceSource: reference.source, referencePenalties: actual },
        });
      }
    }

    // 2. Cross-references inside the quote.
    const statuteRefs = statuteReferences(reference, ref, c, linksOf, quotedParagraphs(texts, ref, quote));
    const extra = quotedRefs.filter((q) => !statuteRefs.some((s) => s.article === q.article && (s.paragraph === null || q.paragraph === null || s.paragraph === q.paragraph)));
    if (extra.length && statuteRefs.length) {
      signature.push(`xref:${extra.map((r) => cn(r.article!, r.paragraph)).join('、')}`);
      problems.push({
        kind: 'cross-reference', severity: 'high',
        text: `引用${cited}时写作援引${extra.map((r) => cn(r.article!, r.paragraph)).join('、')}，${against}援引的是${statuteRefs.map((r) => cn(r.article, r.paragraph)).join('、')}`,
        evidence: { quote, quoted: quotedRefs.map((r) => cn(r.article!, r.paragraph)), reference: reference.text, referenceSource: reference.source, statute: statuteRefs.map((r) => cn(r.article, r.paragraph)) },
      });
    }

    // 3. Wording: what the quote adds, drops or replaces inside the passages it quotes. The
    // whole article is the reference: a list may quote more than the 款 its heading names.
    const whole = reference.source === 'statute' ? (texts.statuteText(ref.articleId, null) ?? reference.text) : reference.text;
    const { differences } = compareQuote(quote, whole);
    // How an article number is written (第四十一条至四十三条) is the cross-reference check's business.
    const penaltyFound = signature.some((x) => x.startsWith('range:'));
    const wording = differences.filter((d) => !isCitationWording(d) && !(penaltyFound && isNumeral(d)));
    const omissions = wording.filter((d) => d.quote === '' && d.statute.length >= 8);
    const changes = wording.filter((d) => !omissions.includes(d));
    if (changes.length) {
      signature.push(`words:${changes.map((d) => `${d.statute}>${d.quote}`).join('|')}`);
      problems.push({
        kind: 'wording', severity: worst(changes.map(differenceWeight)),
        text: `引用${cited}的文字与${against}不同：${changes.slice(0, 3).map(describeDiff).join('；')}${changes.length > 3 ? `（另有${changes.length - 3}处）` : ''}`,
        evidence: { quote, reference: reference.text, referenceSource: reference.source, votes: reference.votes ?? null, differences: changes },
      });
    }
    if (omissions.length) {
      signature.push(`omits:${omissions.map((d) => d.statute).join('|')}`);
      problems.push({
        kind: 'omission', severity: 'low',
        text: `引用${cited}时未标明删节，略去了：${omissions.map((d) => `「${d.statute.slice(0, 30)}${d.statute.length > 30 ? '…' : ''}」`).join('；')}`,
        evidence: { quote, reference: reference.text, referenceSource: reference.source, differences: omissions },
      });
    }
    return { problems, signature: signature.sort().join(' ') || 'as the statute' };
  };

  /** One item's citations, by field: its basis headings and the references inside their quotes. */
  const examineItem = (citations: StoredCitation[]) => {
    const fields = new Map<string, { basis: StoredCitation[]; inside: StoredCitation[] }>();
    for (const c of citations) {
      const f = fields.get(c.field) ?? { basis: [], inside: [] };
      fields.set(c.field, f);
      (c.role === 'basis' ? f.basis : f.inside).push(c);
    }
    for (const { basis: list, inside } of fields.values()) {
      list.forEach((c, i) => {
        if (!c.quote || c.refs.length !== 1 || !c.law) return;
        const ref = c.refs[0];
        const reference = referenceFor(texts, c, ref);
        if (!reference) return;
        // The references written inside this quote: between its heading and the next one.
        const until = list[i + 1]?.start ?? Number.MAX_SAFE_INTEGER;
        const quotedRefs = inside
          .filter((q) => q.start >= c.end && q.start < until && q.law === c.law)
          .flatMap((q) => q.refs.filter((r) => !(r.article === ref.article && r.paragraph === null)));
        const key = [c.law, c.version, ref.article, ref.suffix, ref.paragraph, ref.articleId, reference.source, reference.text.length, quotedRefs.map((r) => `${r.article}.${r.paragraph}`).join(','), c.quote].join('\u0001');
        let analysis = analyses.get(key);
        if (!analysis) analyses.set(key, (analysis = analyse(c, ref, reference, quotedRefs)));
        const where = `事项${c.place.item?.seq ?? '?'}`;
        for (const p of analysis.problems) findings.push({ kind: p.kind, severity: p.severity, ...placeOf(c, ref), message: `${where}${p.text}`, evidence: p.evidence });

        const pk = `${c.law}|${c.version}|${ref.article}|${ref.paragraph}`;
        const byProvision = variants.get(pk) ?? new Map();
        variants.set(pk, byProvision);
        const v = byProvision.get(analysis.signature) ?? { signature: analysis.signature, jurisdictions: new Set<string>(), example: c.quote };
        v.jurisdictions.add(c.place.jurisdiction?.name ?? c.place.document);
        byProvision.set(analysis.signature, v);
      });
    }
  };

  // Citations come in the order they were stored, an item's together: examine one item at a
  // time, so a store of millions never sits in memory.
  let current: StoredCitation[] = [];
  for (const c of storedCitations(db, ['basis', 'in_quote'])) {
    if (current.length && (c.itemId !== current[0].itemId || c.documentId !== current[0].documentId)) {
      examineItem(current);
      current = [];
    }
    current.push(c);
  }
  if (current.length) examineItem(current);

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
      message: `《${short(law)}》${cn(Number(article), paragraph === 'null' ? null : Number(paragraph))}在${all.size}个地区有${list.length}种引法：${list.map((v) => `${[...v.jurisdictions].join('、')}（${v.signature === 'as the statute' ? '与条文一致' : v.signature.split(' ').map(plainSignature).join('；')}）`).join(' / ')}`,
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
  return party === 'subject' ? '违法主体本身' : party;
}

function describeDiff(d: TextDifference): string {
  if (!d.quote) return `在「${d.context}」后少了「${d.statute}」`;
  if (!d.statute) return `在「${d.context}」后多了「${d.quote}」`;
  return `在「${d.context}」后把「${d.statute}」写成「${d.quote}」`;
}

function plainSignature(s: string): string {
  const [kind, rest] = [s.slice(0, s.indexOf(':')), s.slice(s.indexOf(':') + 1)];
  return { range: '幅度 ', party: '处罚对象不符 ', xref: '援引 ', words: '文字 ', omits: '略去 ' }[kind] + rest.slice(0, 40);
}

function worst(levels: Severity[]): Severity {
  return levels.includes('high') ? 'high' : levels.includes('medium') ? 'medium' : 'low';
}
