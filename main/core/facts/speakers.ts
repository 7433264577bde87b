// Who a credit names. Given the words where a speech verb's subject should be ("White House
// National Security Council spokesperson Adrienne Watson", "South Korea’s Unification
// Ministry", "he", "officials"), reads the person or body without titles and roles; also a
// sentence's named subjects and every name it mentions. The names themselves are read by
// `name-runs.ts`; the index of a text's full names ("Peskov" → "Dmitry Peskov") is
// `name-index.ts`.

import type { TextRange } from './types';
import type { Word } from './speech-verbs';
import {
  CONNECTORS,
  DETERMINERS,
  HEAD_PREPOSITIONS,
  KIN,
  MEMBERSHIP_PREPOSITIONS,
  MEMBER_NOUNS,
  NOT_NAMES,
  PREPOSITIONS,
  PRONOUNS_ANY,
  PRONOUNS_PERSON,
  QUANTITY_NOUNS,
  SOURCE_NOUNS,
  TITLES,
} from './speaker-words';

/** What a subject phrase names. */
export type SourceReading =
  | {
      type: 'name';
      name: string;
      range: TextRange;
      person: boolean;
      /** A one-word name the text does not mark as a person or a body ("Parry"). */
      single?: boolean;
    }
  | { type: 'pronoun'; person: boolean; range: TextRange }
  | { type: 'generic'; name: string; range: TextRange };

import {
  capitalisedRuns,
  isCapitalised,
  isPossessive,
  nameText,
  rangeOf,
  readRun,
  type Run,
  type RunName,
} from './name-runs';

export { NameIndex } from './name-index';
export { insideName } from './name-runs';

/**
 * Reads the source named by `words` (one subject phrase). `nearVerb` says which end of the
 * phrase touches the verb: a pronoun there is the subject ("he also said", "said he").
 */
export function readSource(
  text: string,
  words: readonly Word[],
  nearVerb: 'start' | 'end',
): SourceReading | null {
  if (words.length === 0) return null;
  const edge = (nearVerb === 'start' ? words[0] : words[words.length - 1]) as Word;
  // "He also said", "said he", "a photo it said": the pronoun touches the verb.
  for (const word of [edge]) {
    if (PRONOUNS_PERSON.has(word.lower) && word.text.length <= 3) {
      return { type: 'pronoun', person: true, range: { start: word.start, end: word.end } };
    }
    if (PRONOUNS_ANY.has(word.lower) && word.text.length <= 4 && words.length <= 3) {
      return { type: 'pronoun', person: false, range: { start: word.start, end: word.end } };
    }
  }
  // "War on Want's John Hilary said": a name after the last possessive is the source.
  if (nearVerb === 'end' && words.length >= 3) {
    let owner = -1;
    for (let at = words.length - 2; at >= 0 && owner < 0; at--) {
      const word = words[at] as Word;
      if (isPossessive(word) && isCapitalised(word)) owner = at;
    }
    const tail = words.slice(owner + 1);
    if (owner >= 1 && tail.length <= 4 && tail.every((word) => isCapitalised(word))) {
      const named = readSource(text, tail, 'end');
      if (named?.type === 'name' && named.person) return named;
    }
  }
  // "South Korean officials in Seoul said": the head before a preposition names the source,
  // unless it is an unnamed member of a body named after it ("a spokesman for Microsoft").
  let headEnd = words.length;
  if (nearVerb === 'end') {
    // A preposition inside a name ("the Department for Transport") does not end the head.
    const inName = new Set<Word>();
    for (const run of capitalisedRuns(text, words)) for (const word of run.words) inName.add(word);
    const preposition = words.findIndex(
      (word, index) => index > 0 && HEAD_PREPOSITIONS.has(word.lower) && !inName.has(word),
    );
    if (preposition > 0) {
      const head = words.slice(0, preposition);
      const headNoun = (head[head.length - 1] as Word).lower;
      const membership = MEMBERSHIP_PREPOSITIONS.has((words[preposition] as Word).lower);
      if (!(membership && MEMBER_NOUNS.has(headNoun)) && !QUANTITY_NOUNS.has(headNoun)) {
        headEnd = preposition;
      }
    }
  }
  const named = nameIn(text, words.slice(0, headEnd), nearVerb === 'end');
  if (named !== null) return named;
  // An unnamed source owned by a named one ("the Bank's minutes", "chairman of the ISM's
  // survey committee"): the owner.
  for (const run of capitalisedRuns(text, words)) {
    const lastWord = run.words[run.words.length - 1] as Word;
    if (!isPossessive(lastWord) || run.honorific) continue;
    const owner = readRun({ ...run, final: true });
    if (owner.kind === 'modifier') continue;
    return {
      type: 'name',
      name: nameText(text, owner.words),
      range: rangeOf(owner.words),
      person: owner.kind === 'person',
    };
  }
  // No name: "officials", "a spokesman", "analysts".
  let from = 0;
  while (from < headEnd && DETERMINERS.has((words[from] as Word).lower)) from++;
  let to = from;
  while (to < headEnd && !PREPOSITIONS.has((words[to] as Word).lower)) to++;
  while (to > from && NOT_NAMES.has((words[to - 1] as Word).lower)) to--;
  // "In a statement detailing the banning of the accounts Valve said": the phrase opens with a
  // preposition, so its head names nothing; the name touching the verb does.
  if (to <= from) return headEnd < words.length ? tailName(text, words, headEnd) : null;
  const head = words.slice(from, to);
  const last = head[head.length - 1] as Word;
  if (!SOURCE_NOUNS.test(last.lower)) return null;
  return { type: 'generic', name: nameText(text, head), range: rangeOf(head) };
}

/** A name ending right at the verb, after the words a preposition cut off. */
function tailName(text: string, words: readonly Word[], headEnd: number): SourceReading | null {
  const named = nameIn(text, words.slice(headEnd), true);
  if (named === null || named.range.end !== (words[words.length - 1] as Word).end) return null;
  return named;
}

/** The best name among `words`: a person before a body before a single unknown name. */
function nameIn(text: string, words: readonly Word[], nearEnd: boolean): SourceReading | null {
  // A run followed by a role ("Diageo North America president Ivan Menezes", "Falcons chief
  // Andrew") is an affiliation: another name in the phrase is the source.
  const runs = capitalisedRuns(text, words);
  const main: RunName[] = [];
  const affiliations: RunName[] = [];
  for (const run of runs) {
    const read = readRun(run);
    if (read.kind === 'modifier') continue;
    // "Witnesses have told the trial", "Critics said": a plural source noun capitalised at a
    // sentence's start is no name.
    const only = read.words[0] as Word;
    if (
      read.kind === 'single' &&
      read.words.length === 1 &&
      !run.honorific &&
      /\p{Ll}s$/u.test(only.text) &&
      SOURCE_NOUNS.test(only.lower)
    )
      continue;
    const lastWord = run.words[run.words.length - 1] as Word;
    const at = words.indexOf(lastWord);
    const next = words[at + 1];
    const role =
      (next !== undefined &&
        !isCapitalised(next) &&
        (TITLES.has(next.lower) || MEMBER_NOUNS.has(next.lower))) ||
      roleBeforeName(words, at + 1);
    (role ? affiliations : main).push(read);
  }
  const pick = (list: readonly RunName[]) =>
    (nearEnd
      ? list.findLast((run) => run.kind === 'person')
      : list.find((run) => run.kind === 'person')) ??
    list.find((run) => run.kind === 'body') ??
    list.find((run) => run.kind === 'single');
  const chosen = pick(main) ?? pick(affiliations);
  if (chosen === undefined) return null;
  return {
    type: 'name',
    name: nameText(text, chosen.words),
    range: rangeOf(chosen.words),
    person: chosen.kind === 'person',
    ...(chosen.kind === 'single' ? { single: true } : {}),
  };
}

/**
 * Whether up to three lower-case words from `from` end in a role and a name follows
 * ("Morgan Stanley equity strategist Naoki Kamiyama", "England sevens coach Mike Friday").
 */
function roleBeforeName(words: readonly Word[], from: number): boolean {
  for (let at = from; at < from + 3; at++) {
    const word = words[at];
    if (word === undefined || isCapitalised(word)) return false;
    const after = words[at + 1];
    if (TITLES.has(word.lower) && after !== undefined && isCapitalised(after)) return true;
  }
  return false;
}

/**
 * The source an opening noun phrase names when a member noun ends it ("A Treasury spokesperson
 * dismissed the claims, saying …" → Treasury): the words from the sentence's start up to the
 * first that is not an article, a capitalised word or a role. Null for anything else.
 */
export function openingMember(text: string, words: readonly Word[]): SourceReading | null {
  let end = 0;
  while (end < words.length && end < 8) {
    const word = words[end] as Word;
    const fits =
      (end === 0 && /^(?:the|a|an)$/u.test(word.lower)) ||
      isCapitalised(word) ||
      MEMBER_NOUNS.has(word.lower) ||
      TITLES.has(word.lower);
    if (!fits) break;
    end++;
  }
  const last = words[end - 1];
  if (last === undefined || isCapitalised(last) || !MEMBER_NOUNS.has(last.lower)) return null;
  const reading = readSource(text, words.slice(0, end), 'end');
  if (reading?.type === 'name') return reading;
  // "A Treasury spokesperson": a capitalised word read as a title ("Treasury minister") names
  // the body its member speaks for.
  const named = words
    .slice(0, end - 1)
    .filter((word) => isCapitalised(word) && !NOT_NAMES.has(word.lower));
  if (named.length === 0 || words.indexOf(named[0] as Word) + named.length !== end - 1) return null;
  return { type: 'name', name: nameText(text, named), range: rangeOf(named), person: false };
}

/**
 * The named subjects of a sentence, in order, where one opens it or one of its comma-separated parts and a
 * lower-case word (its verb) follows: "Following that visit, Kim toured …" → Kim. Pronouns
 * later in the text ("he urged") may refer to it.
 */
export function sentenceSubjects(
  text: string,
  words: readonly Word[],
): { name: string; range: TextRange; person: boolean }[] {
  const found: { name: string; range: TextRange; person: boolean }[] = [];
  for (const run of capitalisedRuns(text, words)) {
    const lastWord = run.words[run.words.length - 1] as Word;
    const at = words.indexOf(lastWord);
    const after = words[at + 1];
    if (after === undefined) continue;
    const gap = text.slice(lastWord.end, after.start);
    // A verb follows ("Kim toured"), or an appositive ("Andrew Nachison, Director of …,").
    const verbNext =
      /^\s+$/u.test(gap) &&
      !isCapitalised(after) &&
      !CONNECTORS.has(after.lower) &&
      !TITLES.has(after.lower) &&
      !MEMBER_NOUNS.has(after.lower);
    if (!verbNext && !/^,\s+$/u.test(gap)) continue;
    // At a clause start, or after a role ("frontwoman Ana Matronic", "ex-wife Brigitte Nielsen").
    let first = run.words[0] as Word;
    const honorific = words[words.indexOf(first) - 1];
    if (run.honorific && honorific !== undefined) first = honorific;
    const before = words[words.indexOf(first) - 1];
    const clauseStart =
      before === undefined ||
      // "The Department for Education and Skills would not comment": "The" opening the sentence.
      (words.indexOf(first) === 1 && before.text === 'The' && run.words.length >= 2) ||
      /,\s*$/u.test(text.slice(before.end, first.start)) ||
      (!isCapitalised(before) &&
        (TITLES.has(before.lower) || MEMBER_NOUNS.has(before.lower) || KIN.test(before.lower)));
    if (!clauseStart) continue;
    if (commonNounOpening(words, run)) continue;
    const read = readRun(run);
    if (read.kind === 'modifier') continue;
    found.push({
      name: nameText(text, read.words),
      range: rangeOf(read.words),
      person: read.kind === 'person',
    });
  }
  return found;
}

/** A name in a sentence: a person or body, possessives read as their owner ("Conti's job"). */
export interface Mention {
  name: string;
  range: TextRange;
  person: boolean;
  /** Indexes into the sentence's words of the run's first and last word. */
  first: number;
  last: number;
  /** The run's words that precede the name itself (titles and roles: "Foreign Secretary"). */
  leading: Word[];
  /** Whether an honorific precedes it ("Mr Glazer"). */
  honorific: boolean;
}

/**
 * "Shares in Manchester United closed up", "Sales at Tesco rose": a plural common noun
 * capitalised at the sentence's start, then a preposition and a name, is no name.
 */
function commonNounOpening(words: readonly Word[], run: Run): boolean {
  const only = run.words[0] as Word;
  if (run.words.length !== 1 || run.honorific || words[0] !== only) return false;
  const after = words[1];
  const name = words[2];
  return (
    /\p{Ll}s$/u.test(only.text) &&
    after !== undefined &&
    name !== undefined &&
    HEAD_PREPOSITIONS.has(after.lower) &&
    isCapitalised(name)
  );
}

/** Every name a sentence's words mention, in order (for salience and roles). */
export function mentionsIn(text: string, words: readonly Word[]): Mention[] {
  const found: Mention[] = [];
  for (const run of capitalisedRuns(text, words)) {
    if (commonNounOpening(words, run)) continue;
    const read = readRun({ ...run, final: true });
    if (read.kind === 'modifier') continue;
    const firstWord = read.words[0] as Word;
    const lastWord = read.words[read.words.length - 1] as Word;
    found.push({
      name: nameText(text, read.words),
      range: rangeOf(read.words),
      person: read.kind === 'person',
      first: words.indexOf(run.words[0] as Word),
      last: words.indexOf(lastWord),
      leading: run.words.slice(0, run.words.indexOf(firstWord)),
      honorific: run.honorific,
    });
  }
  return found;
}
