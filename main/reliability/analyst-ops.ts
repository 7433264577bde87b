import type { Credibility, Reliability } from '../../preload/contract';

/**
 * Random analyst work for the crash and I/O-error suites, and the facts each operation
 * establishes. Everything is named, never numbered by the app (sources by unique title, tags by
 * name, claims by source and quote), so the expectation can be checked against any process's
 * view of the case, and a model saved by one child can be continued by the next.
 */

/** What the analyst sees stored; the suites compare exactly this with the case. */
export interface Facts {
  /** In import order. */
  sources: Array<{ title: string; grade: Reliability; note: string }>;
  tags: string[];
  claims: Array<{ source: string; quote: string; tags: string[]; credibility: Credibility }>;
  caseNote: string;
}

/** An imported source's text, kept so later operations can tag its sentences. */
export interface LibraryEntry {
  title: string;
  /** A word found in this source's text and nowhere else in the case. */
  word: string;
  text: string;
  sentences: string[];
}

export interface Model {
  facts: Facts;
  library: LibraryEntry[];
  /** Facts before each undoable edit, newest last; kept short (older edits are never undone). */
  undo: Facts[];
  /** Numbers for unique tag names and note texts; never reused, even after an undo. */
  counter: number;
}

export type Op =
  | { kind: 'import'; title: string; text: string }
  | { kind: 'create-tag'; name: string }
  | { kind: 'create-claim'; source: string; quote: string; tags: string[] }
  | { kind: 'tag-claim'; source: string; quote: string; tags: string[] }
  | { kind: 'grade-source'; source: string; grade: Reliability }
  | { kind: 'grade-claim'; source: string; quote: string; credibility: Credibility }
  | { kind: 'note'; source: string | null; text: string }
  | { kind: 'merge-tags'; from: string; into: string }
  | { kind: 'undo' };

export const MAX_SOURCES = 40;
const MAX_TAGS = 12;
const UNDO_DEPTH = 20;
const GRADES: readonly Reliability[] = ['A', 'B', 'C', 'D', 'E', 'F'];
const CREDIBILITIES: readonly Credibility[] = [1, 2, 3, 4, 5, 6];

export function emptyModel(): Model {
  return {
    facts: { sources: [], tags: [], claims: [], caseNote: '' },
    library: [],
    undo: [],
    counter: 0,
  };
}

/** A small, fast, seedable generator (mulberry32); `next()` is uniform in [0, 1). */
export function createRandom(seed: number): { next(): number; int(below: number): number } {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (below) => Math.floor(next() * below) };
}

export type Random = ReturnType<typeof createRandom>;

/** The generator for operation `n` of a run: the same seed and model give the same operation. */
export function randomForOp(seed: number, n: number): Random {
  return createRandom((Math.imul(seed >>> 0, 0x9e3779b1) ^ Math.imul(n + 1, 0x85ebca6b)) >>> 0);
}

const pick = <T>(random: Random, items: readonly T[]): T => {
  const item = items[random.int(items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
};

const SUBJECTS = ['The minister', 'A spokesman', 'Witnesses', 'The convoy', 'Local officials'];
const VERBS = ['reported', 'denied', 'confirmed', 'described', 'questioned', 'announced'];
const OBJECTS = ['the shelling', 'a fuel shortage', 'the ceasefire', 'new arrests', 'the strike'];
const PLACES = ['near the bridge', 'in the capital', 'at the border', 'outside the port'];
const DAYS = ['on Monday', 'on Tuesday', 'late on Friday', 'early on Sunday', 'overnight'];
const LETTERS = 'bcdfghjklmnprstvw';

/** An alphabetic word unique to source `number`; ends in "zq" so no stemmer trims it. */
export function uniqueWord(number: number): string {
  let letters = '';
  for (let rest = number; ; rest = Math.floor(rest / LETTERS.length)) {
    letters = (LETTERS[rest % LETTERS.length] ?? 'b') + letters;
    if (rest < LETTERS.length) break;
  }
  return `vex${letters}zq`;
}

function sentence(random: Random, number: number, index: number): string {
  const parts = [pick(random, SUBJECTS), pick(random, VERBS), pick(random, OBJECTS)];
  return `${parts.join(' ')} ${pick(random, PLACES)} ${pick(random, DAYS)} (item ${number}-${index}).`;
}

/** Paragraphs of two sentences; a third of new sources copy an earlier source's body. */
function sourceText(random: Random, model: Model, number: number, word: string): string {
  const own = [0, 1, 2].map(
    (p) => `${sentence(random, number, 2 * p)} ${sentence(random, number, 2 * p + 1)}`,
  );
  const earlier =
    model.library.length > 0 && random.next() < 0.35 ? pick(random, model.library) : null;
  const body = earlier ? [...bodyOf(earlier.text), own[0] ?? ''] : own;
  return [...body, `Reference ${word} closes the report.`].join('\n\n');
}

/** The paragraphs of a source's text without its closing reference paragraph. */
const bodyOf = (text: string): string[] => text.split('\n\n').slice(0, -1);

export function sentencesOf(text: string): string[] {
  const found = bodyOf(text).flatMap((paragraph) => paragraph.match(/[^.]+\./g) ?? []);
  const trimmed = found.map((s) => s.trim());
  return trimmed.filter((s, i) => trimmed.indexOf(s) === i);
}

/** The next operation for `model`: valid by construction, and never a no-op edit. */
export function nextOp(model: Model, random: Random): Op {
  const { facts } = model;
  const free = facts.sources.flatMap((source) => {
    const entry = model.library.find((e) => e.title === source.title);
    const taken = new Set(
      facts.claims.filter((c) => c.source === source.title).map((c) => c.quote),
    );
    return (entry?.sentences ?? [])
      .filter((s) => !taken.has(s))
      .map((quote) => ({ source: source.title, quote }));
  });
  const choices: Array<[number, () => Op | null]> = [
    [facts.sources.length < MAX_SOURCES ? 18 : 0, () => importOp(model, random)],
    [
      facts.tags.length < MAX_TAGS ? 10 : 0,
      () => ({ kind: 'create-tag', name: `Tag ${model.counter + 1}` }),
    ],
    [
      free.length > 0 && facts.tags.length > 0 ? 20 : 0,
      () => ({ kind: 'create-claim', ...pick(random, free), tags: someTags(random, facts.tags) }),
    ],
    [facts.claims.length > 0 && facts.tags.length > 1 ? 10 : 0, () => tagClaim(random, facts)],
    [facts.sources.length > 0 ? 10 : 0, () => gradeSource(random, facts)],
    [facts.claims.length > 0 ? 6 : 0, () => gradeClaim(random, facts)],
    [facts.sources.length > 0 ? 10 : 0, () => noteOp(model, random)],
    [facts.tags.length > 1 ? 5 : 0, () => mergeOp(random, facts)],
    [model.undo.length > 0 ? 10 : 0, () => ({ kind: 'undo' })],
  ];
  const total = choices.reduce((sum, [weight]) => sum + weight, 0);
  let roll = random.next() * total;
  for (const [weight, make] of choices) {
    if (weight === 0) continue;
    roll -= weight;
    if (roll < 0) return make() ?? importOp(model, random);
  }
  return importOp(model, random);
}

function importOp(model: Model, random: Random): Op {
  const number = model.library.length + 1;
  const word = uniqueWord(number);
  return {
    kind: 'import',
    title: `Report ${number}`,
    text: sourceText(random, model, number, word),
  };
}

function someTags(random: Random, tags: readonly string[]): string[] {
  const first = pick(random, tags);
  const second = random.next() < 0.4 ? pick(random, tags) : first;
  return [...new Set([first, second])].sort();
}

function tagClaim(random: Random, facts: Facts): Op | null {
  const claim = pick(random, facts.claims);
  for (let attempt = 0; attempt < 5; attempt++) {
    const tags = someTags(random, facts.tags);
    if (tags.join('\n') !== claim.tags.join('\n')) {
      return { kind: 'tag-claim', source: claim.source, quote: claim.quote, tags };
    }
  }
  return null;
}

function gradeSource(random: Random, facts: Facts): Op {
  const source = pick(random, facts.sources);
  const grade = pick(
    random,
    GRADES.filter((g) => g !== source.grade),
  );
  return { kind: 'grade-source', source: source.title, grade };
}

function gradeClaim(random: Random, facts: Facts): Op {
  const claim = pick(random, facts.claims);
  const credibility = pick(
    random,
    CREDIBILITIES.filter((c) => c !== claim.credibility),
  );
  return { kind: 'grade-claim', source: claim.source, quote: claim.quote, credibility };
}

function noteOp(model: Model, random: Random): Op {
  const source = random.next() < 0.3 ? null : pick(random, model.facts.sources).title;
  return { kind: 'note', source, text: `Note ${model.counter + 1}: follow up with the desk.` };
}

function mergeOp(random: Random, facts: Facts): Op {
  const from = pick(random, facts.tags);
  const into = pick(
    random,
    facts.tags.filter((t) => t !== from),
  );
  return { kind: 'merge-tags', from, into };
}

const sortedUnique = (items: readonly string[]) => [...new Set(items)].sort();

/** The model once `op` has been applied (a new object; `model` is left as it was). */
export function applyOp(model: Model, op: Op): Model {
  const facts = structuredClone(model.facts);
  const edited = (next: Facts, counter = model.counter): Model => ({
    facts: next,
    library: model.library,
    undo: [...model.undo, model.facts].slice(-UNDO_DEPTH),
    counter,
  });
  const claimOf = (source: string, quote: string) => {
    const claim = facts.claims.find((c) => c.source === source && c.quote === quote);
    if (!claim) throw new Error(`The model has no claim "${quote}" in ${source}.`);
    return claim;
  };
  switch (op.kind) {
    case 'import': {
      facts.sources.push({ title: op.title, grade: 'F', note: '' });
      const word = op.text.split('\n\n').at(-1)?.split(' ')[1] ?? '';
      const entry = { title: op.title, word, text: op.text, sentences: sentencesOf(op.text) };
      return { ...model, facts, library: [...model.library, entry] };
    }
    case 'create-tag':
      facts.tags.push(op.name);
      return edited(facts, model.counter + 1);
    case 'create-claim':
      facts.claims.push({ source: op.source, quote: op.quote, tags: op.tags, credibility: 6 });
      return edited(facts);
    case 'tag-claim':
      claimOf(op.source, op.quote).tags = [...op.tags];
      return edited(facts);
    case 'grade-claim':
      claimOf(op.source, op.quote).credibility = op.credibility;
      return edited(facts);
    case 'grade-source':
    case 'note': {
      if (op.kind === 'note' && op.source === null) facts.caseNote = op.text;
      else {
        const source = facts.sources.find((s) => s.title === op.source);
        if (!source) throw new Error(`The model has no source ${op.source}.`);
        if (op.kind === 'grade-source') source.grade = op.grade;
        else source.note = op.text;
      }
      return edited(facts, op.kind === 'note' ? model.counter + 1 : model.counter);
    }
    case 'merge-tags':
      facts.tags = facts.tags.filter((t) => t !== op.from);
      for (const claim of facts.claims) {
        if (claim.tags.includes(op.from))
          claim.tags = sortedUnique(claim.tags.map((t) => (t === op.from ? op.into : t)));
      }
      return edited(facts);
    case 'undo': {
      const before = model.undo.at(-1);
      if (!before) throw new Error('The model has nothing to undo.');
      // Imports are not undoable: sources imported since keep their place and state.
      const sources = facts.sources.map(
        (source) => before.sources.find((s) => s.title === source.title) ?? source,
      );
      return {
        ...model,
        facts: { ...structuredClone(before), sources },
        undo: model.undo.slice(0, -1),
      };
    }
  }
}

/** Facts in a canonical order, for comparing two views of one case. */
export function canonicalFacts(facts: Facts): string {
  return JSON.stringify({
    sources: [...facts.sources].sort((a, b) => a.title.localeCompare(b.title)),
    tags: sortedUnique(facts.tags),
    claims: facts.claims
      .map((c) => ({ ...c, tags: sortedUnique(c.tags) }))
      .sort((a, b) => a.source.localeCompare(b.source) || a.quote.localeCompare(b.quote)),
    caseNote: facts.caseNote,
  });
}

export const sameFacts = (a: Facts, b: Facts): boolean => canonicalFacts(a) === canonicalFacts(b);
