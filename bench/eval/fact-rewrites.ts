// Data for measuring fact discrepancies: sentences of BBC articles with facts in them, each with a
// rewritten copy where some facts are CHANGED (a number by a non-trivial amount, with its unit kept
// or converted; a year, date, weekday, month or time; a person's name swapped for one from another
// article; a place for another place; a contrast word for its opposite) and others only REWORDED
// (digits ↔ number words, unit conversions with realistic rounding, "m" ↔ "million", currency
// forms, "%" ↔ "per cent", date and time formats), plus WordNet synonyms for other words and,
// where the sentence opens with a short clause, that clause moved to the end. Also negatives:
// sentences of two different articles sharing a unit but measuring different things.
//
// Facts are found here with our own patterns, not the comparer's reader, and the comparer is never
// called. Ground truth: every changed, reworded and kept fact with its UTF-16 span in both texts.
// Seeded per split (split.ts): the same data on every run.

import { seededRandom } from '../../main/core/corpus';
import type { BbcArticle } from '../bbc-corpus';
import { splitSentences } from './sentences';
import { thesaurus } from './spin';
import { pick, randomInt, seedFor, splitOf, type Split } from './split';
import type { WordNet } from './wordnet';

export interface Span {
  start: number;
  end: number;
}

export type ChangeKind =
  | 'number'
  | 'number+conversion'
  | 'year'
  | 'date'
  | 'weekday'
  | 'month'
  | 'time'
  | 'person'
  | 'place'
  | 'contrast';

export type RewordKind =
  | 'number words'
  | 'digits'
  | 'scale'
  | 'currency'
  | 'percent'
  | 'conversion'
  | 'date format'
  | 'time format';

/** One fact of the pair with where it is in each text. */
export interface TruthFact {
  kind: string;
  a: Span;
  b: Span;
}

export interface FactPair {
  id: string;
  split: Split;
  a: string;
  b: string;
  /** Facts the rewrite changed: each must be reported. */
  changed: TruthFact[];
  /** Facts only written another way: none may be reported. */
  reworded: TruthFact[];
  /** Facts copied as they were. */
  kept: TruthFact[];
  /** Two sentences of different articles: nothing may be reported. */
  negative: boolean;
  note: string;
}

// --- our own fact patterns ------------------------------------------------------------------------

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const MONTH_SHORT = [
  'Jan.',
  'Feb.',
  'March',
  'April',
  'May',
  'June',
  'July',
  'Aug.',
  'Sept.',
  'Oct.',
  'Nov.',
  'Dec.',
];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const SPELLED = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS_WORDS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** 0–999 in words, hyphenated tens ("forty-two"), our own speller. */
export function spell(value: number): string {
  if (value < 20) return SPELLED[value] ?? String(value);
  if (value < 100) {
    const unit = value % 10;
    return `${TENS_WORDS[Math.floor(value / 10) - 2]}${unit ? `-${SPELLED[unit]}` : ''}`;
  }
  const rest = value % 100;
  return `${SPELLED[Math.floor(value / 100)]} hundred${rest ? ` and ${spell(rest)}` : ''}`;
}

const WORD_VALUE = new Map<string, number>();
SPELLED.forEach((word, value) => WORD_VALUE.set(word, value));
TENS_WORDS.forEach((word, index) => WORD_VALUE.set(word, (index + 2) * 10));

/** Places the rewrite swaps, by type; a country for a country, a city for a city. */
const COUNTRIES = (
  'France Germany Italy Spain Portugal Ireland Scotland Wales England Russia China Japan India ' +
  'Brazil Argentina Australia Canada Mexico Egypt Kenya Nigeria Iran Iraq Israel Turkey Greece ' +
  'Poland Sweden Norway Denmark Finland Belgium Holland Switzerland Austria Pakistan Indonesia ' +
  'Ukraine Syria Lebanon Jordan Afghanistan Zimbabwe Sudan Chile Peru Colombia Venezuela Cuba Korea'
).split(' ');
const CITIES = (
  'London Paris Berlin Madrid Rome Moscow Beijing Tokyo Washington Brussels Dublin Edinburgh ' +
  'Cardiff Belfast Manchester Liverpool Birmingham Glasgow Leeds Bristol Sheffield Newcastle ' +
  'Oxford Cambridge Milan Barcelona Munich Frankfurt Geneva Vienna Amsterdam Sydney Melbourne ' +
  'Toronto Chicago Boston Delhi Mumbai Shanghai Dubai Cairo Lagos Nairobi Istanbul Athens Lisbon'
).split(' ');

/** Contrast words: each swaps for another member of its set. */
const CONTRASTS: readonly (readonly string[])[] = [
  ['breakfast', 'lunch', 'dinner'],
  ['morning', 'afternoon', 'evening'],
  ['spring', 'summer', 'autumn', 'winter'],
  ['rose', 'fell'],
  ['higher', 'lower'],
  ['before', 'after'],
  ['north', 'south'],
  ['east', 'west'],
  ['won', 'lost'],
  ['increase', 'decrease'],
  ['biggest', 'smallest'],
];

/** Units the rewrite can convert: the target unit and the factor. */
const CONVERSIONS: ReadonlyMap<string, { to: string; factor: number }> = new Map([
  ['km', { to: 'miles', factor: 0.621371 }],
  ['kilometres', { to: 'miles', factor: 0.621371 }],
  ['miles', { to: 'km', factor: 1.609344 }],
  ['kg', { to: 'lb', factor: 2.20462 }],
  ['metres', { to: 'feet', factor: 3.28084 }],
  ['feet', { to: 'metres', factor: 0.3048 }],
  ['mph', { to: 'km/h', factor: 1.609344 }],
  ['hectares', { to: 'acres', factor: 2.47105 }],
  ['litres', { to: 'pints', factor: 1.75975 }],
]);

const UNIT_WORDS =
  '%|per cent|percent|km|kilometres|miles|mph|kg|tonnes|metres|feet|hectares|litres|years|months|weeks|days|hours|minutes';

/** Words a count may not be followed by ("2 of", "3 and"). */
const NOT_NOUNS = new Set(
  (
    'of and or to in on at by for the a an from with as is was are were be been has have had it ' +
    'its that this than per cent percent million billion bn m years year'
  ).split(' '),
);

type Candidate = {
  kind:
    | 'money'
    | 'unit'
    | 'count'
    | 'words'
    | 'year'
    | 'date'
    | 'weekday'
    | 'month'
    | 'time'
    | 'person'
    | 'place'
    | 'contrast';
  start: number;
  end: number;
  match: RegExpExecArray;
};

const DETECTORS: ReadonlyArray<[Candidate['kind'], RegExp]> = [
  ['time', /(?<![\d.:])\b(\d{1,2})(?:[.:](\d\d))?\s?(am|pm|a\.m\.|p\.m\.)(?![\p{L}])/giu],
  ['time', /(?<![\d.:])\b([01]?\d|2[0-3]):(\d\d)\b(?![.:]\d)/g],
  ['date', new RegExp(`\\b(\\d{1,2})(st|nd|rd|th)? (${MONTH_NAMES.join('|')})\\b`, 'g')],
  ['date', new RegExp(`\\b(${MONTH_NAMES.join('|')}) (\\d{1,2})(st|nd|rd|th)?\\b(?!,\\d)`, 'g')],
  [
    'month',
    new RegExp(
      `\\b(?:in|since|until|by|from|last|next|early|late) (${MONTH_NAMES.join('|')})\\b`,
      'g',
    ),
  ],
  ['weekday', new RegExp(`\\b(${DAYS.join('|')})\\b`, 'g')],
  [
    'money',
    /(US)?([$£€])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:\s?(bn|m|billion|million|trillion)\b)?/g,
  ],
  [
    'unit',
    new RegExp(
      `\\b(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(?:\\s?(bn|m|billion|million))?\\s?(${UNIT_WORDS})(?![\\p{L}])`,
      'gu',
    ),
  ],
  ['year', /\b(19[5-9]\d|20[0-3]\d)\b(?![,.]?\d)/g],
  ['count', /\b(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:\s?(bn|m|billion|million))? ([a-z]{3,})\b/g],
  [
    'words',
    new RegExp(
      `(?<![-\\p{L}])\\b(${[...SPELLED.slice(2), ...TENS_WORDS].join('|')}) ([a-z]{3,})\\b`,
      'giu',
    ),
  ],
  [
    'place',
    new RegExp(
      `(?<!\\b[A-Z][\\p{L}]*\\s)\\b(${[...COUNTRIES, ...CITIES].join('|')})\\b(?! [A-Z])(?!['’]s)`,
      'gu',
    ),
  ],
  ['contrast', new RegExp(`\\b(${CONTRASTS.flat().join('|')})\\b(?![-'’])`, 'g')],
];

const CAPITALISED_STARTS = new Set(
  'The A An But And In On At For It He She They We This That There When While After Before As If Mr Mrs Ms Dr Sir Lord Prime Chief'.split(
    ' ',
  ),
);

/** Capitalised pairs that name a body or an office, not a person. */
const NOT_PERSON =
  /\b(Secretary|Minister|Association|Party|Office|Council|Group|Chancellor|Commission|Committee|Union|Bank|League|Club|United|City|County|Department|Ministry|Agency|Institute|Society|Federation|Board|Court|House|Street|Cup|Championship|Airlines|Records|Music|News|Times|Post|Online|Research|Corporation|Company|Limited|International|National|Federal|Reserve|Exchange|Trust|Fund|Foundation|Service|Services|Police|Army|Forces|Labour|Conservative|Democrats|Republicans|Commons|Lords|Government|Festival|Awards|Oscar|Academy)\b/;

/** Person names of a text: "Firstname Lastname" next to said/says or a role; "Mr Surname". */
export function personNames(text: string): Array<{ start: number; end: number; name: string }> {
  const found: Array<{ start: number; end: number; name: string }> = [];
  const patterns = [
    /\b([A-Z][a-z]+ (?:[A-Z]\. )?[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?= (?:said|says|told|added)\b)/g,
    /\b(?:said|says|told) ([A-Z][a-z]+ [A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b/g,
    /\b(?:executive|chairman|manager|coach|minister|secretary|spokesman|spokeswoman|director|president|boss|analyst|economist|leader|star|captain|singer|actor|actress) ([A-Z][a-z]+ [A-Z][a-z]+)\b/g,
    /\b(?:Mr|Mrs|Ms|Dr) ([A-Z][a-z]{2,})\b/g,
  ];
  for (const pattern of patterns) {
    for (const match of text.matchAll(pattern)) {
      const name = match[1] ?? '';
      const first = name.split(' ')[0] ?? '';
      if (CAPITALISED_STARTS.has(first) || MONTH_NAMES.includes(first) || DAYS.includes(first))
        continue;
      if (NOT_PERSON.test(name)) continue;
      if ([...COUNTRIES, ...CITIES].some((place) => name.includes(place))) continue;
      const start = match.index + match[0].indexOf(name);
      found.push({ start, end: start + name.length, name });
    }
  }
  return found;
}

function candidates(text: string): Candidate[] {
  const all: Candidate[] = [];
  for (const [kind, pattern] of DETECTORS) {
    for (const match of text.matchAll(new RegExp(pattern.source, pattern.flags))) {
      let start = match.index;
      const end = start + match[0].length;
      if (kind === 'month') {
        start = end - (match[1]?.length ?? 0);
      }
      if (kind === 'count' && NOT_NOUNS.has(match[4] ?? '')) continue;
      if (kind === 'words' && NOT_NOUNS.has((match[2] ?? '').toLowerCase())) continue;
      if (kind === 'year' && /[$£€]$/.test(text.slice(0, start))) continue;
      if (kind === 'count' && /^(19[5-9]\d|20[0-3]\d)$/.test(match[1] ?? '') && !match[2]) continue;
      if ((kind === 'count' || kind === 'unit') && /[\p{L}$£€.,-]$/u.test(text.slice(0, start)))
        continue;
      all.push({ kind, start, end, match });
    }
  }
  for (const person of personNames(text)) {
    all.push({
      kind: 'person',
      start: person.start,
      end: person.end,
      match: Object.assign([person.name], { index: person.start, input: text }) as RegExpExecArray,
    });
  }
  // Earlier detectors win; no two candidates overlap.
  const kept: Candidate[] = [];
  for (const candidate of all) {
    if (kept.some((other) => candidate.start < other.end && other.start < candidate.end)) continue;
    kept.push(candidate);
  }
  return kept.sort((x, y) => x.start - y.start);
}

// --- rewriting one fact ----------------------------------------------------------------------------

interface Rewrite {
  text: string;
  kind: string;
  changed: boolean;
}

const withCommas = (value: number) => value.toLocaleString('en-GB', { maximumFractionDigits: 6 });

function formatLike(value: number, original: string, decimals: number): string {
  const fixed = value.toFixed(decimals);
  if (original.includes(',') || (value >= 10000 && decimals === 0)) {
    return withCommas(Number(fixed));
  }
  return fixed;
}

/** A value changed by a non-trivial amount (≥ 15%), written to the same precision. */
function changedValue(value: number, decimals: number, random: () => number): number {
  if (decimals === 0 && value <= 20) {
    for (;;) {
      const other = randomInt(random, 2, 30);
      if (other !== value && Math.abs(other - value) / Math.max(value, 1) >= 0.15) return other;
    }
  }
  const factors = [0.4, 0.5, 0.6, 0.7, 0.8, 1.25, 1.4, 1.5, 2, 2.5, 3];
  const zeros = decimals === 0 ? (/0*$/.exec(String(value))?.[0].length ?? 0) : 0;
  const step =
    decimals > 0 ? 10 ** -decimals : 10 ** Math.min(zeros, Math.max(0, String(value).length - 2));
  for (let attempt = 0; attempt < 20; attempt++) {
    const raw = value * pick(random, factors);
    const other = Number((Math.round(raw / step) * step).toFixed(decimals));
    if (other > 0 && other !== value && Math.abs(other - value) / value >= 0.15) return other;
  }
  return Number((value * 2).toFixed(decimals));
}

/** Realistic rounding of a converted figure: whole numbers, nearest 5 from 100, 10 from 1,000. */
function roundConverted(value: number): number {
  if (value >= 1000) return Math.round(value / 10) * 10;
  if (value >= 100) return Math.round(value / 5) * 5;
  if (value >= 10) return Math.round(value);
  return Math.round(value * 10) / 10;
}

const SCALE_WORD: Record<string, string> = {
  m: 'million',
  bn: 'billion',
  million: 'm',
  billion: 'bn',
  trillion: 'trillion',
};
const CURRENCY_WORD: Record<string, string> = { $: 'dollars', '£': 'pounds', '€': 'euros' };

function rewriteNumber(
  candidate: Candidate,
  change: boolean,
  random: () => number,
): Rewrite | null {
  const m = candidate.match;
  const kind = candidate.kind;
  if (kind === 'words') {
    const value = WORD_VALUE.get((m[1] ?? '').toLowerCase());
    if (value === undefined) return null;
    if (!change) return { text: `${value} ${m[2]}`, kind: 'digits', changed: false };
    const other = changedValue(value, 0, random);
    const written = random() < 0.5 ? String(other) : spell(other);
    return { text: `${written} ${m[2]}`, kind: 'number', changed: true };
  }
  const isMoney = kind === 'money';
  const digits = (isMoney ? m[3] : m[1]) ?? '';
  const fraction = (isMoney ? m[4] : m[2]) ?? '';
  const scale = (isMoney ? m[5] : m[3]) ?? '';
  const unit = kind === 'unit' ? (m[4] ?? '') : kind === 'count' ? (m[4] ?? '') : '';
  const sign = isMoney ? (m[2] ?? '') : '';
  const us = isMoney ? (m[1] ?? '') : '';
  const decimals = fraction ? fraction.length - 1 : 0;
  const value = Number(`${digits.replace(/,/g, '')}${fraction}`);
  const numberText = `${digits}${fraction}`;
  const gap = (text: string) => (/^(%|m|bn)$/.test(text) ? '' : ' ');
  const scaleGap = scale && /^(m|bn)$/.test(scale) ? '' : ' ';
  if (change) {
    const other = changedValue(value, decimals, random);
    const conversion = kind === 'unit' ? CONVERSIONS.get(unit) : undefined;
    if (conversion && !scale && random() < 0.35) {
      const converted = roundConverted(other * conversion.factor);
      return {
        text: `${withCommas(converted)} ${conversion.to}`,
        kind: 'number+conversion',
        changed: true,
      };
    }
    const written = formatLike(other, digits, decimals);
    if (isMoney)
      return {
        text: `${us}${sign}${written}${scale ? scaleGap + scale : ''}`,
        kind: 'number',
        changed: true,
      };
    const scaled = scale ? `${scaleGap}${scale}` : '';
    return {
      text: `${written}${scaled}${unit ? gap(unit) + unit : ''}`,
      kind: 'number',
      changed: true,
    };
  }
  // Rewordings.
  const options: Array<() => Rewrite | null> = [];
  if (isMoney) {
    if (scale) {
      const word = SCALE_WORD[scale] ?? scale;
      const longScale = scale === 'm' || scale === 'bn' ? word : scale;
      options.push(() => ({
        text: `${sign}${numberText}${gap(word)}${word}`,
        kind: 'scale',
        changed: false,
      }));
      options.push(() => ({
        text: `${numberText} ${longScale} ${CURRENCY_WORD[sign] ?? ''}`.trim(),
        kind: 'currency',
        changed: false,
      }));
      if (scale === 'bn' && decimals <= 3 && value < 100) {
        const millions = Math.round(value * 1000);
        options.push(() => ({
          text: `${sign}${withCommas(millions)}m`,
          kind: 'scale',
          changed: false,
        }));
      }
    } else {
      options.push(() => ({
        text: `${numberText} ${CURRENCY_WORD[sign] ?? ''}`.trim(),
        kind: 'currency',
        changed: false,
      }));
    }
    if (sign === '$' && !us)
      options.push(() => ({
        text: `US$${numberText}${scale ? scaleGap + scale : ''}`,
        kind: 'currency',
        changed: false,
      }));
  } else {
    const tail = kind === 'unit' ? `${unit}` : `${unit}`;
    if (scale) {
      const word = SCALE_WORD[scale] ?? scale;
      options.push(() => ({
        text: `${numberText}${gap(word)}${word} ${tail}`,
        kind: 'scale',
        changed: false,
      }));
      if (scale === 'm' || scale === 'million') {
        const full = Math.round(value * 1e6);
        options.push(() => ({
          text: `${withCommas(full)} ${tail}`,
          kind: 'scale',
          changed: false,
        }));
      }
    }
    if (!scale && decimals === 0 && value >= 2 && value <= 999) {
      options.push(() => ({
        text: `${spell(value)}${gap(unit)}${unit === '%' ? ' per cent' : unit}`.replace('  ', ' '),
        kind: 'number words',
        changed: false,
      }));
    }
    if (!scale && digits.includes(',')) {
      options.push(() => ({
        text: `${digits.replace(/,/g, '')}${fraction}${gap(unit)}${unit}`,
        kind: 'digits',
        changed: false,
      }));
    }
    if (unit === '%') {
      options.push(() => ({
        text: `${numberText} ${pick(random, ['per cent', 'percent'])}`,
        kind: 'percent',
        changed: false,
      }));
    }
    if (unit === 'per cent' || unit === 'percent') {
      options.push(() => ({ text: `${numberText}%`, kind: 'percent', changed: false }));
    }
    const conversion = kind === 'unit' && !scale ? CONVERSIONS.get(unit) : undefined;
    if (conversion) {
      options.push(() => ({
        text: `${withCommas(roundConverted(value * conversion.factor))} ${conversion.to}`,
        kind: 'conversion',
        changed: false,
      }));
    }
  }
  if (options.length === 0) return null;
  return pick(random, options)();
}

function rewriteDate(candidate: Candidate, change: boolean, random: () => number): Rewrite | null {
  const m = candidate.match;
  const dayFirst = /^\d/.test(m[0]);
  let day = Number(dayFirst ? m[1] : m[2]);
  let month = MONTH_NAMES.indexOf((dayFirst ? m[3] : m[1]) ?? '');
  if (month < 0 || day < 1 || day > 31) return null;
  if (change) {
    if (random() < 0.5) {
      let other = day;
      while (Math.abs(other - day) < 2) other = randomInt(random, 1, 28);
      day = other;
    } else {
      month = (month + randomInt(random, 1, 11)) % 12;
    }
  }
  const long = MONTH_NAMES[month] ?? '';
  const formats = change
    ? [dayFirst ? `${day} ${long}` : `${long} ${day}`]
    : [
        dayFirst ? `${long} ${day}` : `${day} ${long}`,
        `${MONTH_SHORT[month]} ${day}`,
        `${day}${['th', 'st', 'nd', 'rd'][day % 10 > 3 || Math.floor(day / 10) === 1 ? 0 : day % 10]} ${long}`,
      ];
  return { text: pick(random, formats), kind: change ? 'date' : 'date format', changed: change };
}

function rewriteTime(candidate: Candidate, change: boolean, random: () => number): Rewrite | null {
  const m = candidate.match;
  const twelve = m[3] !== undefined;
  let hours = Number(m[1]);
  const minutes = Number(m[2] ?? '0');
  if (twelve) {
    if (hours < 1 || hours > 12) return null;
    const pm = /^p/i.test(m[3] ?? '');
    hours = (hours % 12) + (pm ? 12 : 0);
  }
  const mm = String(minutes).padStart(2, '0');
  const twelveHour = (h: number, style: string) => {
    const suffix = h >= 12 ? 'pm' : 'am';
    const hh = h % 12 === 0 ? 12 : h % 12;
    const clock = minutes ? `${hh}.${mm}` : `${hh}`;
    return style === 'dots' ? `${clock} ${suffix === 'pm' ? 'p.m.' : 'a.m.'}` : `${clock}${suffix}`;
  };
  if (change) {
    const other = (hours + pick(random, [-4, -3, -2, 2, 3, 4, 5]) + 24) % 24;
    return {
      text: twelve
        ? twelveHour(other, /\./.test(m[3] ?? '') ? 'dots' : 'plain')
        : `${String(other).padStart(2, '0')}:${mm}`,
      kind: 'time',
      changed: true,
    };
  }
  const formats = twelve
    ? [
        `${String(hours).padStart(2, '0')}:${mm}`,
        twelveHour(hours, /\./.test(m[3] ?? '') ? 'plain' : 'dots'),
      ]
    : [twelveHour(hours, 'plain'), twelveHour(hours, 'dots')];
  return { text: pick(random, formats), kind: 'time format', changed: false };
}

interface Pools {
  /** Person names by article. */
  people: Array<{ article: string; name: string }>;
}

function rewriteCandidate(
  candidate: Candidate,
  change: boolean,
  article: string,
  pools: Pools,
  random: () => number,
): Rewrite | null {
  const m = candidate.match;
  switch (candidate.kind) {
    case 'money':
    case 'unit':
    case 'count':
    case 'words':
      return rewriteNumber(candidate, change, random);
    case 'date':
      return rewriteDate(candidate, change, random);
    case 'time':
      return rewriteTime(candidate, change, random);
    case 'year': {
      if (!change) return null;
      const year = Number(m[1]);
      return {
        text: String(year + pick(random, [-6, -4, -3, -2, -1, 1, 2, 3])),
        kind: 'year',
        changed: true,
      };
    }
    case 'weekday': {
      if (!change) return null;
      const day = DAYS.indexOf(m[1] ?? '');
      return {
        text: DAYS[(day + randomInt(random, 1, 6)) % 7] ?? 'Monday',
        kind: 'weekday',
        changed: true,
      };
    }
    case 'month': {
      if (!change) return null;
      const month = MONTH_NAMES.indexOf(m[1] ?? '');
      return {
        text: MONTH_NAMES[(month + randomInt(random, 1, 11)) % 12] ?? 'May',
        kind: 'month',
        changed: true,
      };
    }
    case 'place': {
      if (!change) return null;
      const name = m[1] ?? '';
      const list = COUNTRIES.includes(name) ? COUNTRIES : CITIES;
      let other = name;
      while (other === name) other = pick(random, list);
      return { text: other, kind: 'place', changed: true };
    }
    case 'person': {
      if (!change) return null;
      const name = m[0];
      const surnameOnly = !name.includes(' ');
      for (let attempt = 0; attempt < 20; attempt++) {
        const other = pick(random, pools.people);
        if (other.article === article || !other.name.includes(' ')) continue;
        const replacement = surnameOnly ? (other.name.split(' ').pop() ?? '') : other.name;
        const shared = replacement.split(' ').some((word) => name.split(' ').includes(word));
        if (!shared && replacement.length > 2)
          return { text: replacement, kind: 'person', changed: true };
      }
      return null;
    }
    case 'contrast': {
      if (!change) return null;
      const word = m[1] ?? '';
      const set = CONTRASTS.find((members) => members.includes(word)) ?? [word];
      const others = set.filter((member) => member !== word);
      return others.length > 0
        ? { text: pick(random, others), kind: 'contrast', changed: true }
        : null;
    }
  }
}

// --- building the rewritten text --------------------------------------------------------------------

interface Edit {
  start: number;
  end: number;
  text: string;
  /** Index into the truth list, or -1 for a synonym. */
  truth: number;
}

interface Piece {
  text: string;
  truth: number;
}

function piecesOf(a: string, edits: readonly Edit[], from: number, to: number): Piece[] {
  const pieces: Piece[] = [];
  let at = from;
  for (const edit of edits) {
    if (edit.start < from || edit.end > to) continue;
    if (edit.start > at) pieces.push({ text: a.slice(at, edit.start), truth: -1 });
    pieces.push({ text: edit.text, truth: edit.truth });
    at = edit.end;
  }
  if (at < to) pieces.push({ text: a.slice(at, to), truth: -1 });
  return pieces;
}

function recase(pieces: Piece[], upper: boolean): Piece[] {
  const first = pieces[0];
  if (!first || first.truth !== -1 || first.text.length === 0) return pieces;
  const head = first.text.charAt(0);
  const next = upper ? head.toUpperCase() : head.toLowerCase();
  // Keep names capitalised when moving a clause: only an ordinary first word is lowered.
  if (
    !upper &&
    /^[A-Z][a-z]+ /.test(first.text) &&
    !/^(In|On|At|By|During|After|Before|Since|Last|This|Earlier|Later)\b/.test(first.text)
  ) {
    return pieces;
  }
  return [{ text: next + first.text.slice(1), truth: -1 }, ...pieces.slice(1)];
}

/** B from A and its edits; a sentence opening with a short clause has it moved to the end. */
function build(
  a: string,
  edits: Edit[],
  reorder: boolean,
): { b: string; spans: Map<number, Span>; reordered: boolean } {
  edits.sort((x, y) => x.start - y.start);
  let pieces = piecesOf(a, edits, 0, a.length);
  let reordered = false;
  const clause =
    /^((?:In|On|At|By|During|After|Before|Since|Last|Earlier|Later|This) [^,]{2,40}), (?=[a-zA-Z])/.exec(
      a,
    );
  const finalStop = /[.!]$/.test(a) ? a.length - 1 : -1;
  if (
    reorder &&
    clause &&
    finalStop > 0 &&
    !/[.!?]\s/.test(a.slice(0, finalStop)) &&
    !/["“”]/.test(a)
  ) {
    const clauseEnd = clause[1]?.length ?? 0;
    const restStart = clause[0].length;
    const inside = (edit: Edit) =>
      edit.end <= clauseEnd || (edit.start >= restStart && edit.end <= finalStop);
    if (edits.every(inside)) {
      const head = recase(piecesOf(a, edits, 0, clauseEnd), false);
      const rest = recase(piecesOf(a, edits, restStart, finalStop), true);
      pieces = [
        ...rest,
        { text: ' ', truth: -1 },
        ...head,
        { text: a.slice(finalStop), truth: -1 },
      ];
      reordered = true;
    }
  }
  let b = '';
  const spans = new Map<number, Span>();
  for (const piece of pieces) {
    if (piece.truth >= 0)
      spans.set(piece.truth, { start: b.length, end: b.length + piece.text.length });
    b += piece.text;
  }
  return { b, spans, reordered };
}

/** WordNet synonyms for about `rate` of the lowercase content words outside facts. */
function synonymEdits(
  a: string,
  taken: readonly Span[],
  rate: number,
  wordNet: WordNet,
  random: () => number,
): Edit[] {
  const edits: Edit[] = [];
  // Lowercase words anywhere; a capitalised word only opening a sentence (as spinners do).
  for (const match of a.matchAll(/\b(?:[a-z]{3,}|(?<=(?:^|[.!?]["”’]?\s))[A-Z][a-z]{2,})\b/g)) {
    const start = match.index;
    const end = start + match[0].length;
    const capital = /^[A-Z]/.test(match[0]);
    const lower = match[0].toLowerCase();
    if (taken.some((span) => start < span.end + 1 && span.start - 1 < end)) continue;
    // Parts of compounds ("X-ray", "won't") and scale words stay.
    if (/[-'’]/.test(a.charAt(start - 1)) || /[-'’]/.test(a.charAt(end))) continue;
    if (/^(million|billion|trillion|thousand|hundred|per|cent|percent)$/.test(match[0])) continue;
    if (CONTRASTS.some((set) => set.includes(lower))) continue;
    if (WORD_VALUE.has(lower) || random() >= rate) continue;
    // A capitalised word is swapped only when WordNet knows its lowercase form, as spin.ts does.
    if (
      capital &&
      (COUNTRIES.includes(match[0]) ||
        CITIES.includes(match[0]) ||
        DAYS.includes(match[0]) ||
        MONTH_NAMES.includes(match[0]))
    )
      continue;
    const synonym = thesaurus(lower, wordNet);
    if (!synonym || WORD_VALUE.has(synonym)) continue;
    const text = capital ? synonym.charAt(0).toUpperCase() + synonym.slice(1) : synonym;
    edits.push({ start, end, text, truth: -1 });
  }
  return edits;
}

// --- the dataset ----------------------------------------------------------------------------------

export interface FactRewriteSizes {
  rewrites: number;
  negatives: number;
}

export const DEFAULT_FACT_SIZES: FactRewriteSizes = { rewrites: 500, negatives: 120 };

/** Share of content words outside facts swapped for a WordNet synonym. */
export const SYNONYM_RATE = 0.2;

const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** Passages (one sentence, sometimes two) of an article's body with at least one fact. */
function passages(article: BbcArticle): string[] {
  const body = article.text.split('\n').slice(1).join('\n');
  const sentences = splitSentences(body);
  const out: string[] = [];
  for (let k = 0; k < sentences.length; k++) {
    const one = sentences[k] ?? '';
    const two = `${one} ${sentences[k + 1] ?? ''}`.trim();
    const text = k % 3 === 2 && sentences[k + 1] ? two : one;
    const words = countWords(text);
    if (words < 8 || words > 70) continue;
    if (candidates(text).length > 0) out.push(text);
  }
  return out;
}

function buildRewrite(
  id: string,
  split: Split,
  article: BbcArticle,
  a: string,
  pools: Pools,
  wordNet: WordNet,
  random: () => number,
): FactPair | null {
  const found = candidates(a);
  const order = found.map((_, k) => k);
  for (let k = order.length - 1; k > 0; k--) {
    const other = Math.floor(random() * (k + 1));
    [order[k], order[other]] = [order[other] ?? 0, order[k] ?? 0];
  }
  const wantChanges = pick(random, [0, 1, 1, 1, 2, 2]);
  const truth: Array<{ kind: string; changed: boolean; a: Span }> = [];
  const edits: Edit[] = [];
  const kept: Span[] = [];
  let changes = 0;
  for (const k of order) {
    const candidate = found[k];
    if (!candidate) continue;
    // A figure given with its conversion ("$42.7m (£23m)") changes only by rewording.
    const converted =
      /^\s?\(\s?[$£€]?\d/.test(a.slice(candidate.end, candidate.end + 4)) ||
      /\(\s?$/.test(a.slice(Math.max(0, candidate.start - 2), candidate.start));
    const change = changes < wantChanges && !converted;
    const rewrite =
      rewriteCandidate(candidate, change, article.name, pools, random) ?? (change ? null : null);
    const reword = !change && rewrite !== null && random() < 0.7;
    const clash =
      rewrite?.changed === true && /^[A-Z]/.test(rewrite.text) && a.includes(rewrite.text);
    if (
      rewrite &&
      !clash &&
      (change || reword) &&
      rewrite.text !== a.slice(candidate.start, candidate.end)
    ) {
      if (rewrite.changed) changes++;
      edits.push({
        start: candidate.start,
        end: candidate.end,
        text: rewrite.text,
        truth: truth.length,
      });
      truth.push({
        kind: rewrite.kind,
        changed: rewrite.changed,
        a: { start: candidate.start, end: candidate.end },
      });
    } else {
      kept.push({ start: candidate.start, end: candidate.end });
    }
  }
  const keptEdits = kept.map((span) => ({
    ...span,
    text: a.slice(span.start, span.end),
    truth: truth.length + kept.indexOf(span),
  }));
  const taken = [...truth.map((t) => t.a), ...kept];
  const synonyms = synonymEdits(a, taken, SYNONYM_RATE, wordNet, random);
  const built = build(a, [...edits, ...keptEdits, ...synonyms], random() < 0.5);
  const place = (index: number, kind: string, span: Span): TruthFact | null => {
    const b = built.spans.get(index);
    return b ? { kind, a: span, b } : null;
  };
  const changed: TruthFact[] = [];
  const reworded: TruthFact[] = [];
  truth.forEach((fact, index) => {
    const placed = place(index, fact.kind, fact.a);
    if (placed) (fact.changed ? changed : reworded).push(placed);
  });
  const keptFacts = kept.flatMap((span, k) => {
    const kind = found.find((c) => c.start === span.start)?.kind ?? 'fact';
    const placed = place(truth.length + k, kind, span);
    return placed ? [placed] : [];
  });
  const notes = [
    `${changed.length} changed (${changed.map((f) => f.kind).join(', ') || 'none'})`,
    `${reworded.length} reworded (${reworded.map((f) => f.kind).join(', ') || 'none'})`,
    `${synonyms.length} synonyms`,
    built.reordered ? 'clause moved' : '',
  ].filter(Boolean);
  return {
    id,
    split,
    a,
    b: built.b,
    changed,
    reworded,
    kept: keptFacts,
    negative: false,
    note: `${article.name}: ${notes.join('; ')}`,
  };
}

/** The unit a sentence's first measured number is given in, for pairing negatives. */
function unitKey(text: string): { unit: string; value: string } | null {
  const match = new RegExp(
    `(?:[$£€])?\\b(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(?:\\s?(bn|m|billion|million))?\\s?(${UNIT_WORDS})(?![\\p{L}])`,
    'u',
  ).exec(text);
  if (match) return { unit: (match[4] ?? '').replace('per cent', '%'), value: match[0] };
  const money = /([$£€])(\d[\d,.]*)\s?(bn|m|billion|million)?/.exec(text);
  return money ? { unit: `${money[1]}${money[3] ?? ''}`, value: money[0] } : null;
}

/** The dataset for one split: rewrites with ground truth, then the negatives. */
export function buildFactPairs(
  articles: readonly BbcArticle[],
  split: Split,
  wordNet: WordNet,
  sizes: FactRewriteSizes = DEFAULT_FACT_SIZES,
): FactPair[] {
  const random = seededRandom(seedFor('fact-rewrites', split));
  const mine = articles.filter((article) => splitOf(article.name) === split);
  const pools: Pools = {
    people: mine.flatMap((article) =>
      personNames(article.text).map((person) => ({ article: article.name, name: person.name })),
    ),
  };
  const byArticle = mine.map((article) => ({ article, passages: passages(article) }));
  const usable = byArticle.filter((entry) => entry.passages.length > 0);
  const pairs: FactPair[] = [];
  const used = new Set<string>();
  for (let attempt = 0; pairs.length < sizes.rewrites && attempt < sizes.rewrites * 20; attempt++) {
    const entry = pick(random, usable);
    const a = pick(random, entry.passages);
    if (used.has(a)) continue;
    used.add(a);
    const pair = buildRewrite(
      `${split}/rewrite/${pairs.length}`,
      split,
      entry.article,
      a,
      pools,
      wordNet,
      random,
    );
    if (pair && pair.a !== pair.b) pairs.push(pair);
  }
  // Negatives: sentences of two articles of one category giving a number in the same unit.
  const measured = byArticle.flatMap((entry) =>
    entry.passages.flatMap((text) => {
      const key = unitKey(text);
      return key ? [{ article: entry.article, text, ...key }] : [];
    }),
  );
  let negatives = 0;
  for (let attempt = 0; negatives < sizes.negatives && attempt < sizes.negatives * 200; attempt++) {
    const x = pick(random, measured);
    const y = pick(random, measured);
    if (x.article.name === y.article.name || x.article.category !== y.article.category) continue;
    if (x.unit !== y.unit || x.value === y.value) continue;
    pairs.push({
      id: `${split}/negative/${negatives}`,
      split,
      a: x.text,
      b: y.text,
      changed: [],
      reworded: [],
      kept: [],
      negative: true,
      note: `${x.article.name} / ${y.article.name}: both in ${x.unit}`,
    });
    negatives++;
  }
  return pairs;
}
