/** Where the project's shipped data lives, wherever the code runs from (src/ or dist/src/). */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'data'))) return dir;
    dir = resolve(dir, '..');
  }
  throw new Error('fatiao: cannot find the package root (package.json beside data/)');
}

export const packageRoot = findRoot();

export function dataPath(...parts: string[]): string {
  return join(packageRoot, 'data', ...parts);
}
