import fc from 'fast-check';
import { describe, it, expect } from 'vitest';
import { codePointLength } from '../text/code-points';
import { parseQuery, type Clause, type TermClause } from './query';

const FIELDS = ['title', 'text'] as const;

function term(text: string, extra: Partial<TermClause> = {}): TermClause {
  return {
    kind: 'term',
    term: text,
    presence: 'should',
    leadingWildcard: false,
    trailingWildcard: false,
    editDistance: 0,
    boost: 1,
    ...extra,
  };
}

function parsed(input: string): Clause[] {
  const result = parseQuery(input, FIELDS);
  if (!result.ok) throw new Error(`${input}: ${result.message}`);
  return result.clauses;
}

describe('parseQuery: valid queries', () => {
  it.each<[string, Clause[]]>([
    ['', []],
    ['   \t\n ', []],
    ['Moscow', [term('moscow')]],
    ['  Moscow   Kim ', [term('moscow'), term('kim')]],
    ['+Moscow -Kim', [term('moscow', { presence: 'must' }), term('kim', { presence: 'not' })]],
    ['title:Moscow', [term('moscow', { field: 'title' })]],
    ['+Title:Moscow', [term('moscow', { field: 'title', presence: 'must' })]],
    ['Mosc*', [term('mosc', { trailingWildcard: true })]],
    ['*grad', [term('grad', { leadingWildcard: true })]],
    ['*ukrain*', [term('ukrain', { leadingWildcard: true, trailingWildcard: true })]],
    ['Moskva~', [term('moskva', { editDistance: 1 })]],
    ['Moskva~2', [term('moskva', { editDistance: 2 })]],
    ['Moskva~0', [term('moskva', { editDistance: 0 })]],
    ['Kim^3', [term('kim', { boost: 3 })]],
    ['Kim^0.5~1', [term('kim', { boost: 0.5, editDistance: 1 })]],
    ['Kim~1^2.5', [term('kim', { boost: 2.5, editDistance: 1 })]],
    ['CAFE\u0301', [term('café')]],
    ['Moscow,', [term('moscow')]], // punctuation around a term is not part of it
    ['10:30', [{ kind: 'phrase', terms: ['10', '30'], presence: 'should', boost: 1 }]],
    ['foo\\:bar', [{ kind: 'phrase', terms: ['foo', 'bar'], presence: 'should', boost: 1 }]],
    ['Mosc\\*', [term('mosc')]], // an escaped star is not a wildcard
    [
      '"White House"',
      [{ kind: 'phrase', terms: ['white', 'house'], presence: 'should', boost: 1 }],
    ],
    [
      '“White House”',
      [{ kind: 'phrase', terms: ['white', 'house'], presence: 'should', boost: 1 }],
    ],
    [
      '„Weißes Haus“',
      [{ kind: 'phrase', terms: ['weißes', 'haus'], presence: 'should', boost: 1 }],
    ],
    ['"Kremlin"', [{ kind: 'phrase', terms: ['kremlin'], presence: 'should', boost: 1 }]],
    [
      'Kim -title:"White House"^2',
      [
        term('kim'),
        { kind: 'phrase', terms: ['white', 'house'], field: 'title', presence: 'not', boost: 2 },
      ],
    ],
    [
      '"say \\"no\\" twice"',
      [{ kind: 'phrase', terms: ['say', 'no', 'twice'], presence: 'should', boost: 1 }],
    ],
    // A bare term of several tokens needs them adjacent: a phrase, not several terms.
    ['east-west', [{ kind: 'phrase', terms: ['east', 'west'], presence: 'should', boost: 1 }]],
    ['U.S.', [{ kind: 'phrase', terms: ['u', 's'], presence: 'should', boost: 1 }]],
    ['+東京^2', [{ kind: 'phrase', terms: ['東', '京'], presence: 'must', boost: 2 }]],
    ['北', [term('北')]],
    // Terms with no words are dropped silently.
    ['— 🦊 Kim', [term('kim')]],
    ['—', []],
    ['+🦊 Kim', [term('kim')]],
  ])('%j', (input, expected) => {
    expect(parsed(input)).toEqual(expected);
  });

  it('leaves out field when none is given', () => {
    expect(parsed('Kim')[0]).not.toHaveProperty('field');
    expect(parsed('"a b"')[0]).not.toHaveProperty('field');
  });
});

describe('parseQuery: mistakes', () => {
  it.each<[string, string, number]>([
    ['Kim "White House', 'The quote that opens at character 5 is never closed.', 4],
    ['🦊 "a', 'The quote that opens at character 3 is never closed.', 2],
    ['Kim +', 'Put a term right after “+”, with no space: +Moscow requires Moscow.', 4],
    ['+ Kim', 'Put a term right after “+”, with no space: +Moscow requires Moscow.', 0],
    ['Kim - Putin', 'Put a term right after “-”, with no space: -Moscow leaves out Moscow.', 4],
    ['title: Kim', 'Put a term right after “title:”, with no space: title:Moscow.', 0],
    ['Kim text:', 'Put a term right after “text:”, with no space: text:Moscow.', 4],
    ['author:Kim', 'There is no field “author”; use one of: title, text.', 0],
    ['+http://x.com', 'There is no field “http”; use one of: title, text.', 1],
    ['Kim~3', 'After ~ put 0, 1 or 2 (how many letters may differ), not “3”.', 3],
    ['Kim~x', 'After ~ put 0, 1 or 2 (how many letters may differ), not “x”.', 3],
    ['Kim~1.5', 'After ~ put 0, 1 or 2 (how many letters may differ), not “1.5”.', 3],
    ['Kim~1~2', 'Use ~ only once per term.', 5],
    [
      'Kim^0',
      'After ^ put a number above 0 (how much more the term counts, e.g. Moscow^2), not “0”.',
      3,
    ],
    [
      'Kim^',
      'After ^ put a number above 0 (how much more the term counts, e.g. Moscow^2), not nothing.',
      3,
    ],
    [
      'Kim^-2',
      'After ^ put a number above 0 (how much more the term counts, e.g. Moscow^2), not “-2”.',
      3,
    ],
    ['Kim^2^3', 'Use ^ only once per term.', 5],
    ['Mosc*~1', 'A term cannot have both a * wildcard and ~; use one or the other.', 5],
    ['*', 'A * needs letters beside it, as in Mosc*; on its own it would match everything.', 0],
    ['Mo*cow', 'A * can only start or end a term, as in *grad or Mosc*.', 0],
    [
      'east-we*',
      'A * extends a single word, but “east-we*” holds several; search them as a phrase without the *.',
      0,
    ],
    ['east-west~1', '~ works on a single word, but “east-west” holds several; leave out the ~.', 9],
    ['"White House"~1', 'A quoted phrase cannot take ~; put ~ on single words instead.', 13],
    ['"White House"s', 'Leave a space after the phrase that closes at character 13.', 13],
    ['Kim "— •"', 'The quoted phrase at character 5 has no words to look for.', 4],
    [
      '-Kim -Putin',
      'Add at least one term to look for; a query of only -exclusions matches nothing.',
      0,
    ],
    [
      '— -Kim',
      'Add at least one term to look for; a query of only -exclusions matches nothing.',
      2,
    ],
  ])('%j', (input, message, at) => {
    expect(parseQuery(input, FIELDS)).toEqual({ ok: false, message, at });
  });

  it('says when there are no fields at all', () => {
    expect(parseQuery('title:Kim', [])).toEqual({
      ok: false,
      message: 'There is no field “title”; this search has no fields, so leave out “title:”.',
      at: 0,
    });
  });

  it('never throws, and points inside the input', () => {
    const pieces = fc.constantFrom(
      '+',
      '-',
      ':',
      'title:',
      'x:',
      '"',
      '“',
      '”',
      '„',
      '\\',
      '*',
      '~',
      '~2',
      '^',
      '^2',
      ' ',
      'Kim',
      '東京',
      'é',
      '🦊',
      '\uD800',
      '—',
      'east-west',
    );
    const query = fc.oneof(
      fc.string({ unit: 'grapheme' }),
      fc.string({ unit: 'binary' }),
      fc.array(pieces, { maxLength: 12 }).map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(query, (input) => {
        const result = parseQuery(input, FIELDS);
        if (result.ok) return;
        expect(result.message.length).toBeGreaterThan(0);
        expect(result.at).toBeGreaterThanOrEqual(0);
        expect(result.at).toBeLessThanOrEqual(codePointLength(input));
      }),
      { numRuns: 1000 },
    );
  });
});
