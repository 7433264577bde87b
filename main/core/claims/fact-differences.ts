// Facts that differ between a claim's quote and a candidate passage: a lunch in one, a dinner in
// the other; 2,000 tonnes against 3,000 tonnes. One fact comparer serves the whole app
// (facts/discrepancies.ts); this is its view for claim suggestions, as short descriptions.
//
// Candidates here are sentences found by shared words, often about another occurrence of the
// event (002's 2019 meeting against a 2023 one), so two kinds of difference are left out: names
// (a sentence naming other people is usually about something else, not a misattribution) and
// years given alone (another year is more often another event than a contradiction). Quantities,
// dates with a day or month, weekdays, times and the closed sets of contrasts stay.

import { compareFacts, type FactDiscrepancy } from '../facts/discrepancies';

function counts(found: FactDiscrepancy): boolean {
  if (found.a.category === 'name') return false;
  const yearOnly = (date: FactDiscrepancy['a']['date']) =>
    date !== undefined && date.month === undefined && date.day === undefined;
  return !(yearOnly(found.a.date) || yearOnly(found.b.date));
}

/**
 * What `candidate` says differently from `claim`: "lunch ≠ dinner", "2,000 tonnes ≠ 3,000
 * tonnes", "Tuesday ≠ Wednesday"; each description once, in the claim's order.
 */
export function factDifferences(claim: string, candidate: string): string[] {
  const descriptions = compareFacts(claim, candidate)
    .filter(counts)
    .map((found) => found.difference.description);
  return [...new Set(descriptions)];
}
