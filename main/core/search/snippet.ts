// The passage excerpt shown under a search result, with the matched words marked. Everything is
// counted in code points, so a highlight lands on the same characters whether the text before it
// holds emoji, combining marks or astral ideographs.

export interface Snippet {
  /** A window of the text, with '…' prefixed/suffixed where cut. */
  text: string;
  /** Code points into snippet.text. */
  highlights: Array<{ start: number; end: number }>;
}

interface Span {
  start: number;
  end: number;
}

const DEFAULT_LENGTH = 160;
const ELLIPSIS = '…';
const WORD_CHARACTER = /^[\p{L}\p{M}\p{N}]$/u;
const MARK = /^\p{M}$/u;
/** Scripts without spaces between words, where any character boundary is a word boundary. */
const UNSPACED = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]$/u;
const WHITESPACE = /^\s$/u;
const SURROGATE = /[\ud800-\udfff]/;

/**
 * A window of at most about `maxLength` code points (plus the ellipses) around the densest
 * cluster of hits, cut at word boundaries. Hits are code-point spans into `text`, in any order;
 * overlapping or touching hits become one highlight. Without hits, the start of the text.
 */
export function makeSnippet(
  text: string,
  hits: ReadonlyArray<{ start: number; end: number }>,
  maxLength = DEFAULT_LENGTH,
): Snippet {
  // Code points; without surrogate pairs they are the string's own units, so it is not split.
  const points = SURROGATE.test(text) ? Array.from(text) : null;
  const characters: ArrayLike<string> = points ?? text;
  const length = Number.isNaN(maxLength) ? DEFAULT_LENGTH : Math.max(1, Math.trunc(maxLength));
  const merged = mergeSpans(hits, characters.length);
  if (characters.length <= length) return { text, highlights: merged };

  const cluster = densestCluster(merged, length) ?? { start: 0, end: 0 };
  const window = widen(cluster, length, characters.length);
  const start = cutStart(characters, window.start, cluster.start);
  const end = cutEnd(characters, window.end, cluster.end);

  const prefix = start > 0 ? ELLIPSIS : '';
  const suffix = end < characters.length ? ELLIPSIS : '';
  const shift = prefix.length - start; // the ellipsis is one code point
  const highlights = merged
    .filter((hit) => hit.end > start && hit.start < end)
    .map((hit) => ({
      start: Math.max(hit.start, start) + shift,
      end: Math.min(hit.end, end) + shift,
    }));
  const shown = points ? points.slice(start, end).join('') : text.slice(start, end);
  return { text: prefix + shown + suffix, highlights };
}

/** Hits clamped to the text, empty ones dropped, sorted, overlapping or touching ones joined. */
function mergeSpans(hits: ReadonlyArray<Span>, length: number): Span[] {
  const clamp = (offset: number): number =>
    Number.isNaN(offset) ? 0 : Math.min(Math.max(Math.trunc(offset), 0), length);
  const spans = hits
    .map((hit) => ({ start: clamp(hit.start), end: clamp(hit.end) }))
    .filter((hit) => hit.end > hit.start)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Span[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last !== undefined && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

/**
 * The span from the first to the last of the most hits that fit in `length` code points;
 * the earliest such cluster on a tie. A single hit longer than `length` is cut to it.
 */
function densestCluster(hits: readonly Span[], length: number): Span | undefined {
  let best: Span | undefined;
  let bestCount = 0;
  let last = 0;
  for (let first = 0; first < hits.length; first++) {
    const start = hits[first]?.start ?? 0;
    if (last < first) last = first;
    while ((hits[last + 1]?.end ?? Infinity) - start <= length) last++;
    const count = last - first + 1;
    if (count > bestCount) {
      bestCount = count;
      const end = Math.min(hits[last]?.end ?? start, start + length);
      best = { start, end };
    }
  }
  return best;
}

/** `cluster` grown to `length` code points of context, split evenly, within [0, total]. */
function widen(cluster: Span, length: number, total: number): Span {
  const spare = Math.max(0, length - (cluster.end - cluster.start));
  const start = Math.max(0, cluster.start - Math.floor(spare / 2));
  const end = Math.min(total, start + Math.max(length, cluster.end - cluster.start));
  return { start: Math.max(0, end - length), end };
}

/** Whether a cut between code points `offset - 1` and `offset` splits no word. */
function isWordBoundary(characters: ArrayLike<string>, offset: number): boolean {
  const before = characters[offset - 1];
  const after = characters[offset];
  if (before === undefined || after === undefined) return true;
  if (MARK.test(after)) return false;
  if (!WORD_CHARACTER.test(before) || !WORD_CHARACTER.test(after)) return true;
  return UNSPACED.test(before) || UNSPACED.test(after);
}

/** The window's start moved forward to a word boundary and past spaces, never beyond `limit`. */
function cutStart(characters: ArrayLike<string>, start: number, limit: number): number {
  if (start === 0) return 0;
  let cut = start;
  while (cut < limit && !isWordBoundary(characters, cut)) cut++;
  while (cut < limit && WHITESPACE.test(characters[cut] ?? '')) cut++;
  return cut;
}

/** The window's end moved back to a word boundary and before spaces, never below `limit`. */
function cutEnd(characters: ArrayLike<string>, end: number, limit: number): number {
  if (end === characters.length) return end;
  let cut = end;
  while (cut > limit && !isWordBoundary(characters, cut)) cut--;
  while (cut > limit && WHITESPACE.test(characters[cut - 1] ?? '')) cut--;
  // One word longer than the window (no hits to keep): cutting inside it beats showing nothing.
  return cut === 0 ? end : cut;
}
