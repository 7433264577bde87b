// The real sample case: five reports of Kim Jong-un's 2023 trip to Russia. 001 is a content
// farm's synonym-spun copy of 000; 002 and 004 quote the same White House sentence; 002 and 003
// both report who travels with Kim. The app aligns the imported body text, so most tests parse
// each seed first; the raw files must give the same verdicts.

import { readSeeds, seedFileNames } from '../../testing/seeds';
import { describe, expect, it } from 'vitest';
import { parseNewsText } from '../import/parse-news-text';
import { sliceByCodePoints } from '../text/code-points';
import { alignTexts, type PairAlignment } from './align';
import { judgeRelation } from './judge-relation';
import type { SourceFacts } from './source-facts';

const files = seedFileNames;
const raw = readSeeds();
const parsed = raw.map((text) => parseNewsText(text));
const facts: SourceFacts[] = parsed.map((source, index) => ({
  id: index,
  label: String(index).padStart(3, '0'),
  ...source.metadata,
}));

function pairs(): [number, number][] {
  const all: [number, number][] = [];
  for (let a = 0; a < files.length; a++)
    for (let b = a + 1; b < files.length; b++) all.push([a, b]);
  return all;
}

function aligned(a: number, b: number, texts: readonly string[] = parsed.map((p) => p.text)) {
  const alignment = alignTexts(texts[a] ?? '', texts[b] ?? '');
  return { alignment, relation: judgeRelation(alignment, facts[a]!, facts[b]!) };
}

function slices(alignment: PairAlignment, kind: string, a: string, b: string) {
  return alignment.passages
    .filter((passage) => passage.kind === kind)
    .map((passage) => [
      sliceByCodePoints(a, passage.a.start, passage.a.end),
      sliceByCodePoints(b, passage.b.start, passage.b.end),
    ]);
}

describe('the sample case', () => {
  it('has the five seeds', () => {
    expect(files).toHaveLength(5);
  });

  it.each([
    ['imported body text', parsed.map((source) => source.text)],
    ['raw files', raw],
  ])('finds 001 to be a spun copy of 000 (%s)', (_, texts) => {
    const { alignment, relation } = aligned(0, 1, texts);
    expect(relation.verdict).toBe('derived-copy');
    // Spun, not the same text: a copy, never called identical.
    expect(relation.identical).toBeUndefined();
    expect(relation.direction).toMatchObject({ copy: 1, origin: 0 });
    expect(relation.direction?.evidence).toContain('Content Source: www.washingtontimes.com');
    expect(relation.extent).toBe('whole');
    expect(alignment.copyCoverage[1]).toBeGreaterThanOrEqual(0.9);
    expect(relation.coverage[1]).toBeGreaterThanOrEqual(0.9);
    // One copied run: the whole article, across its paragraphs.
    expect(alignment.copiedRuns).toHaveLength(1);
    expect(relation.passageCounts.spun).toBe(1);
    expect(relation.explanation).toContain('Content Source: www.washingtontimes.com');
    expect(relation.explanation).toMatch(/^\d+% of 001 is aligned with 000/);
    const swaps = alignment.substitutions.map((swap) => `${swap.from} → ${swap.to}`);
    for (const expected of [
      'leader → chief',
      'train → practice',
      'officials → officers',
      'said → stated',
      'war → struggle',
    ]) {
      expect(swaps).toContain(expected);
    }
    // Number words match digits: "two" → "2" is no difference at all.
    expect(swaps).not.toContain('two → 2');
  });

  it.each([
    ['imported body text', parsed.map((source) => source.text)],
    ['raw files', raw],
  ])('calls no other pair a derived copy (%s)', (_, texts) => {
    for (const [a, b] of pairs()) {
      if (a === 0 && b === 1) continue;
      expect(aligned(a, b, texts).relation.verdict, `${a}-${b}`).not.toBe('derived-copy');
    }
  });

  it('finds the White House quotation 002 and 004 share, spanning the quoted words', () => {
    const { alignment, relation } = aligned(2, 4);
    expect(relation.verdict).toBe('shares-passages');
    expect(slices(alignment, 'shared-quote', parsed[2]!.text, parsed[4]!.text)).toEqual([
      [
        'We urge the DPRK to abide by the public commitments that Pyongyang has made to not ' +
          'provide or sell arms to Russia',
        'We urge [North Korea] to cease its arms negotiations with Russia and abide by the ' +
          'public commitments that Pyongyang has made to not provide or sell arms to Russia',
      ],
    ]);
  });

  it('aligns the Jo Chun Ryong sentences of 002 and 003 as a paraphrase', () => {
    const { alignment } = aligned(2, 3);
    const paraphrases = slices(alignment, 'paraphrase', parsed[2]!.text, parsed[3]!.text);
    expect(paraphrases).toHaveLength(1);
    expect(paraphrases[0]?.[0]).toMatch(/^Kim is apparently accompanied by Jo Chun Ryong/);
    expect(paraphrases[0]?.[1]).toMatch(/^Notably, .*Jo Chun-ryong, the North Korean party/);
  });

  it('keeps different stories about the same summit apart', () => {
    for (const [a, b] of pairs()) {
      if (a === 0 && b === 1) continue;
      const { alignment } = aligned(a, b);
      const copied = alignment.passages.filter((p) => p.kind === 'verbatim' || p.kind === 'spun');
      expect(copied, `${a}-${b}`).toEqual([]);
      expect(alignment.passages.length, `${a}-${b}`).toBeLessThanOrEqual(1);
    }
  });

  it('gives the same verdicts whichever source comes first', () => {
    for (const [a, b] of pairs()) {
      expect(aligned(b, a).relation.verdict).toBe(aligned(a, b).relation.verdict);
    }
    expect(aligned(1, 0).relation.direction).toMatchObject({ copy: 1, origin: 0 });
  });
});
