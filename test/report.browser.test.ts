/**
 * The HTML report in a real browser (Debian's Chromium, driven by playwright-core; never a
 * browser download): computed from the five seed lists plus an XSS fixture through the real
 * pipeline, written to a file and opened over file://. It must load without errors or
 * requests, draw every node of the graph with WebGL, find 凉州区, list the items citing an
 * article when the article node is clicked, keep the fixture's markup inert, and leave a
 * full-page screenshot in test-output/report.png for a person to look at.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageRoot } from '../src/paths.js';
import { buildReportData } from '../src/report/data.js';
import { renderHtmlReport } from '../src/report/html.js';
import type { ReportData } from '../src/report/model.js';
import { seedStore, tempDir } from './helpers.js';

const CHROMIUM = '/usr/bin/chromium';
const XSS_FILE = new URL('./fixtures/formats/xss.csv', import.meta.url).pathname;
const XSS = '<img src=x onerror=alert(1)>';
const ART_68 = 'article:中华人民共和国网络安全法@2016-11-07#art_68';

let browser: Browser;
let page: Page;
let data: ReportData;
let fileUrl: string;
const consoleErrors: string[] = [];
const pageErrors: string[] = [];
const requests: string[] = [];
const dialogs: string[] = [];

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
  const { db } = await seedStore([XSS_FILE]);
  data = buildReportData(db, { asOf: '2026-11-23' });
  db.close();
  const file = join(tempDir('fatiao-report-'), 'report.html');
  writeFileSync(file, renderHtmlReport(data));
  fileUrl = pathToFileURL(file).href;

  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('request', (r) => requests.push(r.url()));
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(fileUrl);
  await page.waitForFunction(() => window.fatiao?.ready === true, undefined, { timeout: 15_000 });
  // Scroll instantly: the page scrolls smoothly for readers, which only slows a robot down.
  await page.addStyleTag({ content: 'html { scroll-behavior: auto !important; }' });
});

afterAll(async () => {
  await browser?.close();
});

describe('the report page in Chromium', () => {
  it('loads without errors and requests nothing but itself', async () => {
    expect(pageErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(requests).toEqual([fileUrl]);
    expect(await page.evaluate(() => window.fatiao!.errors)).toEqual([]);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    // Every section rendered something.
    for (const id of ['summary', 'findings', 'laws', 'coverage', 'charts', 'graph', 'sources']) {
      expect(await page.locator(`#${id}-body > *`).count(), id).toBeGreaterThan(0);
    }
    expect(await page.locator('#findings article.finding').count()).toBeGreaterThan(10);
    expect(await page.locator('#laws tr[data-key]').count()).toBe(data.laws.reduce((n, l) => n + l.articles.length, 0));
  });

  it('draws every node of the graph with WebGL, in every node type colour', async () => {
    expect(await page.locator('.graph-unavailable').count()).toBe(0);
    const order = await page.evaluate(() => window.fatiao!.graph!.order);
    expect(order).toBe(data.graph.nodes.length);
    expect(await page.evaluate(() => window.fatiao!.api!.renderedNodeCount())).toBe(data.graph.nodes.length);
    const pixels = await page.evaluate(() => window.fatiao!.api!.nodePixels());
    expect(pixels.painted).toBeGreaterThan(data.graph.nodes.length * 10);
    const types = new Set(data.graph.nodes.map((n) => n.attributes.type as string));
    for (const t of types) expect(pixels.byType[t] ?? 0, `pixels of ${t} nodes`).toBeGreaterThan(0);
    // The Chart.js canvases drew too.
    expect(await page.evaluate(() => window.fatiao!.charts.length)).toBe(3);
  });

  it('finds 凉州区 with the search box, highlights it and moves the camera to it', async () => {
    const key = data.graph.nodes.find((n) => n.attributes.type === 'jurisdiction' && n.attributes.label === '凉州区')?.key;
    expect(key).toBeTruthy();
    const before = await page.evaluate(() => window.fatiao!.sigma!.getCamera().getState());
    await page.locator('#graph-search').fill('凉州区');
    await expect.poll(() => page.evaluate(() => window.fatiao!.api!.selected())).toBe(key);
    await expect.poll(() => page.locator('#graph-search-results button', { hasText: '凉州区' }).count()).toBeGreaterThan(0);
    expect(await page.locator('#graph-selected-label').textContent()).toBe('凉州区');
    expect(await page.evaluate((k) => window.fatiao!.sigma!.getNodeDisplayData(k)!.highlighted, key!)).toBe(true);
    // The camera ends on the node.
    await page.waitForTimeout(600);
    const [camera, node] = await page.evaluate((k) => [window.fatiao!.sigma!.getCamera().getState(), window.fatiao!.sigma!.getNodeDisplayData(k)!], key!);
    expect(Math.hypot(camera.x - before.x, camera.y - before.y)).toBeGreaterThan(0.01);
    expect(Math.abs(camera.x - node.x)).toBeLessThan(1e-3);
    expect(Math.abs(camera.y - node.y)).toBeLessThan(1e-3);
  });

  it('lists the items citing 网络安全法 第六十八条 when its node is clicked, through its paragraphs too', async () => {
    // Centre and zoom on the node, then click it where sigma draws it.
    await page.locator('#graph-stage').scrollIntoViewIfNeeded();
    await page.evaluate((k) => {
      const s = window.fatiao!.sigma!;
      const d = s.getNodeDisplayData(k)!;
      s.getCamera().setState({ x: d.x, y: d.y, ratio: 0.08 });
    }, ART_68);
    await page.waitForTimeout(150);
    const point = await page.evaluate((k) => {
      const s = window.fatiao!.sigma!;
      const a = window.fatiao!.graph!.getNodeAttributes(k);
      return s.graphToViewport({ x: a.x as number, y: a.y as number });
    }, ART_68);
    const box = (await page.locator('#graph-stage').boundingBox())!;
    await page.mouse.move(box.x + point.x, box.y + point.y);
    await page.mouse.click(box.x + point.x, box.y + point.y);
    await expect.poll(() => page.evaluate(() => window.fatiao!.api!.selected())).toBe(ART_68);
    expect(await page.locator('#graph-selected-label').textContent()).toBe('第68条');
    const items = await page.locator('#graph-citing li.citing-item').evaluateAll((lis) => lis.map((li) => `${li.getAttribute('data-jurisdiction')} ${li.getAttribute('data-seq')}`));
    expect(items.sort()).toEqual(['三明市 15', '三明市 16', '凉州区 8', '泸县 1', '阿拉尔市 4'].sort());
    // 三明市 16 relies on 第六十八条第二款, a paragraph of the article.
    expect(await page.locator('#graph-citing li.citing-item[data-jurisdiction="三明市"][data-seq="16"]').textContent()).toContain('第68条第2款');
  });

  it('filters the graph by jurisdiction and by law, and resets', async () => {
    const total = data.graph.nodes.length;
    await page.locator('#graph-jurisdiction').selectOption('泸县');
    const visible = await page.evaluate(() => {
      const { sigma, graph } = window.fatiao!;
      return graph!.filterNodes((n) => !sigma!.getNodeDisplayData(n)!.hidden).map((n) => graph!.getNodeAttributes(n));
    });
    expect(visible.length).toBeGreaterThan(5);
    expect(visible.length).toBeLessThan(total);
    const items = visible.filter((a) => a.type === 'item');
    expect(items.length).toBeGreaterThan(0);
    expect(new Set(items.map((a) => a.jurisdiction))).toEqual(new Set(['泸县']));
    expect(visible.filter((a) => a.type === 'jurisdiction').map((a) => a.label)).toEqual(['泸县']);
    await page.locator('#graph-jurisdiction').selectOption('');
    await page.locator('#graph-law').selectOption('互联网新闻信息服务管理规定');
    const laws = await page.evaluate(() => {
      const { sigma, graph } = window.fatiao!;
      return graph!.filterNodes((n, a) => !sigma!.getNodeDisplayData(n)!.hidden && ['version', 'article', 'paragraph', 'point'].includes(a.type as string)).map((n) => graph!.getNodeAttribute(n, 'law'));
    });
    expect(laws.length).toBeGreaterThan(5);
    expect(new Set(laws)).toEqual(new Set(['互联网新闻信息服务管理规定']));
    await page.locator('#graph-law').selectOption('');
    // Back to the whole graph, camera reset.
    await expect.poll(() => page.evaluate(() => window.fatiao!.api!.renderedNodeCount())).toBe(total);
  });

  it('links a citation in the annotated source to its article in the graph and in the law section', async () => {
    const key = 'article:中华人民共和国网络安全法@2016-11-07#art_59';
    const source = page.locator('details.source', { hasText: 'luxian' });
    await source.locator('summary').click();
    const mark = source.locator(`.doc-text a.cite.ok[data-target="${key}"]`).first();
    // The popover carries the article's text.
    await mark.hover();
    await expect.poll(() => mark.locator('.pop').isVisible()).toBe(true);
    expect(await mark.locator('.pop').textContent()).toContain('网络运营者不履行本法第二十一条、第二十五条规定的网络安全保护义务的');
    await mark.click();
    expect(await page.evaluate(() => window.fatiao!.api!.selected())).toBe(key);
    const row = page.locator(`#laws tr[data-key="${key}"]`);
    await expect.poll(() => row.evaluate((r) => r.classList.contains('flash'))).toBe(true);
    await expect.poll(() => row.isVisible()).toBe(true);
    expect(await source.locator('.doc-text .cite.bad').count()).toBeGreaterThan(0);
    await source.locator('summary').click();
  });

  it('keeps the XSS fixture inert and shows its text', async () => {
    expect(dialogs).toEqual([]);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.evaluate(() => document.querySelectorAll('[onerror]').length)).toBe(0);
    // The item name as text: in the graph's search results, in a finding, in the source.
    await page.locator('#graph-search').fill('onerror');
    await expect.poll(() => page.locator('#graph-search-results button', { hasText: XSS }).count()).toBeGreaterThan(0);
    await expect(page.locator('#graph-search-results button', { hasText: XSS }).first().isVisible()).resolves.toBe(true);
    await page.locator('#graph-search').fill('');
    const source = page.locator('details.source', { hasText: 'xss.csv' });
    await source.locator('summary').click();
    await expect.poll(() => source.locator('.doc-text').textContent()).toContain(XSS);
    expect(await page.locator('img').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await source.locator('summary').click();
  });

  it('writes a full-page screenshot to test-output/report.png', async () => {
    // The article selected above stays selected: the graph panel shows who relies on it.
    await page.evaluate((k) => {
      window.scrollTo(0, 0);
      window.fatiao!.api!.select(k);
    }, ART_68);
    await page.waitForTimeout(600);
    await page.evaluate((k) => {
      const s = window.fatiao!.sigma!;
      const d = s.getNodeDisplayData(k)!;
      s.getCamera().setState({ x: d.x, y: d.y, ratio: 0.45 });
    }, ART_68);
    await page.waitForTimeout(200);
    // A full-page capture cannot show a sticky bar where it belongs: pin the table of contents.
    await page.addStyleTag({ content: 'nav.toc { position: static !important; }' });
    const dir = join(packageRoot, 'test-output');
    mkdirSync(dir, { recursive: true });
    const png = await page.screenshot({ path: join(dir, 'report.png'), fullPage: true });
    expect(png.length).toBeGreaterThan(100_000);
    expect(consoleErrors).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('says so in the graph panel when WebGL is unavailable, and the rest still works', async () => {
    const noGl = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-webgl', '--disable-3d-apis'] });
    try {
      const p = await noGl.newPage();
      const errors: string[] = [];
      p.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      p.on('pageerror', (e) => errors.push(e.message));
      await p.goto(fileUrl);
      await p.waitForFunction(() => window.fatiao?.ready === true);
      expect(await p.locator('#graph .graph-unavailable').textContent()).toContain('WebGL');
      expect(await p.evaluate(() => window.fatiao!.sigma)).toBeNull();
      expect(await p.locator('#laws tr[data-key]').count()).toBeGreaterThan(50);
      expect(errors).toEqual([]);
    } finally {
      await noGl.close();
    }
  });
});
