/**
 * Writing the graph for other tools: GEXF for Gephi (graphology-gexf), GraphML for yEd and
 * Cytoscape, and graphology's own JSON serialisation.
 */
import gexf from 'graphology-gexf';
import { create } from 'xmlbuilder2';
import type { CitationGraph } from './build.js';

export type GraphFormat = 'gexf' | 'graphml' | 'json';

export function exportGraph(graph: CitationGraph, format: GraphFormat): string {
  switch (format) {
    case 'gexf':
      return gexf.write(graph, { formatNode: (_k, a) => ({ label: a.label, attributes: flat(a) }), formatEdge: (_k, a) => ({ attributes: flat(a) }) });
    case 'json':
      return JSON.stringify(graph.export(), null, 2);
    case 'graphml':
      return graphml(graph);
  }
}

/** Attribute values GEXF and GraphML can hold: strings, numbers, booleans. */
function flat(attrs: Record<string, unknown>): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined) continue;
    out[k] = typeof v === 'number' || typeof v === 'boolean' ? v : String(v);
  }
  return out;
}

function graphml(graph: CitationGraph): string {
  const nodeKeys = new Set<string>();
  const edgeKeys = new Set<string>();
  graph.forEachNode((_k, a) => Object.keys(flat(a)).forEach((x) => nodeKeys.add(x)));
  graph.forEachEdge((_k, a) => Object.keys(flat(a)).forEach((x) => edgeKeys.add(x)));
  const doc = create({ version: '1.0', encoding: 'UTF-8' }).ele('graphml', { xmlns: 'http://graphml.graphdrawing.org/xmlns' });
  for (const k of nodeKeys) doc.ele('key', { id: `n_${k}`, for: 'node', 'attr.name': k, 'attr.type': 'string' });
  for (const k of edgeKeys) doc.ele('key', { id: `e_${k}`, for: 'edge', 'attr.name': k, 'attr.type': 'string' });
  const g = doc.ele('graph', { id: 'fatiao', edgedefault: 'directed' });
  graph.forEachNode((k, a) => {
    const n = g.ele('node', { id: k });
    for (const [name, v] of Object.entries(flat(a))) n.ele('data', { key: `n_${name}` }).txt(String(v));
  });
  graph.forEachEdge((k, a, source, target) => {
    const e = g.ele('edge', { id: k, source, target });
    for (const [name, v] of Object.entries(flat(a))) e.ele('data', { key: `e_${name}` }).txt(String(v));
  });
  return doc.end({ prettyPrint: true });
}
