// Words that credit speech or a report to someone, and where their subject is: "Peskov said",
// "said Kremlin spokesman Dmitry Peskov", "according to Yonhap", "the AP reported", "X, telling
// reporters, …". Works on one stretch of text (a sentence, or the part of one outside its
// quotations) and returns word offsets; naming the speaker is speakers.ts's job.

import { rolePair } from './speaker-roles';
import { isTitleWord } from './speaker-words';
import {
  BETWEEN_SUBJECT_AND_VERB,
  CLAUSE_OPENERS,
  CLAUSE_STARTERS,
  DOCUMENTS,
  NOT_SUBJECT_AFTER,
  NOUN_MARKERS,
  OBJECT_FOLLOWS,
  ONLY_WITH_OUT,
  PASSIVE_MARKERS,
  PHRASAL_OUT,
  SPEECH_PARTICIPLES,
  SPEECH_VERBS,
  VERDICTS,
} from './speech-words';
import { insideName, readSource } from './speakers';

/** A word: UTF-16 offsets into the text, and its text without trailing punctuation. */
export interface Word {
  start: number;
  end: number;
  /** The word as written, a trailing full stop removed unless it is an initial ("S."). */
  text: string;
  /** Lower-case form of `text` with any possessive ’s removed. */
  lower: string;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.-]*/gu;
const POSSESSIVE = /['’]s?$/u;

/** Words of text[from, to). */
export function wordsIn(text: string, from: number, to: number): Word[] {
  const words: Word[] = [];
  const slice = text.slice(from, to);
  WORD.lastIndex = 0;
  for (let match = WORD.exec(slice); match !== null; match = WORD.exec(slice)) {
    let raw = match[0];
    // A trailing full stop belongs to the word only for initials and dotted acronyms (U.S.).
    if (raw.endsWith('.') && !/^\p{L}\.$/u.test(raw) && !/\.\p{L}+\.$/u.test(raw)) {
      raw = raw.replace(/\.+$/u, '');
    }
    raw = raw.replace(/[-]+$/u, '');
    if (raw.endsWith('’') || raw.endsWith("'")) {
      // "Times’" keeps its apostrophe as a possessive; a closing single quote does not.
      if (!/s['’]$/u.test(raw)) raw = raw.slice(0, -1);
    }
    if (raw === '') continue;
    const start = from + match.index;
    words.push({
      start,
      end: start + raw.length,
      text: raw,
      lower: raw.toLowerCase().replace(POSSESSIVE, ''),
    });
  }
  return words;
}

/** How a credit names its source. */
export type CreditForm =
  /** "Peskov said", "officials told reporters": the subject comes before the verb. */
  | 'subject-first'
  /** "said Peskov", "…,” says Watson": the subject follows the verb. */
  | 'inverted'
  /** "according to Yonhap", "a statement from the ministry", "quoted X as saying". */
  | 'source-after'
  /** "…, adding …", "X, telling reporters, “…”": the speaker is the clause's subject. */
  | 'participle'
  /** "The Argentine had stoked up the row by saying …": the subject that opens the clause. */
  | 'by-participle';

/** A reporting verb (or "according to") found in a stretch of text. */
export interface Credit {
  form: CreditForm;
  /** The verb's word(s). */
  start: number;
  end: number;
  /** Where to look for the source's name (before or after the verb, one clause). */
  phraseStart: number;
  phraseEnd: number;
}

const BOUNDARY_BEFORE = /[,;:(—–“”"«»„‘]\s*$|^\s*$/u;
const PHRASE_END = /[,;:.!?()—–“”"«»„\n]/u;

function isCapitalised(word: Word | undefined): boolean {
  return word !== undefined && /^\p{Lu}/u.test(word.text);
}

/**
 * Whether the full stop at `index` ends a sentence rather than an initial, title or acronym
 * ("Dmitry S. Peskov", "Mr. Moon", "U.S. officials"): it follows a word of two or more letters
 * with a lower-case end and is followed by a space.
 */
function isSentenceStop(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 4), index);
  if (!/\p{Ll}\p{Ll}$/u.test(before)) return false;
  if (/(?:^|\s)(?:Mr|Mrs|Ms|Dr|St|Gov|Sen|Gen|Adm|Lt|Col|Rep|Jr|Sr|Rev|Prof)$/u.test(before))
    return false;
  return /\s/u.test(text.charAt(index + 1));
}

/** Where the clause after `from` ends, within [from, to). */
function phraseEndAfter(text: string, from: number, to: number): number {
  for (let index = from; index < to; index++) {
    const character = text.charAt(index);
    if (!PHRASE_END.test(character)) continue;
    // Full stops of initials and titles ("Dmitry S. Peskov", "Mr. Moon") do not end the phrase.
    if (
      character === '.' &&
      /(?:^|\s)(?:\p{Lu}|Mr|Mrs|Ms|Dr|St|Gov|Sen|Gen|Adm|Lt|Col)$/u.test(
        text.slice(Math.max(from, index - 4), index),
      ) &&
      index + 1 < to &&
      text.charAt(index + 1) === ' '
    )
      continue;
    return index;
  }
  return to;
}

/** Where the subject phrase before a verb at `verbStart` may begin (the clause start). */
function phraseStartBefore(text: string, from: number, verbStart: number): number {
  for (let index = verbStart - 1; index >= from; index--) {
    const character = text.charAt(index);
    if (character === ';' || character === ':' || character === '\n') return index + 1;
    if (/[“”"«»„!?]/u.test(character)) return index + 1;
    if (character === '.' && isSentenceStop(text, index)) return index + 1;
  }
  return from;
}

/** How far back an aside between dashes may open (characters). */
const ASIDE_REACH = 400;

/**
 * Where an aside between dashes that ends just before a verb at `verbStart` opens ("Mr Herron
 * - who … - said"): the opening dash's index, so the subject is read before it; or `verbStart`
 * when no such aside ends there. Looks back a bounded stretch, within the sentence.
 */
function asideStart(text: string, from: number, verbStart: number): number {
  const closing = /(?:\s[-–]|—)\s*$/u.exec(text.slice(Math.max(from, verbStart - 4), verbStart));
  if (closing === null) return verbStart;
  const close = Math.max(from, verbStart - 4) + closing.index;
  // The aside may hold a quotation ("one of the "metric martyrs""), so its opening may lie
  // before the stretch between quotations that holds the verb.
  const limit = Math.max(0, close - ASIDE_REACH);
  for (let index = close - 1; index > limit; index--) {
    const character = text.charAt(index);
    if (character === '\n' || (character === '.' && isSentenceStop(text, index))) break;
    const dash =
      character === '—' ||
      ((character === '-' || character === '–') &&
        /\s/u.test(text.charAt(index - 1)) &&
        /\s/u.test(text.charAt(index + 1)));
    if (dash) return /\p{L}/u.test(text.slice(limit, index)) ? index : verbStart;
  }
  return verbStart;
}

/**
 * Reporting verbs in text[from, to), in order, each with the stretch where its source's name
 * should be. `words` are the words of that stretch (from `wordsIn`).
 */
/** Nouns of time that a "last"/"this" phrase between a subject and its verb ends in. */
const TIME_NOUNS = /^(?:week|weekend|month|year|night|season|summer|winter|spring|autumn|time)$/u;

/**
 * The index of a "with" one to four words before the participle at `index`, when the words
 * between are a name (capitalised) or "a"/"the"/"its" and a spokesperson; else -1.
 */
function withSubject(words: readonly Word[], index: number, from: number): number {
  for (let at = index - 2; at >= 0 && at >= index - 5; at--) {
    const word = words[at] as Word;
    if (word.start < from) return -1;
    if (word.lower !== 'with') continue;
    const between = words.slice(at + 1, index);
    const named = between.every((inner) => isCapitalised(inner));
    const spokesperson =
      between.length === 2 &&
      /^(?:a|the|its)$/u.test((between[0] as Word).lower) &&
      /^spokes(?:man|woman|person)$/u.test((between[1] as Word).lower);
    return named || spokesperson ? at : -1;
  }
  return -1;
}

export function findCredits(
  text: string,
  from: number,
  to: number,
  words: readonly Word[],
): Credit[] {
  const credits: Credit[] = [];
  for (let index = 0; index < words.length; index++) {
    const word = words[index] as Word;
    const next = words[index + 1];
    if (word.lower === 'according' && next?.lower === 'to') {
      credits.push({
        form: 'source-after',
        start: word.start,
        end: next.end,
        phraseStart: next.end,
        phraseEnd: phraseEndAfter(text, next.end, to),
      });
      index++;
      continue;
    }
    if (
      ((word.lower === 'statement' || word.lower === 'statements') &&
        (next?.lower === 'from' || next?.lower === 'by')) ||
      // "a quote attributed to Thomas Jefferson"
      (word.lower === 'attributed' && next?.lower === 'to')
    ) {
      credits.push({
        form: 'source-after',
        start: word.start,
        end: next.end,
        phraseStart: next.end,
        phraseEnd: phraseEndAfter(text, next.end, to),
      });
      index++;
      continue;
    }
    // "“…,” is the dry assessment of Graham Lane": right after a quote, the words are the
    // named one's assessment (verdict, view, …).
    if ((word.lower === 'is' || word.lower === 'was') && next?.lower === 'the') {
      let at = index + 2;
      while (at < index + 4 && !VERDICTS.has(words[at]?.lower ?? '')) at++;
      const noun = words[at];
      const of = words[at + 1];
      if (
        noun !== undefined &&
        VERDICTS.has(noun.lower) &&
        of?.lower === 'of' &&
        /[”"»]\s*,?\s*$/u.test(text.slice(Math.max(0, word.start - 4), word.start)) &&
        /^[\s,]*$/u.test(text.slice(from, word.start))
      ) {
        credits.push({
          form: 'source-after',
          start: word.start,
          end: of.end,
          phraseStart: of.end,
          phraseEnd: phraseEndAfter(text, of.end, to),
        });
        index = at + 1;
        continue;
      }
    }
    if (SPEECH_PARTICIPLES.has(word.lower)) {
      const before = text.slice(from, word.start);
      const by = words[index - 1];
      if (by?.lower === 'by' && index >= 2) {
        // "… beat Nalbandian, who had angered him by saying": the name the relative follows.
        let who = -1;
        for (let at = index - 2; at >= 0 && who < 0; at--) {
          const candidate = words[at] as Word;
          if (candidate.start < from) break;
          if (
            (candidate.lower === 'who' || candidate.lower === 'which') &&
            /,\s*$/u.test(text.slice(Math.max(from, candidate.start - 3), candidate.start))
          )
            who = at;
        }
        const relative = words[who];
        credits.push(
          relative === undefined
            ? {
                form: 'by-participle',
                start: by.start,
                end: word.end,
                phraseStart: from,
                phraseEnd: by.start,
              }
            : {
                form: 'subject-first',
                start: by.start,
                end: word.end,
                phraseStart: from,
                phraseEnd: text.lastIndexOf(',', relative.start),
              },
        );
        continue;
      }
      // "…, with Mr Kennedy stressing …", "with a spokesperson saying": "with" and a name or a
      // spokesperson make the participle a finite credit of theirs.
      const withAt = withSubject(words, index, from);
      if (withAt >= 0) {
        credits.push({
          form: 'subject-first',
          start: word.start,
          end: word.end,
          phraseStart: (words[withAt] as Word).end,
          phraseEnd: word.start,
        });
        continue;
      }
      if (/,\s*$/u.test(before) || before.trim() === '') {
        credits.push({
          form: 'participle',
          start: word.start,
          end: word.end,
          phraseStart: from,
          phraseEnd: word.start,
        });
      }
      continue;
    }
    // "“…,” read the statement": "read" reports a document's words right after a quote.
    const documentRead =
      (word.lower === 'read' || word.lower === 'reads') &&
      /^[\s,.]*$/u.test(text.slice(from, word.start)) &&
      /[”"»’]/u.test(text.charAt(from - 1)) &&
      next !== undefined &&
      NOUN_MARKERS.has(next.lower) &&
      DOCUMENTS.has(words[index + 2]?.lower ?? '');
    const speech =
      documentRead ||
      SPEECH_VERBS.has(word.lower) ||
      (ONLY_WITH_OUT.has(word.lower) && next?.lower === 'out');
    if (!speech || (isCapitalised(word) && index > 0)) continue;
    // "It was announced": a passive names no source.
    if (
      index > 0 &&
      PASSIVE_MARKERS.has((words[index - 1] as Word).lower) &&
      word.lower !== 'quoted'
    )
      continue;
    // "the claims", "these reports": a noun, not a verb.
    if (index > 0 && NOUN_MARKERS.has((words[index - 1] as Word).lower)) continue;
    // "their Grand Slam hopes", "its Sunday Times reports": a plural noun after a name that a
    // possessive opens.
    if (/s$/u.test(word.lower) && index >= 2 && isCapitalised(words[index - 1])) {
      let at = index - 1;
      while (at > 0 && isCapitalised(words[at - 1]) && index - at < 5) at--;
      const opener = words[at - 1];
      if (opener !== undefined && /^(?:their|his|her|its|our|my|your)$/u.test(opener.text))
        continue;
    }
    let end = word.end;
    if (PHRASAL_OUT.has(word.lower) && next?.lower === 'out') end = next.end;
    if (word.lower === 'quoted' || word.lower === 'cited') {
      // "Russian news agencies quoted Kremlin spokesperson Dmitry Peskov as confirming …"
      // "Reuters quoted one trader as saying": the one quoted is the source, named or not.
      const asAt = words
        .slice(index + 1, index + 12)
        .findIndex((candidate) => candidate.lower === 'as');
      const as = asAt < 0 ? undefined : words[index + 1 + asAt];
      const asVerb = asAt < 0 ? undefined : words[index + 2 + asAt];
      if (
        as !== undefined &&
        (isCapitalised(next) ||
          (asAt > 0 && asVerb !== undefined && /\p{Ll}ing$/u.test(asVerb.lower)))
      ) {
        credits.push({
          form: 'source-after',
          start: word.start,
          end,
          phraseStart: end,
          phraseEnd: as.start,
        });
        continue;
      }
    }
    const before = text.slice(Math.max(from, word.start - 40), word.start);
    const after = words[index + 1];
    const afterEnd = phraseEndAfter(text, end, to);
    const afterQuote =
      /[”"»’]\s*[,.]?\s*$|[,.][”"»’]\s*$/u.test(before) ||
      (/^[\s,.]*$/u.test(text.slice(from, word.start)) && /[”"»’]/u.test(text.charAt(from - 1)));
    const subjectFollows =
      after !== undefined &&
      after.start < afterEnd &&
      !NOT_SUBJECT_AFTER.has(after.lower) &&
      (afterQuote ||
        !words.some(
          (candidate) =>
            candidate.start > end &&
            candidate.end <= afterEnd &&
            CLAUSE_STARTERS.has(candidate.lower),
        ));
    const invertible = !OBJECT_FOLLOWS.has(word.lower);
    if ((BOUNDARY_BEFORE.test(before) || word.start === from) && subjectFollows && invertible) {
      credits.push({
        form: 'inverted',
        start: word.start,
        end,
        phraseStart: end,
        phraseEnd: phraseEndAfter(text, end, to),
      });
    } else {
      // "Mr Herron - who … - said": the subject is before the aside.
      const subjectEnd = asideStart(text, from, word.start);
      credits.push({
        form: 'subject-first',
        start: word.start,
        end,
        phraseStart: phraseStartBefore(
          text,
          subjectEnd < from ? Math.max(0, subjectEnd - ASIDE_REACH) : from,
          subjectEnd,
        ),
        phraseEnd: subjectEnd,
      });
    }
  }
  return credits;
}

/**
 * A reporting verb inside a subject phrase, which ends an outer reporting clause: "Mr
 * Kilroy-Silk said the man claimed …" (the inner subject: "the man").
 */
export function reportingVerb(word: Word): boolean {
  return (
    /^\p{Ll}/u.test(word.text) &&
    SPEECH_VERBS.has(word.lower) &&
    (/ed$/u.test(word.lower) || /^(?:said|says|told|tells)$/u.test(word.lower))
  );
}

/** The words that name a credit's source, and which end of them touches the verb. */
export interface CreditPhrase {
  words: Word[];
  nearVerb: 'start' | 'end';
}

/** Whether `words` name a person (true) or a body (false); undefined when they name nothing. */
function namedPerson(text: string, words: readonly Word[]): boolean | undefined {
  const reading = readSource(text, words, 'end');
  return reading?.type === 'name' ? reading.person : undefined;
}

/** Commas that separate clauses (not the one in "1,000"). */
function commaPositions(text: string, from: number, to: number): number[] {
  const positions: number[] = [];
  for (let index = from; index < to; index++) {
    if (text.charAt(index) === ',' && !/\d/u.test(text.charAt(index + 1))) positions.push(index);
  }
  return positions;
}

/**
 * After an inverted verb, a description and then its name ("…,” said the festival's executive
 * director, Craig Prater."): the name, when the description names nobody and the name (one to
 * four capitalised words) runs to the end of the clause. Null otherwise.
 */
function appositiveName(
  text: string,
  phrase: readonly Word[],
  words: readonly Word[],
): Word[] | null {
  const last = phrase[phrase.length - 1];
  const first = phrase[0];
  if (last === undefined || first === undefined) return null;
  // "said De Telegraaf's image editor, Peter Schoonen", "said one of their lawyers, Michalis
  // Dimitrakopoulos": a description ending in a role may name its body.
  const role =
    /^\p{Ll}/u.test(last.text) &&
    (isTitleWord(last.lower) || isTitleWord(last.lower.replace(/s$/u, '')));
  const opens =
    /^(?:the|a|an|its|his|her|their|one)$/u.test(first.lower) || /['’]s$/u.test(first.text);
  if (!opens && !role) return null;
  if (!role && phrase.slice(1).some((word) => /^\p{Lu}/u.test(word.text))) return null;
  if (!/^,\s*$/u.test(text.slice(last.end, words[words.indexOf(last) + 1]?.start ?? last.end)))
    return null;
  const after: Word[] = [];
  for (let index = words.indexOf(last) + 1; index < words.length; index++) {
    const word = words[index] as Word;
    const gap =
      after.length === 0 ? '' : text.slice((after[after.length - 1] as Word).end, word.start);
    if (after.length > 0 && !/^\s$|^\. ?$/u.test(gap)) break;
    if (!/^\p{Lu}/u.test(word.text)) return null;
    after.push(word);
    if (after.length > 4) return null;
  }
  if (after.length === 0) return null;
  const end = (after[after.length - 1] as Word).end;
  if (!/^\s*(?:[.,;:!?]|$)/u.test(text.slice(end, end + 2))) return null;
  return readSource(text, after, 'start')?.type === 'name' ? after : null;
}

/**
 * The words of `credit`'s source phrase. Before a verb, an appositive is skipped ("Andrei
 * Lankov, a North Korea expert at Kookmin University, said" → "Andrei Lankov"; "The New York
 * Times, citing senior U.S. officials, reported" → "The New York Times") and the phrase starts
 * after the last clause word ("…, while Russia’s TASS news agency reported" → "Russia’s TASS
 * news agency"). `words` are the words of the stretch the credit was found in.
 */
export function creditPhrase(text: string, credit: Credit, words: readonly Word[]): CreditPhrase {
  const within = (from: number, to: number) =>
    words.filter((word) => word.start >= from && word.end <= to);
  if (credit.form !== 'subject-first' && credit.form !== 'participle') {
    const phrase = within(credit.phraseStart, credit.phraseEnd);
    const named =
      credit.form === 'inverted' || credit.form === 'source-after'
        ? appositiveName(text, phrase, words)
        : null;
    return { words: named ?? phrase, nearVerb: 'start' };
  }
  const from = credit.phraseStart;
  const to = credit.phraseEnd;
  const commas = commaPositions(text, from, to);
  const bounds = [from - 1, ...commas, to];
  const segments: { start: number; end: number }[] = [];
  for (let index = 0; index + 1 < bounds.length; index++) {
    const start = (bounds[index] as number) + 1;
    const end = bounds[index + 1] as number;
    if (text.slice(start, end).trim() !== '') segments.push({ start, end });
  }
  if (segments.length === 0) return { words: [], nearVerb: 'end' };
  const trailingComma = /,\s*$/u.test(text.slice(from, to));
  // "But Parry, speaking exclusively to BBC Sport, also admits": a last part of adverbs only
  // ("also"), and asides opening lower-case before it, lead back to the subject.
  // "Andrew Fisher, from Omaha, Nebraska, said": a place continuing an aside that opens with
  // "from" or "in" is no subject either.
  let kept = segments.length - 1;
  const adverbsOnly = within((segments[kept] as { start: number }).start, to).every((word) =>
    BETWEEN_SUBJECT_AND_VERB.has(word.lower),
  );
  const asideLead = (segment: { start: number; end: number } | undefined) =>
    segment === undefined ? undefined : within(segment.start, segment.end)[0]?.lower;
  const placeGoesOn =
    kept >= 2 &&
    /^(?:from|in|of|near)$/u.test(asideLead(segments[kept - 1]) ?? '') &&
    within((segments[kept] as { start: number; end: number }).start, to).length <= 3;
  if ((adverbsOnly || placeGoesOn) && kept > 0) {
    kept--;
    while (
      kept > 0 &&
      /^\p{Ll}/u.test(
        within((segments[kept] as { start: number; end: number }).start, to)[0]?.text ?? '',
      )
    )
      kept--;
    segments.length = kept + 1;
  }
  let subject = segments[segments.length - 1] as { start: number; end: number };
  const previous = segments[segments.length - 2];
  const nameLike = (segmentWords: readonly Word[]) =>
    segmentWords.length > 0 &&
    // "On Thursday, senior law lord Lord Bingham said": a time or place phrase is no name.
    !CLAUSE_OPENERS.has((segmentWords[0] as Word).lower) &&
    segmentWords.length <= 5 &&
    segmentWords.every((word) => /^\p{Lu}/u.test(word.text)) &&
    !/['’]s?$/u.test((segmentWords[segmentWords.length - 1] as Word).text);
  if (previous !== undefined) {
    const subjectWords = within(subject.start, subject.end);
    const firstWord = subjectWords[0];
    const previousWords = within(previous.start, previous.end);
    const described =
      firstWord !== undefined &&
      (!/^\p{Lu}/u.test(firstWord.text) ||
        /['’]s$/u.test(firstWord.text) ||
        firstWord.lower === 'the');
    // "Colin Asplin, Blackpool Hotel Association said": a person, then the body they speak for.
    const personThenBody =
      nameLike(previousWords) &&
      nameLike(subjectWords) &&
      namedPerson(text, previousWords) === true &&
      namedPerson(text, subjectWords) === false;
    // "Peter Williams, CML deputy director, said": a person, then their role at a body.
    const lastSubjectWord = subjectWords[subjectWords.length - 1];
    // "David Stanley, UK managing director of filtering firm Ciphertrust, said": a role word
    // anywhere in the appositive.
    const personThenRole =
      trailingComma &&
      lastSubjectWord !== undefined &&
      subjectWords.some((word) => /^\p{Ll}/u.test(word.text) && isTitleWord(word.lower)) &&
      nameLike(previousWords) &&
      namedPerson(text, previousWords) === true;
    // "A spokesman for Unison, Britain's biggest union, said": a place's description of the body.
    const possessiveDescription =
      trailingComma &&
      firstWord !== undefined &&
      /['’]s$/u.test(firstWord.text) &&
      subjectWords.length >= 2 &&
      subjectWords.slice(1).every((word) => /^\p{Ll}/u.test(word.text));
    if (
      (trailingComma && firstWord !== undefined && !/^\p{Lu}/u.test(firstWord.text)) ||
      possessiveDescription ||
      (nameLike(previousWords) && described) ||
      personThenBody ||
      personThenRole
    ) {
      subject = previous;
    }
    // "Richard Doherty, from Panasonic's labs, one of the pioneers, told": every appositive
    // (opening lower-case) back to the name they describe.
    if (trailingComma && subject === previous) {
      for (let index = segments.length - 2; index >= 0; index--) {
        const segment = segments[index] as { start: number; end: number };
        const segmentWords = within(segment.start, segment.end);
        const lead = segmentWords[0];
        if (lead === undefined || !/^\p{Lu}/u.test(lead.text)) continue;
        if (nameLike(segmentWords)) subject = segment;
        break;
      }
    }
  }
  // "The letter, from the Home Office, says": a document's appositive names who issued it.
  const subjectWords = within(subject.start, subject.end);
  const documentWord = subjectWords[subjectWords.length - 1];
  const origin = segments[segments.length - 1];
  if (
    trailingComma &&
    subjectWords.length <= 3 &&
    documentWord !== undefined &&
    (DOCUMENTS.has(documentWord.lower) || documentWord.lower === 'report') &&
    origin !== undefined &&
    origin !== subject
  ) {
    const originWords = within(origin.start, origin.end);
    const lead = originWords[0];
    if ((lead?.lower === 'from' || lead?.lower === 'by') && originWords.length >= 2) {
      return { words: originWords.slice(1), nearVerb: 'end' };
    }
  }
  const inSegment = subjectWords;
  let last = inSegment.length;
  for (;;) {
    if (last > 0 && BETWEEN_SUBJECT_AND_VERB.has((inSegment[last - 1] as Word).lower)) last--;
    // "the Russian leader last week said": a time between the subject and its verb.
    else if (
      last > 1 &&
      TIME_NOUNS.test((inSegment[last - 1] as Word).lower) &&
      /^(?:last|this|next|final|earlier|later)$/u.test((inSegment[last - 2] as Word).lower)
    )
      last -= 2;
    else break;
  }
  inSegment.length = last;
  let first = inSegment.length;
  while (
    first > 0 &&
    (!CLAUSE_STARTERS.has((inSegment[first - 1] as Word).lower) ||
      insideName(text, inSegment, first - 1) ||
      rolePair(inSegment, first - 1))
  )
    first--;
  return { words: inSegment.slice(first), nearVerb: 'end' };
}
