/**
 * The citation graph built from the store: its node and edge types, filters, and the
 * exports other tools read (GEXF read back with graphology-gexf, GraphML parsed as XML).
 */
import { MultiDirectedGraph } from 'graphology';
import gexf from 'graphology-gexf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGraph, type CitationGraph } from '../src/graph/build.js';
import { exportGraph } from '../src/graph/export.js';
import { key } from '../src/graph/model.js';
import type { DB } from '../src/store/db.js';
import { seedStore } from './helpers.js';

let db: DB;
let graph: CitationGraph;
beforeAll(async () => {
  db = (await seedStore()).db;
  graph = buildGraph(db);
});
afterAll(() => db.close());

const CSL68 = key.provision('article', '中华人民共和国网络安全法', '2016-11-07', 'art_68');

describe('the graph', () => {
  it('has every node type and edge type of the model', () => {
    const nodeTypes = new Set(graph.mapNodes((_k, a) => a.type));
    expect([...nodeTypes].sort()).toEqual(['article', 'item', 'jurisdiction', 'law', 'office', 'paragraph', 'point', 'version'].sort());
    const edgeTypes = new Set(graph.mapEdges((_k, a) => a.type));
    expect([...edgeTypes].sort()).toEqual(['contains', 'corresponds-to', 'exercises', 'refers-to', 'relies-on'].sort());
  });

  it('links the items citing 第六十八条 to its node, directly or through its 款', () => {
    const items = new Set<string>();
    const visit = (node: string) => {
      graph.forEachInEdge(node, (_e, attrs, source) => {
        if (attrs.type === 'relies-on' && attrs.role === 'basis') items.add(`${graph.getNodeAttribute(source, 'jurisdiction')} ${graph.getNodeAttribute(source, 'seq')}`);
      });
      graph.forEachOutNeighbor(node, (child, attrs) => {
        if (attrs.type === 'paragraph' || attrs.type === 'point') visit(child);
      });
    };
    visit(CSL68);
    expect([...items].sort()).toEqual(['三明市 15', '三明市 16', '凉州区 8', '泸县 1', '阿拉尔市 4'].sort());
  });

  it('follows the amendment: 2016 第六十八条 corresponds to 2025 第六十九条', () => {
    const to = graph.filterOutEdges(CSL68, (_e, a) => a.type === 'corresponds-to').map((e) => graph.target(e));
    expect(to).toEqual([key.provision('article', '中华人民共和国网络安全法', '2025-10-28', 'art_69')]);
  });

  it('has 第五十九条 refer to 第二十一条 and 第二十五条 in its text', () => {
    const art59 = key.provision('article', '中华人民共和国网络安全法', '2016-11-07', 'art_59');
    const refers = graph.filterOutEdges(art59, (_e, a) => a.type === 'refers-to').map((e) => graph.getNodeAttribute(graph.target(e), 'article'));
    expect(refers).toEqual(expect.arrayContaining([21, 25, 33, 34, 36, 38]));
  });

  it('can be limited to one jurisdiction or one law', () => {
    const lz = buildGraph(db, { jurisdiction: '凉州区' });
    expect(lz.filterNodes((_k, a) => a.type === 'jurisdiction').map((k) => lz.getNodeAttribute(k, 'label'))).toEqual(['凉州区']);
    const news = buildGraph(db, { law: '互联网新闻信息服务管理规定' });
    expect(news.filterNodes((_k, a) => a.type === 'law').map((k) => news.getNodeAttribute(k, 'label'))).toEqual(['互联网新闻信息服务管理规定']);
  });
});

describe('exports', () => {
  it('writes GEXF that graphology reads back with the same nodes and edges', () => {
    const back = gexf.parse(MultiDirectedGraph, exportGraph(graph, 'gexf'));
    expect(back.order).toBe(graph.order);
    expect(back.size).toBe(graph.size);
  });
  it('writes GraphML with every node and edge', () => {
    const xml = exportGraph(graph, 'graphml');
    expect(xml.startsWith('<?xml')).toBe(true);
    expect(xml.match(/<node /g)).toHaveLength(graph.order);
    expect(xml.match(/<edge /g)).toHaveLength(graph.size);
  });
  it('writes graphology JSON that imports back', () => {
    const back = new MultiDirectedGraph();
    back.import(JSON.parse(exportGraph(graph, 'json')));
    expect(back.order).toBe(graph.order);
  });
});
