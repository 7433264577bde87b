// Facts that differ between two passages saying the same thing: a lunch in one, a dinner in the
// other; 2,000 tonnes against 3,000 tonnes. A short, closed list of contrasts (meals, parts of
// the day, weekdays, months) and numbers with the same unit, so a difference is only reported
// where both passages speak of the same kind of thing.

import { STOP_WORDS } from '../align/stop-words';

/** Words of one kind, any two of which contradict each other. Forms map to a canonical word. */
const CONTRASTS: ReadonlyArray<Readonly<Record<string, string>>> = [
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

const WORD = /[\p{L}\p{N}]+(?:[.,][\p{N}]+)*/gu;
const NUMBER = /^\p{N}+(?:[.,]\p{N}+)*$/u;

interface Facts {
  /** Per contrast kind, the canonical words the text uses. */
  contrasts: Array<Set<string>>;
  /** Per unit word, the numbers given with it ("tonnes" → {"2000"}). */
  quantities: Map<string, Set<string>>;
  /** How each number was written, for the message. */
  written: Map<string, string>;
}

function unitKey(word: string): string {
  const lower = word.toLowerCase();
  return lower.length > 3 && lower.endsWith('s') ? lower.slice(0, -1) : lower;
}

function readFacts(text: string): Facts {
  const words = Array.from(text.matchAll(WORD), (match) => match[0]);
  const contrasts = CONTRASTS.map(() => new Set<string>());
  const quantities = new Map<string, Set<string>>();
  const written = new Map<string, string>();
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    const lower = word.toLowerCase();
    CONTRASTS.forEach((kind, k) => {
      const canonical = kind[lower];
      if (canonical !== undefined) contrasts[k]?.add(canonical);
    });
    const next = words[i + 1];
    if (
      NUMBER.test(word) &&
      next !== undefined &&
      /^\p{L}{2,}$/u.test(next) &&
      !STOP_WORDS.has(next.toLowerCase())
    ) {
      const value = word.replace(/,(?=\p{N}{3}\b)/gu, '');
      const unit = unitKey(next);
      const values = quantities.get(unit) ?? new Set<string>();
      values.add(value);
      quantities.set(unit, values);
      written.set(`${unit}:${value}`, `${word} ${next}`);
    }
  }
  return { contrasts, quantities, written };
}

/**
 * What `candidate` says differently from `claim`: "lunch ≠ dinner", "2,000 tonnes ≠ 3,000
 * tonnes". A kind counts only when each text uses it and they share no word of it.
 */
export function factDifferences(claim: string, candidate: string): string[] {
  const mine = readFacts(claim);
  const theirs = readFacts(candidate);
  const differences: string[] = [];
  mine.contrasts.forEach((words, k) => {
    const other = theirs.contrasts[k];
    if (!other || words.size === 0 || other.size === 0) return;
    if ([...words].some((word) => other.has(word))) return;
    differences.push(`${[...words].join('/')} ≠ ${[...other].join('/')}`);
  });
  for (const [unit, values] of mine.quantities) {
    const other = theirs.quantities.get(unit);
    if (!other || [...values].some((value) => other.has(value))) continue;
    const name = (facts: Facts, set: Set<string>) =>
      [...set].map((value) => facts.written.get(`${unit}:${value}`) ?? value).join('/');
    differences.push(`${name(mine, values)} ≠ ${name(theirs, other)}`);
  }
  return differences;
}
