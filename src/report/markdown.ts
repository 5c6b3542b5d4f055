/**
 * The report as Markdown, for pasting into documents and issue trackers: the summary, the
 * findings by severity with their evidence, per law and article who relies on it, and the
 * coverage matrix. Everything from a document is escaped (|, <, >, & and Markdown marks).
 */
import type { ReportData } from './model.js';

/** Text from a document, safe inside a Markdown table cell or paragraph. */
export function md(text: string | number | null | undefined): string {
  if (text === null || text === undefined) return '';
  return String(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]#|])/g, '\\$1')
    .replace(/\r?\n/g, ' ');
}

const SEVERITY = { high: '🔴 high', medium: '🟠 medium', low: '⚪ low' } as const;

function table(head: string[], rows: (string | number | null | undefined)[][]): string {
  const line = (cells: (string | number | null | undefined)[]) => `| ${cells.map((c) => (c === null || c === undefined ? '' : String(c))).join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

export function renderMarkdownReport(data: ReportData): string {
  const out: string[] = [];
  const s = data.summary;
  out.push(`# ${md(data.title)}`, '');
  out.push(`Generated ${data.generatedAt.slice(0, 19).replace('T', ' ')} UTC; findings as of ${data.asOf}.${data.filter.law ? ` Law: ${md(data.filter.law)}.` : ''}${data.filter.jurisdiction ? ` Jurisdiction: ${md(data.filter.jurisdiction)}.` : ''}`, '');
  out.push('## Summary', '');
  out.push(
    table(['documents', 'jurisdictions', 'offices', 'items', 'citations', 'findings (high / medium / low)'], [
      [s.documents, s.jurisdictions, s.offices, s.items, s.citations, `${s.findings.high} / ${s.findings.medium} / ${s.findings.low}`],
    ]),
    '',
  );

  out.push('## Findings', '');
  if (data.findings.length === 0) out.push('No findings.', '');
  for (const severity of ['high', 'medium', 'low'] as const) {
    const list = data.findings.filter((f) => f.severity === severity);
    if (!list.length) continue;
    out.push(`### ${SEVERITY[severity]} (${list.length})`, '');
    for (const f of list) {
      const where = [f.jurisdiction?.name, f.office, f.item ? `item ${f.item.seq ?? '?'} ${f.item.name}` : null].filter(Boolean).map(md).join(' · ');
      out.push(`- **${f.kind}** — ${where ? `${where}: ` : ''}${md(f.message)}`);
      const e = f.evidence as Record<string, unknown>;
      if (typeof e.quote === 'string') out.push(`  - the list quotes: ${md(e.quote)}`);
      if (typeof e.reference === 'string') out.push(`  - ${e.referenceSource === 'majority' ? 'most lists quote' : 'the statute says'}: ${md(e.reference)}`);
      if (Array.isArray(e.differences)) {
        for (const d of (e.differences as { statute: string; quote: string; context: string }[]).slice(0, 5)) {
          out.push(`  - after 「${md(d.context)}」: statute 「${md(d.statute)}」 → list 「${md(d.quote)}」`);
        }
      }
    }
    out.push('');
  }

  out.push('## Laws and articles', '');
  for (const law of data.laws) {
    out.push(`### ${md(law.title)}`, '');
    out.push(`${md(law.rank ?? '')}${law.status ? ` · ${md(law.status)}` : ''} · ${law.citations} citations${law.versions.length ? ` · versions: ${law.versions.map((v) => `${v.adopted} (${md(v.status)})`).join(', ')}` : ''}`, '');
    if (!law.articles.length) continue;
    out.push(
      table(
        ['article', 'version cited', 'now', 'relied on by'],
        law.articles.map((a) => {
          const byJ = new Map<string, number>();
          for (const c of a.citedBy) byJ.set(c.jurisdiction ?? c.document, (byJ.get(c.jurisdiction ?? c.document) ?? 0) + 1);
          const now = a.current ? `${a.current.label ?? 'deleted'} in ${a.current.version} (${a.current.change}${a.current.penaltiesChanged ? ', penalties changed' : ''})` : '';
          return [md(a.label), md(a.version ?? '?'), md(now), md([...byJ].map(([j, n]) => `${j} ×${n}`).join('、'))];
        }),
      ),
      '',
    );
  }

  out.push('## Coverage: jurisdictions × provisions', '');
  const { jurisdictions, provisions, counts } = data.coverage;
  if (provisions.length) {
    out.push(table(['provision', ...jurisdictions.map(md)], provisions.map((p, i) => [md(p.label), ...jurisdictions.map((_j, k) => counts[k][i] || '')])), '');
  }
  out.push('## Documents', '');
  out.push(
    table(
      ['document', 'jurisdiction', 'layout', 'items', 'citations', 'resolved'],
      data.documents.map((d) => [md(d.path), md(d.jurisdiction ?? ''), md(d.layout), d.items, d.annotations.length, d.annotations.filter((a) => a.resolved).length]),
    ),
    '',
  );
  return out.join('\n');
}
