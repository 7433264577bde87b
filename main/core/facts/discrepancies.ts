// The facts two passages that say the same thing state differently: "lunch ≠ dinner", "2,000
// tonnes ≠ 3,000 tonnes", "Tuesday ≠ Wednesday", "said John Kirby" against "said Adrienne Watson".
//
// Each passage's facts are read (fact-values.ts) and paired one to one, facts of the same kind
// only. A pair that states the same value is taken first ("two" = "2", "680 kilometers" ≈ "425
// miles", "Sept. 12" = "12 September"), so a fact written another way never conflicts. Then facts
// left over are paired by what they are about: the words around them (their anchors: "north of
// Pyongyang", "of rice", "said") must overlap enough. Two fallbacks pair facts with no shared
// anchor: the closed sets (meals, weekdays, parts of the day, …) when the two passages share no
// member of the set at all, and, when the passages are near rewordings of each other, the only
// leftover fact of a kind on each side. Whatever stays unpaired is an omission, not a conflict.

import type { PlaceContainment } from './place-containment';
import {
  isStopWord,
  normWord,
  readFacts,
  tokenize,
  type DateValue,
  type Fact,
  type Measure,
  type NameValue,
  type Token,
} from './fact-values';
import type { FactDifference } from './types';

/** How much anchor two leftover facts must share to be taken as the same fact. */
export const MIN_ANCHOR = 1;
/** Anchor agreement at which two different values pair even against a same-value candidate. */
export const STRONG_ANCHOR = 2;
/** What stating the same value adds to a pair's weight. */
export const SAME_BONUS = 2;
/** Closed sets specific enough to conflict without a shared anchor (a lunch and a dinner). */
const SPECIFIC_SETS = new Set(['meal', 'part of the day', 'season', 'weekday', 'relative day']);
/** Words each side of a fact that count as its anchor. */
export const ANCHOR_WINDOW = 4;
/** Passages this alike (Dice over content words) are rewordings: a lone leftover pairs anyway. */
export const REWORDING_SIMILARITY = 0.6;
/** Relative tolerance between a quantity and its conversion into another unit. */
export const CONVERSION_TOLERANCE = 0.04;

interface Side {
  text: string;
  tokens: Token[];
  norms: Array<string | null>;
  facts: Fact[];
}

function side(text: string): Side {
  const tokens = tokenize(text);
  return { text, tokens, norms: tokens.map(normWord), facts: readFacts(text, tokens) };
}

// --- same value ---------------------------------------------------------------------------------

function sameMeasure(x: Measure, y: Measure): boolean {
  const difference = Math.abs(x.value - y.value);
  if (x.dimension === 'temperature') return difference <= 1.2;
  const epsilon = 1e-9 * Math.max(Math.abs(x.value), Math.abs(y.value), 1);
  // The same unit: equal as far as the less precise one is written ("3.2m" = "3,212,000").
  if (x.factor === y.factor) return difference <= Math.max(x.precision, y.precision) / 2 + epsilon;
  // A conversion: within rounding ("680 kilometers" = "425 miles").
  const tolerance = Math.max(
    CONVERSION_TOLERANCE * Math.max(Math.abs(x.value), Math.abs(y.value)),
    x.significant / 2,
    y.significant / 2,
  );
  return difference <= tolerance + epsilon;
}

function sharesDimension(x: Fact, y: Fact): boolean {
  return (x.measures ?? []).some((m) =>
    (y.measures ?? []).some((n) => m.dimension === n.dimension),
  );
}

function sameQuantity(x: Fact, y: Fact): boolean {
  return (x.measures ?? []).some((m) =>
    (y.measures ?? []).some((n) => m.dimension === n.dimension && sameMeasure(m, n)),
  );
}

const DATE_PARTS = ['year', 'month', 'day'] as const;

function dateShares(x: DateValue, y: DateValue): boolean {
  return DATE_PARTS.some((part) => x[part] !== undefined && y[part] !== undefined);
}

function sameDate(x: DateValue, y: DateValue): boolean {
  return DATE_PARTS.every(
    (part) => x[part] === undefined || y[part] === undefined || x[part] === y[part],
  );
}

function editDistanceAtMost1(x: string, y: string): boolean {
  if (Math.abs(x.length - y.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < x.length && j < y.length) {
    if (x[i] === y[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (x.length > y.length) i++;
    else if (y.length > x.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (x.length - i) + (y.length - j) <= 1;
}

/** One name written another way: a part of the other, a transliteration, a hyphen. */
function sameName(x: NameValue, y: NameValue): boolean {
  if (x.key === y.key) return true;
  const shorter = x.words.length <= y.words.length ? x : y;
  const longer = shorter === x ? y : x;
  if (shorter.words.every((word) => longer.words.includes(word))) return true;
  if (longer.key.includes(shorter.key) && shorter.key.length >= 4) return true;
  return x.key.length >= 5 && editDistanceAtMost1(x.key, y.key);
}

/** Whether two facts can be the same fact at all (same kind, comparable values). */
function comparable(x: Fact, y: Fact): boolean {
  if (x.category !== y.category) return false;
  switch (x.category) {
    case 'quantity':
      return sharesDimension(x, y);
    case 'date':
      return x.date !== undefined && y.date !== undefined && dateShares(x.date, y.date);
    case 'contrast':
      return x.set === y.set;
    case 'name':
      return !(x.name?.person && y.name?.place) && !(x.name?.place && y.name?.person);
    default:
      return true;
  }
}

function sameValue(x: Fact, y: Fact): boolean {
  switch (x.category) {
    case 'quantity':
      return sameQuantity(x, y);
    case 'date':
      return x.date !== undefined && y.date !== undefined && sameDate(x.date, y.date);
    case 'time':
      if (x.ambiguous || y.ambiguous) return (x.minutes ?? 0) % 720 === (y.minutes ?? 0) % 720;
      return x.minutes === y.minutes;
    case 'name':
      return x.name !== undefined && y.name !== undefined && sameName(x.name, y.name);
    default:
      return x.word === y.word;
  }
}

/** Two names of which some text says one place holds the other ("Vladivostok", "Russian Far East"). */
function nested(x: Fact, y: Fact, places: PlaceContainment | undefined): boolean {
  if (places === undefined || x.category !== 'name' || !x.name || !y.name) return false;
  if (x.name.person || y.name.person) return false;
  return places.holds(x.name.words, y.name.words) || places.holds(y.name.words, x.name.words);
}

// --- what a fact is about -----------------------------------------------------------------------

/** A word near a fact: its weight (content 1, function word 0.4) and side and distance. */
interface Near {
  weight: number;
  side: -1 | 1;
  distance: number;
}

/** The words around a fact, nearest occurrence of each. */
function anchor(from: Side, fact: Fact): Map<string, Near> {
  const words = new Map<string, Near>();
  const walk = (start: number, step: -1 | 1) => {
    let distance = 0;
    let previous: string | null = null;
    for (let k = start; k >= 0 && k < from.tokens.length && distance < ANCHOR_WINDOW; k += step) {
      if (from.tokens[k]?.text === ';') break;
      const norm = from.norms[k];
      if (norm === null || norm === undefined || norm === previous) continue;
      previous = norm;
      distance++;
      const known = words.get(norm);
      if (known && known.distance <= distance) continue;
      words.set(norm, { weight: isStopWord(norm) ? 0.4 : 1, side: step, distance });
    }
  };
  walk(fact.first - 1, -1);
  walk(fact.last, 1);
  return words;
}

const decay = (distance: number) => 1 / (1 + 0.5 * (distance - 1));

/**
 * How much two facts' surroundings agree: each shared word by its weight, less the farther it
 * is, half as much when it sits on the other side (a clause moved).
 */
function anchorScore(x: Map<string, Near>, y: Map<string, Near>, a: Fact, b: Fact): number {
  let score = 0;
  for (const [word, near] of x) {
    const other = y.get(word);
    if (!other) continue;
    const closeness = decay(Math.max(near.distance, other.distance));
    score += near.weight * closeness * (near.side === other.side ? 1 : 0.5);
  }
  // The counted thing is the strongest anchor of a count: "two delegations" / "3 delegations".
  if (a.noun && a.noun === b.noun) score += 1.5;
  return score;
}

/** Dice coefficient over the passages' content words. */
function similarity(a: Side, b: Side): number {
  const content = (s: Side) =>
    new Set(s.norms.filter((n): n is string => n !== null && !isStopWord(n)));
  const x = content(a);
  const y = content(b);
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const word of x) if (y.has(word)) shared++;
  return (2 * shared) / (x.size + y.size);
}

// --- pairing ------------------------------------------------------------------------------------

interface Edge {
  i: number;
  j: number;
  same: boolean;
  weight: number;
}

function kindOf(x: Fact, y: Fact): FactDifference['kind'] {
  if (x.category !== 'name') return x.kind;
  if (x.name?.person || y.name?.person) return 'person';
  if (x.name?.place || y.name?.place) return 'place';
  return 'other';
}

function describe(a: Side, x: Fact, b: Side, y: Fact): FactDifference {
  const aText = a.text.slice(x.start, x.end);
  const bText = b.text.slice(y.start, y.end);
  return {
    kind: kindOf(x, y),
    a: { start: x.start, end: x.end, text: aText },
    b: { start: y.start, end: y.end, text: bText },
    description: `${aText} ≠ ${bText}`,
  };
}

/** A discrepancy with the two facts it compares, for callers that filter by what was read. */
export interface FactDiscrepancy {
  difference: FactDifference;
  a: Fact;
  b: Fact;
}

/**
 * The facts `a` and `b` state differently, in `a`'s text order. Both passages are taken to say
 * the same thing; ranges are UTF-16 offsets into each. A fact only one passage gives, the same
 * number written another way, a unit conversion within rounding, and facts about different
 * things (different anchors) are not listed.
 */
export function factDiscrepancies(
  a: string,
  b: string,
  places?: PlaceContainment,
): FactDifference[] {
  return compareFacts(a, b, places).map((found) => found.difference);
}

/**
 * `factDiscrepancies` with the facts behind each difference. `places`, when given, holds the
 * places some text says lie in others: such a pair is no conflict.
 */
export function compareFacts(a: string, b: string, places?: PlaceContainment): FactDiscrepancy[] {
  const left = side(a);
  const right = side(b);
  if (left.facts.length === 0 || right.facts.length === 0) return [];
  const pairedLeft = new Int32Array(left.facts.length).fill(-1);
  const pairedRight = new Int32Array(right.facts.length).fill(-1);
  const pairs: Array<[number, number]> = [];
  const pair = (i: number, j: number) => {
    pairedLeft[i] = j;
    pairedRight[j] = i;
    pairs.push([i, j]);
  };
  // Each round pairs greedily, best first. The first takes facts stating the same value (a bonus
  // over their anchor agreement) and, against them, different values only when strongly anchored
  // (two figures swapped: "36% … 29%" against "25% … 36%"); the second pairs leftovers whose
  // anchors, now counting the facts already paired, agree.
  for (const round of ['same', 'different'] as const) {
    const leftAnchors = left.facts.map((fact) => anchor(left, fact));
    const rightAnchors = right.facts.map((fact) => anchor(right, fact));
    const edges: Edge[] = [];
    left.facts.forEach((x, i) => {
      if (pairedLeft[i] !== -1) return;
      right.facts.forEach((y, j) => {
        if (pairedRight[j] !== -1 || !comparable(x, y)) return;
        const same = sameValue(x, y);
        const score = anchorScore(leftAnchors[i] ?? new Map(), rightAnchors[j] ?? new Map(), x, y);
        if (!same && score < (round === 'same' ? STRONG_ANCHOR : MIN_ANCHOR)) return;
        // Ties go to the nearer position in the passage.
        const drift = Math.abs(x.start / a.length - y.start / b.length);
        edges.push({ i, j, same, weight: score + (same ? SAME_BONUS : 0) - drift });
      });
    });
    edges.sort((x, y) => y.weight - x.weight);
    for (const edge of edges) {
      if (pairedLeft[edge.i] !== -1 || pairedRight[edge.j] !== -1) continue;
      pair(edge.i, edge.j);
    }
    if (round === 'same') {
      // A fact both passages state is an anchor word of its own for what is around it.
      // Contrast words are too common to anchor anything; facts still unpaired are values, not
      // anchors ("39.4bn kronor" says nothing about what "9%" measures).
      pairs.forEach(([i, j], p) => {
        const x = left.facts[i];
        const y = right.facts[j];
        if (!x || !y || x.category === 'contrast') return;
        left.norms.fill(`#${p}`, x.first, x.last);
        right.norms.fill(`#${p}`, y.first, y.last);
      });
      const unpaired = (s: Side, paired: Int32Array) =>
        s.facts.forEach((fact, k) => {
          if (paired[k] === -1 && fact.category !== 'contrast')
            s.norms.fill(null, fact.first, fact.last);
        });
      unpaired(left, pairedLeft);
      unpaired(right, pairedRight);
    }
  }

  // Closed sets of specific words with no member in common: whatever each passage says of the
  // set conflicts. Generic sets (rose/fell, before/after, …) need an anchor to pair.
  const members = (s: Side, set: string) =>
    new Set(s.facts.filter((f) => f.set === set).map((f) => f.word));
  const sets = new Set(
    left.facts.flatMap((f) => (f.set && SPECIFIC_SETS.has(f.set) ? [f.set] : [])),
  );
  for (const set of sets) {
    const mine = members(left, set);
    const theirs = members(right, set);
    if (theirs.size === 0 || [...mine].some((word) => theirs.has(word))) continue;
    const leftovers = (s: Side, paired: Int32Array) =>
      s.facts.flatMap((f, k) => (f.set === set && paired[k] === -1 ? [k] : []));
    const mineLeft = leftovers(left, pairedLeft);
    const theirsLeft = leftovers(right, pairedRight);
    for (let k = 0; k < Math.min(mineLeft.length, theirsLeft.length); k++) {
      pair(mineLeft[k] ?? 0, theirsLeft[k] ?? 0);
    }
  }

  // Near rewordings: the only leftover fact of a kind on each side is the same fact.
  if (similarity(left, right) >= REWORDING_SIMILARITY) {
    const lone = (s: Side, paired: Int32Array, like: Fact) =>
      s.facts.flatMap((f, k) => (paired[k] === -1 && comparable(like, f) ? [k] : []));
    left.facts.forEach((x, i) => {
      if (pairedLeft[i] !== -1) return;
      const candidates = lone(right, pairedRight, x);
      const j = candidates[0];
      if (j === undefined || candidates.length !== 1) return;
      const y = right.facts[j];
      if (!y || lone(left, pairedLeft, y).length !== 1) return;
      pair(i, j);
    });
  }

  return pairs
    .filter(([i, j]) => {
      const x = left.facts[i];
      const y = right.facts[j];
      return x !== undefined && y !== undefined && !sameValue(x, y) && !nested(x, y, places);
    })
    .sort((p, q) => (left.facts[p[0]]?.start ?? 0) - (left.facts[q[0]]?.start ?? 0))
    .map(([i, j]) => {
      const x = left.facts[i] as Fact;
      const y = right.facts[j] as Fact;
      return { difference: describe(left, x, right, y), a: x, b: y };
    });
}
