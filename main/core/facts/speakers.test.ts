// Reading names from subject phrases: bodies with connectors, nicknames, titles, the index.

import { describe, expect, it } from 'vitest';
import { mentionsIn, NameIndex, readSource } from './speakers';
import { wordsIn } from './speech-verbs';

function read(phrase: string): string | null {
  const reading = readSource(phrase, wordsIn(phrase, 0, phrase.length), 'end');
  return reading !== null && reading.type === 'name' ? reading.name : null;
}

function names(sentence: string): string[] {
  return mentionsIn(sentence, wordsIn(sentence, 0, sentence.length)).map((m) => m.name);
}

describe('readSource', () => {
  it('keeps "for", "of" and one "and" inside a body’s name', () => {
    expect(read('the Department for Transport')).toBe('Department for Transport');
    expect(read('A Department for Education and Skills spokeswoman')).toBe(
      'Department for Education and Skills',
    );
  });

  it('reads a plural source noun capitalised at a sentence start as no name', () => {
    expect(read('Witnesses')).toBeNull();
    expect(read('Critics')).toBeNull();
    expect(read('Analysts at Barclays')).toBe('Barclays');
    expect(read('Reuters')).toBe('Reuters');
  });

  it('reads the name touching the verb when the phrase opens with a preposition', () => {
    expect(read('In a statement detailing the banning of the accounts Valve')).toBe('Valve');
    expect(read('a man from Seoul')).toBeNull();
  });

  it('still ends a head at a preposition outside a name', () => {
    expect(read('a spokesman for Microsoft')).toBe('Microsoft');
    expect(read('Nick Bubb of Evolution Securities')).toBe('Nick Bubb');
  });

  it('joins "&" inside a name', () => {
    expect(read('Marsh & McLennan')).toBe('Marsh & McLennan');
  });

  it('reads a name joined by "&" as a body, not a person', () => {
    for (const phrase of ['Marsh & McLennan', 'AT&T', 'Procter & Gamble']) {
      const reading = readSource(phrase, wordsIn(phrase, 0, phrase.length), 'end');
      expect(reading).toMatchObject({ type: 'name', person: false });
    }
    const sentence = 'The insurer Marsh & McLennan fell.';
    const found = mentionsIn(sentence, wordsIn(sentence, 0, sentence.length));
    expect(found.find((m) => m.name === 'Marsh & McLennan')?.person).toBe(false);
  });

  it('drops a leading occupational title', () => {
    expect(read('radio DJ Mike Read')).toBe('Mike Read');
    expect(read('Car-maker Honda')).toBe('Honda');
  });

  it('keeps a nickname in quotation marks inside a name', () => {
    expect(read('Antonio "LA" Reid')).toBe('Antonio "LA" Reid');
  });
});

describe('mentionsIn', () => {
  it('reads given names ending like demonyms as names, demonyms as modifiers', () => {
    expect(names('Federal Reserve chairman Alan Greenspan has warned')).toContain('Alan Greenspan');
    expect(names('South Korean officials said')).toEqual([]);
  });

  it('leaves a nationality before a person’s name out of the name', () => {
    expect(names('Argentine David Nalbandian lost')).toEqual(['David Nalbandian']);
    expect(names('North Korea Kim said')).toContain('North Korea Kim');
  });

  it('reads a month that is a name as a name, but not "in May"', () => {
    expect(names('Guitarist Brian May has said')).toContain('Brian May');
    expect(names('May said the tour would start')).toEqual(['May']);
    expect(names('The tour starts in May and ends in June')).toEqual([]);
  });

  it('does not join two names by "and" outside a body', () => {
    expect(names('Blair and Brown met')).toEqual(['Blair', 'Brown']);
  });
});

describe('NameIndex', () => {
  it('resolves a surname to the fullest earlier form', () => {
    const text = 'Federal Reserve chairman Alan Greenspan has warned.';
    const index = new NameIndex();
    index.addSentence(text, wordsIn(text, 0, text.length));
    expect(index.fullest('Greenspan')).toBe('Alan Greenspan');
  });

  it('resolves a firm’s short form to its "&" name', () => {
    const text = 'Shares in the insurer Marsh & McLennan fell.';
    const index = new NameIndex();
    index.addSentence(text, wordsIn(text, 0, text.length));
    expect(index.fullest('Marsh')).toBe('Marsh & McLennan');
  });

  it('expands an acronym to a body’s name given after a country ("US Federal Bureau of …")', () => {
    const text =
      'The US Federal Bureau of Investigation and the British Medical Association spoke.';
    const index = new NameIndex();
    index.addSentence(text, wordsIn(text, 0, text.length));
    expect(index.fullest('FBI')).toBe('Federal Bureau of Investigation');
    expect(index.fullest('BMA')).toBe('British Medical Association');
  });

  it('keeps a person’s full name apart from a firm named after them', () => {
    const text = 'Ann Lee of administrators Ann Lee & Partners spoke. Acme Airlines rose.';
    const index = new NameIndex();
    index.addSentence(text, wordsIn(text, 0, text.length));
    expect(index.fullest('Ann Lee')).toBe('Ann Lee');
    expect(index.fullest('Acme')).toBe('Acme Airlines');
  });

  it('resolves a short form to a possessor’s full name ("MG Rover\'s Midlands plant")', () => {
    const text = "Some 2,000 jobs at MG Rover's Midlands plant and Tony Blair's office may go.";
    const index = new NameIndex();
    index.addSentence(text, wordsIn(text, 0, text.length));
    expect(index.fullest('Rover')).toBe('MG Rover');
    expect(index.fullest('Blair')).toBe('Tony Blair');
  });

  it('resolves a long surname misspelt by one letter to the one full name near it', () => {
    const text = 'Pranab Mukherjee met Jim Johnson and Ann Johnston in Delhi with Tim Hewitt.';
    const index = new NameIndex();
    index.addSentence(text, wordsIn(text, 0, text.length));
    expect(index.fullest('Mukerjee')).toBe('Pranab Mukherjee');
    expect(index.fullest('Mukhherjee')).toBe('Pranab Mukherjee');
    expect(index.fullest('Hewett')).toBe('Tim Hewitt');
    expect(index.fullest('Johnstone')).toBe('Ann Johnston');
    // Two surnames a letter apart from it, or a short one: no guess.
    expect(index.fullest('Johnsson')).toBe('Johnsson');
    expect(index.fullest('Blain')).toBe('Blain');
  });

  it('resolves an acronym to the body name it gives the initials of', () => {
    const text = 'Rules of the European Union were delayed by the Department for Education.';
    const index = new NameIndex();
    index.addSentence(text, wordsIn(text, 0, text.length));
    expect(index.fullest('EU')).toBe('European Union');
    expect(index.fullest('DfE')).toBe('DfE');
    expect(index.fullest('UN')).toBe('UN');
  });
});
