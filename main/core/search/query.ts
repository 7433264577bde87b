// The search box's query language: Lunr's syntax (+must, -not, field:, *, ~N, ^N) plus quoted
// phrases. Parsing happens here, before Lunr sees anything, so every mistake gets a sentence an
// analyst can act on and a position to point at, instead of Lunr's exception or a silent miss.

import { tokenize } from './tokens';

export type Presence = 'should' | 'must' | 'not';

export interface TermClause {
  kind: 'term';
  /** normalizeTerm'd text WITHOUT the wildcard stars. */
  term: string;
  field?: string;
  presence: Presence;
  /** '*' at the start and/or end (Lunr wildcards). */
  leadingWildcard: boolean;
  trailingWildcard: boolean;
  /** From term~N (0 when absent); term~ alone is 1. */
  editDistance: number;
  /** From term^N (1 when absent). */
  boost: number;
}

export interface PhraseClause {
  kind: 'phrase';
  /** The phrase's tokens (tokenize of the quoted text), in order. */
  terms: string[];
  field?: string;
  presence: Presence;
  boost: number;
}

export type Clause = TermClause | PhraseClause;

export type ParsedQuery =
  | { ok: true; clauses: Clause[] }
  | {
      ok: false;
      message: string;
      /** Code-point offset in the input where the problem is. */
      at: number;
    };

/** Quotes that open a phrase: straight, English curly, and German low-9 („…“). */
const OPENING_QUOTES = new Set(['"', '“', '”', '„']);
const CLOSING_QUOTES = new Set(['"', '”', '“']);
const WHITESPACE = /^\s$/u;
/** `field:` at the start of a clause; digits cannot start it, so 10:30 stays a term. */
const FIELD_NAME = /^[\p{L}_][\p{L}\p{N}_]*$/u;
const EDIT_DISTANCE = /^[0-2]$/;
const BOOST = /^(?:\d+(?:\.\d*)?|\.\d+)$/;

/** A mistake in the query; caught in parseQuery, never escapes it. */
class QuerySyntaxError {
  constructor(
    readonly message: string,
    readonly at: number,
  ) {}
}

/**
 * Parses a query into clauses. Never throws: a mistake comes back as a message and the
 * code-point offset to point at. Empty input is a valid query with no clauses.
 */
export function parseQuery(input: string, fields: readonly string[]): ParsedQuery {
  try {
    return { ok: true, clauses: new QueryParser(input, fields).parse() };
  } catch (error) {
    if (error instanceof QuerySyntaxError) {
      return { ok: false, message: error.message, at: error.at };
    }
    throw error;
  }
}

interface Suffixes {
  editDistance: number | undefined;
  /** Offset of the `~`, for errors about it. */
  editDistanceAt: number;
  boost: number;
}

class QueryParser {
  /** The input as code points, so every index is a code-point offset. */
  private readonly characters: string[];
  private index = 0;

  constructor(
    input: string,
    private readonly fields: readonly string[],
  ) {
    this.characters = Array.from(input);
  }

  parse(): Clause[] {
    const clauses: Clause[] = [];
    let firstClauseAt = -1;
    for (this.skipWhitespace(); !this.atEnd(); this.skipWhitespace()) {
      const clauseAt = this.index;
      const clause = this.parseClause();
      if (clause === null) continue;
      if (firstClauseAt < 0) firstClauseAt = clauseAt;
      clauses.push(clause);
    }
    if (clauses.length > 0 && clauses.every((clause) => clause.presence === 'not')) {
      throw new QuerySyntaxError(
        'Add at least one term to look for; a query of only -exclusions matches nothing.',
        firstClauseAt,
      );
    }
    return clauses;
  }

  /** One clause; null when its term holds no words (a dash, an emoji) and is dropped. */
  private parseClause(): Clause | null {
    const presence = this.parsePresence();
    const field = this.parseField();
    const character = this.peek();
    if (character !== undefined && OPENING_QUOTES.has(character)) {
      return this.parsePhrase(presence, field);
    }
    return this.parseTerm(presence, field);
  }

  private parsePresence(): Presence {
    const sign = this.peek();
    if (sign !== '+' && sign !== '-') return 'should';
    const at = this.index;
    this.index++;
    if (this.atBoundary()) {
      const example = sign === '+' ? '+Moscow requires Moscow' : '-Moscow leaves out Moscow';
      throw new QuerySyntaxError(
        `Put a term right after “${sign}”, with no space: ${example}.`,
        at,
      );
    }
    return sign === '+' ? 'must' : 'not';
  }

  /** `field:` if the clause starts with a name and a colon; the name must be a known field. */
  private parseField(): string | undefined {
    const at = this.index;
    let colon = at;
    while (colon < this.characters.length && this.characters[colon] !== ':') {
      const character = this.characters[colon] ?? '';
      if (WHITESPACE.test(character) || OPENING_QUOTES.has(character)) return undefined;
      colon++;
    }
    const name = this.characters.slice(at, colon).join('');
    if (colon >= this.characters.length || !FIELD_NAME.test(name)) return undefined;
    const field = this.fields.find((known) => known.toLowerCase() === name.toLowerCase());
    if (field === undefined) {
      const choice =
        this.fields.length > 0
          ? `use one of: ${this.fields.join(', ')}`
          : `this search has no fields, so leave out “${name}:”`;
      throw new QuerySyntaxError(`There is no field “${name}”; ${choice}.`, at);
    }
    this.index = colon + 1;
    if (this.atBoundary()) {
      throw new QuerySyntaxError(
        `Put a term right after “${name}:”, with no space: ${name}:Moscow.`,
        at,
      );
    }
    return field;
  }

  private parsePhrase(presence: Presence, field: string | undefined): PhraseClause {
    const openAt = this.index;
    this.index++;
    let text = '';
    for (;;) {
      const character = this.peek();
      if (character === undefined) {
        throw new QuerySyntaxError(
          `The quote that opens at character ${openAt + 1} is never closed.`,
          openAt,
        );
      }
      this.index++;
      if (CLOSING_QUOTES.has(character)) break;
      text += character === '\\' ? this.takeEscaped() : character;
    }
    const closeAt = this.index - 1;
    const suffixes = this.parseSuffixes();
    if (!this.atBoundary()) {
      throw new QuerySyntaxError(
        `Leave a space after the phrase that closes at character ${closeAt + 1}.`,
        this.index,
      );
    }
    if (suffixes.editDistance !== undefined) {
      throw new QuerySyntaxError(
        'A quoted phrase cannot take ~; put ~ on single words instead.',
        suffixes.editDistanceAt,
      );
    }
    const terms = tokenize(text).map((token) => token.term);
    if (terms.length === 0) {
      throw new QuerySyntaxError(
        `The quoted phrase at character ${openAt + 1} has no words to look for.`,
        openAt,
      );
    }
    return {
      kind: 'phrase',
      terms,
      ...(field === undefined ? {} : { field }),
      presence,
      boost: suffixes.boost,
    };
  }

  private parseTerm(presence: Presence, field: string | undefined): Clause | null {
    const at = this.index;
    // Stars are recorded as unescaped or not: only an unescaped star is a wildcard.
    const parts: Array<{ text: string; star: boolean }> = [];
    for (;;) {
      const character = this.peek();
      if (character === undefined || WHITESPACE.test(character)) break;
      if (character === '~' || character === '^') break;
      this.index++;
      if (character === '\\') parts.push({ text: this.takeEscaped(), star: false });
      else parts.push({ text: character, star: character === '*' });
    }
    const suffixes = this.parseSuffixes();

    const leadingWildcard = parts[0]?.star === true;
    const trailingWildcard = parts.length > 1 && parts[parts.length - 1]?.star === true;
    const inner = parts.slice(leadingWildcard ? 1 : 0, trailingWildcard ? -1 : undefined);
    const raw = parts.map((part) => part.text).join('');
    const wildcard = leadingWildcard || trailingWildcard;
    if (inner.some((part) => part.star)) {
      throw new QuerySyntaxError('A * can only start or end a term, as in *grad or Mosc*.', at);
    }
    if (wildcard && suffixes.editDistance !== undefined) {
      throw new QuerySyntaxError(
        'A term cannot have both a * wildcard and ~; use one or the other.',
        suffixes.editDistanceAt,
      );
    }

    const terms = tokenize(inner.map((part) => part.text).join('')).map((token) => token.term);
    if (terms.length === 0) {
      if (wildcard) {
        throw new QuerySyntaxError(
          'A * needs letters beside it, as in Mosc*; on its own it would match everything.',
          at,
        );
      }
      return null;
    }
    const fieldProperty = field === undefined ? {} : { field };
    if (terms.length > 1) {
      if (wildcard) {
        throw new QuerySyntaxError(
          `A * extends a single word, but “${raw}” holds several; search them as a phrase without the *.`,
          at,
        );
      }
      if (suffixes.editDistance !== undefined) {
        throw new QuerySyntaxError(
          `~ works on a single word, but “${raw}” holds several; leave out the ~.`,
          suffixes.editDistanceAt,
        );
      }
      return { kind: 'phrase', terms, ...fieldProperty, presence, boost: suffixes.boost };
    }
    return {
      kind: 'term',
      term: terms[0] ?? '',
      ...fieldProperty,
      presence,
      leadingWildcard,
      trailingWildcard,
      editDistance: suffixes.editDistance ?? 0,
      boost: suffixes.boost,
    };
  }

  /** `~N` and `^N` in any order, each at most once. */
  private parseSuffixes(): Suffixes {
    const suffixes: Suffixes = { editDistance: undefined, editDistanceAt: -1, boost: 1 };
    let boostSeen = false;
    for (;;) {
      const marker = this.peek();
      if (marker !== '~' && marker !== '^') return suffixes;
      const at = this.index;
      this.index++;
      const value = this.takeSuffixValue();
      if (marker === '~') {
        if (suffixes.editDistance !== undefined) {
          throw new QuerySyntaxError('Use ~ only once per term.', at);
        }
        if (value !== '' && !EDIT_DISTANCE.test(value)) {
          throw new QuerySyntaxError(
            `After ~ put 0, 1 or 2 (how many letters may differ), not “${value}”.`,
            at,
          );
        }
        suffixes.editDistance = value === '' ? 1 : Number(value);
        suffixes.editDistanceAt = at;
      } else {
        if (boostSeen) throw new QuerySyntaxError('Use ^ only once per term.', at);
        const boost = Number(value);
        if (!BOOST.test(value) || !(boost > 0) || !Number.isFinite(boost)) {
          const got = value === '' ? 'nothing' : `“${value}”`;
          throw new QuerySyntaxError(
            `After ^ put a number above 0 (how much more the term counts, e.g. Moscow^2), not ${got}.`,
            at,
          );
        }
        suffixes.boost = boost;
        boostSeen = true;
      }
    }
  }

  /** The text after `~` or `^`, up to the next suffix or the end of the clause. */
  private takeSuffixValue(): string {
    let value = '';
    for (;;) {
      const character = this.peek();
      if (character === undefined || WHITESPACE.test(character)) return value;
      if (character === '~' || character === '^') return value;
      value += character;
      this.index++;
    }
  }

  /** The character after a backslash, taken literally; a final backslash stands for itself. */
  private takeEscaped(): string {
    const character = this.peek();
    if (character === undefined) return '\\';
    this.index++;
    return character;
  }

  private skipWhitespace(): void {
    while (!this.atEnd() && WHITESPACE.test(this.peek() ?? '')) this.index++;
  }

  /** At the end of the input or of a clause. */
  private atBoundary(): boolean {
    const character = this.peek();
    return character === undefined || WHITESPACE.test(character);
  }

  private atEnd(): boolean {
    return this.index >= this.characters.length;
  }

  private peek(): string | undefined {
    return this.characters[this.index];
  }
}
