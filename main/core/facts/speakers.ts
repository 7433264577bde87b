// Who a credit names. Given the words where a speech verb's subject should be ("White House
// National Security Council spokesperson Adrienne Watson", "South Korea’s Unification
// Ministry", "he", "officials"), reads the person or body without titles and roles, and keeps
// an index of the full names a text uses, so that "Peskov" reads as "Dmitry Peskov" when the
// text names him so anywhere.

import type { TextRange } from './types';
import type { Word } from './speech-verbs';
import { isCommonWord, isGivenName } from './common-words';
import { isPersonRole, isRoleWord } from './speaker-roles';
import { acronymKey, acronymText, spelledAcronymKey } from './entity-names';
import {
  AFTER_NAME_TITLES,
  BEFORE_MONTH,
  BODY_HEADS,
  COMPASS,
  CONNECTORS,
  DEMONYM,
  DETERMINERS,
  GLUED_DESCRIPTOR,
  HEAD_PREPOSITIONS,
  HONORIFICS,
  KIN,
  MEMBERSHIP_PREPOSITIONS,
  MEMBER_NOUNS,
  NAME_MONTHS,
  NAME_WORDS,
  PROPER_OPENERS,
  NOT_NAMES,
  PREPOSITIONS,
  PRONOUNS_ANY,
  PRONOUNS_PERSON,
  QUANTITY_NOUNS,
  SOURCE_NOUNS,
  STATE_BODY_HEADS,
  TITLES,
  WEEKDAYS,
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

const isCapitalised = (word: Word) => /^\p{Lu}/u.test(word.text);
const isPossessive = (word: Word) => /['’]s?$/u.test(word.text) && word.text.length > 2;
const isAcronym = (word: Word) =>
  /^\p{Lu}[\p{Lu}\d&.-]+$/u.test(word.text) && word.text.length >= 2;

/** A capitalised run of words, read as a name. */
interface Run {
  words: Word[];
  honorific: boolean;
  /** Whether the run ends its phrase (a possessive there is the name itself: "Kim’s"). */
  final: boolean;
  /** Whether "&" joins two of its words ("Marsh & McLennan", "AT&T"): a firm's name. */
  ampersand?: boolean;
}

/**
 * Whether the weekday at `index` is a surname: it follows one capitalised word that can be a
 * given name ("Mike Friday"; not "BBC Friday", "Minister Friday", "on Friday").
 */
function surnameAfterGivenName(words: readonly Word[], index: number): boolean {
  const given = words[index - 1];
  const before = words[index - 2];
  if (given === undefined || !isCapitalised(given) || isAcronym(given) || isPossessive(given))
    return false;
  if (before !== undefined && isCapitalised(before)) return false;
  const lower = given.lower;
  return (
    !NOT_NAMES.has(lower) &&
    !HONORIFICS.has(lower) &&
    !TITLES.has(lower) &&
    !BODY_HEADS.has(lower) &&
    !DEMONYM.test(lower)
  );
}

/** How one text writes its words: those seen lower-case, and those capitalised mid-sentence. */
interface Casing {
  text: string;
  lower: Set<string>;
  capitalisedInside: Set<string>;
  /** How often each capitalised word and number pair is written ("Radio 1", "Andre 3000"). */
  numbered: Map<string, number>;
}

let lastCasing: Casing | null = null;

/** The casing of `text`'s words, computed once per text (the last text's is kept). */
function casingOf(text: string): Casing {
  if (lastCasing?.text === text) return lastCasing;
  const lower = new Set<string>();
  const capitalisedInside = new Set<string>();
  for (const match of text.matchAll(/[\p{L}][\p{L}\p{M}'’-]*/gu)) {
    const word = match[0].replace(/['’]s?$/u, '');
    if (/^\p{Ll}/u.test(word)) lower.add(word);
    else if (!atSentenceStart(text, match.index)) capitalisedInside.add(word.toLowerCase());
  }
  const numbered = new Map<string, number>();
  for (const match of text.matchAll(/(?<![\p{L}\d])\p{Lu}[\p{L}'’-]* \d{1,4}(?![\p{L}\d.,:])/gu)) {
    numbered.set(match[0], (numbered.get(match[0]) ?? 0) + 1);
  }
  lastCasing = { text, lower, capitalisedInside, numbered };
  return lastCasing;
}

/** Whether `index` opens a sentence, a paragraph or a title line. */
function atSentenceStart(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 4), index);
  // A quotation opening ("“Once Rangers receive our letter …”") starts a sentence too.
  return index === 0 || /(?:[.!?]["”’)]?\s+|\n\s*|^\s+|(?:^|[\s(])["“‘])$/u.test(before);
}

/**
 * "Mogul Wilson backing UK rap band", "Candidate resigns over BNP link": a capitalised word
 * opening a sentence or title that the same text writes lower-case ("the music mogul") and never
 * capitalises inside a sentence is a common word, not a name's first word.
 */
function commonWordAtStart(text: string, word: Word, next: Word | undefined): boolean {
  if (!atSentenceStart(text, word.start)) return false;
  const casing = casingOf(text);
  if (casing.capitalisedInside.has(word.lower)) return false;
  if (casing.lower.has(word.lower)) return true;
  // "Fuming Robinson blasts officials", "Veteran Martinez wins": an English word that is no
  // given name, before a name the text capitalises inside its sentences ("Robinson told …").
  return (
    next !== undefined &&
    /^\s$/u.test(text.slice(word.end, next.start)) &&
    /^\p{Lu}\p{Ll}/u.test(next.text) &&
    casing.capitalisedInside.has(next.lower.replace(/['’]s?$/u, '')) &&
    isCommonWord(word.lower) &&
    !NAME_WORDS.has(word.lower) &&
    !PROPER_OPENERS.has(word.lower) &&
    !COMPASS.test(word.lower) &&
    !TITLES.has(word.lower) &&
    !HONORIFICS.has(word.lower) &&
    !isRoleWord(word.lower)
  );
}

/** Whether `index` lies in a title line opening the text (a first line with no full stop). */
function inTitle(text: string, index: number): boolean {
  const end = text.indexOf('\n');
  if (end < 0 || index >= end) return false;
  return !/[.!?]["”’]?\s*$/u.test(text.slice(0, end));
}

/** Whether `word` may belong to a name (a capitalised word that is not a function word). */
function nameWord(text: string, words: readonly Word[], index: number, inRun: boolean): boolean {
  const word = words[index] as Word;
  if (!isCapitalised(word)) return false;
  // "Houston-based Continental", "London-born Smith": a descriptor glued to a name is no part of it.
  if (GLUED_DESCRIPTOR.test(word.lower)) return false;
  if (!inRun && commonWordAtStart(text, word, words[index + 1])) return false;
  if (!NOT_NAMES.has(word.lower)) return true;
  if (WEEKDAYS.test(word.lower)) return surnameAfterGivenName(words, index);
  if (!NAME_MONTHS.has(word.lower)) return false;
  // "Brian May", "May said"; not "in May", "May 5".
  if (inRun) return true;
  const previous = words[index - 1];
  const next = words[index + 1];
  if (next !== undefined && /^\d/u.test(next.text)) return false;
  return previous === undefined || !BEFORE_MONTH.has(previous.lower);
}

/**
 * A one-word nickname in quotation marks inside a name: Antonio "LA" Reid. `index` is the
 * nickname; the words either side are capitalised and touch its marks.
 */
function nicknameAt(text: string, words: readonly Word[], index: number): boolean {
  const word = words[index];
  const previous = words[index - 1];
  const next = words[index + 1];
  if (word === undefined || previous === undefined || next === undefined) return false;
  if (!isCapitalised(word) || !isCapitalised(previous) || !isCapitalised(next)) return false;
  const before = text.slice(previous.end, word.start);
  const after = text.slice(word.end, next.start);
  if (/^ ["“]$/u.test(before) && /^["”] $/u.test(after)) return true;
  // Ahmed 'Mido' Hossam: single marks (the closing one read as part of the word).
  return (
    /^ ['‘]$/u.test(before) &&
    (/^['’] $/u.test(after) || (/['’]$/u.test(word.text) && after === ' '))
  );
}

/** Runs of capitalised words (joined by single spaces, connectors allowed inside). */
function capitalisedRuns(text: string, words: readonly Word[]): Run[] {
  const runs: Run[] = [];
  let current: Word[] = [];
  let honorific = false;
  // Whether the run so far names a body ("Department for Education"), so that "and" may join
  // one more word to it ("Department for Education and Skills").
  let bodyLike = false;
  let ampersand = false;
  const close = () => {
    while (
      current.length > 0 &&
      !isCapitalised(current[current.length - 1] as Word) &&
      !/^\d+$/u.test((current[current.length - 1] as Word).text)
    )
      current.pop();
    if (current.length > 0) {
      const final = current[current.length - 1] === words[words.length - 1];
      runs.push({ words: current, honorific, final, ...(ampersand ? { ampersand } : {}) });
    }
    current = [];
    honorific = false;
    bodyLike = false;
    ampersand = false;
  };
  for (let index = 0; index < words.length; index++) {
    const word = words[index] as Word;
    const previous = words[index - 1];
    const gap = previous ? text.slice(previous.end, word.start) : '';
    // Single spaces, an initial's stop, "&" inside a name ("Marsh & McLennan", "AT&T"), a
    // nickname's marks.
    const joined =
      previous !== undefined &&
      (/^\s$|^\. ?$|^$/u.test(gap) ||
        (/^ ?& ?$/u.test(gap) && isCapitalised(word)) ||
        nicknameAt(text, words, index) ||
        nicknameAt(text, words, index - 1));
    if (current.length > 0 && !joined) close();
    const amp = current.length > 0 && /&/u.test(gap);
    if (HONORIFICS.has(word.lower) && isCapitalised(word)) {
      close();
      honorific = true;
      continue;
    }
    if (nameWord(text, words, index, current.length > 0)) {
      current.push(word);
      if (amp) ampersand = true;
      if (BODY_HEADS.has(word.lower)) bodyLike = true;
      if (
        isPossessive(word) &&
        index + 1 < words.length &&
        !isCapitalised(words[index + 1] as Word)
      )
        close();
      continue;
    }
    // "Radio 1", "Andre 3000": a number after a name's word, the pair written more than once.
    if (
      current.length > 0 &&
      /^\d{1,4}$/u.test(word.text) &&
      gap === ' ' &&
      (casingOf(text).numbered.get(`${(previous as Word).text} ${word.text}`) ?? 0) >= 2
    ) {
      current.push(word);
      continue;
    }
    if (current.length > 0 && CONNECTORS.has(word.lower) && /^\s$/u.test(gap)) {
      const next = words[index + 1];
      if (next !== undefined && isCapitalised(next) && !NOT_NAMES.has(next.lower)) {
        current.push(word);
        if (word.lower === 'of' || word.lower === 'for') bodyLike = true;
        continue;
      }
      // "Top of the Pops", "Minister of the Interior": "of the" inside a name.
      const after = words[index + 2];
      if (
        (word.lower === 'of' || word.lower === 'for') &&
        // Not "Rules of the European Union" opening a sentence.
        !(current.length === 1 && atSentenceStart(text, (current[0] as Word).start)) &&
        next?.text === 'the' &&
        after !== undefined &&
        isCapitalised(after) &&
        !NOT_NAMES.has(after.lower) &&
        !HONORIFICS.has(after.lower) &&
        /^\s$/u.test(text.slice(word.end, next.start)) &&
        /^\s$/u.test(text.slice(next.end, after.start))
      ) {
        current.push(word, next);
        bodyLike = true;
        index++;
        continue;
      }
    }
    // "Department for Education and Skills", "Ministry of Trade and Industry": one more word
    // after "and" in a body's name (one only: "the Bank of England and Gordon Brown" are two).
    if (current.length > 0 && bodyLike && word.lower === 'and' && /^\s$/u.test(gap)) {
      const next = words[index + 1];
      const after = words[index + 2];
      if (
        next !== undefined &&
        isCapitalised(next) &&
        !isPossessive(next) &&
        !NOT_NAMES.has(next.lower) &&
        !HONORIFICS.has(next.lower) &&
        /^\s$/u.test(text.slice(word.end, next.start)) &&
        (after === undefined ||
          !isCapitalised(after) ||
          !/^\s$/u.test(text.slice(next.end, after.start)))
      ) {
        current.push(word);
        continue;
      }
    }
    if (current.length > 0 || honorific) close();
  }
  close();
  return runs;
}

/**
 * Whether `words[index]` is inside one name (the "and" of "Department for Education and
 * Skills", the "for" of "Department for Transport"), not between two.
 */
export function insideName(text: string, words: readonly Word[], index: number): boolean {
  const word = words[index];
  if (word === undefined || index === 0 || isCapitalised(word)) return false;
  return capitalisedRuns(text, words).some((run) => run.words.includes(word));
}

/** A run's reading: a body, a person, a single unknown name, or a modifier ("South Korean"). */
interface RunName {
  kind: 'body' | 'person' | 'single' | 'modifier';
  words: Word[];
}

function readRun(run: Run): RunName {
  const words = run.words;
  const last = words[words.length - 1] as Word;
  // "Alex McLeish of Novo's punishment": a person of a possessor is the person.
  const ofAt = words.findIndex((word) => word.lower === 'of' || word.lower === 'for');
  if (isPossessive(last) && !run.final && ofAt >= 2) {
    const head = readRun({ words: words.slice(0, ofAt), honorific: run.honorific, final: true });
    if (head.kind === 'person') return head;
  }
  // "North Korea’s official news agency": the possessor is not the source.
  if (isPossessive(last) && !run.honorific && !run.final) return { kind: 'modifier', words };
  if (words.every((word) => DEMONYM.test(word.lower) && !isAcronym(word))) {
    if (!run.honorific) return { kind: 'modifier', words };
  }
  // "Nick Bubb of Evolution Securities": a person of a body is the person.
  const link = words.findIndex((word) => word.lower === 'of' || word.lower === 'for');
  if (link >= 2) {
    const head = words.slice(0, link);
    const headLast = head[head.length - 1] as Word;
    // "Professor Nadia Magnenat-Thalman of the Swiss …", "Ambassador Stefan Johannesson of
    // Iceland": titles before the name are the person's; a title ending it ("Minister of …")
    // makes a body.
    const named =
      head.every((word) => !BODY_HEADS.has(word.lower)) &&
      !TITLES.has(headLast.lower) &&
      (head.every((word) => !TITLES.has(word.lower)) ||
        head.filter((word) => !TITLES.has(word.lower)).length >= 2);
    if (named && !isPossessive(headLast)) {
      return readRun({ words: head, honorific: run.honorific, final: true });
    }
  }
  const body =
    BODY_HEADS.has(last.lower) ||
    (isAcronym(last) && words.length === 1) ||
    link >= 0 ||
    run.ampersand === true;
  if (body && !run.honorific) {
    // "South Korea’s Unification Ministry" keeps its country; "Russia’s TASS" does not.
    let cut = -1;
    for (let index = 0; index < words.length - 1; index++) {
      if (isPossessive(words[index] as Word)) cut = index;
    }
    if (cut >= 0 && !STATE_BODY_HEADS.has(last.lower))
      return { kind: 'body', words: words.slice(cut + 1) };
    return { kind: 'body', words };
  }
  // A person: the name words after any title, role or possessor.
  let start = words.length - 1;
  while (start > 0) {
    const before = words[start - 1] as Word;
    // "Veteran Martinez wins …", "Singer Sam Endicott said": a person's role is no part of the name.
    if (
      TITLES.has(before.lower) ||
      isPersonRole(before.lower) ||
      isPossessive(before) ||
      before.lower === 'of' ||
      before.lower === 'for'
    )
      break;
    if (BODY_HEADS.has(before.lower)) break;
    start--;
  }
  // "Argentine David Nalbandian": a nationality before a person's name is no part of it; so is
  // a body's acronym ("aerospace group EADS Philippe Camus", "DJ Chris Moyles").
  while (
    words.length - start > 2 &&
    ((DEMONYM.test((words[start] as Word).lower) &&
      !COMPASS.test((words[start] as Word).lower) &&
      !isAcronym(words[start] as Word)) ||
      (isAcronym(words[start] as Word) && (words[start] as Word).text.length >= 2))
  )
    start++;
  // "Californian Thomas Slattery", "Bolton Wanderers Sam Allardyce": words before a given name
  // that opens a full name, none of them a given name, are a descriptor.
  if (words.length - start >= 3 && !run.honorific) {
    for (let at = start + 1; at <= words.length - 2; at++) {
      const word = words[at] as Word;
      if (!isGivenName(word.lower)) continue;
      const prefix = words.slice(start, at);
      if (
        prefix.every(
          (before) =>
            !isGivenName(before.lower) &&
            !NAME_WORDS.has(before.lower) &&
            (isCommonWord(before.lower) || /\p{Ll}(?:ian|ean)$/u.test(before.text)),
        )
      )
        start = at;
      break;
    }
  }
  const name = words.slice(start);
  // "Tom McCabe MSP": a parliamentary title after a full name is no part of it.
  while (name.length >= 3 && AFTER_NAME_TITLES.has((name[name.length - 1] as Word).text))
    name.pop();
  // "Labour claims …": a party's name on its own is the party; other titles alone name nobody.
  if (name.length === 1 && words.length === 1 && PARTIES.test(last.lower))
    return { kind: 'body', words };
  if (name.length === 1 && TITLES.has(last.lower) && !run.honorific)
    return { kind: 'modifier', words };
  // "Scottish Executive", "Welsh Assembly Government": a name ending in a role word names a body.
  if (name.length >= 2 && TITLES.has(last.lower) && !run.honorific)
    return { kind: 'body', words: name };
  // "Consumer Electronics Show", "Evening Standard": a name of English words only, none a given
  // name, names a thing or a body, not a person.
  if (
    name.length >= 2 &&
    !run.honorific &&
    name.every(
      (word) => isCommonWord(word.lower) && !isGivenName(word.lower) && !NAME_WORDS.has(word.lower),
    )
  )
    return { kind: 'body', words: name };
  return { kind: name.length >= 2 || run.honorific ? 'person' : 'single', words: name };
}

/** Party names that are also titles before a name ("Labour MP Diane Abbott"). */
const PARTIES = /^(?:labour|tory|tories|conservatives|democrats|republicans|liberals)$/u;

function rangeOf(words: readonly Word[]): TextRange {
  return { start: (words[0] as Word).start, end: (words[words.length - 1] as Word).end };
}

function nameText(text: string, words: readonly Word[]): string {
  const range = rangeOf(words);
  let name = text.slice(range.start, range.end);
  const last = words[words.length - 1] as Word;
  // "Kim Jong Un’s" as a name is "Kim Jong Un".
  if (isPossessive(last)) name = name.replace(/['’]s?$/u, '');
  return name;
}

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

/** Surnames this long or longer may match one letter apart (a misspelling). */
const FUZZY_LENGTH = 6;

/** How many first words one three-letter prefix keeps before it counts as crowded. */
const PREFIX_CAP = 8;

/**
 * Full names a text uses, so a surname ("Peskov") or a shorter form reads as the fullest form
 * the text gives ("Dmitry S. Peskov"). Built once per text in one pass over its words.
 */
export class NameIndex {
  private readonly byLast = new Map<string, string[]>();
  private readonly byFirst = new Map<string, string[]>();
  /** Surnames by their one-letter deletions ("mukerjee" → "mukherjee"). */
  private readonly byLastVariant = new Map<string, string[]>();

  private readonly acronyms = new Map<string, string>();
  /**
   * Where a body's full name, or a one-word name on its own (lower-cased), first appears: a
   * short form stands for the full name only after it ("Continental Airlines … Continental"),
   * not when the text has used it on its own first ("Next has said … Next Directory").
   */
  private readonly firstAt = new Map<string, number>();
  /** First words of full names by their first three letters ("fed" → "federal"). */
  private readonly firstsByPrefix = new Map<string, Set<string>>();
  /** The full names read as persons (not firms' "&" names, bodies or acronyms). */
  private readonly persons = new Set<string>();
  /** Bodies' names by their first word ("continental" → "Continental Airlines"). */
  private readonly bodyByFirst = new Map<string, string[]>();
  /** Bodies' names by their initials ("eu" → "European Union"), the first given kept. */
  private readonly initials = new Map<string, string>();
  /** Where each full person name is written, in text order (the first 64 places). */
  private readonly places = new Map<string, number[]>();

  /**
   * Records the person names in `words` (a sentence's words), firms' "&" names, and acronyms
   * given in brackets.
   */
  addSentence(text: string, words: readonly Word[]): void {
    for (const run of capitalisedRuns(text, words)) {
      const only = run.words.length === 1 ? (run.words[0] as Word) : null;
      if (only !== null && !this.firstAt.has(only.lower) && !inTitle(text, only.start))
        this.firstAt.set(only.lower, only.start);
      // "the European Commission (EC)": the acronym stands for the name.
      const lastWord = run.words[run.words.length - 1] as Word;
      const next = words[words.indexOf(lastWord) + 1];
      if (
        next !== undefined &&
        run.words.length >= 2 &&
        isAcronym(next) &&
        /^\s*\($/u.test(text.slice(lastWord.end, next.start)) &&
        text.charAt(next.end) === ')'
      ) {
        const read = readRun({ ...run, final: true });
        if (!this.acronyms.has(next.text)) this.acronyms.set(next.text, nameText(text, read.words));
      }
      // "MG Rover's Midlands plant": the possessor is a name of the text too ("Rover" later).
      const owner = run.words.findIndex((word, at) => at >= 1 && isPossessive(word));
      if (owner >= 1) {
        const read = readRun({
          words: run.words.slice(0, owner + 1),
          honorific: false,
          final: true,
        });
        if (read.kind === 'person' && read.words.length >= 2) {
          const name = nameText(text, read.words);
          this.persons.add(name);
          const start = (read.words[0] as Word).start;
          if (!this.firstAt.has(name) && !inTitle(text, start)) this.firstAt.set(name, start);
          const tokens = tokensOf(name);
          this.offer(this.byLast, tokens[tokens.length - 1] as string, name);
          this.offer(this.byFirst, tokens[0] as string, name);
        }
      }
      const read = readRun({ ...run, final: true });
      if (read.kind === 'body' && read.words.length >= 2 && !run.ampersand) {
        const name = nameText(text, read.words);
        const key = acronymKey(name);
        if (key !== null && key.length >= 2 && !this.initials.has(key))
          this.initials.set(key, name);
        // "UKIP" for "UK Independence Party": an acronym inside a name spelled letter by letter.
        const spelled = spelledAcronymKey(name);
        if (spelled !== null && !this.initials.has(spelled)) this.initials.set(spelled, name);
        const first = read.words[0] as Word;
        // "the US Federal Bureau of Investigation": "FBI" stands for the name after the country.
        if ((isAcronym(first) || DEMONYM.test(first.lower)) && read.words.length >= 3) {
          const rest = nameText(text, read.words.slice(1));
          const restKey = acronymKey(rest);
          if (restKey !== null && restKey.length >= 2 && !this.initials.has(restKey))
            this.initials.set(restKey, rest);
          // "the US Pew Research Center … said the Pew report": the name after the country
          // by its first word.
          const restFirst = read.words[1] as Word;
          if (!isAcronym(restFirst) && !BODY_HEADS.has(restFirst.lower)) {
            this.offer(this.bodyByFirst, restFirst.lower, rest);
            if (!this.firstAt.has(rest) && !inTitle(text, restFirst.start))
              this.firstAt.set(rest, restFirst.start);
          }
        }
        if (!DEMONYM.test(first.lower) && !BODY_HEADS.has(first.lower)) {
          this.offer(this.bodyByFirst, first.lower, name);
          const start = run.words[0]?.start ?? 0;
          if (!this.firstAt.has(name) && !inTitle(text, start)) this.firstAt.set(name, start);
        }
      }
      // A firm's "&" name stands for its short forms too ("Marsh" for "Marsh & McLennan").
      const firm = read.kind === 'body' && run.ampersand === true;
      if (firm && read.words.length === 2) {
        // "Bradford & Bingley" → "B&B".
        const key = read.words.map((word) => word.lower.charAt(0)).join('');
        const name = nameText(text, read.words);
        if (!this.initials.has(key)) this.initials.set(key, name);
      }
      if ((read.kind !== 'person' && !firm) || read.words.length < 2) continue;
      const tokens = read.words.map((word) => word.lower);
      const name = nameText(text, read.words);
      // "Mido" for "Ahmed 'Mido' Hossam".
      for (let at = 1; at + 1 < read.words.length; at++) {
        if (nicknameAt(text, read.words, at))
          this.offer(this.byFirst, read.words[at]?.lower ?? '', name);
      }
      if (read.kind === 'person') this.persons.add(name);
      const start = (read.words[0] as Word).start;
      const written = this.places.get(name);
      if (written === undefined) this.places.set(name, [start]);
      else if (written.length < 64) written.push(start);
      // "Jamelia …, full name Jamelia Davis": the full name stands for the short one however
      // late it comes.
      if (/\b(?:full|real|birth) name,?\s*$/iu.test(text.slice(Math.max(0, start - 16), start)))
        this.firstAt.set(name, -1);
      else if (!this.firstAt.has(name) && !inTitle(text, start)) this.firstAt.set(name, start);
      this.offer(this.byLast, tokens[tokens.length - 1] as string, name);
      this.offer(this.byFirst, tokens[0] as string, name);
    }
  }

  private offer(map: Map<string, string[]>, key: string, name: string): void {
    if (map === this.byFirst || map === this.bodyByFirst) {
      // First words by their first three letters, for clipped forms ("Fed"); a crowded prefix
      // stops growing and is then never used.
      const prefix = key.slice(0, 3);
      let firsts = this.firstsByPrefix.get(prefix);
      if (firsts === undefined) this.firstsByPrefix.set(prefix, (firsts = new Set()));
      if (firsts.size < PREFIX_CAP) firsts.add(key);
    }
    if (map === this.byLast && key.length >= FUZZY_LENGTH) {
      // Each one-letter deletion of a surname, for a misspelt one ("Mukerjee").
      for (let at = 0; at < key.length; at++) {
        const variant = key.slice(0, at) + key.slice(at + 1);
        const known = this.byLastVariant.get(variant);
        if (known === undefined) this.byLastVariant.set(variant, [key]);
        else if (!known.includes(key) && known.length < 4) known.push(key);
      }
    }
    const names = map.get(key);
    if (names === undefined) map.set(key, [name]);
    else if (!names.includes(name) && names.length < 8) names.push(name);
  }

  /**
   * A lone surname one letter away from exactly one surname of a full name in the text
   * ("said Mr Mukerjee" after "Pranab Mukherjee"): that full name. Long surnames only.
   */
  private misspelt(name: string, token: string): string {
    if (token.length < FUZZY_LENGTH || !/^\p{L}+$/u.test(token)) return name;
    const keys = new Set<string>(this.byLastVariant.get(token) ?? []);
    for (let at = 0; at < token.length; at++) {
      const variant = token.slice(0, at) + token.slice(at + 1);
      if (this.byLast.has(variant)) keys.add(variant);
      for (const key of this.byLastVariant.get(variant) ?? []) keys.add(key);
    }
    keys.delete(token);
    if (keys.size !== 1) return name;
    const names = this.byLast.get(keys.values().next().value as string) ?? [];
    return names.length === 1 ? (names[0] as string) : name;
  }

  /** Whether the text gives `name` as a person's full name. */
  isPerson(name: string): boolean {
    return this.persons.has(name);
  }

  /** The last place before `at` where the full name `name` is written, or -1. */
  private lastBefore(name: string, at: number): number {
    let last = -1;
    for (const place of this.places.get(name) ?? []) {
      if (place >= at) break;
      last = place;
    }
    return last;
  }

  /**
   * The fullest name in the text that contains all of `name`'s words, or `name` itself. Of two
   * as full ("Simon Cowell", "Tony Cowell"), the one written last before `at` when given.
   */
  fullest(name: string, at?: number): string {
    const expanded = this.acronyms.get(name);
    if (expanded !== undefined) return expanded;
    // "EU" in a text that spells out "European Union": the name its letters are the initials of.
    if (/^\p{Lu}(?:\.?\p{Lu})+\.?$/u.test(name))
      return this.initials.get(acronymText(name)) ?? name;
    // "B&B" after "Bradford & Bingley": a firm's initials joined by "&".
    if (/^\p{Lu}&\p{Lu}$/u.test(name))
      return this.initials.get(acronymText(name.replace('&', ''))) ?? name;
    const tokens = tokensOf(name);
    if (tokens.length === 0) return name;
    // A one-word name used on its own before a longer name that starts with it is a name of its
    // own ("Sky has signed … Sky Travel").
    const shortAt = tokens.length === 1 ? this.firstAt.get(tokens[0] as string) : undefined;
    const candidates = [
      ...(this.byLast.get(tokens[tokens.length - 1] as string) ?? []),
      ...(this.byFirst.get(tokens[0] as string) ?? []).filter(
        (candidate) => shortAt === undefined || (this.firstAt.get(candidate) ?? 0) <= shortAt,
      ),
    ];
    if (candidates.length === 0 && tokens.length === 1) {
      // "Continental" after "Continental Airlines": the one body the text names so.
      const bodies = this.bodyByFirst.get(tokens[0] as string) ?? [];
      // One body, or several where each is a start of the longest ("Pew Research" and "Pew
      // Research Center").
      const longest = bodies.reduce<string | undefined>(
        (best, candidate) =>
          best === undefined || candidate.length > best.length ? candidate : best,
        undefined,
      );
      const body =
        longest !== undefined &&
        bodies.every((candidate) => `${longest} `.startsWith(`${candidate} `))
          ? longest
          : undefined;
      if (
        body !== undefined &&
        (this.firstAt.get(body) ?? 0) <= (this.firstAt.get(tokens[0] as string) ?? Infinity)
      )
        return body;
      // "the Conservatives" after "the Conservative Party": a party by its members' name.
      const token = tokens[0] as string;
      if (token.length > 4 && token.endsWith('s')) {
        const parties = this.bodyByFirst
          .get(token.slice(0, -1))
          ?.filter((body) => /\sparty$/iu.test(body));
        if (parties?.length === 1) return parties[0] as string;
      }
      // "the Fed" after "the Federal Reserve": a clipped first word of exactly one full name.
      if (token.length >= 3 && /^\p{Lu}\p{Ll}+$/u.test(name)) {
        let clipped: string | null = null;
        let count = 0;
        for (const first of this.firstsByPrefix.get(token.slice(0, 3)) ?? []) {
          if (first.length <= token.length || !first.startsWith(token)) continue;
          for (const map of [this.bodyByFirst, this.byFirst]) {
            const names = map.get(first) ?? [];
            count += names.length;
            clipped = names[0] ?? clipped;
          }
        }
        if (this.firstsByPrefix.get(token.slice(0, 3))?.size === PREFIX_CAP) count = 0;
        if (count === 1 && clipped !== null) return clipped;
      }
      return this.misspelt(name, tokens[0] as string);
    }
    let best = name;
    let bestLength = tokens.length;
    for (const candidate of candidates) {
      const candidateTokens = tokensOf(candidate);
      // A nationality before a surname ("American Davenport") wins no tie.
      const tie =
        at !== undefined &&
        best !== name &&
        candidateTokens.length === bestLength &&
        !DEMONYM.test(candidateTokens[0] as string) &&
        this.lastBefore(candidate, at) > this.lastBefore(best, at);
      if (candidateTokens.length <= bestLength && !tie) continue;
      // "David Rubin of David Rubin & Partners": a full name is the person, not the firm.
      if (tokens.length >= 2 && candidate.includes('&')) continue;
      if (tokens.every((token) => candidateTokens.includes(token))) {
        best = candidate;
        bestLength = candidateTokens.length;
      }
    }
    return best;
  }
}

function tokensOf(name: string): string[] {
  return name
    .toLowerCase()
    .replace(/['’]s?\b/gu, '')
    .split(/[\s]+/u)
    .map((token) => token.replace(/\.$/u, '').replace(/^['‘’"“”]+|['‘’"“”]+$/gu, ''))
    .filter((token) => token !== '');
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
