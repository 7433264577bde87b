import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportedFile } from '../../preload/contract';
import { createTestServices, idleComparisonRunner } from '../services/test-support';
import type { DocumentReader } from '../services/document-reader';
import { HTML_MUTATORS, PDF_MUTATORS, Random, TEXT_MUTATORS, mutateBytes } from '../testing/mutate';
import { buildZipFixtures, mutateZip, type ZipFixtures } from '../testing/zip-mutate';
import { docxSeeds, htmlSeeds, markdownSeeds, pdfSeeds, textSeeds } from '../testing/fuzz-seeds';
import { createWorkerDocumentReader } from '../workers/worker-document-reader';
import { workerScript } from '../workers/worker-script';

// The import fuzz run (npm run test:fuzz): every format's valid seeds, mutated ~1,100 times each,
// through one SourceService and the real import worker into one case. Each input must end as
// imported, a duplicate, or a refusal with a specific message, and a refusal must leave the case
// as it was. Replay: FUZZ_SEED=<seed> (printed at the start); FUZZ_ONLY=docx:123 runs one input
// (docx:120-123 a range); FUZZ_DUMP=<folder> also writes each input there;
// FUZZ_COUNT sets inputs per format.

const SEED = Number(process.env.FUZZ_SEED ?? 20_240_501) >>> 0;
const COUNT = Number(process.env.FUZZ_COUNT ?? 1_050);
const ONLY = process.env.FUZZ_ONLY?.split(':');
const DUMP = process.env.FUZZ_DUMP;

type Format = 'txt' | 'md' | 'html' | 'docx' | 'pdf';
const FORMATS: readonly Format[] = ['txt', 'md', 'html', 'docx', 'pdf'];

// ---- What a run may end in ------------------------------------------------------------------

/** Refusals an analyst can act on, by bucket; the message follows "<file name> ". */
const REFUSALS: ReadonlyArray<readonly [string, RegExp]> = [
  ['no text', /^has no text to import\.$/],
  ['time limit', /^took longer than 10 s to read, twice, and was stopped\.$/],
  ['memory limit', /^needed more than 512 MB of memory to read and was stopped\.$/],
  ['too large', /^is [\d.]+ MB; the limit is [\d.]+ MB\.$/],
  ['.doc', /^is an older Word or Office file \(\.doc\); save it as \.docx or PDF/],
  ['pdf name, no header', /^is named as a PDF but is not one \(it has no PDF header\)\.$/],
  ['binary', /^looks like a binary file, not text\.$/],
  ['bad encoding', /^is not valid (UTF-8|UTF-16LE|UTF-16BE|Windows-1252) text\.$/],
  ['zip: entries', /^is an archive of \d+ entries; the limit is 1000\.$/],
  [
    'zip: unsafe name',
    /^contains an entry with (a backslash in its name|a drive letter in its name|an absolute path|a "\.\." path segment) \(".*"\)\.$/s,
  ],
  ['zip: encrypted', /^contains an encrypted entry \(".*"\)\.$/s],
  ['zip: bomb ratio', /^looks like a ZIP bomb: ".*" expands \d+ times; the limit is 100\.$/s],
  ['zip: too large', /^would expand past 100 MB; the archive is refused\.$/],
  ['zip: size lie', /^is a damaged ZIP archive: ".*" is larger than it declares\.$/s],
  ['zip: unreadable', /^is not a readable ZIP archive \(.*\)\.$/s],
  ['docx: not Word', /^is a ZIP archive but not a Word document\.$/],
  ['docx: unreadable', /^is a Word document that could not be read \(.*\)\.$/s],
  ['docx: damaged parts', /^is a Word document with missing or damaged parts\.$/],
  ['pdf: password', /^is password-protected; remove the password and import it again\.$/],
  [
    'pdf: no text layer',
    /^has no text layer \(it looks like a scanned image\); run it through OCR/,
  ],
  ['pdf: damaged', /^is a damaged PDF that could not be read( \([\w ,:'-]+\))?\.$/],
];

/** A crash that a refusal message still carries: the worker or a reader failed unexpectedly. */
const CRASH_SHAPES = [/could not be read: /, /stopped the reader/, /Unexpected error/];

/** Details that are a JavaScript error inside a library rather than a judgement on the file. */
const LIBRARY_ERROR =
  /TypeError|RangeError|ReferenceError|Cannot read prop|is not a function|Maximum call stack|of undefined|of null/;

function classify(result: ImportedFile): { bucket: string; crash: boolean } {
  if (result.status === 'imported' || result.status === 'duplicate') {
    return { bucket: result.status, crash: false };
  }
  const message = result.message ?? '';
  if (!message.startsWith(`${result.fileName} `)) return { bucket: 'unnamed', crash: true };
  if (CRASH_SHAPES.some((shape) => shape.test(message))) return { bucket: 'crash', crash: true };
  const reason = message.slice(result.fileName.length + 1);
  const match = REFUSALS.find(([, shape]) => shape.test(reason));
  if (!match) return { bucket: 'unknown shape', crash: true };
  // A JavaScript error inside a library, passed on as the reason, tells the analyst nothing: the
  // readers map those to a plain refusal, so one reaching a message is a failure.
  if (LIBRARY_ERROR.test(reason)) return { bucket: `${match[0]} (library error)`, crash: true };
  return { bucket: match[0], crash: false };
}

// ---- Inputs ---------------------------------------------------------------------------------

interface FuzzInput {
  fileName: string;
  bytes: Uint8Array;
  /** How the input was made, for replay. */
  recipe: string;
}

const WRONG_EXTENSION: Record<Format, readonly string[]> = {
  txt: ['.docx', '.pdf', '.html', '.md', ''],
  md: ['.txt', '.html', '.pdf'],
  html: ['.md', '.txt', '.docx', '.pdf'],
  docx: ['.pdf', '.txt', '.zip', '.html', ''],
  pdf: ['.txt', '.docx', '.md', '.html'],
};

function onlyIndexes(range: string): number[] {
  const [first = 0, last = first] = range.split('-').map(Number);
  return Array.from({ length: last - first + 1 }, (_, offset) => first + offset);
}

/** Each input has its own PRNG, so FUZZ_ONLY can rebuild it without the ones before it. */
function inputRandom(format: Format, index: number): Random {
  const formatSalt = (FORMATS.indexOf(format) + 1) * 0x9e3779b1;
  return new Random(Math.imul(SEED ^ formatSalt, 0x85ebca6b) + Math.imul(index, 0xc2b2ae35));
}

function makeInput(
  format: Format,
  index: number,
  seeds: readonly Uint8Array[],
  fixtures: ZipFixtures,
): FuzzInput {
  const random = inputRandom(format, index);
  const seedIndex = random.int(seeds.length);
  const seed = seeds[seedIndex] as Uint8Array;
  let bytes: Uint8Array;
  let applied: string[];
  const roll = random.next();
  if (roll < 0.03) {
    bytes = new Uint8Array(0);
    applied = ['empty'];
  } else if (roll < 0.06) {
    bytes = seed;
    applied = ['unchanged'];
  } else if (format === 'docx') {
    ({ bytes, applied } = random.chance(0.75)
      ? mutateZip(random, seed, fixtures)
      : mutateBytes(random, seed));
  } else {
    const mutators =
      format === 'pdf' ? PDF_MUTATORS : format === 'html' ? HTML_MUTATORS : TEXT_MUTATORS;
    ({ bytes, applied } = mutateBytes(random, seed, mutators));
  }
  const extension = random.chance(0.1)
    ? random.pick(WRONG_EXTENSION[format])
    : format === 'html' && random.chance(0.3)
      ? '.htm'
      : `.${format}`;
  if (extension !== `.${format}`) applied.push(`named ${extension || '(none)'}`);
  return {
    fileName: `${format}-${String(index).padStart(4, '0')}${extension}`,
    bytes,
    recipe: `FUZZ_SEED=${SEED} FUZZ_ONLY=${format}:${index} seed#${seedIndex} ${applied.join(' > ')}`,
  };
}

// ---- The run --------------------------------------------------------------------------------

interface Tally {
  inputs: number;
  buckets: Map<string, number>;
  crashes: string[];
  caseChanges: string[];
  maxMs: number;
  slowest: string;
  totalMs: number;
  libraryErrors: string[];
}

const tallies = new Map<Format, Tally>();
let reader: DocumentReader;
let services: ReturnType<typeof createTestServices>;
let fixtures: ZipFixtures;
let seedsByFormat: Record<Format, Uint8Array[]>;
let refusalsSinceFullCheck = 0;

/** Cheap enough to take around every input: how many sources, and the newest one in full. */
function snapshot(): string {
  const list = services.sources.list();
  return JSON.stringify({ count: list.length, last: list.at(-1) ?? null });
}

beforeAll(async () => {
  if (DUMP) mkdirSync(DUMP, { recursive: true });
  console.log(`import fuzz: FUZZ_SEED=${SEED}, ${COUNT} inputs per format`);
  reader = createWorkerDocumentReader(workerScript('import-worker'));
  services = createTestServices({ documentReader: reader, comparisonRunner: idleComparisonRunner });
  services.cases.create(`${services.dataDir}/fuzz.corroborate`, 'Fuzz case');
  fixtures = await buildZipFixtures();
  seedsByFormat = {
    txt: textSeeds(),
    md: markdownSeeds(),
    html: htmlSeeds(),
    docx: await docxSeeds(),
    pdf: pdfSeeds(),
  };
}, 120_000);

afterAll(async () => {
  await reader?.close();
  services?.cases.close();
  printTable();
});

// Known crashes, found by this run and not yet fixed in app code; the test fails until they are:
// - PDF: pdfjs leaves a rejected promise behind after pdfToDocument has already returned (seen as
//   "ParserEOFException: End of file inside array", "FormatError: Illegal character: 41",
//   "XRefEntryException: Bad (uncompressed) XRef entry"). Unhandled in the worker, it kills it,
//   and the NEXT file is refused with "stopped the reader unexpectedly", whatever it is.
//   Replay: FUZZ_ONLY=pdf:30-31 (pdf:30 leaves the rejection, pdf:31 is refused for it).
// - HTML: a <body> whose class or role matches FURNITURE ("has-comments", "share", "dialog") is
//   removed with the furniture, document.body is null, and htmlToArticle throws a TypeError
//   ("could not be read: Cannot read properties of null (reading 'querySelectorAll')").
//   Replay: FUZZ_ONLY=html:113, or <body class="has-comments"><p>Text.</p></body>.
describe('import fuzz', () => {
  for (const format of FORMATS) {
    const only = ONLY && ONLY[0] === format ? onlyIndexes(ONLY[1] ?? '0') : undefined;
    if (ONLY && !only) continue;

    it(`ends every mutated ${format} input in an import or a specific refusal`, async () => {
      const tally: Tally = {
        inputs: 0,
        buckets: new Map(),
        crashes: [],
        caseChanges: [],
        maxMs: 0,
        slowest: '',
        totalMs: 0,
        libraryErrors: [],
      };
      tallies.set(format, tally);
      const indexes = only ?? Array.from({ length: COUNT }, (_, index) => index);
      for (const index of indexes) {
        const input = makeInput(format, index, seedsByFormat[format], fixtures);
        await runOne(input, tally);
      }
      // Both lists in one assertion, so a crash never hides a changed case.
      expect({ crashes: tally.crashes, caseChanges: tally.caseChanges }).toEqual({
        crashes: [],
        caseChanges: [],
      });
      expect(tally.inputs).toBe(indexes.length);
    }, 900_000);
  }
});

async function runOne(input: FuzzInput, tally: Tally): Promise<void> {
  if (DUMP) writeFileSync(join(DUMP, input.fileName), input.bytes);
  const before = snapshot();
  const fullBefore = refusalsSinceFullCheck >= 50 ? JSON.stringify(services.sources.list()) : '';
  const started = performance.now();
  let result: ImportedFile;
  try {
    result = await services.sources.importBytes(input.fileName, input.bytes);
  } catch (error) {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    result = { fileName: input.fileName, status: 'refused', message: `threw ${message}` };
  }
  const elapsed = performance.now() - started;
  tally.inputs += 1;
  tally.totalMs += elapsed;
  if (elapsed > tally.maxMs) {
    tally.maxMs = elapsed;
    tally.slowest = input.recipe;
  }

  const { bucket, crash } = classify(result);
  tally.buckets.set(bucket, (tally.buckets.get(bucket) ?? 0) + 1);
  const described = `${input.recipe}: ${result.status} ${result.message ?? ''}`.trim();
  if (crash) tally.crashes.push(described);
  if (bucket.endsWith('(library error)')) tally.libraryErrors.push(described);

  const after = snapshot();
  if (result.status === 'imported') {
    const { count: countBefore } = JSON.parse(before) as { count: number };
    const { count, last } = JSON.parse(after) as { count: number; last: { id: number } | null };
    if (count !== countBefore + 1 || last?.id !== result.sourceId) {
      tally.caseChanges.push(`${described}: ${countBefore} -> ${count} sources`);
    }
  } else {
    if (after !== before) tally.caseChanges.push(`${described}: the case changed`);
    if (result.status === 'refused') refusalsSinceFullCheck += 1;
    // Every 50th refusal compares every source, not just the count and the newest one.
    if (fullBefore && JSON.stringify(services.sources.list()) !== fullBefore) {
      tally.caseChanges.push(`${described}: a source changed`);
    }
    if (fullBefore) refusalsSinceFullCheck = 0;
  }
}

function printTable(): void {
  const rows: string[] = [];
  const pad = (text: string | number, width: number) => String(text).padStart(width);
  rows.push(
    `import fuzz results (FUZZ_SEED=${SEED})`,
    `${'format'.padEnd(6)} ${pad('inputs', 6)} ${pad('imported', 8)} ${pad('dup', 5)} ` +
      `${pad('refused', 7)} ${pad('crashes', 7)} ${pad('max ms', 7)} ${pad('total s', 7)}`,
  );
  for (const [format, tally] of tallies) {
    const count = (bucket: string) => tally.buckets.get(bucket) ?? 0;
    const refused = tally.inputs - count('imported') - count('duplicate') - tally.crashes.length;
    rows.push(
      `${format.padEnd(6)} ${pad(tally.inputs, 6)} ${pad(count('imported'), 8)} ` +
        `${pad(count('duplicate'), 5)} ${pad(refused, 7)} ${pad(tally.crashes.length, 7)} ` +
        `${pad(Math.round(tally.maxMs), 7)} ${pad((tally.totalMs / 1000).toFixed(1), 7)}`,
    );
  }
  rows.push('', 'refusals by reason:');
  for (const [format, tally] of tallies) {
    const reasons = [...tally.buckets]
      .filter(([bucket]) => bucket !== 'imported' && bucket !== 'duplicate')
      .sort((a, b) => b[1] - a[1])
      .map(([bucket, count]) => `${bucket} ${count}`);
    rows.push(`  ${format}: ${reasons.join(', ') || '(none)'}`);
    rows.push(`    slowest: ${Math.round(tally.maxMs)} ms, ${tally.slowest}`);
    for (const line of tally.libraryErrors.slice(0, 5)) rows.push(`    library error: ${line}`);
    for (const line of tally.crashes.slice(0, 20)) rows.push(`    CRASH: ${line}`);
    for (const line of tally.caseChanges.slice(0, 20)) rows.push(`    CASE CHANGED: ${line}`);
  }
  console.log(rows.join('\n'));
}
