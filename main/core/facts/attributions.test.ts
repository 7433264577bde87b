// Sentence attributions: the sample case's expectations, then the patterns one by one.

import { describe, expect, it } from 'vitest';
import { readSeed, seedFileNames } from '../../testing/seeds';
import { extractAttributions } from './attributions';
import type { AttributionFact } from './types';

function seed(prefix: string): string {
  const name = seedFileNames.find((file) => file.startsWith(prefix));
  if (name === undefined) throw new Error(`no seed ${prefix}`);
  return readSeed(name);
}

function attributionOf(text: string, sentenceStart: string): AttributionFact | undefined {
  return extractAttributions(text).find((fact) =>
    text.slice(fact.start, fact.end).startsWith(sentenceStart),
  );
}

describe('extractAttributions on the sample case', () => {
  it.each([
    [
      '002',
      'Kim is apparently accompanied by Jo Chun Ryong',
      'South Korea’s Unification Ministry',
      'reported',
    ],
    ['002', 'Peskov said Putin and Kim will meet', 'Dmitry Peskov', 'reported'],
    ['002', 'He added that the meeting would include a lunch', 'Dmitry Peskov', 'reported'],
    [
      '003',
      'Kremlin spokesman Dmitry Peskov told reporters in Moscow',
      'Dmitry Peskov',
      'reported',
    ],
    [
      '003',
      'Notably, according to South Korea’s Unification Ministry',
      'South Korea’s Unification Ministry',
      'reported',
    ],
    ['003', 'Mr. Kim’s signature personal train stopped in Khasan', 'Associated Press', 'reported'],
    ['000', 'Kremlin spokesman Dmitry S. Peskov told reporters', 'Dmitry S. Peskov', 'quote'],
    [
      '004',
      'The New York Times, citing senior U.S. officials, reported',
      'New York Times',
      'reported',
    ],
  ])('%s: “%s…” → %s (%s)', (prefix, sentence, originator, kind) => {
    const text = seed(prefix);
    const fact = attributionOf(text, sentence);
    expect(fact?.originator).toBe(originator);
    expect(fact?.kind).toBe(kind);
    if (fact !== undefined) {
      const named = text.slice(fact.originatorRange.start, fact.originatorRange.end);
      expect(originator.endsWith(named) || originator.startsWith(named)).toBe(true);
    }
  });

  it('ranges are whole sentences of the text', () => {
    const text = seed('002');
    const fact = attributionOf(text, 'He added that');
    expect(fact && text.slice(fact.start, fact.end)).toBe(
      'He added that the meeting would include a lunch in Kim’s honor.',
    );
  });
});

describe('extractAttributions patterns', () => {
  it.each([
    ['officials said', 'Prices rose sharply, officials said.', 'officials'],
    ['according to an outlet', 'According to Yonhap, the train left on Sunday.', 'Yonhap'],
    ['the AP reported', 'The train stopped in Khasan, the AP reported.', 'AP'],
    ['state media', 'State media KCNA said the leader left on Sunday.', 'KCNA'],
    [
      'a statement from a body',
      'The plan was dropped, according to a statement from the Foreign Office.',
      'Foreign Office',
    ],
    ['told reporters that', 'Jane Doe told reporters that the deal was off.', 'Jane Doe'],
    ['passive names nobody', 'It was announced on Monday that the deal was off.', null],
  ])('%s', (_name, text, originator) => {
    expect(extractAttributions(text)[0]?.originator ?? null).toBe(originator);
  });

  it('credits a pronoun to the previous sentence’s originator', () => {
    const text = 'Jane Doe said the deal was off. She added that talks would resume.';
    expect(extractAttributions(text).map((fact) => fact.originator)).toEqual([
      'Jane Doe',
      'Jane Doe',
    ]);
  });
});
