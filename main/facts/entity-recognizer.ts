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

/** compromise's tags per kind. */
const TAGS: ReadonlyArray<[string, EntityKind]> = [
  ['Person', 'person'],
  ['Place', 'place'],
  ['Organization', 'organization'],
];

/**
 * compromise's steps up to its lexicon and pre-tagger (what `nlp(text)` runs, less the
 * post-tagger's hundreds of match rules): about a third of the cost, and the measured F1 on the
 * gold sample is no lower (bench/eval/entities.ts).
 */
const PIPELINE = ['alias', 'normal', 'machine', 'freq', 'offset', 'index', 'lexicon', 'preTagger'];

/** A proper noun or initial of no other kind may be part of a person's name: "Kim" + "Jong" + "Un". */
function continuesName(term: Term): boolean {
  return (
    (term.tags.has('ProperNoun') || term.tags.has('Acronym') || /^\p{Lu}\.?$/u.test(term.text)) &&
    !term.tags.has('Place') &&
    !term.tags.has('Organization')
  );
}

/** The part of a compromise term used here (after `compute('offset')`). */
interface Term {
  text: string;
  post?: string;
  tags: Set<string>;
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

/** True when a term's trailing punctuation (a comma, colon, quote…) ends a name there. */
function endsRun(term: Term): boolean {
  return /[^\s.]/u.test(term.post ?? '');
}

/**
 * Raw compromise spans for one piece, offset into the whole text: per sentence, each run of
 * terms tagged as one kind; for people, a run of proper nouns (initials included) with at least
 * one term tagged as a person ("Karine Jean-Pierre", "Dmitry S. Peskov", "Yoon Suk Yeol").
 */
function candidatesOf(piece: string, offset: number, out: EntityCandidate[]): void {
  const doc = nlp.tokenize(piece);
  doc.compute(PIPELINE);
  for (const sentence of doc.document as Term[][]) {
    for (const [tag, kind] of TAGS) {
      let run: (EntityCandidate & { tagged: boolean }) | null = null;
      const close = (): void => {
        if (run?.tagged) out.push({ start: run.start, end: run.end, kind: run.kind });
        run = null;
      };
      for (const term of sentence) {
        const at = term.offset;
        const tagged = term.tags.has(tag);
        if (at && (tagged || (kind === 'person' && continuesName(term)))) {
          const end = offset + at.start + at.length;
          if (run) {
            run.end = end;
            run.tagged ||= tagged;
          } else run = { start: offset + at.start, end, kind, tagged };
          if (endsRun(term)) close();
        } else close();
      }
      close();
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
