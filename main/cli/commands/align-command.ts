import { basename } from 'node:path';
import { alignTexts, judgeRelation } from '../../core/align';
import { factsFromText } from '../../core/align/text-facts';
import { sourceLabel, sourceNumbers } from '../../core/claims/source-label';
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
    // Each file is named as a case would label it ("AP · #002": its own number, else 1 or 2);
    // the report's first line says which file each label stands for.
    const [fileA, fileB] = [basename(pathA), basename(pathB)];
    const numbers = sourceNumbers([
      { id: 1, fileName: fileA },
      { id: 2, fileName: fileB },
    ]);
    const labelled = (id: number, text: string) => {
      const facts = factsFromText(id, '', text);
      const label = sourceLabel({ ...facts, agency: facts.agency ?? '' }, numbers.get(id) ?? '');
      return { ...facts, label };
    };
    const factsA = labelled(1, a);
    const factsB = labelled(2, b);
    const alignment = alignTexts(a, b);
    const relation = judgeRelation(alignment, factsA, factsB);
    if (options.json) output.out(relationLine(null, relation, alignment));
    else {
      const texts = {
        a,
        b,
        labelA: `${factsA.label} (${fileA})`,
        labelB: `${factsB.label} (${fileB})`,
      };
      for (const line of readableReport(texts, relation, alignment)) output.out(line);
    }
    return 0;
  },
};
