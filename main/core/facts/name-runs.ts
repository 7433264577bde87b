// Names in a sentence's words: runs of capitalised words (with the connectors, initials,
// nicknames and numbers a name holds) and their reading as a person, a body, a single unknown
// name or a modifier, without the titles, roles and descriptors before them. Shared by the
// speaker reader (`speakers.ts`) and the index of a text's full names (`name-index.ts`).

import type { TextRange } from './types';
import type { Word } from './speech-verbs';
import { isCommonWord, isGivenName } from './common-words';
import { isPersonRole, isRoleWord } from './speaker-roles';
import {
  AFTER_NAME_TITLES,
  BEFORE_MONTH,
  BODY_HEADS,
  COMPASS,
  CONNECTORS,
  DEMONYM,
  GLUED_DESCRIPTOR,
  HONORIFICS,
  NAME_MONTHS,
  NAME_WORDS,
  PROPER_OPENERS,
  NOT_NAMES,
  STATE_BODY_HEADS,
  TITLES,
  WEEKDAYS,
} from './speaker-words';

export const isCapitalised = (word: Word) => /^\p{Lu}/u.test(word.text);
export const isPossessive = (word: Word) => /['’]s?$/u.test(word.text) && word.text.length > 2;
export const isAcronym = (word: Word) =>
  /^\p{Lu}[\p{Lu}\d&.-]+$/u.test(word.text) && word.text.length >= 2;

/** A capitalised run of words, read as a name. */
export interface Run {
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
export function atSentenceStart(text: string, index: number): boolean {
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
export function inTitle(text: string, index: number): boolean {
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
export function nicknameAt(text: string, words: readonly Word[], index: number): boolean {
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
export function capitalisedRuns(text: string, words: readonly Word[]): Run[] {
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
export interface RunName {
  kind: 'body' | 'person' | 'single' | 'modifier';
  words: Word[];
}

export function readRun(run: Run): RunName {
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

export function rangeOf(words: readonly Word[]): TextRange {
  return { start: (words[0] as Word).start, end: (words[words.length - 1] as Word).end };
}

export function nameText(text: string, words: readonly Word[]): string {
  const range = rangeOf(words);
  let name = text.slice(range.start, range.end);
  const last = words[words.length - 1] as Word;
  // "Kim Jong Un’s" as a name is "Kim Jong Un".
  if (isPossessive(last)) name = name.replace(/['’]s?$/u, '');
  return name;
}
