// Direct quotes and who the text says spoke them, and the credits (attributions) of every
// sentence, found in one pass over a text's sentences, since each informs the other: "He added
// …" and a quote with no speaker of its own take the speaker of the sentence before.
//
// Quotations come from the aligner's pairing (align/quotes.ts, per paragraph), plus quotes that
// run across paragraphs (a paragraph opens a quote and leaves it open, the next re-opens it).
// Each quote's speaker is read from the credit next to it: after it in its clause ("…,” said
// Watson), else before it ("Peskov told reporters the leaders would meet “one on one”"), else
// the previous sentence's speaker when the quote opens its sentence.

import { segmentText, type SentenceSegment } from '../align/sentences';
import {
  BODY_ROLES,
  definiteDescription,
  joinsRoles,
  roleHeads,
  RoleTable,
  type Description,
} from './speaker-roles';
import {
  mentionsIn,
  NameIndex,
  openingMember,
  readSource,
  sentenceSubjects,
  type SourceReading,
} from './speakers';
import { NAME_MONTHS, WEEKDAYS } from './speaker-words';
import { SPEECH_PARTICIPLES, SPEECH_VERBS } from './speech-words';
import {
  creditPhrase,
  findCredits,
  reportingVerb,
  wordsIn,
  type Credit,
  type Word,
} from './speech-verbs';
import type { AttributionFact, QuoteFact, TextRange } from './types';

/** A quotation found in the text: its marks, or a paragraph end for an open piece. */
interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or the paragraph end when the quote runs on. */
  close: number;
  /** Quotes that continue one another across paragraphs share a group. */
  group: number;
}

/** Single-quoted text counts as a quote from this many words. */
const MIN_SINGLE_QUOTE_WORDS = 4;
/** Paragraphs a pronoun ("he said") looks back for its speaker. */
const PRONOUN_REACH = 6;

/** Paragraph extents from the sentences (which are trimmed, as paragraphs are). */
function paragraphRanges(sentences: readonly SentenceSegment[]): TextRange[] {
  const ranges: TextRange[] = [];
  for (const sentence of sentences) {
    const range = ranges[sentence.paragraph];
    if (range === undefined)
      ranges[sentence.paragraph] = { start: sentence.start, end: sentence.end };
    else range.end = sentence.end;
  }
  return ranges;
}

function countWords(text: string, from: number, to: number): number {
  let count = 0;
  let inWord = false;
  for (let index = from; index < to; index++) {
    const space = /\s/u.test(text.charAt(index));
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

/** Double-quote openers and the marks that close each. */
const CLOSERS = new Map<string, string>([
  ['“', '”'],
  ['„', '“”'],
  ['«', '»'],
  ['「', '」'],
  ['『', '』'],
  ['"', '"'],
]);
const ALL_CLOSERS = '”“»」』"';

/**
 * Whether a straight double quote opens: it touches a non-space after it and, before it, a
 * space, the start, an opening bracket, a dash or a colon ('read:"We want …"').
 */
function straightOpens(text: string, index: number, from: number, to: number): boolean {
  const before = index > from ? text.charAt(index - 1) : ' ';
  const after = index + 1 < to ? text.charAt(index + 1) : ' ';
  return /[\s\p{Ps}\p{Pi}—–:-]/u.test(before) && !/\s/u.test(after);
}

/**
 * A straight double quote with a space on both sides opens when no quotation is open, words
 * follow it and another straight quote closes it later in the paragraph: copy typed as
 * `could be " very important to … neighbourhood".`
 */
function spacedOpener(text: string, index: number, from: number, to: number): boolean {
  const before = index > from ? text.charAt(index - 1) : ' ';
  if (!/\s/u.test(before) || !/^ \p{L}/u.test(text.slice(index + 1, index + 3))) return false;
  const next = text.indexOf('"', index + 1);
  return next >= 0 && next < to;
}

/** A double quotation found in one paragraph; `closed` is false for a piece left open. */
interface DoubleQuote {
  open: number;
  close: number;
  closed: boolean;
}

/**
 * Double quotations of one paragraph. An opener while a quotation of the same style is open
 * ends the open one there: news copy flattened from several paragraphs reads
 * `said: "First part. "Second part."`, one speech in pieces.
 */
function doubleQuotesIn(text: string, from: number, to: number, into: DoubleQuote[]): void {
  let open = -1;
  let closers = '';
  for (let index = from; index < to; index++) {
    const mark = text.charAt(index);
    if (!CLOSERS.has(mark) && !ALL_CLOSERS.includes(mark)) continue;
    const opens =
      CLOSERS.has(mark) &&
      (mark !== '"' ||
        straightOpens(text, index, from, to) ||
        (open < 0 && spacedOpener(text, index, from, to)));
    if (open >= 0 && closers.includes(mark) && !(mark === '"' && opens)) {
      into.push({ open, close: index, closed: true });
      open = -1;
      continue;
    }
    if (!opens) continue;
    if (open >= 0) {
      if (text.charAt(open) !== mark) continue; // another style inside: a nested quotation
      into.push({ open, close: index, closed: false });
    }
    open = index;
    closers = CLOSERS.get(mark) ?? '';
  }
  if (open >= 0 && open + 1 < to) into.push({ open, close: to, closed: false });
}

/**
 * Every quotation of the text, sorted, with the pieces of one speech grouped: pieces left
 * open and re-opened within a paragraph or at the start of the next paragraph. Single-quoted
 * text counts when it is not inside a double quotation and has a few words.
 */
function findQuoteSpans(
  text: string,
  singles: readonly { open: number; close: number; double: boolean }[],
  paragraphs: readonly TextRange[],
): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let group = 0;
  let singleIndex = 0;
  let continuing = -1;
  const doubles: DoubleQuote[] = [];
  for (const range of paragraphs) {
    if (range === undefined) continue;
    doubles.length = 0;
    doubleQuotesIn(text, range.start, range.end, doubles);
    for (let index = 0; index < doubles.length; index++) {
      const quote = doubles[index] as DoubleQuote;
      const opensParagraph = index === 0 && /^\s*$/u.test(text.slice(range.start, quote.open));
      const id = continuing >= 0 && (index > 0 || opensParagraph) ? continuing : group++;
      spans.push({ open: quote.open, close: quote.close, group: id });
      continuing = quote.closed ? -1 : id;
    }
    if (doubles.length === 0) continuing = -1;
    while (
      singleIndex < singles.length &&
      (singles[singleIndex] as { open: number }).open < range.end
    ) {
      const quote = singles[singleIndex++] as { open: number; close: number; double: boolean };
      if (quote.double || quote.open < range.start) continue;
      if (doubles.some((double) => double.open < quote.open && quote.close <= double.close))
        continue;
      if (countWords(text, quote.open + 1, quote.close) < MIN_SINGLE_QUOTE_WORDS) continue;
      spans.push({ open: quote.open, close: quote.close, group: group++ });
    }
  }
  return spans.sort((a, b) => a.open - b.open);
}

/** A quote's words without its marks and the punctuation the style puts inside them. */
function quoteRange(text: string, span: QuoteSpan): TextRange {
  let start = span.open + 1;
  let end = span.close;
  while (start < end && /\s/u.test(text.charAt(start))) start++;
  while (end > start && /[\s,;:]/u.test(text.charAt(end - 1))) end--;
  if (end > start && text.charAt(end - 1) === '.' && text.charAt(end - 2) !== '.') end--;
  return { start, end };
}

/** A resolved source: the name as the text gives it at its fullest, and where it is named. */
interface Source {
  name: string;
  range: TextRange;
  person: boolean;
  paragraph: number;
  /** A one-word name credited as a speaker, neither marked a person nor a body ("Parry"). */
  single?: boolean;
}

/** Everything one pass finds. */
export interface TextCredits {
  quotes: QuoteFact[];
  attributions: AttributionFact[];
}

/** A credit read in context. `generic` is an unnamed source ("officials"); null: none. */
interface ReadCredit {
  source: Source | null;
  generic: { name: string; range: TextRange } | null;
  /** A person's description nothing before it explains ("the economy minister said"). */
  unresolved?: Description;
}

/** A quote credited to a description that a later sentence may name. */
interface PendingQuote {
  quote: number;
  group: number;
  description: Description;
  sentence: number;
  paragraph: number;
}

/** How many sentences after a quote may name the person its description stands for. */
const CATAPHORA_SENTENCES = 3;
/** The text's opening sentences (a title line and the first paragraph's two), by index. */
const LEAD_SENTENCES = 2;

/** A person or body with where it is named (a Source or a RoleTable referent). */
interface RoleSourceLike {
  name: string;
  range: TextRange;
  person: boolean;
  paragraph: number;
}

/** One pass over a text's sentences: quotes with speakers and each sentence's attribution. */
export function creditText(text: string): TextCredits {
  const { sentences, quotes: regions } = segmentText(text);
  const paragraphs = paragraphRanges(sentences);
  const spans = findQuoteSpans(text, regions, paragraphs);

  const index = new NameIndex();
  const sentenceWords: Word[][] = [];
  for (const sentence of sentences) {
    const words = wordsIn(text, sentence.start, sentence.end);
    sentenceWords.push(words);
    index.addSentence(text, words);
  }

  const roles = new RoleTable();
  const quotes: QuoteFact[] = [];
  const quoteGroups: number[] = [];
  const attributions: AttributionFact[] = [];
  const groupSpeaker = new Map<number, Source>();
  let lastPerson: Source | null = null;
  let lastAny: Source | null = null;
  let lastBody: Source | null = null;
  let currentSubject: Source | null = null;
  let previousSentence: {
    paragraph: number;
    source: Source | null;
    subject: Source | null;
    /** The last person it mentioned with an honorific or a role ("Rick Dean, director of"). */
    described: Source | null;
  } | null = null;
  let spanIndex = 0;
  const pending: PendingQuote[] = [];

  /**
   * "“…,” the economy minister said. “…,” said economy minister Heizo Takenaka.": a quote
   * credited to a person's description that nothing before it explains goes to the person a
   * later sentence of the same or the next paragraph describes so, or, in the text's opening
   * sentences, to the person the next sentences credit or open with ("Scotland's justice
   * minister has warned … . Cathy Jamieson said …").
   */
  const settlePending = (at: number, paragraph: number, named: Source | null) => {
    let kept = 0;
    for (const item of pending) {
      if (at === item.sentence) {
        pending[kept++] = item;
        continue;
      }
      const quote = quotes[item.quote] as QuoteFact;
      let source: RoleSourceLike | null = null;
      if (quote.speaker === null) {
        const referent = roles.resolve(item.description);
        if (
          referent !== null &&
          referent.person &&
          referent.range.start > quote.end &&
          referent.paragraph - item.paragraph <= 1
        )
          source = referent;
        else if (
          item.sentence <= LEAD_SENTENCES &&
          named !== null &&
          named.person &&
          named.range.start > quote.end &&
          paragraph - item.paragraph <= 1
        )
          source = named;
      }
      if (source !== null) {
        quote.speaker = source.name;
        quote.speakerRange = { ...source.range };
        if (!groupSpeaker.has(item.group)) {
          groupSpeaker.set(item.group, { ...source, range: { ...source.range } });
        }
        continue;
      }
      if (quote.speaker === null && at - item.sentence < CATAPHORA_SENTENCES)
        pending[kept++] = item;
    }
    pending.length = kept;
  };

  const resolve = (reading: SourceReading | null, paragraph: number): ReadCredit => {
    if (reading === null) return { source: null, generic: null };
    if (reading.type === 'generic') {
      // "the company said", "the spokesman said", "a spokeswoman said": the body last credited
      // or last the subject of a sentence ("a company said" is another company).
      const definite = text.slice(Math.max(0, reading.range.start - 4), reading.range.start);
      const head = reading.name.toLowerCase();
      if (
        ((/^the $/iu.test(definite) && (BODY_ROLES.has(head) || SPOKESPERSONS.has(head))) ||
          (/(?:^|\P{L})an? $/iu.test(definite) && SPOKESPERSONS.has(head))) &&
        lastBody !== null &&
        paragraph - lastBody.paragraph <= PRONOUN_REACH
      ) {
        return { source: lastBody, generic: null };
      }
      // "The commission says …. “…,” says its report": the body last credited speaks through
      // its report, statement or spokesman.
      if (
        /(?:^|\P{L})its $/iu.test(definite) &&
        (OWN_DOCUMENTS.has(head) || SPOKESPERSONS.has(head)) &&
        lastBody !== null &&
        paragraph - lastBody.paragraph <= PRONOUN_REACH
      ) {
        return { source: lastBody, generic: null };
      }
      // "“…,” his report said": the person last credited or the subject, through their report.
      if (/(?:^|\P{L})(?:his|her) $/iu.test(definite) && OWN_DOCUMENTS.has(head)) {
        const person = currentSubject?.person === true ? currentSubject : lastPerson;
        if (person !== null && paragraph - person.paragraph <= PRONOUN_REACH) {
          return { source: person, generic: null };
        }
      }
      // "In a statement, Valve said …. “…,” read the statement": whoever the previous sentence
      // credited, in the same paragraph.
      if (
        /^the $/iu.test(definite) &&
        STATEMENTS.has(head) &&
        previousSentence !== null &&
        previousSentence.source !== null &&
        previousSentence.paragraph === paragraph
      ) {
        return { source: previousSentence.source, generic: null };
      }
      return { source: null, generic: reading };
    }
    if (reading.type === 'pronoun') {
      const subject =
        currentSubject !== null && currentSubject.range.end <= reading.range.start
          ? currentSubject
          : null;
      // "But Parry, speaking to BBC Sport, admits …. He told …": a one-word name credited
      // after the last person is the "he" or "she".
      const single =
        lastAny?.single === true &&
        (lastPerson === null || lastPerson.range.start < lastAny.range.start)
          ? lastAny
          : null;
      const antecedent = reading.person
        ? subject?.person
          ? subject
          : (single ?? lastPerson)
        : (lastBody ?? lastAny ?? lastPerson);
      if (antecedent === null || paragraph - antecedent.paragraph > PRONOUN_REACH) {
        // "he says" with no person credited or the subject of a sentence yet: the person the
        // text is about ("Bill Conti's job …").
        const prominent = reading.person ? roles.prominentPerson() : null;
        return { source: prominent, generic: null };
      }
      return { source: antecedent, generic: null };
    }
    const name = index.fullest(reading.name, reading.range.start);
    const person = reading.person || (name !== reading.name && index.isPerson(name));
    const single = reading.single === true && name === reading.name;
    return {
      source: { name, range: reading.range, person, paragraph, ...(single ? { single } : {}) },
      generic: null,
    };
  };

  // Who a verb without a subject of its own credits ("X says … but said …", "But told BBC
  // News: …"): the source read earlier in the sentence, its subject, or the previous sentence's.
  let elidedSource: Source | null = null;
  const readCredit = (credit: Credit, words: readonly Word[], paragraph: number): ReadCredit => {
    // A subject before an aside holding a quotation lies before this stretch's words.
    const outside = credit.phraseStart < (words[0]?.start ?? credit.phraseStart);
    const phrase = creditPhrase(
      text,
      credit,
      outside ? wordsIn(text, credit.phraseStart, credit.phraseEnd) : words,
    );
    if (phrase.words.length === 0 && credit.form === 'subject-first') {
      const before = words.filter((word) => word.end <= credit.start);
      const previous = before[before.length - 1];
      if (previous === undefined || previous.lower === 'and' || previous.lower === 'but') {
        // The nearest credit before it in the same stretch names the source.
        const credits = findCredits(text, words[0]?.start ?? credit.start, credit.start, before);
        for (let index = credits.length - 1; index >= 0; index--) {
          const earlier = credits[index] as Credit;
          if (earlier.form === 'participle') continue;
          const earlierPhrase = creditPhrase(text, earlier, before);
          if (earlierPhrase.words.length === 0) continue;
          const read = resolve(
            readSource(text, earlierPhrase.words, earlierPhrase.nearVerb),
            paragraph,
          );
          if (read.source !== null || read.generic !== null) return read;
        }
        return { source: elidedSource, generic: null };
      }
    }
    // "the foreign secretary told MPs", "the club said": who the text described so; "the prime
    // minister's official spokesman said": the one they speak for.
    const description = definiteDescription(
      text,
      spokespersonOwner(phrase.words) ?? phrase.words,
      phrase.nearVerb,
    );
    let unresolved: Description | undefined;
    if (description !== null) {
      const referent = roles.resolve(description);
      if (referent !== null && paragraph - referent.paragraph <= DESCRIPTION_REACH) {
        return { source: { ...referent, range: { ...referent.range } }, generic: null };
      }
      if (referent === null && description.person) unresolved = description;
    }
    // "the Commons standards and privileges committee said": a body's name written in lower
    // case after its capitalised first word is the body, though nothing before named it.
    const lowerName = lowerCaseBody(phraseWithName(words, phrase.words));
    if (lowerName !== null) {
      const name = text.slice(lowerName.start, lowerName.end);
      return { source: { name, range: lowerName, person: false, paragraph }, generic: null };
    }
    // "…,” said Friday.": a weekday or month that is the surname of a person the text names
    // ("Mike Friday") is that person.
    const lone = phrase.words.length === 1 ? (phrase.words[0] as Word) : null;
    if (
      lone !== null &&
      (WEEKDAYS.test(lone.lower) || NAME_MONTHS.has(lone.lower)) &&
      /^\p{Lu}/u.test(lone.text)
    ) {
      const person = index.fullest(lone.text);
      if (person !== lone.text) {
        const range = { start: lone.start, end: lone.end };
        return { source: { name: person, range, person: true, paragraph }, generic: null };
      }
    }
    const read = resolve(readSource(text, phrase.words, phrase.nearVerb), paragraph);
    return unresolved !== undefined && read.source === null ? { ...read, unresolved } : read;
  };

  const remember = (source: Source) => {
    lastAny = source;
    if (source.person) lastPerson = source;
    else lastBody = source;
  };

  for (let sentenceIndex = 0; sentenceIndex < sentences.length; sentenceIndex++) {
    const first = sentences[sentenceIndex] as SentenceSegment;
    const sentence: SentenceSegment = { ...first };
    let words = sentenceWords[sentenceIndex] as Word[];
    // The quotes opening in this sentence; one running on past it takes the following
    // sentences of its paragraph into the same unit.
    const own: QuoteSpan[] = [];
    for (;;) {
      while (spanIndex < spans.length && (spans[spanIndex] as QuoteSpan).open < sentence.end) {
        own.push(spans[spanIndex++] as QuoteSpan);
      }
      const reach = own.reduce((far, span) => Math.max(far, span.close), 0);
      const next = sentences[sentenceIndex + 1];
      if (reach < sentence.end || next === undefined || next.paragraph !== sentence.paragraph)
        break;
      sentenceIndex++;
      sentence.end = next.end;
      words = words.concat(sentenceWords[sentenceIndex] as Word[]);
    }
    // The sentence outside its quotations, as stretches, each with its credits.
    const stretches: { from: number; to: number; credits: Credit[]; words: Word[] }[] = [];
    let cursor = sentence.start;
    const addStretch = (from: number, to: number) => {
      const inside = words.filter((word) => word.start >= from && word.end <= to);
      stretches.push({ from, to, words: inside, credits: findCredits(text, from, to, inside) });
    };
    for (const span of own) {
      addStretch(cursor, Math.max(cursor, span.open));
      cursor = Math.max(cursor, span.close + 1);
    }
    addStretch(Math.min(cursor, sentence.end), sentence.end);

    const opening = words[0];
    if (
      opening !== undefined &&
      /^(?:he|she)$/u.test(opening.lower) &&
      previousSentence?.described != null &&
      sentence.paragraph - previousSentence.paragraph <= 1
    ) {
      // "For Rick Dean, director of …, HD is a prospect. He has worked …": a sentence opening
      // with "he" or "she" after one whose person subject or source the text has not marked as
      // a person (no honorific or role: "the name Visual Radio") goes to the person the previous
      // sentence described.
      const previousPerson = previousSentence.source?.person
        ? previousSentence.source
        : previousSentence.subject;
      if (previousPerson === null || !roles.confirmedPerson(previousPerson.name)) {
        lastPerson = previousSentence.described;
      }
    }
    const openingPronoun: Source | null =
      opening !== undefined && /^(?:he|she)$/u.test(opening.lower) && lastPerson !== null
        ? (lastPerson as Source)
        : null;
    // The sentence's subject, for pronouns later in it or after it. One opening with "he" or
    // "she" has that for its subject: names later in it ("He has worked on Star Wars, Finding
    // Nemo, …") are not.
    currentSubject = null;
    let subjectBody: Source | null = null;
    const subjects =
      openingPronoun !== null
        ? []
        : sentenceSubjects(text, (stretches[0] as (typeof stretches)[number]).words);
    for (const subject of subjects) {
      const name = index.fullest(subject.name);
      const person = subject.person || index.isPerson(name);
      const source: Source = { name, range: subject.range, person, paragraph: sentence.paragraph };
      if (person) {
        currentSubject = source;
        break;
      }
      subjectBody = subjectBody ?? source;
    }

    elidedSource =
      currentSubject ??
      subjectBody ??
      openingPronoun ??
      (previousSentence !== null && sentence.paragraph - previousSentence.paragraph <= 1
        ? (previousSentence.source ?? previousSentence.subject)
        : null);

    // The sentence's main credit: one closing the sentence ("…, the AP reported."), else its
    // first finite one that names a source.
    let main: ReadCredit | null = null;
    const lastStretch = stretches[stretches.length - 1] as (typeof stretches)[number];
    const closing = lastStretch.credits[lastStretch.credits.length - 1];
    if (
      closing !== undefined &&
      closing.form !== 'participle' &&
      closesSentence(text, closing, lastStretch)
    ) {
      const read = readCredit(closing, lastStretch.words, sentence.paragraph);
      if (read.source !== null || read.generic !== null) main = read;
    }
    for (const stretch of stretches) {
      if (main !== null) break;
      for (const credit of stretch.credits) {
        if (credit.form === 'participle') continue;
        const read = readCredit(credit, stretch.words, sentence.paragraph);
        if (read.source !== null || read.generic !== null) {
          main = read;
          break;
        }
      }
    }

    // "A Treasury spokesperson dismissed the claims, saying “…”": the body the opening phrase's
    // member speaks for.
    const openingCredit = (paragraph: number): ReadCredit | null => {
      const reading = openingMember(text, (stretches[0] as (typeof stretches)[number]).words);
      return reading === null ? null : resolve(reading, paragraph);
    };

    let sentenceSource: Source | null = null;
    let quoteSource: Source | null = null;
    for (let quoteIndex = 0; quoteIndex < own.length; quoteIndex++) {
      const span = own[quoteIndex] as QuoteSpan;
      const before = stretches[quoteIndex] as (typeof stretches)[number];
      const after = stretches[quoteIndex + 1] as (typeof stretches)[number];
      let read: ReadCredit | null = null;
      // After the quote, in its own clause: "…,” said Watson. / "…" he added.
      const firstAfter = after.credits[0];
      if (firstAfter !== undefined && firstAfter.form !== 'participle') {
        const lead = after.words.filter((word) => word.end <= firstAfter.start);
        const leadText = text.slice(after.from, firstAfter.start);
        // "…,” Jeff Ravencraft, technology strategist at Intel and chairman of …, told ZDNet.":
        // a name and its appositive, however long, before the verb.
        const appositive = APPOSITIVE_LEAD.test(leadText);
        // "Concessions on a bill which critics claim would allow “…” were not a ploy, the
        // minister said": words of the sentence's own run on between the quote and a credit
        // closing it, and a nearer credit before the quote is the quote's.
        const nearer = before.credits[before.credits.length - 1];
        let runsOn = false;
        if (
          !appositive &&
          nearer?.form === 'subject-first' &&
          /^[^,]*\p{L}[^,]*,/u.test(leadText)
        ) {
          const own = readCredit(nearer, before.words, sentence.paragraph);
          runsOn = own.source !== null || own.generic !== null;
        }
        const clean =
          appositive ||
          (lead.length <= 12 &&
            !runsOn &&
            !/;/u.test(leadText) &&
            // "GM chairman and chief executive Rick Wagoner said": one person's titles.
            lead.every(
              (word, at) =>
                !LEAD_BREAKERS.has(word.lower) || (word.lower === 'and' && joinsRoles(lead, at)),
            ));
        if (clean) read = readCredit(firstAfter, after.words, sentence.paragraph);
        // "Prosecutors said Jaynes was “…”, …, news agency Associated Press reported.": an
        // outlet reporting the sentence is a citation; the speaker credited before the quote,
        // named or not, said the words.
        if (
          read !== null &&
          nearer?.form === 'subject-first' &&
          REPORTED.test(text.slice(firstAfter.start, firstAfter.end).toLowerCase())
        ) {
          const inner = readCredit(nearer, before.words, sentence.paragraph);
          if (inner.source !== null || inner.generic !== null) read = inner;
        }
      }
      // Before it: "X said: “…”", "X told reporters the leaders would meet “…”".
      let unnamed = false;
      if (read === null || (read.source === null && read.generic === null)) {
        const lastBefore = before.credits[before.credits.length - 1];
        // "Mr Kilroy-Silk said the man, who later disappeared, claimed he was “…”": the
        // nearest credit's subject is someone the text does not name.
        unnamed =
          lastBefore?.form === 'subject-first' &&
          before.credits.length >= 2 &&
          unnamedSubject(creditPhrase(text, lastBefore, before.words).words);
        if (lastBefore !== undefined) {
          read =
            lastBefore.form === 'participle'
              ? (main ??
                // "Mr Boateng served on the council before being elected to Parliament,
                // declaring “…”": the participle's subject is the sentence's person subject.
                (currentSubject !== null
                  ? { source: currentSubject, generic: null }
                  : (openingCredit(sentence.paragraph) ??
                    readCredit(lastBefore, before.words, sentence.paragraph))))
              : readCredit(lastBefore, before.words, sentence.paragraph);
        }
      }
      // "- Bolton boss Sam Allardyce: “…”": a paragraph that opens with a dash or bullet and a
      // name, then the quote, is that person's line (match reports, interview transcripts).
      if (
        (read === null || (read.source === null && read.generic === null)) &&
        before.credits.length === 0 &&
        speakerLine(text, before.words, span.open)
      ) {
        const line = resolve(readSource(text, before.words, 'end'), sentence.paragraph);
        if (line.source !== null) read = line;
      }
      let source = read?.source ?? null;
      const credited =
        unnamed || (read !== null && (read.source !== null || read.generic !== null));
      if (unnamed) source = null;
      if (!credited && before.words.length === 0) {
        // A quote opening its sentence with no credit: the speaker goes on.
        source = groupSpeaker.get(span.group) ?? null;
        if (
          source === null &&
          previousSentence !== null &&
          sentence.paragraph - previousSentence.paragraph <= 1
        ) {
          source = previousSentence.source ?? previousSentence.subject;
        }
      } else if (
        !credited &&
        PASSIVE_DESCRIPTION.test(text.slice(Math.max(before.from, span.open - 80), span.open))
      ) {
        // Someone else's words about the subject, an agent not named as a credit names.
        source = null;
      } else if (!credited && main !== null) {
        source = main.source;
      } else if (!credited && main === null && !titleLike(text, span)) {
        // A phrase quoted in a sentence about someone that credits nobody ("She will announce
        // the move, aiming to “…”", "Kelly had been full of “should I?” thoughts"): the
        // sentence's subject's words. Titles ("an “Action Plan for …”") are nobody's.
        source = currentSubject ?? openingPronoun;
      }
      if (source !== null) {
        if (!groupSpeaker.has(span.group)) groupSpeaker.set(span.group, source);
        quoteSource = quoteSource ?? source;
      }
      if (source === null && read?.unresolved !== undefined) {
        pending.push({
          quote: quotes.length,
          group: span.group,
          description: read.unresolved,
          sentence: sentenceIndex,
          paragraph: sentence.paragraph,
        });
      }
      const range = quoteRange(text, span);
      quotes.push({
        start: range.start,
        end: range.end,
        text: text.slice(range.start, range.end),
        speaker: source?.name ?? null,
        speakerRange: source === null ? null : { ...source.range },
      });
      quoteGroups.push(span.group);
    }

    if (quoteSource !== null) {
      attributions.push({
        start: sentence.start,
        end: sentence.end,
        originator: quoteSource.name,
        originatorRange: { ...quoteSource.range },
        kind: 'quote',
      });
      sentenceSource = quoteSource;
    } else if (main !== null) {
      const named = main.source;
      const originator = named?.name ?? main.generic?.name ?? '';
      const range = named?.range ?? main.generic?.range ?? { start: 0, end: 0 };
      attributions.push({
        start: sentence.start,
        end: sentence.end,
        originator,
        originatorRange: { ...range },
        kind: 'reported',
      });
      sentenceSource = named;
    }
    if (sentenceSource !== null) remember(sentenceSource);
    else if (currentSubject !== null) lastPerson = currentSubject;
    else if (subjectBody !== null) lastBody = subjectBody;
    previousSentence = {
      paragraph: sentence.paragraph,
      source: sentenceSource,
      subject: currentSubject,
      described: recordMentions(text, words, sentence.paragraph, index, roles),
    };
    if (pending.length > 0) {
      settlePending(sentenceIndex, sentence.paragraph, sentenceSource ?? currentSubject);
    }
  }

  // Quotes of a multi-paragraph group share the speaker any of its pieces found.
  for (let quoteIndex = 0; quoteIndex < quotes.length; quoteIndex++) {
    const quote = quotes[quoteIndex] as QuoteFact;
    if (quote.speaker !== null) continue;
    const source = groupSpeaker.get(quoteGroups[quoteIndex] as number);
    if (source !== undefined) {
      quote.speaker = source.name;
      quote.speakerRange = { ...source.range };
    }
  }
  return { quotes, attributions };
}

/**
 * Before a quote, a passive naming verb ("Barley is described as a “…”", "plans – described by
 * one union as a “…”"): the words are someone else's about the subject, not the subject's.
 */
const PASSIVE_DESCRIPTION =
  /(?:(?:\b(?:is|was|are|were|be|been|being)\s+(?:\p{Ll}+ly\s+)?)|[-–—,]\s*)(?:(?:described|called|dubbed|labell?ed|branded|termed|billed|hailed|derided|denounced)\b[^"“”.;:]{0,60}?\bas\s+(?:(?:an?|the)\s+)?|(?:hailed|praised|lauded|applauded|acclaimed|commended|critici[sz]ed|condemned|attacked|slammed|blamed|honou?red)\s+for\s+(?:his|her|its|their)\s+)$/u;

/**
 * Whether a subject phrase (after any outer reporting clause: "X said the man") is someone
 * unnamed: "the man", "a protester" (an article, then lower-case words only, ending in a noun
 * for a person).
 */
function unnamedSubject(phrase: readonly Word[]): boolean {
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
function spokespersonOwner(words: readonly Word[]): Word[] | null {
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
const REPORTED = /^(?:reported|reports|reporting)$/u;

/** Paragraphs a description ("the foreign secretary") looks back for who it describes. */
const DESCRIPTION_REACH = 12;

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
function recordMentions(
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
function speakerLine(text: string, words: readonly Word[], open: number): boolean {
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
function phraseWithName(words: readonly Word[], phrase: readonly Word[]): readonly Word[] {
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
function lowerCaseBody(words: readonly Word[]): TextRange | null {
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
function titleLike(text: string, span: QuoteSpan): boolean {
  const words = text.slice(span.open + 1, span.close).match(/[\p{L}'’-]+/gu) ?? [];
  const long = words.filter((word) => word.length >= 4);
  if (long.length === 0) return false;
  const capitalised = long.filter((word) => /^\p{Lu}/u.test(word)).length;
  return capitalised * 3 >= long.length * 2;
}

/** Documents a source issues ("the statement said", "the report said"). */
const STATEMENTS: ReadonlySet<string> = new Set(['statement', 'report', 'letter']);

/** What a body publishes in its own voice ("its report"). */
const OWN_DOCUMENTS: ReadonlySet<string> = new Set(['statement', 'report', 'letter', 'website']);

/** "the spokesman said", no spokesman named: the body last credited speaks through them. */
const SPOKESPERSONS: ReadonlySet<string> = new Set(['spokesman', 'spokeswoman', 'spokesperson']);

/**
 * Whether a credit closes its sentence ("…, The Associated Press reported.", "…, said South
 * Korea’s Unification Ministry."): it follows a comma and only a few words follow it.
 */
function closesSentence(
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
const APPOSITIVE_LEAD = /^[\s,]*(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*,[^;,.]+,\s*$/u;

/** Words between a quote and a verb after it that show the verb is not its credit. */
const LEAD_BREAKERS: ReadonlySet<string> = new Set([
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

/**
 * Every direct quote of `text` with its speaker: the person or body the text credits, at the
 * fullest form of the name the text gives, or null when it names nobody. Offsets are UTF-16.
 */
export function extractQuotes(text: string): QuoteFact[] {
  return creditText(text).quotes;
}
