/**
 * `align`: the same power across jurisdictions. Items are linked when they rely on mostly
 * the same provisions (read in one version through the correspondences, so a 2016 and a 2025
 * citation of one provision agree); the connected components of that graph are the groups an
 * auditor compares side by side. Provisions nearly every item of a list cites (a general
 * 第八条) are left out of the comparison: they say nothing about which power an item is.
 */
import { MultiUndirectedGraph } from 'graphology';
import { connectedComponents } from 'graphology-components';
import type { DB } from '../store/db.js';

export interface AlignedItem {
  jurisdiction: string | null;
  level: string | null;
  office: string | null;
  document: string;
  seq: number | null;
  name: string;
  type: string | null;
  itemLevel: string | null;
  /** Fine ranges the item's quotes state, as written. */
  quotedRanges: string[];
  provisions: string[];
}

export interface AlignmentGroup {
  /** Provisions every item of the group relies on. */
  shared: string[];
  jurisdictions: string[];
  items: AlignedItem[];
}

export interface AlignResult {
  groups: AlignmentGroup[];
  /** Provisions only one jurisdiction relies on: what it exercises that its peers do not. */
  unique: { jurisdiction: string; provisions: { provision: string; items: string[] }[] }[];
}

/** Share of a list's items above which a provision is general, not distinctive. */
const GENERAL = 0.25;
const LINK = 0.5;
const RANGE = /[处并]?(?:[一二三四五六七八九十百千万零两\d]+元以上)?[一二三四五六七八九十百千万零两\d]+元以下罚款/g;

export function alignItems(db: DB): AlignResult {
  const rows = db
    .prepare(
      `SELECT i.id, i.document_id, i.seq, i.name, i.type, i.level AS item_level, d.path, j.name AS jname, j.level AS jlevel, o.name AS office,
              r.law, r.version, r.article, r.article_suffix, c.quote
         FROM items i JOIN documents d ON d.id = i.document_id
         LEFT JOIN jurisdictions j ON j.id = d.jurisdiction_id LEFT JOIN offices o ON o.id = i.office_id
         JOIN citations c ON c.item_id = i.id AND c.role = 'basis'
         JOIN refs r ON r.citation_id = c.id AND r.article IS NOT NULL
        ORDER BY i.id`,
    )
    .all() as Record<string, unknown>[];
  const canonical = canonicalNumbers(db);
  const latest = new Map(
    (db.prepare('SELECT l.title, max(v.adopted) AS adopted FROM laws l JOIN versions v ON v.law_id = l.id GROUP BY l.id').all() as { title: string; adopted: string }[]).map((r) => [r.title, r.adopted]),
  );
  const items = new Map<number, AlignedItem & { documentId: number; set: Set<string> }>();
  for (const r of rows) {
    const id = r.id as number;
    let item = items.get(id);
    if (!item) {
      item = {
        jurisdiction: r.jname as string | null, level: r.jlevel as string | null, office: r.office as string | null,
        document: r.path as string, seq: r.seq as number | null, name: r.name as string, type: r.type as string | null,
        itemLevel: r.item_level as string | null, quotedRanges: [], provisions: [], documentId: r.document_id as number, set: new Set(),
      };
      items.set(id, item);
    }
    const law = (r.law as string).replace(/^中华人民共和国/, '');
    const mapped = canonical.get(`${r.law}|${r.version}|${r.article}|${r.article_suffix}`);
    // An article no later version carries on keeps its own version's number, marked as such.
    const stale = mapped === undefined && r.version !== null && latest.get(r.law as string) !== r.version;
    const p = `${law} 第${mapped ?? (r.article as number)}条${r.article_suffix ? `之${r.article_suffix}` : ''}${stale ? ` (${(r.version as string).slice(0, 4)})` : ''}`;
    if (!item.set.has(p)) {
      item.set.add(p);
      item.provisions.push(p);
    }
    for (const m of ((r.quote as string | null) ?? '').matchAll(RANGE)) if (!item.quotedRanges.includes(m[0])) item.quotedRanges.push(m[0]);
  }

  // General provisions, per list.
  const perDocument = new Map<number, Map<string, number>>();
  const docSize = new Map<number, number>();
  for (const it of items.values()) {
    docSize.set(it.documentId, (docSize.get(it.documentId) ?? 0) + 1);
    const counts = perDocument.get(it.documentId) ?? new Map<string, number>();
    for (const p of it.set) counts.set(p, (counts.get(p) ?? 0) + 1);
    perDocument.set(it.documentId, counts);
  }
  const distinctive = (it: { documentId: number; set: Set<string> }) => {
    const size = docSize.get(it.documentId)!;
    const counts = perDocument.get(it.documentId)!;
    const kept = [...it.set].filter((p) => size < 3 || counts.get(p)! / size <= GENERAL);
    return new Set(kept.length ? kept : it.set);
  };

  const graph = new MultiUndirectedGraph();
  const sets = new Map<number, Set<string>>();
  for (const [id, it] of items) {
    graph.addNode(String(id));
    sets.set(id, distinctive(it));
  }
  // Candidate pairs share a provision: index items by provision rather than compare all pairs.
  const byProvision = new Map<string, number[]>();
  for (const [id, set] of sets) for (const p of set) byProvision.set(p, [...(byProvision.get(p) ?? []), id]);
  const linked = new Set<string>();
  for (const ids of byProvision.values()) {
    for (let a = 0; a < ids.length; a++) {
      for (let b = a + 1; b < ids.length; b++) {
        const [x, y] = [ids[a], ids[b]];
        if (items.get(x)!.jurisdiction === items.get(y)!.jurisdiction) continue;
        const k = `${x}|${y}`;
        if (linked.has(k)) continue;
        linked.add(k);
        if (alike(sets.get(x)!, sets.get(y)!)) graph.addEdge(String(x), String(y));
      }
    }
  }

  const groups: AlignmentGroup[] = [];
  for (const component of connectedComponents(graph)) {
    if (component.length < 2) continue;
    const members = component.map((k) => items.get(Number(k))!).sort((a, b) => (a.jurisdiction ?? '').localeCompare(b.jurisdiction ?? '') || (a.seq ?? 0) - (b.seq ?? 0));
    const shared = [...members[0].set].filter((p) => members.every((m) => m.set.has(p)));
    groups.push({
      shared,
      jurisdictions: [...new Set(members.map((m) => m.jurisdiction ?? m.document))],
      items: members.map(({ documentId: _d, set: _s, ...rest }) => rest),
    });
  }
  groups.sort((a, b) => b.jurisdictions.length - a.jurisdictions.length || b.items.length - a.items.length);

  // Provisions only one jurisdiction relies on.
  const whoCites = new Map<string, Map<string, string[]>>();
  for (const it of items.values()) {
    const j = it.jurisdiction ?? it.document;
    for (const p of it.set) {
      const m = whoCites.get(p) ?? new Map<string, string[]>();
      m.set(j, [...(m.get(j) ?? []), `${it.seq ?? '?'} ${it.name}`]);
      whoCites.set(p, m);
    }
  }
  const jurisdictions = new Set([...items.values()].map((i) => i.jurisdiction ?? i.document));
  const unique = new Map<string, { provision: string; items: string[] }[]>();
  if (jurisdictions.size > 1) {
    for (const [p, m] of whoCites) {
      if (m.size !== 1) continue;
      const [j, its] = [...m][0];
      unique.set(j, [...(unique.get(j) ?? []), { provision: p, items: its }]);
    }
  }
  return {
    groups,
    unique: [...unique].map(([jurisdiction, provisions]) => ({ jurisdiction, provisions: provisions.sort((a, b) => a.provision.localeCompare(b.provision, 'zh')) })),
  };
}

/**
 * Two items are the same power when most of the smaller one's provisions are the larger
 * one's, and neither cites far more than the other (an item citing every penalty article of
 * a law is not the same power as each of them).
 */
function alike(a: Set<string>, b: Set<string>): boolean {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  const small = Math.min(a.size, b.size);
  const large = Math.max(a.size, b.size);
  return shared / small >= LINK && large <= 3 * small;
}

/**
 * Each cited article's number in the latest version of its law, following the
 * correspondences forward, so citations of different versions compare.
 */
function canonicalNumbers(db: DB): Map<string, number> {
  const rows = db
    .prepare(
      `SELECT l.title, vf.adopted AS from_v, vt.adopted AS to_v, c.from_article, c.from_suffix, c.to_article
         FROM correspondences c JOIN versions vf ON vf.id = c.from_version_id JOIN versions vt ON vt.id = c.to_version_id
         JOIN laws l ON l.id = vf.law_id WHERE c.from_article IS NOT NULL AND c.to_article IS NOT NULL ORDER BY vf.adopted DESC`,
    )
    .all() as Record<string, unknown>[];
  const next = new Map<string, { v: string; a: number }>();
  for (const r of rows) {
    const k = `${r.title}|${r.from_v}|${r.from_article}|${r.from_suffix}`;
    if (!next.has(k)) next.set(k, { v: r.to_v as string, a: r.to_article as number });
  }
  const out = new Map<string, number>();
  for (const k of next.keys()) {
    const [title, , , suffix] = k.split('|');
    let cur = next.get(k)!;
    for (let guard = 0; guard < 20; guard++) {
      const n = next.get(`${title}|${cur.v}|${cur.a}|${suffix}`);
      if (!n) break;
      cur = n;
    }
    out.set(k, cur.a);
  }
  return out;
}
