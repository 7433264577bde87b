// Reads W3C Web Annotations (https://www.w3.org/TR/annotation-model/) back into claims: the
// files Corroborate writes (main/core/exchange/w3c-annotation.ts, whose doc comment describes
// the Corroborate extension) and plain annotations from other tools. Each passage is found by
// its TextPositionSelector when the text there is still the quote, else by the quote and its
// context; an annotation whose passage cannot be found is skipped with the reason, never guessed.

import type { z } from 'zod';
import type { Credibility, OccurrenceStance, Span } from '../../preload/contract';
import { anchorSpan, reanchor } from '../core/anchor/anchor';
import { CaseError } from '../core/errors';
import { codePointLength, sliceByCodePoints } from '../core/text/code-points';
import {
  annotationSchema,
  asArray,
  firstIssue,
  hasType,
  isRecord,
  positionSelector,
  quoteSelector,
  targetSchema,
  type Annotation,
} from './w3c-schema';

export interface AnnotationSource {
  id: number;
  /** sha256 hex of `text`. */
  contentHash: string;
  text: string;
  url: string;
}

export interface ImportedOccurrence {
  sourceId: number;
  /** Code points, end exclusive. */
  start: number;
  end: number;
  stance: OccurrenceStance;
}

export interface ImportedClaim {
  /** Tag paths, "Parent › Child". */
  tags: string[];
  note: string;
  credibility: Credibility;
  /** Exactly one has stance `origin`. */
  occurrences: ImportedOccurrence[];
}

export interface WebAnnotationImport {
  claims: ImportedClaim[];
  /** Annotations (or some of their targets) not imported, by annotation id, with the reason. */
  skipped: Array<{ id: string; reason: string }>;
}

interface ClaimDraft {
  claim: ImportedClaim;
  fromOrigin: boolean;
  passages: Set<string>;
}

/**
 * Claims from a Web Annotation file: an AnnotationCollection with embedded pages, an
 * AnnotationPage, one Annotation or an array of annotations. Annotations that share
 * `corroborate:claim` are one claim; annotations marked `corroborate:fact` (quotes and
 * discrepancies Corroborate exported) are not read; any other annotation is a claim of its own. Targets are
 * matched to `sources` by `urn:sha256:<hex>` source IRI, else by web address (source or scope).
 * Throws CaseError `invalid-request` when the text is not JSON or not Web Annotations.
 */
export function readWebAnnotations(
  json: string,
  sources: readonly AnnotationSource[],
): WebAnnotationImport {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new CaseError('invalid-request', `The file is not JSON (${detail}).`, { cause: error });
  }
  const items = annotationItems(value);
  const skipped: WebAnnotationImport['skipped'] = [];
  const drafts = new Map<string, ClaimDraft>();
  items.forEach((item, index) => {
    const id = isRecord(item) && typeof item.id === 'string' ? item.id : `annotation ${index + 1}`;
    const skip = (reason: string) => skipped.push({ id, reason });
    if (!isRecord(item) || !hasType(item, 'Annotation')) {
      skip('Not an annotation: a Web Annotation has "type": "Annotation".');
      return;
    }
    // Quotes and discrepancies Corroborate exported: facts it recomputes from the texts, not
    // claims, so they are passed over without a word.
    if (item['corroborate:fact'] !== undefined) return;
    const parsed = annotationSchema.safeParse(item);
    if (!parsed.success) {
      skip(firstIssue(parsed.error));
      return;
    }
    const annotation = parsed.data;
    const content = claimContent(annotation);
    if ([content.note, ...content.tags].some((text) => text.includes('\u0000'))) {
      skip('A tag or the note holds the NUL character (U+0000), which a case cannot store.');
      return;
    }
    const claimId = annotation['corroborate:claim'];
    const key = claimId === undefined ? `annotation:${index}` : `claim:${String(claimId)}`;
    const stance =
      annotation['corroborate:stance'] ?? (claimId === undefined ? 'origin' : 'supports');
    let draft = drafts.get(key);
    if (!draft || (!draft.fromOrigin && stance === 'origin')) {
      const claim = { ...content, occurrences: draft?.claim.occurrences ?? [] };
      draft = { claim, fromOrigin: stance === 'origin', passages: draft?.passages ?? new Set() };
      drafts.set(key, draft);
    }
    for (const target of asArray(annotation.target)) {
      const found = locate(target, sources);
      if (typeof found === 'string') {
        skip(found);
        continue;
      }
      const passage = `${found.sourceId}:${found.start}:${found.end}`;
      if (draft.passages.has(passage)) {
        skip('The passage is already part of this claim.');
        continue;
      }
      draft.passages.add(passage);
      draft.claim.occurrences.push({ ...found, stance });
    }
  });
  const claims = [...drafts.values()]
    .map((draft) => draft.claim)
    .filter((c) => c.occurrences.length);
  for (const claim of claims) {
    const origin = claim.occurrences.find((o) => o.stance === 'origin') ?? claim.occurrences[0];
    for (const occurrence of claim.occurrences) {
      if (occurrence === origin) occurrence.stance = 'origin';
      else if (occurrence.stance === 'origin') occurrence.stance = 'supports';
    }
  }
  return { claims, skipped };
}

/** The annotations of a collection (its embedded pages), a page, one annotation or an array. */
function annotationItems(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  const notAnnotations =
    'The file is not W3C Web Annotations: expected an Annotation, an AnnotationPage or an AnnotationCollection (a JSON object with that "type"), or an array of annotations.';
  if (!isRecord(value)) throw new CaseError('invalid-request', notAnnotations);
  if (hasType(value, 'Annotation')) return [value];
  let page: unknown;
  if (hasType(value, 'AnnotationPage')) page = value;
  else if (hasType(value, 'AnnotationCollection')) page = value.first;
  else throw new CaseError('invalid-request', notAnnotations);
  const items: unknown[] = [];
  const seen = new Set<unknown>();
  while (page !== undefined && page !== null && !seen.has(page)) {
    seen.add(page);
    if (typeof page === 'string') {
      throw new CaseError(
        'invalid-request',
        `The collection only links to its annotations (${page}); Corroborate reads files with the annotation pages embedded.`,
      );
    }
    if (!isRecord(page) || !Array.isArray(page.items)) {
      throw new CaseError(
        'invalid-request',
        'An annotation page has no "items" list of annotations.',
      );
    }
    items.push(...page.items);
    page = page.next;
  }
  return items;
}

function claimContent(annotation: Annotation): Omit<ImportedClaim, 'occurrences'> {
  const motivations = asArray(annotation.motivation);
  const fallbackPurpose =
    motivations.includes('tagging') && !motivations.includes('commenting')
      ? 'tagging'
      : 'commenting';
  const tags: string[] = [];
  const notes: string[] = annotation.bodyValue === undefined ? [] : [annotation.bodyValue];
  for (const body of asArray(annotation.body)) {
    if (!isRecord(body) || typeof body.value !== 'string') continue; // a linked resource
    const purposes = asArray(body.purpose);
    const purpose = purposes.length === 0 ? fallbackPurpose : purposes[0];
    if (purpose === 'tagging') {
      if (body.value.trim() !== '' && !tags.includes(body.value)) tags.push(body.value);
    } else if (purpose !== 'assessing') {
      notes.push(body.value);
    }
  }
  return {
    tags,
    note: notes.join('\n\n'),
    credibility: annotation['corroborate:credibility'] ?? 6,
  };
}

/** The source and span a target selects, or why it cannot be imported. */
function locate(
  value: unknown,
  sources: readonly AnnotationSource[],
): Omit<ImportedOccurrence, 'stance'> | string {
  if (typeof value === 'string') {
    return `The target ${value} is a whole document, not a passage in it.`;
  }
  const parsed = targetSchema.safeParse(value);
  if (!parsed.success) return firstIssue(parsed.error);
  const target = parsed.data;
  const source = findSource(target, sources);
  if (typeof source === 'string') return source;
  let quote: z.output<typeof quoteSelector> | undefined;
  let position: z.output<typeof positionSelector> | undefined;
  for (const selector of asArray(target.selector)) {
    if (!isRecord(selector)) continue;
    if (hasType(selector, 'TextQuoteSelector') && !quote) {
      const result = quoteSelector.safeParse(selector);
      if (!result.success) return firstIssue(result.error);
      quote = result.data;
    } else if (hasType(selector, 'TextPositionSelector') && !position) {
      const result = positionSelector.safeParse(selector);
      if (!result.success) return firstIssue(result.error);
      position = result.data;
    }
  }
  if (!quote && !position) {
    return 'The target selects no passage: it has neither a TextQuoteSelector nor a TextPositionSelector.';
  }
  const { text } = source;
  const length = codePointLength(text);
  const inside = position && position.end <= length ? position : undefined;
  let span: Span | null =
    inside && (!quote || quotedAt(text, inside, quote))
      ? { start: inside.start, end: inside.end }
      : null;
  if (!span && quote) {
    // end = start: reanchor then ranks every occurrence of the quote by its context.
    const near = inside?.start ?? 0;
    span = reanchor(text, { ...quote, start: near, end: near, quote: quote.exact });
    if (!span) return `The quote “${shorten(quote.exact)}” is not in the source's text.`;
  }
  if (!span) {
    return `The passage ${position?.start}–${position?.end} is outside the source's text, which is ${length} characters long.`;
  }
  try {
    anchorSpan(text, span.start, span.end);
  } catch (error) {
    if (error instanceof CaseError) return error.message;
    throw error;
  }
  return { sourceId: source.id, start: span.start, end: span.end };
}

/**
 * Whether the quote, with its prefix and suffix, is at the position. A quote that occurs at the
 * position with other context around it is found again by its context: the same words may well
 * occur at the old offsets of an edited text.
 */
function quotedAt(text: string, span: Span, quote: z.output<typeof quoteSelector>): boolean {
  const { start, end } = span;
  const before = codePointLength(quote.prefix);
  return (
    sliceByCodePoints(text, start, end) === quote.exact &&
    start >= before &&
    sliceByCodePoints(text, start - before, start) === quote.prefix &&
    sliceByCodePoints(text, end, end + codePointLength(quote.suffix)) === quote.suffix
  );
}

function findSource(
  target: z.output<typeof targetSchema>,
  sources: readonly AnnotationSource[],
): AnnotationSource | string {
  const iri = typeof target.source === 'string' ? target.source : target.source.id;
  const addresses = [iri, ...asArray(target.scope).filter((s) => typeof s === 'string')].map(
    normalizeUrl,
  );
  const byUrl = (source: AnnotationSource) =>
    source.url !== '' && addresses.includes(normalizeUrl(source.url));
  const hash = /^urn:sha256:([0-9a-f]{64})$/i.exec(iri.trim())?.[1]?.toLowerCase();
  const sameText = hash ? sources.filter((s) => s.contentHash.toLowerCase() === hash) : [];
  // A case may hold one text several times (republications under other details): the web
  // address tells them apart, then the source id a Corroborate file may give beside the hash
  // (only among sources of that very text, so a foreign file's id never moves a passage).
  const sourceId = target['corroborate:source'];
  const byId = (source: AnnotationSource) => source.id === sourceId;
  const found = sameText.find(byUrl) ?? sameText.find(byId) ?? sameText[0] ?? sources.find(byUrl);
  if (found) return found;
  return `No source in the case is ${shorten(iri)}${addresses.length > 1 ? ` or was published at ${shorten(String(addresses[1]))}` : ''}: import that source first.`;
}

function normalizeUrl(url: string): string {
  try {
    return new URL(url.trim()).href;
  } catch {
    return url.trim();
  }
}

function shorten(text: string): string {
  return codePointLength(text) > 60 ? `${sliceByCodePoints(text, 0, 59)}…` : text;
}
