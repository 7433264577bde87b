// Named-entity evaluation: the recognizers measured on a hand-labelled sample (data/entities-gold.json:
// the five seed reports and ten BBC articles picked by a fixed rule, labelled before any
// recognizer ran on them), with speed on the BBC folder and package size.
//
//   node_modules/node/bin/node --import tsx --disable-warning=ExperimentalWarning bench/eval/entities.ts
//     [--candidates DIR]   also measure wink-nlp from DIR/node_modules (a scratch install:
//                          cd DIR && npm init -y && npm i wink-nlp wink-eng-lite-web-model)
//     [--full]             time the chosen recognizer on the whole BBC folder, not 300 articles
//
// Scoring is by name, not span: per document, the distinct (name, kind) pairs a system finds
// against the gold pairs, names compared after `scoreKey` (case, curly quotes, a possessive, a
// leading "the" and titles such as Mr. ignored). "any kind" counts a name found with the wrong
// kind as found. Micro-averaged over the 15 documents.
//
// Measured on this 2-core machine (shared with other jobs, load average 6-12; Node 22.23,
// compromise 14.20.0, wink-nlp 2.4.0 + wink-eng-lite-web-model 1.8.1 from a scratch install),
// 15 documents, 378 gold names, P/R/F1 in %, CPU ms per BBC article over 300 articles:
//
//   system                                   person          place           org             all             any-kind  CPU ms
//   compromise pre-tagger + runs + clean-up  90.4/73.1/80.8  85.1/85.1/85.1  76.5/28.9/41.9  86.6/66.4/75.1  78.1      8.0
//   compromise full nlp() + clean-up         89.0/72.5/79.9  87.3/85.1/86.2  77.1/30.0/43.2  86.9/66.4/75.3  78.8      14-24
//   compromise pre-tagger raw spans          69.6/56.3/62.3  77.9/84.3/81.0  50.0/26.7/34.8  70.1/58.2/63.6  65.6      6.8
//   wink-nlp entities (lite model)           0/0/0           0/0/0           0/0/0           0/0/0           0         2.7
//   wink-nlp PROPN + kind guess + clean-up   67.5/79.6/73.1  37.7/81.0/51.4  68.8/36.7/47.8  52.3/69.8/59.8  78.6      2.4
//   baseline: capitalised runs               45.7/67.1/54.4  23.9/68.6/35.4  53.7/24.4/33.6  34.2/57.4/42.9  56.7      0.1
//
// wink's lite model tags no PERSON, GPE or ORG at all (only dates, numbers, durations…); its
// proper-noun tags find names as well as compromise but cannot tell a place from a person, which
// is what compromise's lexicon brings. The chosen recognizer on the whole BBC folder (2,225 files,
// 5.0 M characters): 15.8 s CPU, 35 s wall with the machine's load average at 12, 133 MB RSS.
// Packages on disk: compromise + efrt + suffix-thumb 3.1 MB; wink-nlp + model 4.5 MB.

import { createRequire } from 'node:module';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { EntityCandidate } from '../../main/core/facts/entities';
import { refineMentions } from '../../main/core/facts/entities';
import type { EntityKind, EntityMention } from '../../main/core/facts/types';
import { rawEntities, recognizeEntities } from '../../main/facts/entity-recognizer';

export const KINDS: readonly EntityKind[] = ['person', 'place', 'organization'];

/** One labelled document: the distinct names per kind. */
export interface GoldDocument {
  id: string;
  path: string;
  person: string[];
  place: string[];
  organization: string[];
}

const TITLES = /^(?:(?:mr|mrs|ms|dr|lord|sir|president|the)\.?\s+)+/u;

/** How names are compared: lower case, straight quotes, no possessive, leading "the" or title, single spaces. */
export function scoreKey(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘ʼ`]/gu, "'")
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/'s$|'$/u, '')
    .replace(TITLES, '');
}

/** True positives, false positives and false negatives. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Score {
  perKind: Record<EntityKind, Counts>;
  all: Counts;
  /** A name found with any kind counts. */
  anyKind: Counts;
}

function add(a: Counts, b: Counts): void {
  a.tp += b.tp;
  a.fp += b.fp;
  a.fn += b.fn;
}

function compare(gold: Set<string>, found: Set<string>): Counts {
  let tp = 0;
  for (const key of found) if (gold.has(key)) tp++;
  return { tp, fp: found.size - tp, fn: gold.size - tp };
}

/** Scores found mentions against the gold documents by distinct (name, kind) per document. */
export function scoreDocuments(
  gold: readonly GoldDocument[],
  found: ReadonlyMap<string, readonly Pick<EntityMention, 'text' | 'kind'>[]>,
): Score {
  const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
  const score: Score = {
    perKind: { person: zero(), place: zero(), organization: zero() },
    all: zero(),
    anyKind: zero(),
  };
  for (const doc of gold) {
    const mentions = found.get(doc.id) ?? [];
    const goldAny = new Set<string>();
    const foundAny = new Set<string>();
    for (const kind of KINDS) {
      const goldKeys = new Set(doc[kind].map(scoreKey));
      const foundKeys = new Set(
        mentions.filter((m) => m.kind === kind).map((m) => scoreKey(m.text)),
      );
      const counts = compare(goldKeys, foundKeys);
      add(score.perKind[kind], counts);
      add(score.all, counts);
      for (const key of goldKeys) goldAny.add(key);
      for (const key of foundKeys) foundAny.add(key);
    }
    add(score.anyKind, compare(goldAny, foundAny));
  }
  return score;
}

/** Precision, recall and F1 of counts (0 when undefined). */
export function prf(c: Counts): { p: number; r: number; f: number } {
  const p = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  return { p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

// ---------------------------------------------------------------------------------------------
// Systems

/** Words that end organisation names, for the baseline's and the wink adapter's kind guess. */
const ORG_WORDS =
  /\b(?:Ministry|Agency|Council|University|Institute|Center|Centre|Committee|Department|Fleet|Army|Court|Times|Press|Foundation|Society|Bank|Party|Commission|Embassy|Association|Group|Club|Union|News|Corporation|Inc|Ltd|Assembly|Office|Service|Bros)$/u;
const PLACE_BEFORE = /\b(?:in|to|from|at|into|across|near|of)\s+$/u;

/** A kind for a capitalised sequence by its form: organisation word, acronym, preposition, word count. */
export function guessKind(text: string, name: string, start: number): EntityKind {
  if (ORG_WORDS.test(name) || /^\p{Lu}{3,6}$/u.test(name)) return 'organization';
  if (PLACE_BEFORE.test(text.slice(Math.max(0, start - 10), start))) return 'place';
  return name.includes(' ') ? 'person' : 'place';
}

const SENTENCE_OPENERS = new Set(
  'The A An And But Or If In On At As To Of By For From With He She It They We I You His Her Its Their This That These Those There Here When While After Before'.split(
    ' ',
  ),
);

/** The baseline: runs of capitalised words (sentence openers skipped), kind guessed by form. */
export function capitalisedBaseline(text: string): EntityMention[] {
  const out: EntityMention[] = [];
  const re = /\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*/gu;
  for (const m of text.matchAll(re)) {
    let name = m[0];
    let start = m.index;
    const first = name.split(/\s+/u)[0] ?? '';
    if (SENTENCE_OPENERS.has(first)) {
      const rest = name.slice(first.length).trimStart();
      if (!rest) continue;
      start += name.length - rest.length;
      name = rest;
    }
    name = name.replace(/[’'.]s?$|[.]$/u, '');
    if (name.length < 2) continue;
    out.push({ start, end: start + name.length, text: name, kind: guessKind(text, name, start) });
  }
  return out;
}

interface WinkToken {
  value: string;
  pos: string;
}
type WinkFactory = (model: unknown) => {
  readDoc(text: string): {
    tokens(): { out(f: unknown): string[] };
    entities(): { out(f: unknown): Array<{ value: string; type: string }> };
  };
  its: { value: unknown; pos: unknown; detail: unknown };
};

/** wink-nlp from a scratch install, or null when it is not there. */
function loadWink(dir: string | null): { nlp: ReturnType<WinkFactory> } | null {
  const roots = [join(import.meta.dirname, '../..'), ...(dir ? [dir] : [])];
  for (const root of roots.reverse()) {
    try {
      const require = createRequire(join(root, 'noop.js'));
      const factory = require('wink-nlp') as WinkFactory;
      const model = require('wink-eng-lite-web-model') as unknown;
      return { nlp: factory(model) };
    } catch {
      // not installed there
    }
  }
  return null;
}

/** wink's own entities of the three kinds (its lite model has none: it tags dates and numbers). */
function winkEntities(wink: ReturnType<WinkFactory>, text: string): EntityMention[] {
  const kinds: Record<string, EntityKind> = {
    PERSON: 'person',
    GPE: 'place',
    LOC: 'place',
    ORG: 'organization',
  };
  const out: EntityMention[] = [];
  for (const line of text.split('\n')) {
    for (const e of wink.readDoc(line).entities().out(wink.its.detail)) {
      const kind = kinds[e.type];
      if (kind) out.push({ start: 0, end: 0, text: e.value, kind });
    }
  }
  return out;
}

/** wink's proper-noun runs, placed in the text, kind guessed by form, then refineMentions. */
function winkProperNouns(wink: ReturnType<WinkFactory>, text: string): EntityMention[] {
  const candidates: EntityCandidate[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const doc = wink.readDoc(line);
    const values = doc.tokens().out(wink.its.value);
    const pos = doc.tokens().out(wink.its.pos);
    const tokens: Array<WinkToken & { start: number; end: number }> = [];
    let at = 0;
    values.forEach((value, i) => {
      const found = line.indexOf(value, at);
      const start = found < 0 ? at : found;
      at = start + value.length;
      tokens.push({ value, pos: pos[i] ?? '', start: lineStart + start, end: lineStart + at });
    });
    for (let i = 0; i < tokens.length;) {
      if (tokens[i]?.pos !== 'PROPN') {
        i++;
        continue;
      }
      let j = i;
      while (tokens[j + 1]?.pos === 'PROPN') j++;
      const start = tokens[i]!.start;
      const end = tokens[j]!.end;
      candidates.push({ start, end, kind: guessKind(text, text.slice(start, end), start) });
      i = j + 1;
    }
    lineStart += line.length + 1;
  }
  return refineMentions(text, candidates);
}

// ---------------------------------------------------------------------------------------------
// Runner

const root = join(import.meta.dirname, '../..');
const bbcDir = join(root, '../shared/bench/bbc-news');

function readGold(): GoldDocument[] {
  const data = JSON.parse(
    readFileSync(join(import.meta.dirname, 'data', 'entities-gold.json'), 'utf8'),
  ) as {
    documents: GoldDocument[];
  };
  return data.documents;
}

function readDocument(path: string): string {
  return path.startsWith('bbc:')
    ? readFileSync(join(bbcDir, path.slice(4)), 'utf8')
    : readFileSync(join(root, path), 'utf8');
}

function bbcFiles(): string[] {
  const files: string[] = [];
  for (const category of readdirSync(bbcDir).sort()) {
    const dir = join(bbcDir, category);
    if (!statSync(dir).isDirectory()) continue;
    for (const file of readdirSync(dir).sort())
      if (file.endsWith('.txt')) files.push(join(dir, file));
  }
  return files;
}

function sizeOf(path: string): number {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path).reduce((sum, name) => sum + sizeOf(join(path, name)), 0);
}

interface System {
  name: string;
  run(text: string): EntityMention[];
  packages: string[];
  packageRoot: string;
}

function pct(x: number): string {
  return (100 * x).toFixed(1);
}

function main(): void {
  const args = process.argv.slice(2);
  const candidatesAt = args.includes('--candidates')
    ? (args[args.indexOf('--candidates') + 1] ?? null)
    : null;
  const full = args.includes('--full');
  const gold = readGold();
  const texts = new Map(gold.map((doc) => [doc.id, readDocument(doc.path)]));
  const projectModules = join(root, 'node_modules');

  const systems: System[] = [
    {
      name: 'compromise + clean-up (chosen)',
      run: recognizeEntities,
      packages: ['compromise', 'efrt', 'suffix-thumb'],
      packageRoot: projectModules,
    },
    {
      name: 'compromise raw',
      run: rawEntities,
      packages: ['compromise', 'efrt', 'suffix-thumb'],
      packageRoot: projectModules,
    },
  ];
  const wink = loadWink(candidatesAt);
  if (wink) {
    const winkRoot = candidatesAt ? join(candidatesAt, 'node_modules') : projectModules;
    const packages = ['wink-nlp', 'wink-eng-lite-web-model'];
    systems.push({
      name: 'wink-nlp entities (lite model)',
      run: (t) => winkEntities(wink.nlp, t),
      packages,
      packageRoot: winkRoot,
    });
    systems.push({
      name: 'wink-nlp PROPN + kind guess + clean-up',
      run: (t) => winkProperNouns(wink.nlp, t),
      packages,
      packageRoot: winkRoot,
    });
  }
  systems.push({
    name: 'baseline: capitalised runs',
    run: capitalisedBaseline,
    packages: [],
    packageRoot: projectModules,
  });

  const bbc = bbcFiles();
  const bbcTexts = bbc.map((file) => readFileSync(file, 'utf8'));
  const sample = bbcTexts.slice(0, 300);
  const projected = 2092;
  const goldNames = gold.reduce(
    (sum, doc) => sum + doc.person.length + doc.place.length + doc.organization.length,
    0,
  );
  console.log(
    `Entities: ${gold.length} hand-labelled documents, ${goldNames} gold names; speed on ${full ? bbc.length : sample.length} BBC articles.\n`,
  );
  const header = [
    'system',
    'person P/R/F1',
    'place P/R/F1',
    'org P/R/F1',
    'all P/R/F1',
    'any-kind F1',
    'CPU (wall) ms/article',
    `proj. ${projected} (CPU)`,
    'heap MB',
    'package',
  ];
  const rows: string[][] = [];
  for (const system of systems) {
    const found = new Map([...texts].map(([id, text]) => [id, system.run(text)]));
    const score = scoreDocuments(gold, found);
    const cell = (c: Counts) => {
      const { p, r, f } = prf(c);
      return `${pct(p)}/${pct(r)}/${pct(f)}`;
    };
    const timed = full && system === systems[0] ? bbcTexts : sample;
    for (const text of timed.slice(0, 20)) system.run(text); // warm-up
    const heapBefore = process.memoryUsage().heapUsed;
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    for (const text of timed) system.run(text);
    const cpu = process.cpuUsage(cpu0);
    const wall = (performance.now() - t0) / timed.length;
    const perArticle = (cpu.user + cpu.system) / 1000 / timed.length;
    const heap = (process.memoryUsage().heapUsed - heapBefore) / 1e6;
    const size = system.packages.reduce(
      (sum, name) => sum + sizeOf(join(system.packageRoot, name)),
      0,
    );
    rows.push([
      system.name,
      cell(score.perKind.person),
      cell(score.perKind.place),
      cell(score.perKind.organization),
      cell(score.all),
      pct(prf(score.anyKind).f),
      `${perArticle.toFixed(2)} (${wall.toFixed(2)})`,
      `${((perArticle * projected) / 1000).toFixed(1)} s`,
      heap.toFixed(0),
      size ? `${(size / 1e6).toFixed(1)} MB` : '-',
    ]);
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
  console.log(line(header));
  for (const row of rows) console.log(line(row));
  if (!wink)
    console.log(
      '\nwink-nlp not installed: run with --candidates DIR (see the header) to measure it.',
    );
  console.log(
    '\nScoring: distinct (name, kind) per document, names compared case- and title-insensitively; heap is the growth during the timing run; time is CPU time per article (wall time in brackets, inflated when the machine is shared).',
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
