// Reporting verbs: the forms found and where their source phrase lies.

import { describe, expect, it } from 'vitest';
import { findCredits, wordsIn } from './speech-verbs';

function credits(text: string) {
  return findCredits(text, 0, text.length, wordsIn(text, 0, text.length)).map((credit) => ({
    verb: text.slice(credit.start, credit.end),
    form: credit.form,
    phrase: text.slice(credit.phraseStart, credit.phraseEnd).trim(),
  }));
}

describe('findCredits', () => {
  it('reads "points out", "adds" and "notes" after a quote as inverted credits', () => {
    expect(credits('"It is hard," points out former Olympian Steve Cram.')).toEqual([
      { verb: 'points out', form: 'inverted', phrase: 'former Olympian Steve Cram' },
    ]);
    expect(credits('"Yes," notes Ann Hill.')).toEqual([
      { verb: 'notes', form: 'inverted', phrase: 'Ann Hill' },
    ]);
    expect(credits('"Yes," adds Ann Hill.')).toEqual([
      { verb: 'adds', form: 'inverted', phrase: 'Ann Hill' },
    ]);
  });

  it('reads "by saying" as crediting the subject that opens the clause', () => {
    expect(credits('The Argentine had stoked up the row by saying it was "bad".')).toEqual([
      { verb: 'by saying', form: 'by-participle', phrase: 'The Argentine had stoked up the row' },
    ]);
  });

  it('reads "claim" after its subject as a credit, not after a determiner', () => {
    expect(credits('Critics claim it is bad.')).toEqual([
      { verb: 'claim', form: 'subject-first', phrase: 'Critics' },
    ]);
    expect(credits('The claim was rejected.')).toEqual([]);
  });

  it('reads "read the statement" right after a quote as a credit, not other reading', () => {
    // The stretch after the quote, as the extractor passes it.
    const after = (text: string) => {
      const from = text.indexOf('"', 1) + 1;
      return findCredits(text, from, text.length, wordsIn(text, from, text.length)).map(
        (credit) => [text.slice(credit.start, credit.end), credit.form],
      );
    };
    expect(after('"It was easy," read the statement.')).toEqual([['read', 'inverted']]);
    expect(after('"It was easy," read the book.')).toEqual([]);
    expect(credits('He read the statement.')).toEqual([]);
  });

  it('reads "accused … of" as crediting its subject, not the passive or the noun', () => {
    expect(credits('The Tories have accused the prime minister of lying.')).toEqual([
      { verb: 'accused', form: 'subject-first', phrase: 'The Tories have' },
    ]);
    expect(credits('He was accused of lying.')).toEqual([]);
    expect(credits('The accused denied it.').map((credit) => credit.verb)).not.toContain('accused');
  });

  it('does not read "pointed" without "out" as a reporting verb', () => {
    expect(credits('The officer pointed a gun at him.')).toEqual([]);
  });

  it('reads the subject before a dash aside, not a name inside it', () => {
    expect(
      credits('Mr Herron - who backs the North East Says No campaign - said it was bad.'),
    ).toEqual([{ verb: 'said', form: 'subject-first', phrase: 'Mr Herron' }]);
    expect(credits('Ann Hill—a friend of Tom Jones—said so.')).toEqual([
      { verb: 'said', form: 'subject-first', phrase: 'Ann Hill' },
    ]);
  });
});
