/** `fatiao parse [TEXT]`: the citations in a text, as JSON or a table. */
import type { Command } from 'commander';
import { findCitations } from '../cite/find.js';
import type { Ref } from '../cite/types.js';
import { examples, printJson, printTable, readStdin } from './output.js';

export function formatRef(r: Ref): string {
  let s = r.article === null ? '?' : `第${r.article}条`;
  if (r.articleSuffix) s += `之${r.articleSuffix}`;
  if (r.paragraph !== null) s += `第${r.paragraph}款`;
  if (r.item !== null) s += `第${r.item}项`;
  return s;
}

export function registerParse(program: Command): void {
  program
    .command('parse')
    .description('find the statute citations in a text (or standard input)')
    .argument('[text]', 'the text to read; standard input when absent')
    .option('--law <title>', 'the law that 本法 and bare article numbers refer to')
    .option('--json', 'print a JSON array, one element per citation')
    .addHelpText(
      'after',
      examples(
        'fatiao parse "依据《中华人民共和国网络安全法》第二十二条第一款、第二款和第四十八条第一款" --json',
        'echo "违反本法第四十一条至四十三条规定" | fatiao parse --law 网络安全法 --json',
      ),
    )
    .action(async (text: string | undefined, opts: { law?: string; json?: boolean }) => {
      const input = text ?? (await readStdin());
      const citations = findCitations(input, { law: opts.law });
      if (opts.json) return printJson(citations);
      if (citations.length === 0) {
        process.stdout.write('no citations found\n');
        return;
      }
      printTable(
        ['#', 'citation', 'law', 'provisions'],
        citations.map((c, i) => [
          i + 1,
          c.text.replace(/\s+/g, ' '),
          c.law ?? '(unknown)',
          c.refs.length ? c.refs.map(formatRef).join('、') + (c.relative ? ' (relative)' : '') : '(whole law)',
        ]),
      );
    });
}
