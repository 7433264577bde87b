// Number words become digits so "two" matches "2" and "seventy fifth" matches "75th": content
// farms swap them to dodge copy detection. Plural scale words ("thousands") are not numbers, and
// "million"/"billion" stay words because digits are written with them too ("$15 billion").

export const NOT_A_NUMBER = 0;
/** A one-word number below 100: "seven", "fifteen", "seventy", "fifth". */
export const SMALL = 1;
export const HUNDRED = 2;
export const THOUSAND = 3;
/** "and" between a scale word and a small number: "one hundred and five". */
export const AND = 4;

export interface NumberWord {
  kind: number;
  value: number;
  ordinal: boolean;
}

const CARDINALS = [
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
const ORDINALS = [
  '',
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const TENS_ORDINALS = [
  'twentieth',
  'thirtieth',
  'fortieth',
  'fiftieth',
  'sixtieth',
  'seventieth',
  'eightieth',
  'ninetieth',
];

const LEXICON = new Map<string, NumberWord>();
CARDINALS.forEach((word, value) => LEXICON.set(word, { kind: SMALL, value, ordinal: false }));
ORDINALS.forEach((word, value) => {
  if (word) LEXICON.set(word, { kind: SMALL, value, ordinal: true });
});
TENS.forEach((word, index) => {
  LEXICON.set(word, { kind: SMALL, value: (index + 2) * 10, ordinal: false });
});
TENS_ORDINALS.forEach((word, index) => {
  LEXICON.set(word, { kind: SMALL, value: (index + 2) * 10, ordinal: true });
});
LEXICON.set('hundred', { kind: HUNDRED, value: 100, ordinal: false });
LEXICON.set('hundredth', { kind: HUNDRED, value: 100, ordinal: true });
LEXICON.set('thousand', { kind: THOUSAND, value: 1000, ordinal: false });
LEXICON.set('thousandth', { kind: THOUSAND, value: 1000, ordinal: true });
LEXICON.set('and', { kind: AND, value: 0, ordinal: false });

/** The number a normalised word names, if any ("and" only joins numbers, never starts one). */
export function numberWordOf(form: string): NumberWord | null {
  return LEXICON.get(form) ?? null;
}

/** "1st", "2nd", "3rd", "11th", "75th". */
export function ordinalDigits(value: number): string {
  const lastTwo = value % 100;
  const last = value % 10;
  if (lastTwo >= 11 && lastTwo <= 13) return `${value}th`;
  if (last === 1) return `${value}st`;
  if (last === 2) return `${value}nd`;
  if (last === 3) return `${value}rd`;
  return `${value}th`;
}

/** The words after `first` as the parser sees them; `joins(k)` says k continues the phrase. */
export interface NumberPhraseSource {
  count: number;
  word(index: number): NumberWord | null;
  joins(index: number): boolean;
}

export interface NumberPhrase {
  /** Words consumed, 0 when `first` does not start a number. */
  length: number;
  digits: string;
}

/**
 * Reads the longest number phrase starting at `first`: "seventy fifth" → 75th, "three hundred
 * and five" → 305, "two thousand" → 2000. Two small numbers only combine as tens then units, so
 * "one two" stays two numbers. An ordinal word ends the phrase.
 */
export function readNumberPhrase(source: NumberPhraseSource, first: number): NumberPhrase {
  let total = 0;
  let current = 0;
  let last = NOT_A_NUMBER;
  let lastWasTens = false;
  let length = 0;
  let ordinal = false;
  for (let index = first; index < source.count; index++) {
    if (index > first && !source.joins(index)) break;
    const word = source.word(index);
    if (word === null) break;
    if (word.kind === SMALL) {
      if (last === SMALL && !(lastWasTens && word.value >= 1 && word.value <= 9)) break;
      current += word.value;
      lastWasTens = last !== SMALL && word.value >= 20 && word.value % 10 === 0;
    } else if (word.kind === HUNDRED) {
      if (last === HUNDRED || current >= 100) break;
      current = (current === 0 ? 1 : current) * 100;
    } else if (word.kind === THOUSAND) {
      if (last === THOUSAND) break;
      total += (current === 0 ? 1 : current) * 1000;
      current = 0;
    } else {
      const next = index + 1 < source.count ? source.word(index + 1) : null;
      const afterScale = last === HUNDRED || last === THOUSAND;
      if (!afterScale || next?.kind !== SMALL || !source.joins(index + 1)) break;
      continue; // "and" is consumed with the number that follows it
    }
    last = word.kind;
    length = index - first + 1;
    if (word.ordinal) {
      ordinal = true;
      break;
    }
  }
  if (length === 0) return { length: 0, digits: '' };
  const value = total + current;
  return { length, digits: ordinal ? ordinalDigits(value) : String(value) };
}
