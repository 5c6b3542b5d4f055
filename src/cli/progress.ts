/** A progress bar for long work, shown only on a terminal (never in pipes or CI logs). */
import cliProgress from 'cli-progress';

export interface Progress {
  tick(label?: string): void;
  /** Prints a line above the bar. */
  log(line: string): void;
  stop(): void;
}

export function progress(total: number, what: string): Progress {
  if (!process.stderr.isTTY || total < 2) {
    return { tick: () => {}, log: (line) => process.stdout.write(`${line}\n`), stop: () => {} };
  }
  const bar = new cliProgress.SingleBar(
    { format: `${what} [{bar}] {value}/{total} {label}`, stream: process.stderr, hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { label: '' });
  return {
    tick: (label = '') => bar.increment(1, { label }),
    log: (line) => {
      // Keep the bar below the lines already printed.
      process.stderr.write('\r\x1b[K');
      process.stdout.write(`${line}\n`);
      bar.render();
    },
    stop: () => bar.stop(),
  };
}
