// The readings creditText (quotes.ts) leans on: who a subject phrase leaves unnamed, whom a
// spokesperson speaks for, the roles a sentence gives the people it names, a speaker's line
// label, a body's name written in lower case, whether a quote reads as a title or a credit
// closes its sentence, and the word lists behind them.

import type { QuoteSpan } from './quote-spans';
import { BODY_ROLES, roleHeads, type RoleTable } from './speaker-roles';
import { mentionsIn, type NameIndex } from './speakers';
import { SPEECH_PARTICIPLES, SPEECH_VERBS } from './speech-words';
import { creditPhrase, reportingVerb, type Credit, type Word } from './speech-verbs';
import type { TextRange } from './types';

/** A resolved source: the name as the text gives it at its fullest, and where it is named. */
export interface Source {
  name: string;
  range: TextRange;
  person: boolean;
  paragraph: number;
  /** A one-word name credited as a speaker, neither marked a person nor a body ("Parry"). */
  single?: boolean;
}

/**
 * Before a quote, a passive naming verb ("Barley is described as a “…”", "plans – described by
 * one union as a “…”"): the words are someone else's about the subject, not the subject's.
 */
export const PASSIVE_DESCRIPTION =
  /(?:(?:\b(?:is|was|are|were|be|been|being)\s+(?:\p{Ll}+ly\s+)?)|[-–—,]\s*)(?:(?:described|called|dubbed|labell?ed|branded|termed|billed|hailed|derided|denounced)\b[^"“”.;:]{0,60}?\bas\s+(?:(?:an?|the)\s+)?|(?:hailed|praised|lauded|applauded|acclaimed|commended|critici[sz]ed|condemned|attacked|slammed|blamed|honou?red)\s+for\s+(?:his|her|its|their)\s+)$/u;

/**
 * Whether a subject phrase (after any outer reporting clause: "X said the man") is someone
 * unnamed: "the man", "a protester" (an article, then lower-case words only, ending in a noun
 * for a person).
 */
export function unnamedSubject(phrase: readonly Word[]): boolean {
  let from = phrase.length;
  while (from > 0 && !reportingVerb(phrase[from - 1] as Word)) from--;
  const words = phrase.slice(from);
  const first = words[0];
  const last = words[words.length - 1];
  if (first === undefined || last === undefined || words.length > 4) return false;
  if (!/^(?:the|a|an)$/u.test(first.lower) || !UNNAMED_PEOPLE.has(last.lower)) return false;
  return words.slice(1).every((word) => /^\p{Ll}/u.test(word.text));
}

/** Nouns for someone a text leaves unnamed ("the man claimed", "a witness said"). */
const UNNAMED_PEOPLE: ReadonlySet<string> = new Set([
  'man',
  'woman',
  'boy',
  'girl',
  'person',
  'attacker',
  'protester',
  'witness',
  'caller',
  'passenger',
  'neighbour',
  'neighbor',
  'bystander',
  'onlooker',
  'resident',
  'customer',
  'fan',
  'stranger',
  'suspect',
  'victim',
  'intruder',
  'gunman',
]);

/**
 * The owner's words of "the prime minister's (official) spokesman" (with the owner's
 * possessive ending cut off), or null when `words` are no such phrase.
 */
export function spokespersonOwner(words: readonly Word[]): Word[] | null {
  const last = words[words.length - 1];
  if (last === undefined || !SPOKESPERSONS.has(last.lower)) return null;
  let owner = words.length - 2;
  while (owner >= 0 && !/['’]s?$/u.test((words[owner] as Word).text)) {
    if (/^\p{Lu}/u.test((words[owner] as Word).text) || words.length - owner > 4) return null;
    owner--;
  }
  if (owner < 1) return null;
  const possessive = words[owner] as Word;
  const bare = possessive.text.replace(/['’]s?$/u, '');
  if (bare === '' || /^\p{Lu}/u.test(bare)) return null;
  const cut: Word = {
    ...possessive,
    text: bare,
    lower: bare.toLowerCase(),
    end: possessive.start + bare.length,
  };
  return [...words.slice(0, owner), cut];
}

/** Verbs with which an outlet reports what others said. */
export const REPORTED = /^(?:reported|reports|reporting)$/u;

/** Paragraphs a description ("the foreign secretary") looks back for who it describes. */
export const DESCRIPTION_REACH = 12;

/** Lower-case words between a role and the name it introduces ("rock star Ozzy Osbourne"). */
const ROLE_LEAD_WORDS = 3;

/**
 * The words of a description set before a name and a comma ("the media watchdog, Reporters
 * Without Borders"): from "the" or "a" to the comma, at most five words; none otherwise.
 */
function introducedBy(text: string, words: readonly Word[], first: number): Word[] {
  const name = words[first];
  const before = words[first - 1];
  if (name === undefined || before === undefined) return [];
  if (!/^,\s+$/u.test(text.slice(before.end, name.start))) return [];
  for (let at = first - 1; at >= 0 && at >= first - 5; at--) {
    const word = words[at] as Word;
    if (/^(?:the|a|an)$/u.test(word.lower)) return words.slice(at + 1, first);
    if (at < first - 1 && !/^\s+$/u.test(text.slice(word.end, (words[at + 1] as Word).start)))
      return [];
  }
  return [];
}

/**
 * Counts the names of a sentence (outside nothing: quotes name people too) and records the
 * roles the text gives people: before the name ("Foreign Secretary Jack Straw", "rock star Ozzy
 * Osbourne") or in an appositive after it ("Jack Straw, the foreign secretary,").
 */
export function recordMentions(
  text: string,
  words: readonly Word[],
  paragraph: number,
  index: NameIndex,
  roles: RoleTable,
): Source | null {
  let marked: Source | null = null;
  for (const mention of mentionsIn(text, words)) {
    // An acronym ("TV", "MTV") is not the first name of a longer name.
    const acronym = /^\p{Lu}[\p{Lu}\d&]+$/u.test(mention.name);
    const name = acronym ? mention.name : index.fullest(mention.name);
    const person = mention.person || (name !== mention.name && index.isPerson(name));
    const source = { name, range: { ...mention.range }, person, paragraph };
    // "the media watchdog, Reporters Without Borders": a description set before the name.
    const introduced = introducedBy(text, words, mention.first);
    const described: Word[] = [...mention.leading, ...introduced];
    for (let at = mention.first - 1; at >= 0 && at >= mention.first - ROLE_LEAD_WORDS; at--) {
      const word = words[at] as Word;
      const next = words[at + 1] as Word;
      if (!/^\s$/u.test(text.slice(word.end, next.start))) break;
      // "A spokesman said President Musharraf …": a role before the verb is its subject's.
      if (SPEECH_VERBS.has(word.lower) || SPEECH_PARTICIPLES.has(word.lower)) break;
      described.push(word);
    }
    if (!person) {
      roles.mention(source, false);
      // "copy protection firm Macrovision", "the media watchdog, Reporters Without Borders".
      const heads = roleHeads(described).filter((head) => BODY_ROLES.has(head));
      if (heads.length > 0) roles.describeBody(heads, source);
      continue;
    }
    const after = words[mention.last + 1];
    if (
      after !== undefined &&
      /^,\s+$/u.test(text.slice((words[mention.last] as Word).end, after.start)) &&
      (/^(?:the|a|an)$/u.test(after.lower) || /^\p{Ll}/u.test(after.text))
    ) {
      // "Jack Straw, the foreign secretary," or "Rick Dean, director of business development,".
      const from = /^(?:the|a|an)$/u.test(after.lower) ? mention.last + 2 : mention.last + 1;
      for (let at = from; at < words.length && at <= mention.last + 6; at++) {
        const word = words[at] as Word;
        described.push(word);
        if (/^\s*[,;.]/u.test(text.slice(word.end, word.end + 2))) break;
      }
    }
    const heads = roleHeads(described);
    // "club Manchester City": a body, though named like a person.
    const body = heads.length > 0 && heads.every((head) => BODY_ROLES.has(head));
    if (body) {
      roles.mention({ ...source, person: false }, false);
      roles.describeBody(heads, { ...source, person: false });
      continue;
    }
    roles.mention(source, mention.honorific || heads.length > 0);
    if (mention.honorific || heads.length > 0) marked = source;
    if (heads.length > 0)
      roles.describe(
        heads,
        source,
        described.map((word) => word.lower),
      );
  }
  return marked;
}

/**
 * Whether `words` (before a quote opening at `open`) are a speaker's line label: they open a
 * paragraph after a dash or bullet, are at most eight, end in a capitalised word and touch the
 * quote, with a colon or nothing between ("- Manchester City boss Kevin Keegan: “…”").
 */
export function speakerLine(text: string, words: readonly Word[], open: number): boolean {
  const first = words[0];
  const last = words[words.length - 1];
  if (first === undefined || last === undefined || words.length > 8) return false;
  if (!/^\p{Lu}/u.test(last.text)) return false;
  if (!/^\s*:?\s*$/u.test(text.slice(last.end, open))) return false;
  const lineStart = text.lastIndexOf('\n', first.start) + 1;
  return /^\s*[-–—•*]\s*$/u.test(text.slice(lineStart, first.start));
}

/** Body nouns that end a body's name written in lower case ("the Commons … committee"). */
const LOWER_BODY_HEADS: ReadonlySet<string> = new Set([
  'committee',
  'commission',
  'council',
  'inquiry',
  'tribunal',
  'panel',
]);

/**
 * A subject phrase with the words before it back to "the" and a capitalised word, when only
 * lower-case words and "and" lie between ("technology committee" in "the Commons science and
 * technology committee added").
 */
export function phraseWithName(words: readonly Word[], phrase: readonly Word[]): readonly Word[] {
  const first = phrase[0];
  if (first === undefined) return phrase;
  let at = words.indexOf(first);
  if (at < 0) return phrase;
  const floor = Math.max(0, at - 6);
  while (at > floor && /^\p{Ll}+$/u.test((words[at - 1] as Word).text)) at--;
  if (
    at >= 2 &&
    /^\p{Lu}/u.test((words[at - 1] as Word).text) &&
    (words[at - 2] as Word).lower === 'the'
  )
    return words.slice(at - 2, words.indexOf(first) + phrase.length);
  return phrase;
}

/**
 * "the Commons science and technology committee": "the", a capitalised word, then three to six
 * lower-case words (with "and", "of", "for") ending in a body noun. Its range, or null.
 */
export function lowerCaseBody(words: readonly Word[]): TextRange | null {
  const last = words[words.length - 1];
  if (words.length < 4 || words.length > 8 || last === undefined) return null;
  if ((words[0] as Word).lower !== 'the' || !/^\p{Lu}\p{Ll}/u.test((words[1] as Word).text))
    return null;
  if (!LOWER_BODY_HEADS.has(last.text)) return null;
  for (let at = 2; at < words.length; at++) {
    if (!/^\p{Ll}+$/u.test((words[at] as Word).text)) return null;
  }
  return { start: (words[1] as Word).start, end: last.end };
}

/** Whether a quote reads as a title ("Action Plan for the Development of Italy"). */
export function titleLike(text: string, span: QuoteSpan): boolean {
  const words = text.slice(span.open + 1, span.close).match(/[\p{L}'’-]+/gu) ?? [];
  const long = words.filter((word) => word.length >= 4);
  if (long.length === 0) return false;
  const capitalised = long.filter((word) => /^\p{Lu}/u.test(word)).length;
  return capitalised * 3 >= long.length * 2;
}

/** Documents a source issues ("the statement said", "the report said"). */
export const STATEMENTS: ReadonlySet<string> = new Set(['statement', 'report', 'letter']);

/** What a body publishes in its own voice ("its report"). */
export const OWN_DOCUMENTS: ReadonlySet<string> = new Set([
  'statement',
  'report',
  'letter',
  'website',
]);

/** "the spokesman said", no spokesman named: the body last credited speaks through them. */
export const SPOKESPERSONS: ReadonlySet<string> = new Set([
  'spokesman',
  'spokeswoman',
  'spokesperson',
]);

/**
 * Whether a credit closes its sentence ("…, The Associated Press reported.", "…, said South
 * Korea’s Unification Ministry."): it follows a comma and only a few words follow it.
 */
export function closesSentence(
  text: string,
  credit: Credit,
  stretch: { from: number; to: number; words: readonly Word[] },
): boolean {
  const phrase = creditPhrase(text, credit, stretch.words).words;
  const clauseStart =
    credit.form === 'inverted' ? credit.start : (phrase[0]?.start ?? credit.phraseStart);
  if (!/,\s*$/u.test(text.slice(Math.max(stretch.from, clauseStart - 3), clauseStart)))
    return false;
  const tailFrom = credit.form === 'inverted' ? credit.phraseEnd : credit.end;
  const tail = stretch.words.filter((word) => word.start >= tailFrom);
  return tail.length <= 6 && tail.every((word) => word.lower !== 'that');
}

/** After a quote, a name of up to four words, then one appositive clause, then the verb. */
export const APPOSITIVE_LEAD =
  /^[\s,]*(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*,[^;,.]+,\s*$/u;

/** Words between a quote and a verb after it that show the verb is not its credit. */
export const LEAD_BREAKERS: ReadonlySet<string> = new Set([
  'while',
  'whilst',
  'and',
  'but',
  'that',
  'which',
  'when',
  'as',
  'because',
  'although',
  'though',
  'if',
  'after',
  'before',
  'where',
  'who',
  'since',
  'so',
]);
