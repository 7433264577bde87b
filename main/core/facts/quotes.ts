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
  RoleTable,
  type Description,
} from './speaker-roles';
import { openingMember, readSource, sentenceSubjects, type SourceReading } from './speakers';
import { NAME_MONTHS, WEEKDAYS } from './speaker-words';
import { creditPhrase, findCredits, wordsIn, type Credit, type Word } from './speech-verbs';
import { findQuoteSpans, paragraphRanges, quoteRange, type QuoteSpan } from './quote-spans';
import { indexSentences } from './name-index';
import type { AttributionFact, QuoteFact, TextRange } from './types';
import {
  APPOSITIVE_LEAD,
  DESCRIPTION_REACH,
  LEAD_BREAKERS,
  OWN_DOCUMENTS,
  PASSIVE_DESCRIPTION,
  REPORTED,
  SPOKESPERSONS,
  STATEMENTS,
  closesSentence,
  lowerCaseBody,
  phraseWithName,
  recordMentions,
  speakerLine,
  spokespersonOwner,
  titleLike,
  unnamedSubject,
  type Source,
} from './quote-credits';

/** Paragraphs a pronoun ("he said") looks back for its speaker. */
const PRONOUN_REACH = 6;

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

  const { sentenceWords, index } = indexSentences(text, sentences);

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
 * Every direct quote of `text` with its speaker: the person or body the text credits, at the
 * fullest form of the name the text gives, or null when it names nobody. Offsets are UTF-16.
 */
export function extractQuotes(text: string): QuoteFact[] {
  return creditText(text).quotes;
}
