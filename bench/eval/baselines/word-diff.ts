// Baseline: jsdiff's diffWords (Myers' O(ND) diff over word and punctuation tokens); every run of
// tokens the diff keeps in common that holds at least `minWords` words is a detection.

import { diffWords } from 'diff';
import type { ReusePair } from '../../../main/core/corpus';

// The tokens diffWords diffs: the same character classes as jsdiff's word tokenizer (a word, or
// one other non-space character); whitespace belongs to no token.
const WORD_CHARS =
  'a-zA-Z0-9_\\u{AD}\\u{C0}-\\u{D6}\\u{D8}-\\u{F6}\\u{F8}-\\u{2C6}\\u{2C8}-\\u{2D7}\\u{2DE}-\\u{2FF}\\u{1E00}-\\u{1EFF}';
const TOKEN = new RegExp(`[${WORD_CHARS}]+|[^${WORD_CHARS}\\s]`, 'gu');
const IS_WORD = new RegExp(`^[${WORD_CHARS}]`, 'u');

interface Token {
  /** Code-point offsets. */
  start: number;
  end: number;
  word: boolean;
}

export function diffTokens(text: string): Token[] {
  const tokens: Token[] = [];
  // UTF-16 offset → code-point offset, for texts beyond the BMP.
  const codePoint = new Int32Array(text.length + 1);
  let count = 0;
  for (let unit = 0; unit < text.length; unit++) {
    codePoint[unit] = count;
    const code = text.charCodeAt(unit);
    if (code < 0xd800 || code > 0xdbff) count++;
  }
  codePoint[text.length] = count;
  for (const match of text.matchAll(TOKEN)) {
    const start = match.index;
    tokens.push({
      start: codePoint[start] ?? 0,
      end: codePoint[start + match[0].length] ?? 0,
      word: IS_WORD.test(match[0]),
    });
  }
  return tokens;
}

export const MIN_COMMON_WORDS = 8;

export function wordDiffDetections(
  aText: string,
  bText: string,
  minWords = MIN_COMMON_WORDS,
): ReusePair[] {
  const a = diffTokens(aText);
  const b = diffTokens(bText);
  const detections: ReusePair[] = [];
  let i = 0;
  let j = 0;
  for (const change of diffWords(aText, bText)) {
    const count = change.count ?? 0;
    if (change.added) j += count;
    else if (change.removed) i += count;
    else {
      const words = a.slice(i, i + count).filter((token) => token.word).length;
      const first = { a: a[i], b: b[j] };
      const last = { a: a[i + count - 1], b: b[j + count - 1] };
      if (words >= minWords && first.a && first.b && last.a && last.b) {
        detections.push({
          a: { start: first.a.start, end: last.a.end },
          b: { start: first.b.start, end: last.b.end },
        });
      }
      i += count;
      j += count;
    }
  }
  return detections;
}
