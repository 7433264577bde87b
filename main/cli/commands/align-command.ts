import { basename } from 'node:path';
import { alignTexts, judgeRelation } from '../../core/align';
import { factsFromText } from '../../core/align/text-facts';
import { alignBatch } from './align-batch';
import { readableReport, relationLine } from './align-report';
import type { CliCommand } from './cli-command';
import { readTextFile } from './read-text-file';

export const alignCommand: CliCommand = {
  name: 'align',
  help: `corroborate align <fileA> <fileB> [--json]
      Align two text files and say whether one is a copy of the other, with the passages they
      share. Files are read as UTF-8 exactly as stored (a leading byte-order mark is dropped, as
      TextDecoder does by default; malformed UTF-8 is refused; line endings and Unicode forms are
      kept). --json prints one line: {"id":null,"relation","similarity","coverage":[a,b],
      "passages":[{"a":[start,end],"b":[start,end],"score","kind"}]}, spans in code points.
  corroborate align --batch <pairs.jsonl> [--out <file>]
      Align many pairs: each input line {"id","a","b"} holds the two texts; each output line is
      the --json result with that id, in input order ("-" reads standard input). A line that
      cannot be read gives {"id","line","error"} and the batch goes on. Blank lines are skipped.
      Exit status 2 when any line failed.`,
  async run({ args, options, output }) {
    if (options.batch !== undefined) {
      if (args.length > 0) return 'usage';
      return alignBatch(options.batch, options.out, output);
    }
    const [pathA, pathB, ...rest] = args;
    if (!pathA || !pathB || rest.length > 0 || options.out !== undefined) return 'usage';
    let a: string;
    let b: string;
    try {
      a = readTextFile(pathA);
      b = readTextFile(pathB);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (options.json) output.out(JSON.stringify({ id: null, error: message }));
      else output.err(`Error: ${message}`);
      return 1;
    }
    const labelA = basename(pathA);
    const labelB = basename(pathB);
    const alignment = alignTexts(a, b);
    const factsA = factsFromText(1, labelA, a);
    const factsB = factsFromText(2, labelB, b);
    const relation = judgeRelation(alignment, factsA, factsB);
    if (options.json) output.out(relationLine(null, relation, alignment));
    else
      for (const line of readableReport({ a, b, labelA, labelB }, relation, alignment))
        output.out(line);
    return 0;
  },
};
