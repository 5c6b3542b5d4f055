/**
 * Findings: what `check` and `mismatches` report. Each names the place (jurisdiction, office,
 * document, item, citation), says what is wrong in one line, and carries its evidence.
 */

export type Severity = 'high' | 'medium' | 'low';

export type FindingKind =
  // check: data quality
  | 'repealed-law'
  | 'superseded-rule'
  | 'stale-version'
  | 'wrong-document-number'
  | 'unknown-article'
  | 'no-article'
  | 'level-below'
  // mismatches: quotes against the statute or other lists
  | 'penalty-range'
  | 'penalty-party'
  | 'cross-reference'
  | 'wording'
  | 'omission'
  | 'cross-jurisdiction';

export interface FindingPlace {
  jurisdiction: { name: string; code: string | null; level: string | null } | null;
  office: string | null;
  document: string;
  item: { seq: number | null; name: string } | null;
  citation: { text: string; law: string | null; version: string | null; article: number | null; paragraph: number | null } | null;
}

export interface Finding extends FindingPlace {
  kind: FindingKind;
  severity: Severity;
  /** One line a legal-affairs officer can act on. */
  message: string;
  /** The evidence side by side: what the list says, what the statute (or the other lists) say. */
  evidence: Record<string, unknown>;
}

export const SEVERITY_ORDER: Record<Severity, number> = { high: 0, medium: 1, low: 2 };

export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      a.kind.localeCompare(b.kind) ||
      a.document.localeCompare(b.document) ||
      (a.item?.seq ?? 0) - (b.item?.seq ?? 0) ||
      (a.citation?.article ?? 0) - (b.citation?.article ?? 0),
  );
}
