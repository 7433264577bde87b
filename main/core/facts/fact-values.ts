// The facts one passage states, read token by token: quantities (numbers in digits or words, with a
// scale, a currency, a unit of measure or the noun they count), dates, weekdays, times of day,
// words from closed sets of contrasts (meals, parts of the day, directions, …) and capitalised
// names. Each fact carries a value that compares across wordings ("two" = "2", "3m" = "three
// million", "680 kilometers" ≈ "425 miles", "Sept. 12" = "12 September") and the token range it
// covers, so its neighbours can tell what it is about. One left-to-right pass, no recursion.

import { numberWordOf, readNumberPhrase } from '../align/number-words';
import { STOP_WORDS } from '../align/stop-words';
import type { DiscrepancyKind } from './types';
import { CURRENCY_PREFIXES, LONGEST_UNIT, SCALES, UNITS, celsius, type Dimension } from './units';

export type TokenType = 'num' | 'word' | 'sym' | 'ampm';

/** A word, a number in digits, "a.m."/"p.m.", or one other non-space character. */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  type: TokenType;
  /** No whitespace between this token and the previous one. */
  glued: boolean;
}

const TOKEN =
  /([ap]\.m\.)|(\d+(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)|(\p{L}[\p{L}\p{M}]*(?:['’]\p{L}+)*)|(\S)/giu;

/** Tokens of `text` with UTF-16 offsets. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const start = match.index;
    const end = start + match[0].length;
    const type: TokenType = match[1] ? 'ampm' : match[2] ? 'num' : match[3] ? 'word' : 'sym';
    const previous = tokens[tokens.length - 1];
    tokens.push({
      text: match[0],
      lower: match[0].toLowerCase(),
      start,
      end,
      type,
      glued: previous !== undefined && previous.end === start,
    });
  }
  return tokens;
}

/** One way a quantity is written, in its dimension's base unit. */
export interface Measure {
  dimension: Dimension;
  value: number;
  /** The place of the last written digit, in base units: "1.13bn" → 1e7, "2,000" → 1. */
  precision: number;
  /** The place of the last non-zero digit, in base units: "680 km" → 10,000 m. */
  significant: number;
  /** The unit's factor, so two measures know whether they share a unit. */
  factor: number;
}

export interface DateValue {
  year?: number;
  month?: number;
  day?: number;
}

export interface NameValue {
  /** Lowercase words of the name, hyphens and dots dropped: ["jo", "chun", "ryong"]. */
  words: string[];
  /** The name's letters only, lowercase: "jochunryong". */
  key: string;
  person: boolean;
  place: boolean;
}

export type FactCategory = 'quantity' | 'date' | 'weekday' | 'time' | 'contrast' | 'name';

/** A fact as one passage states it. */
export interface Fact {
  category: FactCategory;
  kind: DiscrepancyKind;
  /** UTF-16 range in the passage. */
  start: number;
  end: number;
  /** Token range [first, last). */
  first: number;
  last: number;
  /** Quantities: every way the passage writes it ("425 miles (680 kilometers)" gives two). */
  measures?: Measure[];
  /** Quantities: the counted noun, singular ("delegation"), when no unit is given. */
  noun?: string | null;
  date?: DateValue;
  /** Times: minutes after midnight; `ambiguous` when a.m./p.m. is not said ("at 3 o'clock"). */
  minutes?: number;
  ambiguous?: boolean;
  /** Closed-set words and weekdays: the set and the canonical member ("meal", "lunch"). */
  set?: string;
  word?: string;
  name?: NameValue;
}

const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1],
  ['february', 2],
  ['march', 3],
  ['april', 4],
  ['may', 5],
  ['june', 6],
  ['july', 7],
  ['august', 8],
  ['september', 9],
  ['october', 10],
  ['november', 11],
  ['december', 12],
  ['jan', 1],
  ['feb', 2],
  ['mar', 3],
  ['apr', 4],
  ['jun', 6],
  ['jul', 7],
  ['aug', 8],
  ['sep', 9],
  ['sept', 9],
  ['oct', 10],
  ['nov', 11],
  ['dec', 12],
]);

/** Words before a month that make "May" or "March" a month rather than a verb. */
const MONTH_CUES = new Set(
  'in since until till by from of on during early late mid last next this before after between and to'.split(
    ' ',
  ),
);

export const WEEKDAYS = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
] as const;

/**
 * Closed sets of words any two members of which contradict each other when said of the same
 * thing: a lunch is not a dinner, a morning not an evening. Forms map to the canonical member.
 */
export const CONTRAST_SETS: ReadonlyMap<string, Readonly<Record<string, string>>> = new Map<
  string,
  Readonly<Record<string, string>>
>([
  [
    'meal',
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
      banquet: 'dinner',
    },
  ],
  [
    'part of the day',
    {
      morning: 'morning',
      mornings: 'morning',
      afternoon: 'afternoon',
      afternoons: 'afternoon',
      evening: 'evening',
      evenings: 'evening',
      night: 'night',
      nights: 'night',
      tonight: 'night',
      overnight: 'night',
      dawn: 'morning',
      dusk: 'evening',
    },
  ],
  ['season', { spring: 'spring', summer: 'summer', autumn: 'autumn', winter: 'winter' }],
  ['relative day', { yesterday: 'yesterday', today: 'today', tomorrow: 'tomorrow' }],
  [
    'direction',
    {
      north: 'north',
      northern: 'north',
      northward: 'north',
      south: 'south',
      southern: 'south',
      southward: 'south',
      east: 'east',
      eastern: 'east',
      eastward: 'east',
      west: 'west',
      western: 'west',
      westward: 'west',
    },
  ],
  [
    'trend',
    {
      rose: 'rose',
      rise: 'rose',
      rises: 'rose',
      risen: 'rose',
      rising: 'rose',
      increased: 'rose',
      increase: 'rose',
      increases: 'rose',
      grew: 'rose',
      fell: 'fell',
      fall: 'fell',
      falls: 'fell',
      fallen: 'fell',
      falling: 'fell',
      decreased: 'fell',
      decrease: 'fell',
      decreases: 'fell',
      declined: 'fell',
      dropped: 'fell',
    },
  ],
  [
    'comparison',
    {
      higher: 'higher',
      lower: 'lower',
      bigger: 'bigger',
      larger: 'bigger',
      smaller: 'smaller',
    },
  ],
  ['sequence', { before: 'before', after: 'after', earlier: 'before', later: 'after' }],
  [
    'extreme',
    {
      biggest: 'biggest',
      largest: 'biggest',
      highest: 'biggest',
      smallest: 'smallest',
      lowest: 'smallest',
    },
  ],
  [
    'outcome',
    {
      won: 'won',
      win: 'won',
      wins: 'won',
      winning: 'won',
      lost: 'lost',
      lose: 'lost',
      loses: 'lost',
      losing: 'lost',
      drew: 'drew',
    },
  ],
]);

const CONTRAST_INDEX = new Map<string, { set: string; word: string }>();
for (const [set, members] of CONTRAST_SETS) {
  for (const [form, word] of Object.entries(members)) CONTRAST_INDEX.set(form, { set, word });
}

/** Words before a name that say it is a person. */
const PERSON_BEFORE = new Set(
  (
    'mr mrs ms miss dr sir dame lord lady president spokesman spokeswoman spokesperson minister ' +
    'secretary chairman chairwoman chair chief executive leader coach manager director ambassador ' +
    'official senator governor general gen captain striker player singer actor actress star king ' +
    'queen prince princess judge professor prof founder boss analyst economist chancellor mp ' +
    'premier envoy adviser advisor aide said says told by colleague wife husband son daughter ' +
    'brother sister father mother rep sen gov'
  ).split(' '),
);
/** Words after a name that say it is a person. */
const PERSON_AFTER = new Set(
  'said says told added explained who whose admitted insisted'.split(' '),
);
/** Words before a name that say it is a place. */
const PLACE_BEFORE = new Set(
  'in at from to near into across outside inside around towards toward via visit visited'.split(
    ' ',
  ),
);

/** Titles dropped from a name's words ("President Biden" is Biden). */
const TITLES = new Set(
  'mr mrs ms miss dr sir dame lord lady president prime minister chancellor secretary general gen sen rep gov senator governor king queen prince princess judge professor prof'.split(
    ' ',
  ),
);

const ORDINAL_SUFFIX = /^(st|nd|rd|th)$/;

/** A word's form for comparing neighbourhoods: lowercase, no possessive, no plain plural -s. */
export function normWord(token: Token): string | null {
  if (token.type === 'sym') return null;
  if (token.type === 'num') return token.lower.replace(/,/g, '');
  const word = token.lower.replace(/['’]s$/, '');
  const number = numberWordOf(word);
  if (number !== null && number.kind === 1 && !number.ordinal) return String(number.value);
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

export function isStopWord(norm: string): boolean {
  return STOP_WORDS.has(norm);
}

const isCapitalised = (token: Token | undefined) =>
  token !== undefined && token.type === 'word' && /^\p{Lu}/u.test(token.text);

/** The passage's facts in text order. */
export function readFacts(text: string, tokens: readonly Token[] = tokenize(text)): Fact[] {
  const reader = new FactReader(text, tokens);
  return reader.read();
}

interface NumberRead {
  value: number;
  /** Place of the last written digit before scaling. */
  place: number;
  /** Place of the last non-zero digit before scaling. */
  significant: number;
  /** Token after the number. */
  next: number;
  ordinal: boolean;
  words: boolean;
  /** Digits only, no comma, no point: could be a year. */
  plain: boolean;
}

class FactReader {
  private readonly facts: Fact[] = [];
  /** Token index → whether some fact has taken it. */
  private readonly taken: Uint8Array;

  constructor(
    private readonly text: string,
    private readonly tokens: readonly Token[],
  ) {
    this.taken = new Uint8Array(tokens.length);
  }

  read(): Fact[] {
    const { tokens } = this;
    for (let index = 0; index < tokens.length;) {
      const next =
        this.time(index) ??
        this.date(index) ??
        this.quantity(index) ??
        this.word(index) ??
        this.name(index);
      index = next ?? index + 1;
    }
    this.groupConversions();
    return this.facts.sort((x, y) => x.start - y.start);
  }

  private token(index: number): Token | undefined {
    return this.tokens[index];
  }

  private add(fact: Omit<Fact, 'start' | 'end'>): number {
    const first = this.tokens[fact.first];
    const last = this.tokens[fact.last - 1];
    if (!first || !last) return fact.last;
    let end = last.end;
    if (fact.category === 'name') end = last.start + last.text.replace(/['’]s$/, '').length;
    this.facts.push({ ...fact, start: first.start, end });
    this.taken.fill(1, fact.first, fact.last);
    return fact.last;
  }

  /** Whether token `index` is a sentence's first word (after opening quotes or brackets). */
  private sentenceStart(index: number): boolean {
    for (let k = index - 1; k >= 0; k--) {
      const token = this.tokens[k];
      if (!token) return true;
      if (token.type === 'sym' && /^["'“‘([«„—–-]$/.test(token.text)) continue;
      if (token.type === 'sym' && /^[.!?:;]$/.test(token.text)) return true;
      return /\n/.test(this.text.slice(token.end, this.tokens[k + 1]?.start ?? token.end));
    }
    return true;
  }

  // --- numbers --------------------------------------------------------------------------------

  /** A number at `index` in digits or words; null when the token does not start one. */
  private number(index: number): NumberRead | null {
    const token = this.token(index);
    if (!token) return null;
    if (token.type === 'num') {
      const before = this.token(index - 1);
      // "G20", "Covid-19", "MP3": part of a name, not a number.
      if (token.glued && before?.type === 'word') return null;
      if (
        token.glued &&
        before?.text === '-' &&
        before.glued &&
        this.token(index - 2)?.type === 'word'
      ) {
        return null;
      }
      const digits = token.text.replace(/,/g, '');
      const value = Number(digits);
      const decimals = digits.includes('.') ? (digits.split('.')[1]?.length ?? 0) : 0;
      const place = 10 ** -decimals;
      let significant = place;
      if (decimals === 0) {
        const zeros = /0*$/.exec(digits)?.[0].length ?? 0;
        significant = zeros < digits.length ? 10 ** zeros : 1;
      }
      const after = this.token(index + 1);
      const ordinal = after !== undefined && after.glued && ORDINAL_SUFFIX.test(after.lower);
      return {
        value,
        place,
        significant,
        next: index + (ordinal ? 2 : 1),
        ordinal,
        words: false,
        plain: !token.text.includes(',') && decimals === 0,
      };
    }
    if (token.type !== 'word') return null;
    const first = numberWordOf(token.lower);
    if (first === null || first.kind === 4) return null;
    if (first.ordinal && token.text !== token.lower) return null; // "First Minister"
    // The words from `index` on, hyphens skipped: "twenty-five" reads as "twenty five".
    const positions: number[] = [];
    const joins: boolean[] = [];
    for (let k = index; k < this.tokens.length && positions.length < 16; k++) {
      const t = this.tokens[k];
      if (!t) break;
      if (t.type === 'word') {
        positions.push(k);
        const previous = this.tokens[k - 1];
        joins.push(
          positions.length === 1 ||
            previous?.type === 'word' ||
            (previous?.text === '-' && t.glued),
        );
        continue;
      }
      if (t.text === '-' && t.glued) continue;
      break;
    }
    const phrase = readNumberPhrase(
      {
        count: positions.length,
        word: (k) => numberWordOf(this.tokens[positions[k] ?? -1]?.lower ?? ''),
        joins: (k) => joins[k] ?? false,
      },
      0,
    );
    if (phrase.length === 0) return null;
    const ordinal = /\D$/.test(phrase.digits);
    const value = parseInt(phrase.digits, 10);
    const last = positions[phrase.length - 1] ?? index;
    return {
      value,
      place: 1,
      significant: 1,
      next: last + 1,
      ordinal,
      words: true,
      plain: false,
    };
  }

  // --- times ------------------------------------------------------------------------------------

  private time(index: number): number | null {
    const token = this.token(index);
    if (!token) return null;
    if (token.type === 'word' && /^(noon|midday|midnight)$/.test(token.lower)) {
      const minutes = token.lower === 'midnight' ? 0 : 720;
      return this.add({ category: 'time', kind: 'time', first: index, last: index + 1, minutes });
    }
    if (token.type !== 'num' || token.text.includes(',')) return null;
    const before = this.token(index - 1);
    if (token.glued && before?.type === 'word') return null;
    let hours = NaN;
    let minutes = 0;
    let next = index + 1;
    const colon = this.token(index + 1);
    const after = this.token(index + 2);
    if (
      /^\d{1,2}$/.test(token.text) &&
      colon?.text === ':' &&
      colon.glued &&
      after?.type === 'num' &&
      after.glued &&
      /^\d{2}$/.test(after.text)
    ) {
      hours = Number(token.text);
      minutes = Number(after.text);
      next = index + 3;
    } else if (/^\d{1,2}(\.\d{2})?$/.test(token.text)) {
      const [h, m] = token.text.split('.');
      hours = Number(h);
      minutes = m ? Number(m) : 0;
    }
    if (!Number.isFinite(hours) || hours > 24 || minutes > 59) return null;
    const marker = this.token(next);
    const isMarker =
      marker !== undefined &&
      (marker.type === 'ampm' || (marker.type === 'word' && /^(am|pm)$/.test(marker.lower)));
    if (isMarker && hours >= 1 && hours <= 12) {
      const pm = marker.lower.startsWith('p');
      const value = (hours % 12) * 60 + minutes + (pm ? 720 : 0);
      return this.add({
        category: 'time',
        kind: 'time',
        first: index,
        last: next + 1,
        minutes: value,
      });
    }
    if (next === index + 3) {
      return this.add({
        category: 'time',
        kind: 'time',
        first: index,
        last: next,
        minutes: hours * 60 + minutes,
      });
    }
    const clock = this.token(next);
    if (clock?.type === 'word' && /^o['’]clock$/.test(clock.lower) && hours >= 1 && hours <= 12) {
      return this.add({
        category: 'time',
        kind: 'time',
        first: index,
        last: next + 1,
        minutes: (hours % 12) * 60,
        ambiguous: true,
      });
    }
    return null;
  }

  // --- dates ------------------------------------------------------------------------------------

  private month(index: number): { month: number; next: number } | null {
    const token = this.token(index);
    if (!token || token.type !== 'word' || !isCapitalised(token)) return null;
    const month = MONTHS.get(token.lower.replace(/['’]s$/, ''));
    if (month === undefined) return null;
    let next = index + 1;
    if (token.lower.length <= 4 && this.token(next)?.text === '.' && this.token(next)?.glued)
      next++;
    return { month, next };
  }

  private dayAt(index: number): { day: number; next: number } | null {
    const token = this.token(index);
    if (!token || token.type !== 'num' || !/^\d{1,2}$/.test(token.text)) return null;
    const day = Number(token.text);
    if (day < 1 || day > 31) return null;
    const suffix = this.token(index + 1);
    const next = suffix?.glued && ORDINAL_SUFFIX.test(suffix.lower) ? index + 2 : index + 1;
    return { day, next };
  }

  private yearAt(index: number): { year: number; next: number } | null {
    let k = index;
    if (this.token(k)?.text === ',') k++;
    const token = this.token(k);
    if (!token || token.type !== 'num' || !/^\d{4}$/.test(token.text)) return null;
    const year = Number(token.text);
    return year >= 1800 && year <= 2100 ? { year, next: k + 1 } : null;
  }

  private date(index: number): number | null {
    const token = this.token(index);
    if (!token) return null;
    const day = this.dayAt(index);
    if (day) {
      let k = day.next;
      if (this.token(k)?.lower === 'of') k++;
      const month = this.month(k);
      if (month) {
        const year = this.yearAt(month.next);
        const value: DateValue = { day: day.day, month: month.month };
        if (year) value.year = year.year;
        return this.add({
          category: 'date',
          kind: 'date',
          first: index,
          last: year?.next ?? month.next,
          date: value,
        });
      }
      return null;
    }
    const month = this.month(index);
    if (!month) return null;
    const value: DateValue = { month: month.month };
    let next = month.next;
    const dayAfter = this.dayAt(next);
    const yearAfter = this.yearAt(next);
    if (dayAfter && !yearAfter) {
      value.day = dayAfter.day;
      next = dayAfter.next;
      const year = this.yearAt(next);
      if (year) {
        value.year = year.year;
        next = year.next;
      }
    } else if (yearAfter) {
      value.year = yearAfter.year;
      next = yearAfter.next;
    } else if (token.lower === 'may' || token.lower === 'march') {
      const before = this.token(index - 1);
      if (!before || !MONTH_CUES.has(before.lower)) return null;
    }
    return this.add({ category: 'date', kind: 'date', first: index, last: next, date: value });
  }

  // --- quantities -------------------------------------------------------------------------------

  private currencyBefore(index: number): { dimension: Dimension; first: number } | null {
    const sign = this.token(index - 1);
    if (!sign) return null;
    const token = this.token(index);
    if (sign.type === 'sym' && CURRENCY_PREFIXES.has(sign.text)) {
      const country = this.token(index - 2);
      if (country && sign.glued && /^(us|a|c|nz|hk|s)$/i.test(country.text)) {
        const dimension =
          country.lower === 'us' ? 'money:USD' : `money:${country.text.toUpperCase()}D`;
        return { dimension, first: index - 2 };
      }
      return { dimension: CURRENCY_PREFIXES.get(sign.text) ?? 'money:?', first: index - 1 };
    }
    if (sign.type === 'word' && /^(usd|eur|gbp)$/i.test(sign.text) && token && !token.glued) {
      return { dimension: CURRENCY_PREFIXES.get(sign.lower) ?? 'money:?', first: index - 1 };
    }
    return null;
  }

  private unitAt(index: number): { key: string; next: number } | null {
    for (let length = LONGEST_UNIT; length >= 1; length--) {
      let key = '';
      let ok = true;
      for (let k = index; k < index + length; k++) {
        const token = this.token(k);
        if (!token || (k > index && token.type === 'num')) {
          ok = false;
          break;
        }
        key += (k > index && !token.glued ? ' ' : '') + token.lower;
      }
      if (!ok) continue;
      const unit = UNITS.get(key);
      if (unit && (!unit.glued || this.token(index)?.glued)) return { key, next: index + length };
    }
    return null;
  }

  private quantity(index: number): number | null {
    const number = this.number(index);
    if (!number) return null;
    const currency = this.currencyBefore(index);
    let next = number.next;
    let value = number.value;
    let scale = 1;
    const scaleToken = this.token(next);
    if (!number.ordinal && scaleToken?.type === 'word') {
      const known = SCALES.get(scaleToken.lower);
      if (known && (!known.glued || scaleToken.glued)) {
        scale = known.value;
        next++;
      }
    }
    // Something glued we cannot read ("3D", "4x4"): not a quantity.
    const glued = this.token(next);
    if (glued?.glued && glued.type === 'word' && !this.unitAt(next)) return null;
    let dimension: Dimension | null = currency?.dimension ?? null;
    let factor = 1;
    let unitKey = '';
    let noun: string | null = null;
    if (!dimension && !number.ordinal) {
      let at = next;
      const hyphen = this.token(at);
      if (hyphen?.text === '-' && hyphen.glued && this.token(at + 1)?.glued) at++;
      const unit = this.unitAt(at);
      const known = unit ? UNITS.get(unit.key) : undefined;
      if (unit && known) {
        dimension = known.dimension;
        factor = known.factor;
        unitKey = unit.key;
        next = unit.next;
      }
    }
    const plainYear =
      number.plain && scale === 1 && !currency && !dimension && value >= 1800 && value <= 2100;
    if (plainYear) {
      return this.add({
        category: 'date',
        kind: 'date',
        first: index,
        last: next,
        date: { year: value },
      });
    }
    if (!dimension) {
      const after = this.token(next);
      if (
        after?.type === 'word' &&
        /^\p{Ll}[\p{L}'’-]*$/u.test(after.text) &&
        !isStopWord(after.lower) &&
        numberWordOf(after.lower) === null &&
        after.lower.length > 1
      ) {
        noun = normWord(after);
      }
      dimension = number.ordinal ? 'ordinal' : 'count';
      // "one of the biggest", "one-off": a lone "one" in words says nothing countable.
      if (number.words && value <= 1 && noun === null && scale === 1) return null;
    }
    if (dimension === 'temperature') value = celsius(value, unitKey);
    const base = dimension === 'temperature' ? 1 : scale * factor;
    const tempFactor = dimension === 'temperature' && /f/.test(unitKey) ? 5 / 9 : 1;
    const measure: Measure = {
      dimension,
      value: dimension === 'temperature' ? value : value * base,
      precision: number.place * base * tempFactor,
      significant: number.significant * base * tempFactor,
      factor: dimension === 'temperature' ? (tempFactor === 1 ? 1 : 2) : factor,
    };
    const first = currency?.first ?? index;
    const fact: Omit<Fact, 'start' | 'end'> = {
      category: 'quantity',
      kind: 'number',
      first,
      last: next,
      measures: [measure],
      noun,
    };
    // The counted noun belongs to the fact's words ("2,000 tonnes", "two delegations").
    if (noun !== null) fact.last = next + 1;
    this.add(fact);
    return fact.last;
  }

  /** "425 miles (680 kilometers)", "$1.13bn (£600m)": one fact written two ways. */
  private groupConversions(): void {
    const quantities = this.facts.filter((fact) => fact.category === 'quantity');
    const removed = new Set<Fact>();
    for (let k = 0; k + 1 < quantities.length; k++) {
      const first = quantities[k];
      const second = quantities[k + 1];
      if (!first || !second || removed.has(first)) continue;
      const open = this.token(first.last);
      const close = this.token(second.last);
      if (open?.text !== '(' || second.first !== first.last + 1 || close?.text !== ')') continue;
      first.measures = [...(first.measures ?? []), ...(second.measures ?? [])];
      first.last = second.last + 1;
      first.end = close.end;
      removed.add(second);
    }
    if (removed.size === 0) return;
    const kept = this.facts.filter((fact) => !removed.has(fact));
    this.facts.length = 0;
    for (const fact of kept) this.facts.push(fact);
  }

  // --- words ------------------------------------------------------------------------------------

  private word(index: number): number | null {
    const token = this.token(index);
    if (!token || token.type !== 'word') return null;
    const bare = token.lower.replace(/['’]s$/, '');
    const weekday = WEEKDAYS.indexOf(bare as (typeof WEEKDAYS)[number]);
    if (weekday >= 0 && isCapitalised(token)) {
      const word = bare.charAt(0).toUpperCase() + bare.slice(1);
      return this.add({
        category: 'weekday',
        kind: 'date',
        first: index,
        last: index + 1,
        set: 'weekday',
        word,
      });
    }
    const contrast = CONTRAST_INDEX.get(bare);
    if (!contrast) return null;
    if (isCapitalised(token) && !this.sentenceStart(index)) return null; // "North Korea", "West Ham"
    let last = index + 1;
    let word = contrast.word;
    // "north-east", "south west"
    if (contrast.set === 'direction') {
      let k = index + 1;
      if (this.token(k)?.text === '-' && this.token(k)?.glued) k++;
      const second = this.token(k);
      const other = second ? CONTRAST_INDEX.get(second.lower) : undefined;
      if (
        other?.set === 'direction' &&
        /^(east|west)$/.test(other.word) &&
        /^(north|south)$/.test(word)
      ) {
        word = `${word}-${other.word}`;
        last = k + 1;
      }
      const following = this.token(last);
      if (isCapitalised(following) && !this.sentenceStart(index)) return null; // "east Asia" is a name
    }
    return this.add({
      category: 'contrast',
      kind: 'other',
      first: index,
      last,
      set: contrast.set,
      word,
    });
  }

  // --- names ------------------------------------------------------------------------------------

  private name(index: number): number | null {
    if (!isCapitalised(this.token(index))) return null;
    const parts: number[] = [];
    let k = index;
    while (k < this.tokens.length) {
      const token = this.tokens[k];
      if (!token) break;
      if (k > index && token.glued && token.text === '-' && this.token(k + 1)?.type === 'word') {
        k++; // "Jong-un", "Chun-ryong"
        parts.push(k);
        k++;
        continue;
      }
      if (token.type !== 'word' || (k > index && token.glued)) break;
      if (!isCapitalised(token)) break;
      if (MONTHS.has(token.lower) || WEEKDAYS.includes(token.lower as (typeof WEEKDAYS)[number]))
        break;
      parts.push(k);
      k++;
      if (/['’]s$/.test(token.lower)) break; // "Russia’s Far Eastern city": the owner ends here
      // an initial: "Dmitry S. Peskov", "U.S."
      const dot = this.token(k);
      if (
        dot?.text === '.' &&
        dot.glued &&
        token.text.length === 1 &&
        isCapitalised(this.token(k + 1))
      )
        k++;
    }
    if (parts.length === 0) return null;
    // Leading function words and titles are not the name: "The White House", "President Biden";
    // nor is what comes before a title: "Chinese President Xi Jinping".
    let from = 0;
    for (let p = parts.length - 2; p >= 0; p--) {
      if (TITLES.has((this.tokens[parts[p] ?? -1]?.lower ?? '').replace(/\.$/, ''))) {
        from = p;
        break;
      }
    }
    while (from < parts.length) {
      const lower = this.tokens[parts[from] ?? -1]?.lower ?? '';
      if (!isStopWord(lower) && !TITLES.has(lower.replace(/\.$/, ''))) break;
      from++;
    }
    const end = (parts[parts.length - 1] ?? index) + 1;
    if (from >= parts.length) return end;
    const firstPart = parts[from] ?? index;
    const words = parts.slice(from).map((p) => (this.tokens[p]?.lower ?? '').replace(/['’]s$/, ''));
    // A capitalised first word of a sentence, alone, is usually just a word.
    if (words.length === 1 && this.sentenceStart(firstPart)) {
      const after = this.token(end);
      if (!after || !PERSON_AFTER.has(after.lower)) return end;
    }
    if (words.length === 1 && (words[0]?.length ?? 0) < 2) return end;
    const before = this.token(firstPart - 1);
    const previous = before?.type === 'word' ? before.lower.replace(/\.$/, '') : '';
    const after = this.token(end);
    const afterComma = after?.text === ',' ? this.token(end + 1) : undefined;
    const person =
      PERSON_BEFORE.has(previous) ||
      TITLES.has(this.tokens[parts[from - 1] ?? -1]?.lower ?? '') ||
      (after !== undefined && PERSON_AFTER.has(after.lower)) ||
      afterComma?.type === 'num' ||
      afterComma?.lower === 'who';
    const place = !person && PLACE_BEFORE.has(previous);
    this.add({
      category: 'name',
      kind: person ? 'person' : place ? 'place' : 'other',
      first: firstPart,
      last: end,
      name: { words, key: words.join('').replace(/[^\p{L}\p{N}]/gu, ''), person, place },
    });
    return end;
  }
}
