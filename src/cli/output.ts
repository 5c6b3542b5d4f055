/**
 * Output for people and for pipelines: JSON for `--json`, tables otherwise. Colours come
 * from picocolors, which honours NO_COLOR and a non-TTY stdout.
 */
import Table from 'cli-table3';
import pc from 'picocolors';

export const color = pc;

export function printJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value, null, 2) + '\n');
}

export function printTable(head: string[], rows: (string | number | null | undefined)[][], options: { widths?: number[] } = {}): void {
  const table = new Table({
    head: head.map((h) => pc.bold(h)),
    style: { head: [], border: [] },
    wordWrap: true,
    ...(options.widths ? { colWidths: options.widths } : {}),
  });
  for (const row of rows) table.push(row.map((c) => (c === null || c === undefined ? '' : String(c))));
  process.stdout.write(table.toString() + '\n');
}

/** Reads all of standard input as UTF-8. */
export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** A one-line error for people: what failed and why, without a stack trace. */
export function fail(message: string): never {
  process.stderr.write(pc.red(`fatiao: ${message}`) + '\n');
  process.exit(1);
}

/** Help text examples, shown under a command's --help. */
export function examples(...lines: string[]): string {
  return `\nExamples:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;
}
