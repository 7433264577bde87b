// What a search box should say about how it read a query: that several words are looked for as
// "any of them" (Lunr's default, which surprises analysts used to "all of them"), and, for a word
// no source holds, the nearest word the case does hold, to search for instead.

import type { SearchHints } from '../../preload/contract';
import type { Clause } from '../core/search/query';
import type { Analyzer } from './analysis';
import type { ScoredDoc } from './scored-doc';
import type { SearchEngine } from './search-engine';

/** How `clauses` (parsed from `query`) were read, or null when there is nothing to say. */
export function searchHints(
  query: string,
  clauses: readonly Clause[],
  engine: SearchEngine,
  analyzer: Analyzer,
  passageText: (doc: ScoredDoc) => string,
): SearchHints | null {
  const hints: SearchHints = {};
  const optional = clauses.filter((clause) => clause.presence === 'should');
  if (optional.length >= 2 && !clauses.some((clause) => clause.presence === 'must'))
    hints.anyOf = optional.map(asTyped);
  const didYouMean = engine.missingWords(clauses, 1).flatMap(({ word, suggestions }) => {
    const [best] = suggestions;
    if (!best) return [];
    const suggestion = surfaceForm(best.term, engine, analyzer, passageText);
    const replaced = replaceWord(query, word, suggestion);
    return replaced === null ? [] : [{ word, suggestion, query: replaced }];
  });
  if (didYouMean.length > 0) hints.didYouMean = didYouMean;
  return hints.anyOf || hints.didYouMean ? hints : null;
}

/** A clause as it would be typed: `title:econom*`, `"prime minister"`. */
function asTyped(clause: Clause): string {
  const field = clause.field ? `${clause.field}:` : '';
  if (clause.kind === 'phrase') return `${field}"${clause.terms.join(' ')}"`;
  const stars = (on: boolean) => (on ? '*' : '');
  const fuzzy = clause.editDistance > 0 ? `~${clause.editDistance}` : '';
  return `${field}${stars(clause.leadingWildcard)}${clause.term}${stars(clause.trailingWildcard)}${fuzzy}`;
}

/**
 * A word as the texts write it for an index term (which is stemmed: "govern" for "government"),
 * read from the first passage holding it; the term itself if none is found.
 */
function surfaceForm(
  term: string,
  engine: SearchEngine,
  analyzer: Analyzer,
  passageText: (doc: ScoredDoc) => string,
): string {
  const doc = engine.firstPassageWith(term);
  if (!doc) return term;
  const token = analyzer.tokens(passageText(doc)).find((candidate) => candidate.indexTerm === term);
  return token?.term ?? term;
}

/** `query` with the first whole-word `word` (any case) replaced; null if it is not there. */
function replaceWord(query: string, word: string, replacement: string): string | null {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${escaped}(?![\\p{L}\\p{M}\\p{N}])`, 'iu');
  const match = pattern.exec(query.normalize('NFC'));
  if (!match) return null;
  const nfc = query.normalize('NFC');
  return nfc.slice(0, match.index) + replacement + nfc.slice(match.index + match[0].length);
}
