import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readSeeds } from '../../testing/seeds';
import { factDiscrepancies } from './discrepancies';

const seeds = readSeeds();

/** The paragraph of seed `index` that contains `words`. */
function paragraph(index: number, words: string): string {
  const found = (seeds[index] ?? '').split(/\n+/).find((p) => p.includes(words));
  if (!found) throw new Error(`no paragraph with ${words}`);
  return found;
}

/** The sentence of seed `index` that contains `words`. */
function sentence(index: number, words: string): string {
  const text = paragraph(index, words);
  const start = text.lastIndexOf('. ', text.indexOf(words)) + 1;
  const end = text.indexOf('.', text.indexOf(words) + words.length);
  return text.slice(start, end < 0 ? undefined : end + 1).trim();
}

const brief = (a: string, b: string) =>
  factDiscrepancies(a, b).map((d) => [d.kind, d.description] as const);

describe('factDiscrepancies on the sample case', () => {
  it('lists AP’s lunch against 003’s dinner, and nothing else', () => {
    const lunch = sentence(2, 'include a lunch');
    const dinner = sentence(3, 'as well as a dinner');
    const found = factDiscrepancies(lunch, dinner);
    expect(found).toHaveLength(1);
    const [only] = found;
    expect(only).toMatchObject({ kind: 'other', description: 'lunch ≠ dinner' });
    expect(lunch.slice(only?.a.start, only?.a.end)).toBe('lunch');
    expect(dinner.slice(only?.b.start, only?.b.end)).toBe('dinner');
  });

  it('"two delegations" in 000 and "2 delegations" in the spun 001 do not differ', () => {
    const a = paragraph(0, 'two delegations');
    const b = paragraph(1, '2 delegations');
    expect(brief(a, b)).toEqual([]);
  });

  it('425 miles north of Pyongyang (002) and 300 miles from the tri-border area (004) measure different things', () => {
    expect(brief(paragraph(2, '425 miles'), paragraph(4, '300 miles'))).toEqual([]);
  });

  it('Watson against Kirby for the same words is a person', () => {
    const a =
      'to abide by the public commitments, said Adrienne Watson, a White House spokeswoman.';
    const b = 'to abide by the public commitments, said John Kirby, a White House spokesman.';
    expect(brief(a, b)).toEqual([['person', 'Adrienne Watson ≠ John Kirby']]);
  });
});

describe('factDiscrepancies: what differs', () => {
  it.each([
    [
      'sent 2,000 tonnes of rice',
      'sent 3,000 tonnes of rice',
      [['number', '2,000 tonnes ≠ 3,000 tonnes']],
    ],
    ['met on Tuesday', 'met on Wednesday morning', [['date', 'Tuesday ≠ Wednesday']]],
    ['a lunch in his honour', 'a dinner in his honour', [['other', 'lunch ≠ dinner']]],
    ['it starts at 3pm on Friday', 'it starts at 5pm on Friday', [['time', '3pm ≠ 5pm']]],
    [
      'the summit opens on Sept. 12 in the city',
      'the summit opens on September 14 in the city',
      [['date', 'Sept. 12 ≠ September 14']],
    ],
    [
      'talks were held in Vladivostok on Monday',
      'talks were held in Moscow on Monday',
      [['place', 'Vladivostok ≠ Moscow']],
    ],
    [
      'profits jumped 76% to $1.13bn',
      'profits jumped 76% to $1.5bn',
      [['number', '$1.13bn ≠ $1.5bn']],
    ],
    ['sales rose 2% in March', 'sales fell 2% in March', [['other', 'rose ≠ fell']]],
    [
      'the temperature reached 30C at noon',
      'the temperature reached 35C at noon',
      [['number', '30C ≠ 35C']],
    ],
  ])('%s / %s', (a, b, expected) => {
    expect(brief(a, b)).toEqual(expected);
  });
});

describe('factDiscrepancies: the same fact written another way', () => {
  it.each([
    ['sent 2,000 tonnes of rice', 'sent 2000 tonnes of rice'],
    ['two delegations met', 'the 2 delegations met'],
    ['three million people voted', '3m people voted'],
    ['three million people voted', '3,000,000 people voted'],
    ['the city is 680 km north of the capital', 'the city is 425 miles north of the capital'],
    ['a 10 kg parcel arrived', 'a 22 lb parcel arrived'],
    ['it was 30C in the shade', 'it was 86°F in the shade'],
    ['a $5bn deal was signed', 'a $5 billion deal was signed'],
    ['a $5bn deal was signed', 'a deal worth 5 billion dollars was signed'],
    ['profits rose 76% last year', 'profits rose 76 per cent last year'],
    ['the summit opens on Sept. 12', 'the summit opens on 12 September'],
    ['the summit opens on September 12, 2023', 'the summit opens on 12 September'],
    ['the vote is at 3 p.m. on Friday', 'the vote is at 15:00 on Friday'],
    ['Jo Chun Ryong travelled with Kim', 'Jo Chun-ryong travelled with Kim Jong Un'],
    ['a lunch in his honour', 'a lunch and a dinner in his honour'],
    ['sales were £600m', 'sales were 600 million pounds'],
  ])('%s / %s', (a, b) => {
    expect(brief(a, b)).toEqual([]);
  });

  it('a fact only one passage gives is an omission, not a conflict', () => {
    expect(brief('the talks ended', 'the talks ended on Friday after 3 hours')).toEqual([]);
  });
});

const SMALL =
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(
    ' ',
  );
const TENS = 'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ');

/** Our own spelling of 0–999,999, for the property below. */
function inWords(value: number): string {
  if (value < 20) return SMALL[value] ?? '';
  if (value < 100) {
    const unit = value % 10;
    return `${TENS[Math.floor(value / 10) - 2]}${unit ? `-${SMALL[unit]}` : ''}`;
  }
  if (value < 1000) {
    const rest = value % 100;
    return `${SMALL[Math.floor(value / 100)]} hundred${rest ? ` and ${inWords(rest)}` : ''}`;
  }
  const rest = value % 1000;
  return `${inWords(Math.floor(value / 1000))} thousand${rest ? ` ${inWords(rest)}` : ''}`;
}

describe('factDiscrepancies: properties', () => {
  it('a number never differs from its word form or its digits with thousands commas', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 999_999 }),
        fc.constantFrom('soldiers', 'tonnes', 'miles', 'votes', 'per cent'),
        (value, noun) => {
          const a = `officials said ${value.toLocaleString('en-GB')} ${noun} were involved`;
          const b = `officials said ${inWords(value)} ${noun} were involved`;
          expect(factDiscrepancies(a, b)).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a changed number with the same anchor always differs', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 99_999 }),
        fc.integer({ min: 1, max: 9 }),
        (value, step) => {
          const other = value + step * Math.max(1, Math.round(value / 5));
          const found = factDiscrepancies(
            `the ship carried ${value} tonnes of grain`,
            `the ship carried ${other} tonnes of grain`,
          );
          expect(found.map((d) => d.kind)).toEqual(['number']);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('is linear-ish: a long passage compares quickly', () => {
    const a = Array.from(
      { length: 400 },
      (_, k) => `On day ${k} the army moved ${k * 3} tonnes of food.`,
    ).join(' ');
    const started = performance.now();
    factDiscrepancies(a, a);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
