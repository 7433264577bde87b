import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { createInterface } from 'node:readline';
import { alignTexts, judgeRelation } from '../../core/align';
import { factsFromText } from '../../core/align/text-facts';
import type { CliOutput } from '../cli-output';
import { errorLine, relationLine } from './align-report';

type BatchId = string | number;

/** One input line, read: the pair to align, or why it cannot be. */
export type BatchItem =
  | { ok: true; id: BatchId; a: string; b: string }
  | { ok: false; id: BatchId | null; error: string };

/** Reads one line of a batch file (`{"id","a","b"}`); never throws. */
export function parseBatchLine(line: string): BatchItem {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { ok: false, id: null, error: `not valid JSON: ${(error as Error).message}` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, id: null, error: 'expected an object {"id", "a", "b"}' };
  }
  const record = value as Record<string, unknown>;
  const id = record.id;
  const validId = typeof id === 'string' || (typeof id === 'number' && Number.isFinite(id));
  if (!validId) {
    const error =
      id === undefined || id === null ? 'id is missing' : 'id must be a string or a number';
    return { ok: false, id: null, error };
  }
  for (const side of ['a', 'b'] as const) {
    if (typeof record[side] !== 'string') {
      const error = record[side] === undefined ? `${side} is missing` : `${side} must be a string`;
      return { ok: false, id, error };
    }
  }
  return { ok: true, id, a: record.a as string, b: record.b as string };
}

/** The output line for one input line; a pair the engine fails on is an error line too. */
function resultLine(item: BatchItem, lineNumber: number): { line: string; failed: boolean } {
  if (!item.ok) return { line: errorLine(item.id, lineNumber, item.error), failed: true };
  try {
    const alignment = alignTexts(item.a, item.b);
    // What each text says about itself (a credit line, a date) gives the direction of a copy.
    const factsA = factsFromText(1, 'A', item.a);
    const factsB = factsFromText(2, 'B', item.b);
    const relation = judgeRelation(alignment, factsA, factsB);
    return { line: relationLine(item.id, relation, alignment), failed: false };
  } catch (error) {
    const message = `alignment failed: ${(error as Error).message}`;
    return { line: errorLine(item.id, lineNumber, message), failed: true };
  }
}

async function openInput(path: string): Promise<Readable> {
  if (path === '-') return process.stdin;
  const stream = createReadStream(path);
  await once(stream, 'open');
  return stream;
}

/**
 * `align --batch`: streams results in input order, one line per input line, to `outPath` or to
 * the output. Returns 0 when every line was aligned, 2 when any failed, 1 when the files could
 * not be opened.
 */
export async function alignBatch(
  inputPath: string,
  outPath: string | undefined,
  output: CliOutput,
): Promise<number> {
  let input: Readable;
  try {
    input = await openInput(inputPath);
  } catch (error) {
    output.err(`Error: cannot read ${inputPath}: ${(error as Error).message}`);
    return 1;
  }
  const file = outPath === undefined ? null : createWriteStream(outPath);
  if (file) {
    try {
      await once(file, 'open');
    } catch (error) {
      input.destroy();
      output.err(`Error: cannot write ${outPath}: ${(error as Error).message}`);
      return 1;
    }
  }
  const write = async (line: string) => {
    if (!file) return output.out(line);
    if (!file.write(`${line}\n`)) await once(file, 'drain');
  };

  input.setEncoding('utf8');
  let lineNumber = 0;
  let failed = 0;
  for await (const raw of createInterface({ input, crlfDelay: Infinity })) {
    lineNumber++;
    const line = lineNumber === 1 ? raw.replace(/^\ufeff/, '') : raw;
    if (line.trim() === '') continue;
    const result = resultLine(parseBatchLine(line), lineNumber);
    if (result.failed) failed++;
    await write(result.line);
  }
  if (file) {
    file.end();
    await once(file, 'finish');
    output.err(`${lineNumber} lines read, ${failed} failed; results in ${outPath}`);
  }
  return failed > 0 ? 2 : 0;
}
