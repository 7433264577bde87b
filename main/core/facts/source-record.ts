// One source's extracted facts as the case stores them: quotes with speakers, attributions and
// entity mentions, with code-point spans into the source's stored text (what the contract and
// REFI-QDA use). Extraction runs once per source and is cached by FACTS_ENGINE_VERSION, so only
// new sources are read again.

import { CodePointCursor } from '../align/code-point-cursor';
import type { EntityRecognizer } from './entities';
import { creditText } from './quotes';
import type { AttributionKind, EntityKind, TextRange } from './types';

/** Bump when the extractors change what they find: cached records of older versions are redone. */
export const FACTS_ENGINE_VERSION = 4;

/** Code-point spans, end exclusive. */
export interface CodePointSpan {
  start: number;
  end: number;
}

export interface RecordedQuote extends CodePointSpan {
  text: string;
  speaker: string | null;
  /** Where the speaker is named, or null. */
  speakerSpan: CodePointSpan | null;
}

export interface RecordedAttribution extends CodePointSpan {
  originator: string;
  kind: AttributionKind;
}

export interface RecordedEntity extends CodePointSpan {
  text: string;
  kind: EntityKind;
}

export interface SourceRecord {
  quotes: RecordedQuote[];
  attributions: RecordedAttribution[];
  entities: RecordedEntity[];
}

/** Converts ranges of one text in increasing order of start (the cursor walks forward best). */
function toCodePoints<T extends TextRange>(
  text: string,
  items: readonly T[],
): Array<T & CodePointSpan> {
  const cursor = new CodePointCursor(text);
  const order = items
    .map((_, index) => index)
    .sort((x, y) => (items[x]?.start ?? 0) - (items[y]?.start ?? 0));
  const converted: Array<T & CodePointSpan> = new Array<T & CodePointSpan>(items.length);
  for (const index of order) {
    const item = items[index];
    if (!item) continue;
    const start = cursor.toCodePoints(item.start);
    const end = cursor.toCodePoints(item.end);
    converted[index] = { ...item, start, end };
  }
  return converted;
}

/** Reads one source's text: quotes, attributions and (with a recognizer) entities. */
export function extractSourceRecord(
  text: string,
  recognizer: EntityRecognizer | null,
): SourceRecord {
  // Quotes and attributions come from one pass: each needs the other ("He added …").
  const credits = creditText(text);
  const found = credits.quotes;
  const speakerRanges = found.flatMap((quote) => (quote.speakerRange ? [quote.speakerRange] : []));
  const speakerSpans = new Map<TextRange, CodePointSpan>();
  toCodePoints(text, speakerRanges).forEach((span, index) => {
    const range = speakerRanges[index];
    if (range) speakerSpans.set(range, { start: span.start, end: span.end });
  });
  const quotes = toCodePoints(text, found).map((quote, index) => {
    const range = found[index]?.speakerRange;
    return {
      start: quote.start,
      end: quote.end,
      text: quote.text,
      speaker: quote.speaker,
      speakerSpan: range ? (speakerSpans.get(range) ?? null) : null,
    };
  });
  const attributions = toCodePoints(text, credits.attributions).map((attribution) => ({
    start: attribution.start,
    end: attribution.end,
    originator: attribution.originator,
    kind: attribution.kind,
  }));
  const entities = recognizer
    ? toCodePoints(text, recognizer.recognize(text)).map((mention) => ({
        start: mention.start,
        end: mention.end,
        text: mention.text,
        kind: mention.kind,
      }))
    : [];
  return { quotes, attributions, entities };
}

const KINDS = new Set(['person', 'place', 'organization']);
const ATTRIBUTION_KINDS = new Set(['quote', 'reported']);

function isSpan(value: unknown): value is CodePointSpan {
  if (typeof value !== 'object' || value === null) return false;
  const { start, end } = value as { start?: unknown; end?: unknown };
  return (
    Number.isInteger(start) &&
    Number.isInteger(end) &&
    (start as number) >= 0 &&
    (end as number) >= (start as number)
  );
}

/**
 * A cached record read back, checked field by field: a damaged or foreign row is refused (null)
 * and extracted again rather than trusted.
 */
export function parseSourceRecord(json: string): SourceRecord | null {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { quotes, attributions, entities } = value as Record<string, unknown>;
  if (!Array.isArray(quotes) || !Array.isArray(attributions) || !Array.isArray(entities))
    return null;
  const ok =
    quotes.every(
      (q: unknown) =>
        isSpan(q) &&
        typeof (q as RecordedQuote).text === 'string' &&
        ((q as RecordedQuote).speakerSpan === null || isSpan((q as RecordedQuote).speakerSpan)) &&
        ((q as RecordedQuote).speaker === null || typeof (q as RecordedQuote).speaker === 'string'),
    ) &&
    attributions.every(
      (a: unknown) =>
        isSpan(a) &&
        typeof (a as RecordedAttribution).originator === 'string' &&
        ATTRIBUTION_KINDS.has((a as RecordedAttribution).kind),
    ) &&
    entities.every(
      (e: unknown) =>
        isSpan(e) &&
        typeof (e as RecordedEntity).text === 'string' &&
        KINDS.has((e as RecordedEntity).kind),
    );
  return ok ? ({ quotes, attributions, entities } as SourceRecord) : null;
}
