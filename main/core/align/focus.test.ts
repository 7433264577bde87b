import { describe, expect, it } from 'vitest';
import { readSeeds } from '../../testing/seeds';
import { parseNewsText } from '../import/parse-news-text';
import { codePointLength } from '../text/code-points';
import { alignPrepared, alignTexts } from './align';
import { FOCUS_MIN_LENGTH, focusOn } from './focus';
import { prepareText } from './prepare';
import { Vocabulary } from './vocabulary';

const bodies = readSeeds().map((text) => parseNewsText(text).text);

/** Filler paragraphs that share no rare word with the seeds, each one different. */
function filler(paragraphs: number): string {
  const out: string[] = [];
  for (let index = 0; index < paragraphs; index++) {
    out.push(
      `Paragraph ${index} of the almanac: the orchard produced apples in season ${index % 97}, ` +
        `and the bakery sold bread 𝔸 to the harbour crews at dawn while gulls circled overhead.`,
    );
  }
  return out.join('\n\n');
}

// Texts of half a million characters: seconds on a loaded machine, not Vitest's 5 s default.
describe('focusOn', { timeout: 60_000 }, () => {
  const small = bodies[0] ?? '';
  const head = filler(3000);
  const tail = filler(2000);
  const copied = (bodies[0] ?? '').split('\n\n').slice(2, 6).join('\n\n');
  const large = `${head}\n\n${copied}\n\n${tail}`;

  it('leaves texts alone unless one is far larger than the other', () => {
    expect(focusOn(small, large).text).toBe(small);
    expect(focusOn(bodies[1] ?? '', small).text).toBe(bodies[1]);
  });

  it('blanks what cannot align, keeping every code point offset and line', () => {
    expect(large.length).toBeGreaterThan(FOCUS_MIN_LENGTH);
    const focused = focusOn(large, small).text;
    expect(codePointLength(focused)).toBe(codePointLength(large));
    expect(focused.split('\n')).toHaveLength(large.split('\n').length);
    expect(focused).toContain(copied);
    expect(focused.replace(/\s+/g, '').length).toBeLessThan(copied.length * 2);
  });

  it('finds the same copied run as aligning the whole text', () => {
    const whole = (() => {
      const vocabulary = new Vocabulary();
      return alignPrepared(prepareText(small, vocabulary), prepareText(large, vocabulary));
    })();
    const focused = alignTexts(small, large);
    const copies = (passages: typeof whole.passages) =>
      passages.filter((p) => p.kind === 'verbatim' || p.kind === 'spun').map((p) => [p.a, p.b]);
    expect(copies(focused.passages)).toEqual(copies(whole.passages));
    expect(copies(focused.passages)).toHaveLength(1);
    expect(focused.coverage[1]).toBeCloseTo(whole.coverage[1], 3);
  });
});
