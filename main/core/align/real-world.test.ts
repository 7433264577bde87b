// Regression tests for what the engine got wrong on public text nobody here wrote: a copied run
// inside long hard-wrapped text came back as three or four fragments cut mid-sentence, and a
// content farm's partial spin was only "shares passages". Built from the sample case's real
// reports, wrapped and cut the way mail, PDF text layers and content farms do it.

import { describe, expect, it } from 'vitest';
import { hardWrap } from '../../testing/hard-wrap';
import { readSeeds } from '../../testing/seeds';
import { parseNewsText } from '../import/parse-news-text';
import { codePointLength } from '../text/code-points';
import { alignTexts } from './align';
import { judgeRelation } from './judge-relation';
import type { SourceFacts } from './source-facts';

const bodies = readSeeds().map((text) => parseNewsText(text).text);
const body = (index: number) => bodies[index] ?? '';

function facts(id: number, text: string): SourceFacts {
  return { id, label: String(id).padStart(3, '0'), ...parseNewsText(text).metadata };
}

const copyPassages = (a: string, b: string) =>
  alignTexts(a, b).passages.filter((p) => p.kind === 'verbatim' || p.kind === 'spun');

describe('copied runs in real reports', { timeout: 60_000 }, () => {
  // From "likely headed for Russia" (mid-sentence) to the end of 000's fourth paragraph.
  const origin = body(0);
  const runStart = origin.indexOf('likely headed for Russia');
  const runEnd = origin.indexOf('\n\n', origin.indexOf('the Kremlin said in a report'));
  const run = origin.slice(runStart, runEnd);
  /** The run from its first to its last word: where a passage starts and ends. */
  const runWords = run.replace(/[^\p{L}\p{N}]+$/u, '');

  it.each([60, 72, 100, 160])(
    'finds a run inserted into three other reports wrapped at %i columns as one passage with exact ends',
    (width) => {
      const host = [body(2), body(3), body(4)].join('\n\n');
      const at = host.indexOf('\n\n', host.length / 2) + 2;
      const copy = hardWrap(`${host.slice(0, at)}${run}\n\n${host.slice(at)}`, width);
      const passages = copyPassages(origin, copy);
      expect(passages).toHaveLength(1);
      const [passage] = passages;
      expect(passage?.a).toEqual({
        start: codePointLength(origin.slice(0, runStart)),
        end: codePointLength(origin.slice(0, runStart)) + codePointLength(runWords),
      });
      const copied = [...copy].slice(passage?.b.start, passage?.b.end).join('');
      expect(copied.replace(/\s+/g, ' ')).toBe(runWords.replace(/\s+/g, ' '));
    },
  );

  it('keeps a copy whose sentences run across wrapped lines whole (no half sentences)', () => {
    const copy = hardWrap(run, 64);
    const [passage, ...rest] = copyPassages(origin, copy);
    expect(rest).toEqual([]);
    expect(passage?.kind).toBe('verbatim');
    expect(passage?.b).toEqual({ start: 0, end: codePointLength(hardWrap(runWords, 64)) });
  });
});

describe('partial copies', { timeout: 60_000 }, () => {
  // The middle of 001 (000 spun by a content farm), padded with two other reports.
  const spun = body(1).split('\n\n');
  const middle = spun.slice(3, 9).join('\n\n');
  const farm = [
    body(3).split('\n\n').slice(0, 6).join('\n\n'),
    middle,
    body(4).split('\n\n').slice(0, 6).join('\n\n'),
    'Article courtesy of www.washingtontimes.com',
  ].join('\n\n');

  it('calls a page that spun a run of 000 and padded it a partial copy, with its run', () => {
    const relation = judgeRelation(alignTexts(body(0), farm), facts(0, body(0)), facts(9, farm));
    expect(relation.verdict).toBe('derived-copy');
    expect(relation.extent).toBe('partial');
    expect(relation.copiedRuns).toHaveLength(1);
    expect(relation.explanation).toMatch(/^A partial copy: one continuous run/);
  });

  it('takes the direction from the credit line the page carries', () => {
    const relation = judgeRelation(alignTexts(body(0), farm), facts(0, body(0)), facts(9, farm));
    expect(relation.direction).toMatchObject({ copy: 9, origin: 0 });
    expect(relation.direction?.evidence).toContain('Article courtesy of www.washingtontimes.com');
  });

  it('does not call reports that share one quotation copies', () => {
    const relation = judgeRelation(
      alignTexts(body(2), body(4)),
      facts(2, body(2)),
      facts(4, body(4)),
    );
    expect(relation.verdict).toBe('shares-passages');
    expect(relation.extent).toBeNull();
  });
});
