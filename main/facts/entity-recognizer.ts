// The named-entity recognizer behind main/core's EntityRecognizer: compromise (chosen over
// wink-nlp by measurement, see bench/eval/entities.ts) tags people, places and organisations,
// and main/core's refineMentions cleans its spans. Text goes through line by line (and long
// lines in pieces of about CHUNK characters cut at a sentence end), so input size never reaches
// the library as one document and offsets stay exact UTF-16 indices into the text given.

import nlp from 'compromise';
import type { EntityCandidate, EntityRecognizer } from '../core/facts/entities';
import { refineMentions } from '../core/facts/entities';
import type { EntityKind, EntityMention } from '../core/facts/types';

/** The longest piece handed to compromise at once. */
const CHUNK = 8_000;

/** compromise's match expressions per kind. */
const MATCHES: ReadonlyArray<[EntityKind, string]> = [
  ['person', '#Person+'],
  ['place', '#Place+'],
  ['organization', '#Organization+'],
];

/** What compromise's `json({ offset: true })` gives per match (the part used here). */
interface OffsetMatch {
  offset?: { start: number; length: number };
}

/** Yields [start, end) pieces of the text: lines, long lines cut after a sentence end. */
function* pieces(text: string): Generator<[number, number]> {
  let lineStart = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let start = lineStart;
    while (lineEnd - start > CHUNK) {
      const window = text.slice(start + CHUNK / 2, start + CHUNK);
      const cut = window.search(/[.!?]["”’]?\s+(?=\S)[^.!?]*$/u);
      const end = cut >= 0 ? start + CHUNK / 2 + cut + 1 : start + CHUNK;
      yield [start, end];
      start = end;
    }
    if (/\S/u.test(text.slice(start, lineEnd))) yield [start, lineEnd];
    lineStart = lineEnd + 1;
  }
}

/** Raw compromise spans for one piece, offset into the whole text. */
function candidatesOf(piece: string, offset: number, out: EntityCandidate[]): void {
  const doc = nlp(piece);
  for (const [kind, match] of MATCHES) {
    const found = doc.match(match).json({ offset: true }) as OffsetMatch[];
    for (const m of found) {
      if (!m.offset) continue;
      const start = offset + m.offset.start;
      out.push({ start, end: start + m.offset.length, kind });
    }
  }
}

/** Entities in a text with compromise, cleaned by main/core's refineMentions. */
export function recognizeEntities(text: string): EntityMention[] {
  const candidates: EntityCandidate[] = [];
  for (const [start, end] of pieces(text)) candidatesOf(text.slice(start, end), start, candidates);
  return refineMentions(text, candidates);
}

/** The raw compromise spans (no clean-up), for measuring what the clean-up adds. */
export function rawEntities(text: string): EntityMention[] {
  const candidates: EntityCandidate[] = [];
  for (const [start, end] of pieces(text)) candidatesOf(text.slice(start, end), start, candidates);
  return candidates.map((c) => ({ ...c, text: text.slice(c.start, c.end) }));
}

/** main/core's EntityRecognizer backed by compromise. */
export function createEntityRecognizer(): EntityRecognizer {
  return { recognize: recognizeEntities };
}
