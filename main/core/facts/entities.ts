// Named entities across the sources of a case: the recognizer interface an NLP adapter
// implements, the clean-up applied to any recognizer's raw spans (titles, possessives, trailing
// punctuation, cut-off names), and the grouping of mentions into entities with spelling and
// transliteration variants merged, short names ("Peskov", "Mr. Kim") attached to the full name
// they stand for, acronyms matched to their expansion, and the analyst's merges and splits
// applied on top. Pure: the adapter that imports the NLP library lives in main/facts.

import type { EntityKind, EntityMention } from './types';
import {
  acronymKey,
  acronymText,
  isAcronym,
  nameKey,
  nameTokens,
  possessiveTail,
} from './entity-names';

/** Finds named entities in one text. Ranges are UTF-16 offsets into `text`. */
export interface EntityRecognizer {
  recognize(text: string): EntityMention[];
}

/** A recognizer's raw span before clean-up. */
export interface EntityCandidate {
  start: number;
  end: number;
  kind: EntityKind;
}

/** An analyst's edit to the automatic grouping: merge two entities, or split a variant out into its own entity. */
export type EntityEdit =
  { kind: 'merge'; from: string; into: string } | { kind: 'split'; variant: string };

/** One entity of a case: its variants as written and how often each source mentions it. */
export interface EntityGroup {
  /** Stable key derived from the name key (edits refer to it). */
  key: string;
  /** The display name: the fullest, then most frequent, variant. */
  name: string;
  kind: EntityKind;
  /** Distinct spellings as written in the sources, most frequent first. */
  variants: string[];
  /** Mention counts per source id, ascending source id. */
  counts: Array<{ sourceId: number; count: number }>;
  total: number;
}

// ---------------------------------------------------------------------------------------------
// Clean-up of raw spans

const TITLE_WORDS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'sir',
  'lord',
  'lady',
  'president',
  'minister',
  'gov',
  'governor',
  'adm',
  'admiral',
  'gen',
  'general',
  'col',
  'capt',
  'lt',
  'sgt',
  'sen',
  'senator',
  'rep',
  'rev',
  'prof',
  'king',
  'queen',
  'prince',
  'princess',
  'pope',
  'chairman',
  'secretary',
  'chancellor',
  'marshal',
  'marshals',
  'spokesman',
  'spokeswoman',
  'spokesperson',
]);

/** Capitalised words that are never a name on their own (weekdays, months, sentence openers). */
const NOT_NAMES = new Set(
  (
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july ' +
    'august september october november december the a an and but or if in on at as to of by for from with ' +
    'he she it they we i you his her its their this that these those there here when while after before ' +
    'north south east west mr mrs ms dr'
  ).split(' '),
);

/** Demonyms and other adjectives a recognizer may tag as places or organisations. */
const ADJECTIVE = /(?:ian|ean|ese|ish|ic)$/u;

/** Trailing lowercase words that turn a person's name into an organisation ("Biden administration"). */
const REGIME_WORDS = new Set(['administration', 'government', 'regime', 'camp', 'cabinet']);

const LETTER = /\p{L}/u;
/** Lowercase words that may stand inside a name: "University of Foreign Studies". */
const CONNECTORS = /^(?:of|and|for|de|du|the|&)$/u;
const UPPER_START = /^\p{Lu}/u;

interface Word {
  start: number;
  end: number;
  text: string;
}

function wordsOf(text: string, start: number, end: number): Word[] {
  const words: Word[] = [];
  const re = /\S+/gu;
  re.lastIndex = start;
  for (let m = re.exec(text); m && m.index < end; m = re.exec(text)) {
    const wordEnd = Math.min(m.index + m[0].length, end);
    words.push({ start: m.index, end: wordEnd, text: text.slice(m.index, wordEnd) });
  }
  return words;
}

function wordText(words: readonly Word[], i: number): string {
  return words[i]?.text ?? '';
}

function bare(word: string): string {
  return word.toLowerCase().replace(/[^\p{L}]/gu, '');
}

/** Trims non-name characters, a possessive and closing punctuation (keeping the dots of "U.S."). */
function trimSpan(text: string, start: number, end: number): [number, number] {
  while (start < end && !/[\p{L}\p{N}]/u.test(text.charAt(start))) start++;
  for (;;) {
    if (end <= start) break;
    const tail = text.slice(Math.max(start, end - 3), end);
    if (/[’'ʼ]s$/u.test(tail)) {
      end -= 2;
    } else if (/s[’'ʼ]$/u.test(tail)) {
      end -= 1;
    } else if (/\.$/u.test(tail) && /(?:^|[\s.])\p{Lu}\.$/u.test(text.slice(start, end))) {
      break; // "U.S.", "Dmitry S."
    } else if (/[^\p{L}\p{N}]$/u.test(tail)) {
      end -= 1;
    } else {
      break;
    }
  }
  return [start, end];
}

interface Piece {
  start: number;
  end: number;
  kind: EntityKind;
}

/** Splits a span at commas and at an inner possessive ("Korea’s Unification Ministry"). */
function splitSpan(text: string, piece: Piece): Piece[] {
  const slice = text.slice(piece.start, piece.end);
  const comma = slice.search(/[,;]\s/u);
  if (comma > 0) {
    return [
      ...splitSpan(text, { ...piece, end: piece.start + comma }),
      ...splitSpan(text, { ...piece, start: piece.start + comma + 1 }),
    ];
  }
  const possessive = /(?<!People)[’'ʼ]s\s+(?=\p{Lu})/u.exec(slice);
  if (possessive && possessive.index > 0 && piece.kind !== 'person') {
    const ownerEnd = piece.start + possessive.index;
    const tailStart = piece.start + possessive.index + possessive[0].length;
    return [
      { start: piece.start, end: ownerEnd, kind: 'place' },
      ...splitSpan(text, { ...piece, start: tailStart }),
    ];
  }
  return [piece];
}

/** Extends a place cut off after a compass word the recognizer left out ("South" + "Korea"). */
function extendBackwards(text: string, piece: Piece): Piece {
  const before = /(?:North|South|East|West|New)\s$/u.exec(
    text.slice(Math.max(0, piece.start - 6), piece.start),
  );
  return before ? { ...piece, start: piece.start - before[0].length } : piece;
}

/** Extends a person's name cut off at a hyphen or before a short last syllable ("Kim Jong" + " Un"). */
function extendPerson(text: string, start: number, end: number): number {
  if (text[end - 1] === '-' || (text[end] === '-' && LETTER.test(text[end + 1] ?? ''))) {
    let e = text[end - 1] === '-' ? end : end + 1;
    while (e < text.length && LETTER.test(text.charAt(e))) e++;
    return e;
  }
  if (wordsOf(text, start, end).length >= 2) {
    const next = /^ (\p{Lu}\p{Ll}{1,4})(?![\p{L}-])/u.exec(text.slice(end, end + 8));
    if (next?.[1] && !NOT_NAMES.has(next[1].toLowerCase())) return end + next[0].length;
  }
  return end;
}

/**
 * Cleans one raw span into zero or more mentions: leading lowercase words and titles dropped
 * ("minister Andrei Rudenko", "Navy Adm. Kim Myong Sik"), trailing lowercase words dropped
 * ("Yonhap news agency"), possessives and punctuation trimmed, commas and inner possessives split,
 * cut-off names completed, and adjectives, weekdays and lone function words discarded.
 */
function refineOne(text: string, candidate: EntityCandidate, out: EntityMention[]): void {
  let pieces = splitSpan(text, candidate);
  if (candidate.kind === 'person') {
    // A possessive inside a person span ends the name: "Kim’s delegation".
    pieces = pieces.map((piece) => {
      const m = /\p{L}[’'ʼ]s\s/u.exec(text.slice(piece.start, piece.end));
      return m ? { ...piece, end: piece.start + m.index + 3 } : piece;
    });
  }
  for (const piece of pieces) {
    let kind = piece.kind;
    let [start, end] = trimSpan(text, piece.start, piece.end);
    let words = wordsOf(text, start, end);
    // Leading lowercase words and, for people, titles.
    let first = 0;
    while (first < words.length - 1 && !UPPER_START.test(wordText(words, first))) first++;
    if (kind === 'person') {
      for (let i = first; i < words.length - 1; i++) {
        if (TITLE_WORDS.has(bare(wordText(words, i)))) first = i + 1;
      }
    } else if (bare(wordText(words, first)) === 'the' && first < words.length - 1) {
      first++;
    }
    words = words.slice(first);
    // A lowercase word inside a place or organisation ends a description: "Far Eastern city of Vladivostok".
    if (kind !== 'person') {
      for (let i = words.length - 2; i > 0; i--) {
        const later = words.slice(i + 1).some((w) => UPPER_START.test(w.text));
        if (
          later &&
          !UPPER_START.test(wordText(words, i)) &&
          !CONNECTORS.test(wordText(words, i))
        ) {
          let from = i + 1;
          while (from < words.length - 1 && CONNECTORS.test(wordText(words, from))) from++;
          words = words.slice(from);
          break;
        }
      }
    }
    // Trailing lowercase words.
    let last = words.length - 1;
    while (
      last > 0 &&
      !UPPER_START.test(wordText(words, last)) &&
      !CONNECTORS.test(wordText(words, last))
    ) {
      if (REGIME_WORDS.has(bare(wordText(words, last))) && last === 1) kind = 'person';
      last--;
    }
    while (last > 0 && /^(?:of|and|for|de|du|the|&)$/iu.test(wordText(words, last))) last--;
    words = words.slice(0, last + 1);
    const firstWord = words[0];
    const lastWord = words[words.length - 1];
    if (!firstWord || !lastWord) continue;
    [start, end] = trimSpan(text, firstWord.start, lastWord.end);
    if (kind === 'person') {
      end = extendPerson(text, start, end);
      [start, end] = trimSpan(text, start, end);
    } else if (kind === 'place') {
      ({ start } = extendBackwards(text, { start, end, kind }));
    }
    const name = text.slice(start, end);
    if (name.length < 2 || !UPPER_START.test(name)) continue;
    const tokens = nameTokens(name);
    if (tokens.length === 1 && NOT_NAMES.has(tokens[0] ?? '')) continue;
    if (
      kind !== 'person' &&
      !isAcronym(name) &&
      tokens.length <= 2 &&
      ADJECTIVE.test(tokens[tokens.length - 1] ?? '')
    )
      continue;
    out.push({ start, end, text: name, kind });
  }
}

/** Splits "Kim-Putin" into "Kim" and "Putin" when each half also stands alone in the text. */
function splitCompound(
  text: string,
  mention: EntityMention,
  standalone: () => Set<string>,
): EntityMention[] {
  const parts = mention.text.split('-');
  if (
    parts.length !== 2 ||
    !parts.every((part) => /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)*$/u.test(part))
  )
    return [mention];
  const words = standalone();
  if (!parts.every((part) => words.has(part.split(' ').pop() as string))) return [mention];
  const cut = mention.start + parts[0]!.length;
  return [
    { start: mention.start, end: cut, text: parts[0]!, kind: mention.kind },
    { start: cut + 1, end: mention.end, text: parts[1]!, kind: mention.kind },
  ];
}

/**
 * Cleans a recognizer's raw spans over `text` (see `refineOne`), splits "Kim-Putin" style
 * compounds, and drops overlaps (the longer mention wins). Output sorted by start.
 */
export function refineMentions(
  text: string,
  candidates: readonly EntityCandidate[],
): EntityMention[] {
  const cleaned: EntityMention[] = [];
  for (const candidate of candidates) refineOne(text, candidate, cleaned);
  let standaloneWords: Set<string> | null = null;
  const standalone = (): Set<string> => {
    if (!standaloneWords) {
      standaloneWords = new Set();
      for (const m of text.matchAll(/(?<![\p{L}-])\p{Lu}\p{Ll}+(?![\p{L}-])/gu))
        standaloneWords.add(m[0]);
    }
    return standaloneWords;
  };
  const split: EntityMention[] = [];
  for (const mention of cleaned) {
    if (mention.text.includes('-')) split.push(...splitCompound(text, mention, standalone));
    else split.push(mention);
  }
  split.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: EntityMention[] = [];
  for (const mention of split) {
    const previous = kept[kept.length - 1];
    if (previous && mention.start < previous.end) {
      if (mention.end - mention.start > previous.end - previous.start)
        kept[kept.length - 1] = mention;
      continue;
    }
    kept.push(mention);
  }
  return kept;
}

// ---------------------------------------------------------------------------------------------
// Grouping

interface Bucket {
  kinds: Map<EntityKind, number>;
  variants: Map<string, number>;
  counts: Map<number, number>;
  tokens: string[];
}

/** How a short name picks one of several full names: only when it dominates by this factor. */
const DOMINANCE = 2;

/**
 * Picks the full name a short one stands for among `candidates` (keys with their mention counts):
 * the only one, or one mentioned at least twice as often as any other. Null when ambiguous.
 */
function pickDominant(candidates: Map<string, number>): string | null {
  if (candidates.size === 0) return null;
  const sorted = [...candidates].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const [best, second] = sorted;
  if (best && (!second || best[1] >= DOMINANCE * second[1])) return best[0];
  return null;
}

/** Which full-name keys a one-word key may abbreviate: those whose first or last word it is. */
function shortNameCandidates(short: string, fullKeys: Map<string, number>): Map<string, number> {
  const found = new Map<string, number>();
  for (const [key, count] of fullKeys) {
    const words = key.split(' ');
    if (words.length >= 2 && (words[0] === short || words[words.length - 1] === short))
      found.set(key, count);
  }
  return found;
}

/** The key a name gets on its own: the folded key of its part after any possessive. */
function baseKey(name: string): string {
  return nameKey(possessiveTail(name));
}

/**
 * Groups the mentions of all sources into entities. Variants with the same name key are one
 * entity; a one-word person name ("Peskov", "Mr. Kim") joins the full name in the same source
 * whose first or last word it is (or, failing that, in the whole case) when that full name is the
 * only one or clearly the most mentioned; an acronym joins the multi-word name it abbreviates
 * ("KCNA", "U.S."); then the analyst's edits are applied in order. `keyOf` maps any name string,
 * seen or not, to the key of the entity it belongs to.
 */
export function groupEntities(
  sources: ReadonlyArray<{ sourceId: number; mentions: readonly EntityMention[] }>,
  edits: readonly EntityEdit[],
): { entities: EntityGroup[]; keyOf(name: string): string | null } {
  // Full names (two words or more) per source and in the whole case, for short-name resolution.
  const caseFull = new Map<string, number>();
  const sourceFull = new Map<number, Map<string, number>>();
  const multiWordKeys = new Map<string, number>();
  for (const { sourceId, mentions } of sources) {
    const full = sourceFull.get(sourceId) ?? new Map<string, number>();
    sourceFull.set(sourceId, full);
    for (const mention of mentions) {
      const key = baseKey(mention.text);
      if (!key) continue;
      if (key.includes(' ')) multiWordKeys.set(key, (multiWordKeys.get(key) ?? 0) + 1);
      if (mention.kind === 'person' && key.includes(' ')) {
        full.set(key, (full.get(key) ?? 0) + 1);
        caseFull.set(key, (caseFull.get(key) ?? 0) + 1);
      }
    }
  }
  const acronyms = new Map<string, Map<string, number>>();
  for (const [key, count] of multiWordKeys) {
    const acronym = acronymKey(key);
    if (!acronym) continue;
    const found = acronyms.get(acronym) ?? new Map<string, number>();
    found.set(key, count);
    acronyms.set(acronym, found);
  }

  /** The automatic key of a name as mentioned in one source (or in none: sourceId null). */
  const autoKey = (
    name: string,
    sourceId: number | null,
    kind: EntityKind | null,
  ): string | null => {
    const key = baseKey(name);
    if (!key) return null;
    if (!key.includes(' ')) {
      if (isAcronym(possessiveTail(name))) {
        const expansion = pickDominant(
          acronyms.get(acronymText(possessiveTail(name))) ?? new Map(),
        );
        if (expansion) return expansion;
      }
      if (kind === null || kind === 'person') {
        const local =
          sourceId === null
            ? null
            : pickDominant(shortNameCandidates(key, sourceFull.get(sourceId)!));
        const resolved = local ?? pickDominant(shortNameCandidates(key, caseFull));
        if (resolved) return resolved;
      }
    }
    return key;
  };

  // Automatic grouping: each (source, surface) gets a key.
  const buckets = new Map<string, Bucket>();
  const surfaceKeys = new Map<string, Map<string, number>>();
  const assign = (
    key: string,
    surface: string,
    kind: EntityKind,
    sourceId: number,
    count: number,
  ): void => {
    const bucket = buckets.get(key) ?? {
      kinds: new Map(),
      variants: new Map(),
      counts: new Map(),
      tokens: [],
    };
    buckets.set(key, bucket);
    bucket.kinds.set(kind, (bucket.kinds.get(kind) ?? 0) + count);
    bucket.variants.set(surface, (bucket.variants.get(surface) ?? 0) + count);
    bucket.counts.set(sourceId, (bucket.counts.get(sourceId) ?? 0) + count);
  };
  const occurrences: Array<{ key: string; surface: string; kind: EntityKind; sourceId: number }> =
    [];
  for (const { sourceId, mentions } of sources) {
    const cache = new Map<string, string | null>();
    for (const mention of mentions) {
      const cacheKey = `${mention.kind}\u0000${mention.text}`;
      let key = cache.get(cacheKey);
      if (key === undefined) {
        key = autoKey(mention.text, sourceId, mention.kind);
        cache.set(cacheKey, key);
      }
      if (key) occurrences.push({ key, surface: mention.text, kind: mention.kind, sourceId });
    }
  }

  // The analyst's edits: splits give a surface its own key, merges redirect one key to another.
  const splitKeys = new Map<string, string>();
  const redirects = new Map<string, string>();
  const resolveRedirect = (key: string): string => {
    const seen = new Set<string>();
    while (redirects.has(key) && !seen.has(key)) {
      seen.add(key);
      key = redirects.get(key)!;
    }
    return key;
  };
  for (const edit of edits) {
    if (edit.kind === 'split') {
      const own = baseKey(edit.variant);
      const sharesKey = occurrences.some((o) => o.surface === edit.variant && o.key === own);
      splitKeys.set(edit.variant, sharesKey ? `${own}|${edit.variant.toLowerCase()}` : own);
    } else if (edit.from !== edit.into && resolveRedirect(edit.into) !== edit.from) {
      redirects.set(edit.from, edit.into);
    }
  }
  const finalKey = (key: string, surface: string): string =>
    resolveRedirect(splitKeys.get(surface) ?? key);

  for (const o of occurrences) {
    const key = finalKey(o.key, o.surface);
    assign(key, o.surface, o.kind, o.sourceId, 1);
    const keys = surfaceKeys.get(o.surface) ?? new Map<string, number>();
    keys.set(key, (keys.get(key) ?? 0) + 1);
    surfaceKeys.set(o.surface, keys);
  }

  const entities: EntityGroup[] = [];
  for (const [key, bucket] of buckets) {
    const variants = [...bucket.variants].sort(
      (a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0),
    );
    const fullest = Math.max(
      ...variants.map(([v]) => nameKey(possessiveTail(v)).split(' ').length),
    );
    const name = variants.find(
      ([v]) => nameKey(possessiveTail(v)).split(' ').length === fullest,
    )![0];
    const kind =
      [...bucket.kinds].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? 'person';
    const counts = [...bucket.counts]
      .sort((a, b) => a[0] - b[0])
      .map(([sourceId, count]) => ({ sourceId, count }));
    const total = counts.reduce((sum, c) => sum + c.count, 0);
    entities.push({ key, name, kind, variants: variants.map(([v]) => v), counts, total });
  }
  entities.sort((a, b) => b.total - a.total || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));

  const keyOf = (name: string): string | null => {
    const seen = surfaceKeys.get(name);
    if (seen) return pickDominant(seen) ?? [...seen].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
    const key = autoKey(name, null, null);
    if (!key) return null;
    const resolved = finalKey(key, name);
    return buckets.has(resolved) ? resolved : null;
  };
  return { entities, keyOf };
}
