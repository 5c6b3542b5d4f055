/**
 * Building a power item from the labelled values a layout found for it, whatever the
 * layout: columns of a table, label/value cells, labelled blocks.
 */
import type { CitationFinder } from '../cite/find.js';
import { basisCitations, fieldCitations } from './citations.js';
import { divisionCodeInPowerCode } from './jurisdiction.js';
import { fieldOfLabel, type FieldKey } from './labels.js';
import { cleanOfficeName, isInternalUnit } from './offices.js';
import { normalisePowerType } from './powerTypes.js';
import type { Jurisdiction, PowerItem } from './types.js';

export interface ItemContext {
  finder: CitationFinder;
  jurisdiction: Jurisdiction | null;
  /** The document's office: the subject of items whose subject column names an internal unit. */
  office: string | null;
  /** The type of a table's items when their rows do not say (表一：行政处罚). */
  defaultType: string | null;
}

/** An item's labelled values in the order the list gives them: [label as written, value]. */
export type Entries = ReadonlyArray<readonly [string, string]>;

const oneLine = (s: string) => s.replace(/[\s\u3000]+/g, ' ').trim();
const blank = (s: string | undefined) => !s || !s.replace(/[\s\u3000/／无-]/g, '');

export function buildItem(entries: Entries, ctx: ItemContext): PowerItem {
  const byField = new Map<FieldKey, string>();
  const fields: Record<string, string> = {};
  for (const [label, value] of entries) {
    const cleanLabel = oneLine(label).replace(/\s/g, '');
    if (!cleanLabel) continue;
    const v = value.replace(/\r/g, '').trim();
    fields[cleanLabel] = fields[cleanLabel] ? `${fields[cleanLabel]}\n${v}` : v;
    const field = fieldOfLabel(cleanLabel);
    if (field && field !== 'other' && !byField.has(field)) byField.set(field, v);
  }
  const get = (f: FieldKey) => byField.get(f) ?? '';
  const warnings: string[] = [];

  const seqText = get('seq');
  const seq = /^\d+$/.test(seqText.trim()) ? Number(seqText.trim()) : null;
  const typeOriginal = oneLine(get('type')) || ctx.defaultType;
  let subject = cleanOfficeName(get('subject')) || null;
  let handlingUnit = cleanOfficeName(get('handlingUnit')) || null;
  if (subject && isInternalUnit(subject) && !handlingUnit) {
    handlingUnit = subject;
    subject = ctx.office;
  }
  if (!subject) subject = ctx.office;
  const code = oneLine(get('code')) || null;
  if (code && ctx.jurisdiction?.code) {
    const embedded = divisionCodeInPowerCode(code);
    if (embedded && embedded !== ctx.jurisdiction.code) {
      warnings.push(`power code ${code} embeds division ${embedded}, not ${ctx.jurisdiction.name} ${ctx.jurisdiction.code}`);
    }
  }
  const basis = get('basis');
  const accountability = get('accountability');
  const citations = [
    ...basisCitations(ctx.finder, basis, labelOf(entries, 'basis')),
    ...(accountability ? fieldCitations(ctx.finder, accountability, labelOf(entries, 'accountability'), 'accountability') : []),
  ];
  if (!blank(basis) && !citations.some((c) => c.role === 'basis')) warnings.push('the basis cites no law');

  return {
    seq,
    name: oneLine(get('name')),
    subItem: blank(get('subItem')) ? null : oneLine(get('subItem')),
    type: normalisePowerType(typeOriginal),
    typeOriginal: typeOriginal || null,
    code,
    subCode: blank(get('subCode')) ? null : oneLine(get('subCode')),
    level: blank(get('level')) ? null : oneLine(get('level')),
    subject,
    handlingUnit,
    basis,
    fields,
    citations,
    warnings,
  };
}

function labelOf(entries: Entries, field: FieldKey): string {
  for (const [label] of entries) if (fieldOfLabel(label) === field) return oneLine(label).replace(/\s/g, '');
  return field;
}
