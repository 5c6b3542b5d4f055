/**
 * Formats fatiao reads by converting them first: legacy Excel and Word (.xls, .doc, and WPS's
 * .et and .wps), OpenDocument (.ods, .odt), RTF and Excel 2003 XML. LibreOffice converts them
 * (`soffice --headless --convert-to xlsx|docx`) in a temporary directory that is removed
 * afterwards; the result is read by the xlsx or docx reader. Without LibreOffice the file
 * cannot be read, and the error says how to fix that.
 */
import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { decodeDocx } from './docx.js';
import { DecodeError, type DecodedContent } from './errors.js';
import type { LegacyKind } from './sniff.js';
import { decodeXlsx } from './xlsx.js';

const TARGET: Record<LegacyKind, 'xlsx' | 'docx'> = {
  xls: 'xlsx', et: 'xlsx', ods: 'xlsx', xml: 'xlsx',
  doc: 'docx', wps: 'docx', odt: 'docx', rtf: 'docx',
};

function describe(kind: LegacyKind): string {
  if (kind === 'ods' || kind === 'odt') return `OpenDocument .${kind}`;
  if (kind === 'rtf') return 'RTF';
  if (kind === 'xml') return 'Excel 2003 XML spreadsheet';
  return `legacy .${kind}`;
}

/** LibreOffice's `soffice` (or `libreoffice`) on PATH, or null. */
export function findSoffice(): string | null {
  const dirs = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const name of ['soffice', 'libreoffice']) {
    for (const dir of dirs) {
      const candidate = join(dir, name);
      try {
        accessSync(candidate, constants.X_OK);
        return candidate;
      } catch {
        // not here
      }
    }
  }
  return null;
}

/** The reason a file of this kind cannot be read without LibreOffice. */
export function needsLibreOffice(kind: LegacyKind): string {
  const target = TARGET[kind];
  const pkg = target === 'xlsx' ? 'libreoffice-calc' : 'libreoffice-writer';
  return `${describe(kind)} needs LibreOffice: install it (apt-get install ${pkg}) or save the file as .${target}`;
}

/** Runs a command in its own process group; kills the whole group when the time is up. */
function run(cmd: string, args: string[], timeoutMs: number): Promise<{ code: number | null; output: string; timedOut: boolean }> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let timedOut = false;
    const collect = (d: Buffer) => {
      if (output.length < 4000) output += d.toString('utf8');
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    }, timeoutMs);
    child.on('error', (err) => {
      clearTimeout(timer);
      resolve({ code: null, output: err.message, timedOut });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output, timedOut });
    });
  });
}

export interface LegacyOptions {
  /** The soffice binary; default: found on PATH. */
  soffice?: string | null;
  /** Default 120 s. */
  timeoutMs?: number;
}

export async function decodeLegacy(bytes: Buffer, path: string, kind: LegacyKind, options: LegacyOptions = {}): Promise<DecodedContent> {
  const soffice = options.soffice === undefined ? findSoffice() : options.soffice;
  if (!soffice) throw new DecodeError(path, needsLibreOffice(kind));
  const target = TARGET[kind];
  const dir = await mkdtemp(join(tmpdir(), 'fatiao-convert-'));
  try {
    const input = join(dir, `input.${kind}`);
    const outdir = join(dir, 'out');
    await writeFile(input, bytes);
    const args = [
      `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
      '--headless', '--norestore', '--nologo',
      '--convert-to', target, '--outdir', outdir, input,
    ];
    const result = await run(soffice, args, options.timeoutMs ?? 120_000);
    if (result.timedOut) {
      throw new DecodeError(path, `LibreOffice did not convert the ${describe(kind)} within ${Math.round((options.timeoutMs ?? 120_000) / 1000)} s`);
    }
    let converted: Buffer;
    try {
      converted = await readFile(join(outdir, `input.${target}`));
    } catch {
      const said = result.output.replace(/\s+/g, ' ').trim().slice(0, 200);
      throw new DecodeError(path, `LibreOffice could not convert the ${describe(kind)} to .${target}${said ? ` (${said})` : ''}`);
    }
    return target === 'xlsx' ? await decodeXlsx(converted, path) : await decodeDocx(converted, path);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
