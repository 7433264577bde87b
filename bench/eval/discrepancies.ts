// `node --import tsx bench/eval/discrepancies.ts [--split dev|test|both] [--examples N]`: measures
// factDiscrepancies (main/core/facts/discrepancies.ts) on BBC sentences rewritten with some facts
// changed and others only reworded (fact-rewrites.ts), with two baselines in the same table: a
// word diff (jsdiff's diffWords; a changed run holding a digit or a capitalised word is one
// discrepancy) and the claim suggestions' fact comparer as it was at commit ed440fc.
//
// Scoring, per split: a reported discrepancy finds a changed fact when its range in A overlaps the
// fact's span in A and its range in B the fact's span in B; one report may find two changed facts
// it covers (a date whose day and year both changed), and is right when it finds at least one. Recall is per
// changed fact, by kind; precision per reported discrepancy (negatives included); reworded-only
// facts flagged is the share of facts only written another way that some unmatched report touches.

import { diffWords } from 'diff';
import { factDiscrepancies } from '../../main/core/facts/discrepancies';
import { PlaceContainment } from '../../main/core/facts/place-containment';
import { STOP_WORDS } from '../../main/core/align/stop-words';
import { bbcAvailable, loadBbcArticles } from '../bbc-corpus';
import { buildFactPairs, type FactPair, type Span } from './fact-rewrites';
import { SPLITS, type Split } from './split';
import { wordNet } from './wordnet';

/** A reported discrepancy, as ranges into A and B (UTF-16). */
export interface Detection {
  a: Span;
  b: Span;
  label: string;
}

export type Detector = (a: string, b: string) => Detection[];

// --- the systems ------------------------------------------------------------------------------------

/** As the app runs it: with the places the two passages say hold others. */
export const comparer: Detector = (a, b) => {
  const places = new PlaceContainment();
  places.add(a);
  places.add(b);
  return factDiscrepancies(a, b, places).map((d) => ({
    a: { start: d.a.start, end: d.a.end },
    b: { start: d.b.start, end: d.b.end },
    label: d.description,
  }));
};

/** Baseline 1: jsdiff's diffWords; each changed run with a digit or a capitalised word. */
export const wordDiffBaseline: Detector = (a, b) => {
  const found: Detection[] = [];
  let atA = 0;
  let atB = 0;
  let hunk: { a: Span; b: Span; text: string } | null = null;
  const flush = () => {
    if (hunk && /\d|(^|[^\p{L}])\p{Lu}/u.test(hunk.text)) {
      found.push({ a: hunk.a, b: hunk.b, label: hunk.text.trim() });
    }
    hunk = null;
  };
  for (const part of diffWords(a, b)) {
    if (!part.added && !part.removed) {
      flush();
      atA += part.value.length;
      atB += part.value.length;
      continue;
    }
    hunk ??= { a: { start: atA, end: atA }, b: { start: atB, end: atB }, text: '' };
    hunk.text += ` ${part.value}`;
    if (part.removed) {
      atA += part.value.length;
      hunk.a.end = atA;
    } else {
      atB += part.value.length;
      hunk.b.end = atB;
    }
  }
  flush();
  return found;
};

// Baseline 2: the fact comparer of claim suggestions at commit ed440fc (main/core/claims/
// fact-differences.ts), kept here verbatim in its logic: a closed list of contrasts and numbers
// followed by the same word. It returned only descriptions; the positions of the words it read are
// added so it can be scored.
const OLD_CONTRASTS: ReadonlyArray<Readonly<Record<string, string>>> = [
  {
    breakfast: 'breakfast',
    breakfasts: 'breakfast',
    brunch: 'brunch',
    lunch: 'lunch',
    lunches: 'lunch',
    luncheon: 'lunch',
    dinner: 'dinner',
    dinners: 'dinner',
    supper: 'dinner',
  },
  { morning: 'morning', afternoon: 'afternoon', evening: 'evening', night: 'night' },
  {
    monday: 'Monday',
    tuesday: 'Tuesday',
    wednesday: 'Wednesday',
    thursday: 'Thursday',
    friday: 'Friday',
    saturday: 'Saturday',
    sunday: 'Sunday',
  },
  {
    january: 'January',
    february: 'February',
    march: 'March',
    april: 'April',
    june: 'June',
    july: 'July',
    august: 'August',
    september: 'September',
    october: 'October',
    november: 'November',
    december: 'December',
  },
];
const OLD_WORD = /[\p{L}\p{N}]+(?:[.,][\p{N}]+)*/gu;
const OLD_NUMBER = /^\p{N}+(?:[.,]\p{N}+)*$/u;

interface OldFacts {
  contrasts: Array<Map<string, Span>>;
  quantities: Map<string, Map<string, Span>>;
}

function oldUnitKey(word: string): string {
  const lower = word.toLowerCase();
  return lower.length > 3 && lower.endsWith('s') ? lower.slice(0, -1) : lower;
}

function oldReadFacts(text: string): OldFacts {
  const words = Array.from(text.matchAll(OLD_WORD), (m) => ({ text: m[0], start: m.index }));
  const contrasts = OLD_CONTRASTS.map(() => new Map<string, Span>());
  const quantities = new Map<string, Map<string, Span>>();
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (!word) continue;
    const span = { start: word.start, end: word.start + word.text.length };
    OLD_CONTRASTS.forEach((kind, k) => {
      const canonical = kind[word.text.toLowerCase()];
      if (canonical !== undefined && !contrasts[k]?.has(canonical))
        contrasts[k]?.set(canonical, span);
    });
    const next = words[i + 1];
    if (
      OLD_NUMBER.test(word.text) &&
      next !== undefined &&
      /^\p{L}{2,}$/u.test(next.text) &&
      !STOP_WORDS.has(next.text.toLowerCase())
    ) {
      const value = word.text.replace(/,(?=\p{N}{3}\b)/gu, '');
      const unit = oldUnitKey(next.text);
      const values = quantities.get(unit) ?? new Map<string, Span>();
      if (!values.has(value))
        values.set(value, { start: span.start, end: next.start + next.text.length });
      quantities.set(unit, values);
    }
  }
  return { contrasts, quantities };
}

export const oldFactDifferencesBaseline: Detector = (a, b) => {
  const mine = oldReadFacts(a);
  const theirs = oldReadFacts(b);
  const found: Detection[] = [];
  mine.contrasts.forEach((words, k) => {
    const other = theirs.contrasts[k];
    if (!other || words.size === 0 || other.size === 0) return;
    if ([...words.keys()].some((word) => other.has(word))) return;
    const [aWord, aSpan] = [...words][0] ?? [];
    const [bWord, bSpan] = [...other][0] ?? [];
    if (aSpan && bSpan) found.push({ a: aSpan, b: bSpan, label: `${aWord} ≠ ${bWord}` });
  });
  for (const [unit, values] of mine.quantities) {
    const other = theirs.quantities.get(unit);
    if (!other || [...values.keys()].some((value) => other.has(value))) continue;
    const aSpan = [...values.values()][0];
    const bSpan = [...other.values()][0];
    if (aSpan && bSpan) {
      found.push({
        a: aSpan,
        b: bSpan,
        label: `${a.slice(aSpan.start, aSpan.end)} ≠ ${b.slice(bSpan.start, bSpan.end)}`,
      });
    }
  }
  return found;
};

export const SYSTEMS: ReadonlyArray<[string, Detector]> = [
  ['factDiscrepancies', comparer],
  ['word-diff', wordDiffBaseline],
  ['old factDifferences', oldFactDifferencesBaseline],
];

// --- scoring ----------------------------------------------------------------------------------------

/** Overlap, where an empty range (an insertion point) touches a span it sits in or at the edge of. */
export function touches(x: Span, y: Span): boolean {
  if (x.start === x.end) return y.start <= x.start && x.start <= y.end;
  if (y.start === y.end) return x.start <= y.start && y.start <= x.end;
  return x.start < y.end && y.start < x.end;
}

interface Tally {
  n: number;
  hit: number;
}

export interface Score {
  /** Changed facts by kind, and how many were found. */
  recall: Map<string, Tally>;
  reported: number;
  correct: number;
  /** Reworded-only facts by kind, and how many some wrong report touched. */
  reworded: Map<string, Tally>;
  negatives: Tally;
  /** Wrong reports that touch no reworded fact (kept facts, other words, negatives). */
  otherFalse: number;
  /** Ids and labels of misses and false reports, for reading failures. */
  misses: string[];
  falseReports: string[];
}

const tally = (map: Map<string, Tally>, kind: string, hit: boolean) => {
  const entry = map.get(kind) ?? { n: 0, hit: 0 };
  entry.n++;
  if (hit) entry.hit++;
  map.set(kind, entry);
};

/** Scores one system's reports on a set of pairs. */
export function scorePairs(pairs: readonly FactPair[], detect: Detector): Score {
  const score: Score = {
    recall: new Map(),
    reported: 0,
    correct: 0,
    reworded: new Map(),
    negatives: { n: 0, hit: 0 },
    otherFalse: 0,
    misses: [],
    falseReports: [],
  };
  for (const pair of pairs) {
    const found = detect(pair.a, pair.b);
    score.reported += found.length;
    // A report finds every changed fact it touches on both sides ("27 February 2005 ≠ 15
    // February 2007" finds the changed day and the changed year); it is right if it finds one.
    const right = found.map((d) =>
      pair.changed.some((fact) => touches(d.a, fact.a) && touches(d.b, fact.b)),
    );
    for (const fact of pair.changed) {
      const hit = found.some((d) => touches(d.a, fact.a) && touches(d.b, fact.b));
      tally(score.recall, fact.kind, hit);
      if (!hit) {
        score.misses.push(
          `${pair.id} ${fact.kind}: ${pair.a.slice(fact.a.start, fact.a.end)} → ${pair.b.slice(fact.b.start, fact.b.end)}`,
        );
      }
    }
    score.correct += right.filter(Boolean).length;
    const wrong = found.filter((_, k) => !right[k]);
    for (const fact of pair.reworded) {
      const flagged = wrong.some((d) => touches(d.a, fact.a) || touches(d.b, fact.b));
      tally(score.reworded, fact.kind, flagged);
    }
    for (const d of wrong) {
      const onReworded = pair.reworded.some((f) => touches(d.a, f.a) || touches(d.b, f.b));
      if (!onReworded) score.otherFalse++;
      score.falseReports.push(`${pair.id} ${d.label}`);
    }
    if (pair.negative) {
      score.negatives.n++;
      if (found.length > 0) score.negatives.hit++;
    }
  }
  return score;
}

const sum = (map: Map<string, Tally>, kinds?: readonly string[]) => {
  let n = 0;
  let hit = 0;
  for (const [kind, entry] of map) {
    if (kinds && !kinds.includes(kind)) continue;
    n += entry.n;
    hit += entry.hit;
  }
  return { n, hit };
};

const ratio = (t: Tally) => (t.n === 0 ? '–' : `${(t.hit / t.n).toFixed(3)} (${t.hit}/${t.n})`);

/** Number rewordings: a number written another way must never be reported. */
export const NUMBER_REWORDINGS = [
  'number words',
  'digits',
  'scale',
  'currency',
  'percent',
  'conversion',
];

export interface TableRow {
  measure: string;
  n: number;
  target: string;
  cells: string[];
}

/** The rows of one split's table, a column per system. */
export function tableRows(scores: readonly Score[]): TableRow[] {
  const first = scores[0];
  if (!first) return [];
  const rows: TableRow[] = [];
  const all = sum(first.recall);
  rows.push({
    measure: 'recall, per changed fact',
    n: all.n,
    target: '≥ 0.90',
    cells: scores.map((s) => ratio(sum(s.recall))),
  });
  for (const kind of [...first.recall.keys()].sort()) {
    rows.push({
      measure: `  recall: ${kind}`,
      n: first.recall.get(kind)?.n ?? 0,
      target: '',
      cells: scores.map((s) => ratio(s.recall.get(kind) ?? { n: 0, hit: 0 })),
    });
  }
  rows.push({
    measure: 'precision, per reported discrepancy',
    n: first.reported,
    target: '≥ 0.90',
    cells: scores.map((s) => ratio({ n: s.reported, hit: s.correct })),
  });
  const numbers = sum(first.reworded, NUMBER_REWORDINGS);
  rows.push({
    measure: 'numbers written another way, flagged',
    n: numbers.n,
    target: '0',
    cells: scores.map((s) => ratio(sum(s.reworded, NUMBER_REWORDINGS))),
  });
  for (const kind of [...first.reworded.keys()].sort()) {
    rows.push({
      measure: `  reworded ${kind}, flagged`,
      n: first.reworded.get(kind)?.n ?? 0,
      target: '',
      cells: scores.map((s) => ratio(s.reworded.get(kind) ?? { n: 0, hit: 0 })),
    });
  }
  rows.push({
    measure: 'different-article pairs with any report',
    n: first.negatives.n,
    target: '',
    cells: scores.map((s) => ratio(s.negatives)),
  });
  rows.push({
    measure: 'wrong reports not on a reworded fact',
    n: first.reported - first.correct,
    target: '',
    cells: scores.map((s) => String(s.otherFalse)),
  });
  return rows;
}

/** A Markdown table (readable as plain text too). */
export function renderTable(
  title: string,
  names: readonly string[],
  rows: readonly TableRow[],
): string {
  const header = ['measure', 'n', 'target', ...names];
  const body = rows.map((row) => [row.measure, String(row.n), row.target, ...row.cells]);
  const widths = header.map((cell, k) =>
    Math.max(cell.length, ...body.map((line) => (line[k] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    `| ${cells.map((cell, k) => cell.padEnd(widths[k] ?? 0)).join(' | ')} |`;
  return [
    `### ${title}`,
    '',
    line(header),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...body.map(line),
  ].join('\n');
}

// --- the command ------------------------------------------------------------------------------------

function parseArgs(argv: readonly string[]): { splits: Split[]; examples: number } {
  let splits: Split[] = [...SPLITS];
  let examples = 0;
  for (let k = 0; k < argv.length; k++) {
    const value = argv[k + 1];
    if (argv[k] === '--split' && value) {
      splits = value === 'both' ? [...SPLITS] : [value as Split];
      k++;
    } else if (argv[k] === '--examples' && value) {
      examples = Number(value);
      k++;
    }
  }
  return { splits, examples };
}

function main(): void {
  if (!bbcAvailable()) throw new Error('the BBC corpus is missing: ../shared/bench/bbc-news');
  const { splits, examples } = parseArgs(process.argv.slice(2));
  const articles = loadBbcArticles();
  const names = SYSTEMS.map(([name]) => name);
  for (const split of splits) {
    const started = performance.now();
    const pairs = buildFactPairs(articles, split, wordNet());
    const built = performance.now();
    const scores = SYSTEMS.map(([, detect]) => scorePairs(pairs, detect));
    const rewrites = pairs.filter((p) => !p.negative).length;
    console.log(
      renderTable(
        `${split}: ${rewrites} rewritten passages, ${pairs.length - rewrites} different-article pairs`,
        names,
        tableRows(scores),
      ),
    );
    console.log(
      `(data ${Math.round(built - started)} ms, scoring ${Math.round(performance.now() - built)} ms)\n`,
    );
    const ours = scores[0];
    if (examples > 0 && ours) {
      console.log('misses:\n  ' + ours.misses.slice(0, examples).join('\n  '));
      console.log('false reports:\n  ' + ours.falseReports.slice(0, examples).join('\n  ') + '\n');
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
