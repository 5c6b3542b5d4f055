#!/usr/bin/env node
/**
 * Bundles the report page's browser code (src/report/web/main.ts: sigma, graphology,
 * Chart.js, chartjs-chart-matrix, diff) into one IIFE, dist/web/report.js, which
 * renderHtmlReport inlines into the page. `npm run build:web`.
 */
import { build } from 'esbuild';
import { mkdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outfile = join(root, 'dist', 'web', 'report.js');
mkdirSync(dirname(outfile), { recursive: true });

const result = await build({
  entryPoints: [join(root, 'src', 'report', 'web', 'main.ts')],
  outfile,
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: 'es2020',
  minify: true,
  sourcemap: false,
  legalComments: 'none',
  charset: 'utf8',
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
  metafile: true,
});

const bytes = statSync(outfile).size;
const inputs = Object.keys(result.metafile.inputs).length;
console.log(`build-web: ${outfile.slice(root.length + 1)} (${(bytes / 1024).toFixed(0)} KB from ${inputs} modules)`);
