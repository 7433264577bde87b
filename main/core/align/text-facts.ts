// Facts about a text known only by its content (the CLI's files and batch lines): what the
// importer reads from it. The credit line under a spun copy ("Content Source: …"), a staff
// e-mail naming the outlet, a dated byline and a wire dateline give the direction of a copy
// the same evidence they give in a case.

import { parseNewsText } from '../import/parse-news-text';
import type { SourceFacts } from './source-facts';

/** The facts `text` gives about itself, read with the importer's parser. */
export function factsFromText(id: number, label: string, text: string): SourceFacts {
  const { metadata } = parseNewsText(text);
  return {
    id,
    label,
    attribution: metadata.attribution,
    outlet: metadata.outlet,
    url: metadata.url,
    publishedDate: metadata.publishedDate,
    agency: metadata.agency,
  };
}
