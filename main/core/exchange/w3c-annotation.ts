// Claims as W3C Web Annotations (https://www.w3.org/TR/annotation-model/), serialized as
// JSON-LD: one annotation per claim occurrence, in one AnnotationCollection with its single
// page embedded. Any Web Annotation client can show the tags and notes on the passages; the
// Corroborate extension below carries what the model has no word for, so Corroborate can read
// the file back (main/exchange/w3c-import.ts) into the same claims.

import type {
  Credibility,
  DiscrepancyKind,
  OccurrenceStance,
  Reliability,
} from '../../../preload/contract';
import { CONTEXT_LENGTH } from '../anchor/anchor';
import { CREDIBILITY_NAMES } from '../claims';
import { sliceByCodePoints } from '../text/code-points';
import { sharedQuotes } from './export-facts';
import type { ExportClaim, ExportView } from './export-view';

/** The namespace of the Corroborate extension; `corroborate:x` expands to `urn:corroborate:vocab:x`. */
export const CORROBORATE_NAMESPACE = 'urn:corroborate:vocab:';
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
export const WEB_ANNOTATION_CONTEXT = [
  ANNO_CONTEXT,
  { corroborate: CORROBORATE_NAMESPACE },
] as const;
/** The media type of a Web Annotation file (the model's section 6). */
export const WEB_ANNOTATION_MEDIA_TYPE =
  'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"';

/** `urn:sha256:<hex>`: a source's IRI, derived from its normalised text. */
export function sourceIri(contentHash: string): string {
  return `urn:sha256:${contentHash.toLowerCase()}`;
}

export function occurrenceIri(claimId: number, occurrenceId: number): string {
  return `urn:corroborate:claim:${claimId}:occurrence:${occurrenceId}`;
}

export interface TextualBody {
  type: 'TextualBody';
  purpose: 'tagging' | 'commenting' | 'assessing' | 'identifying' | 'describing';
  value: string;
  format: 'text/plain';
}

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** Offsets in Unicode code points into the source's normalised text, end exclusive. */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface TextTarget {
  type: 'SpecificResource';
  source: string;
  /** The web page the source was published at, when known (the model's "scope"). */
  scope?: string;
  selector: [TextQuoteSelector, TextPositionSelector];
  /**
   * The source's id in the case, so a case holding one text several times (republications)
   * gets each annotation back on its own copy; trusted on import only among sources of that
   * very text.
   */
  'corroborate:source': number;
}

export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'commenting' | 'tagging' | 'assessing';
  created: string;
  modified: string;
  body: TextualBody[];
  target: TextTarget;
  'corroborate:claim': number;
  'corroborate:stance': OccurrenceStance;
  'corroborate:credibility': Credibility;
  'corroborate:credibilityLabel': string;
  'corroborate:sourceReliability': Reliability;
  'corroborate:independentSources': number;
  'corroborate:independentContradictions': number;
}

/** A quote as one source gives it, with the speaker that source credits. */
export interface QuoteAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'identifying' | 'describing';
  body: TextualBody[];
  target: TextTarget;
  'corroborate:fact': 'quote';
  /** The same id on every source's rendering of one quote. */
  'corroborate:quote': string;
  'corroborate:speaker': string | null;
  'corroborate:speakerConflict': boolean;
}

/** A fact two passages state differently: one annotation, both passages as its targets. */
export interface DiscrepancyAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'commenting';
  body: TextualBody[];
  target: [TextTarget, TextTarget];
  'corroborate:fact': 'discrepancy';
  'corroborate:discrepancyKind': DiscrepancyKind;
}

export type ExportedAnnotation = WebAnnotation | QuoteAnnotation | DiscrepancyAnnotation;

/** Whether an exported annotation is a claim's passage (not a quote or a discrepancy). */
export function isClaimAnnotation(annotation: ExportedAnnotation): annotation is WebAnnotation {
  return !('corroborate:fact' in annotation);
}

export interface WebAnnotationPage {
  id: string;
  type: 'AnnotationPage';
  partOf: string;
  startIndex: 0;
  items: ExportedAnnotation[];
}

export interface WebAnnotationCollection {
  '@context': typeof WEB_ANNOTATION_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  generated: string;
  'corroborate:filtered': boolean;
  /** Absent when there is no annotation, as the model asks. */
  first?: WebAnnotationPage;
}

/**
 * The exported claims as one W3C AnnotationCollection.
 *
 * Each occurrence of a claim is one `Annotation`, id
 * `urn:corroborate:claim:<claimId>:occurrence:<occurrenceId>`:
 * - `body`: a `TextualBody` per tag (purpose `tagging`, value the tag path "Parent › Child"),
 *   the claim's note when it is not empty (purpose `commenting`), and the grade in words
 *   (purpose `assessing`, "Credibility 2: probably true"). All `text/plain`.
 * - `motivation`: `commenting` when there is a note, else `tagging` when there are tags, else
 *   `assessing` (the grade is all the annotation says).
 * - `target`: a `SpecificResource` whose `source` is `urn:sha256:<hex>`, the SHA-256 of the
 *   source's normalised text (LF line endings), with `scope` the source's web address if it has
 *   one, and two selectors for the same passage: a `TextQuoteSelector` (exact quote, up to 32
 *   characters of prefix and suffix) and a `TextPositionSelector` whose start and end count
 *   Unicode code points, not UTF-16 units, as the model requires. `corroborate:source` is the
 *   source's id in the case, which tells apart copies of one text (republications).
 * - `created`, `modified`: the claim's timestamps.
 *
 * Corroborate extension (JSON-LD prefix `corroborate:` = `urn:corroborate:vocab:`, declared in
 * the `@context`):
 * - `corroborate:claim` (integer): the claim's id; the annotations of one claim share it.
 * - `corroborate:stance`: `origin` (where the claim was first tagged; exactly one per claim),
 *   `supports` or `contradicts`.
 * - `corroborate:credibility` (integer 1–6): the analyst's Admiralty credibility grade, and
 *   `corroborate:credibilityLabel` its name (1 confirmed … 5 improbable, 6 cannot be judged).
 * - `corroborate:sourceReliability` (`A`–`F`): the Admiralty reliability of the target's source.
 * - `corroborate:independentSources`, `corroborate:independentContradictions` (integers): how
 *   many independent sources support and contradict the claim (derived copies count once).
 * - On the collection, `corroborate:filtered` (boolean): whether only some claims were exported.
 *
 * After the claims, the facts Corroborate found (read back by no importer: the app recomputes
 * them from the texts), each marked `corroborate:fact`:
 * - `quote`: every source's rendering of each quote said in two sources or more or credited to
 *   different speakers, id `urn:corroborate:quote:<group>:source:<sourceId>`; motivation
 *   `identifying` with a `TextualBody` (purpose `identifying`) naming the speaker that source
 *   credits, or `describing` when it names none; a `describing` body says who the other sources
 *   credit. `corroborate:quote` is shared by the renderings of one quote, `corroborate:speaker`
 *   is the speaker or null, `corroborate:speakerConflict` whether sources credit different
 *   speakers.
 * - `discrepancy`: one annotation per fact discrepancy, motivation `commenting`, a body in words
 *   ("lunch ≠ dinner") and two targets, the differing words in each source;
 *   `corroborate:discrepancyKind` is number, date, time, place, person, speaker or other.
 */
export function toWebAnnotations(view: ExportView): WebAnnotationCollection {
  const id = `urn:corroborate:export:${encodeURIComponent(view.generatedAt)}`;
  const items: ExportedAnnotation[] = view.claims.flatMap((claim) => claimAnnotations(view, claim));
  for (const annotation of quoteAnnotations(view)) items.push(annotation);
  for (const annotation of discrepancyAnnotations(view)) items.push(annotation);
  const collection: WebAnnotationCollection = {
    '@context': WEB_ANNOTATION_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: view.snapshot.name,
    total: items.length,
    generated: view.generatedAt,
    'corroborate:filtered': view.filtered,
  };
  if (items.length > 0) {
    collection.first = {
      id: `${id}:page:0`,
      type: 'AnnotationPage',
      partOf: id,
      startIndex: 0,
      items,
    };
  }
  return collection;
}

/**
 * The collection as JSON text. `<`, `>`, `&`, U+2028 and U+2029 are written as \u escapes (they
 * only occur inside strings), so the text is also safe inside an HTML script element; lone
 * surrogates come out escaped by JSON.stringify, so the text is well-formed UTF-8.
 */
export function webAnnotationsJson(view: ExportView): string {
  return JSON.stringify(toWebAnnotations(view), null, 2).replace(
    /[<>&\u2028\u2029]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function claimAnnotations(view: ExportView, claim: ExportClaim): WebAnnotation[] {
  const tagBodies = claim.tagIds.map((tagId): TextualBody => ({
    type: 'TextualBody',
    purpose: 'tagging',
    value: view.tagPath(tagId),
    format: 'text/plain',
  }));
  const credibilityLabel = CREDIBILITY_NAMES[claim.credibility];
  const body: TextualBody[] = [...tagBodies];
  if (claim.note !== '') {
    body.push({
      type: 'TextualBody',
      purpose: 'commenting',
      value: claim.note,
      format: 'text/plain',
    });
  }
  body.push({
    type: 'TextualBody',
    purpose: 'assessing',
    value: `Credibility ${claim.credibility}: ${credibilityLabel}`,
    format: 'text/plain',
  });
  const motivation =
    claim.note !== '' ? 'commenting' : tagBodies.length > 0 ? 'tagging' : 'assessing';
  return claim.occurrences.map((occurrence): WebAnnotation => {
    const source = view.source(occurrence.sourceId);
    const target = textTarget(view, occurrence.sourceId, occurrence.start, occurrence.end);
    return {
      id: occurrenceIri(claim.id, occurrence.id),
      type: 'Annotation',
      motivation,
      created: claim.createdAt,
      modified: claim.updatedAt,
      body: body.map((part) => ({ ...part })),
      target,
      'corroborate:claim': claim.id,
      'corroborate:stance': occurrence.stance,
      'corroborate:credibility': claim.credibility,
      'corroborate:credibilityLabel': credibilityLabel,
      'corroborate:sourceReliability': source.reliability,
      'corroborate:independentSources': claim.corroboration.independentSources,
      'corroborate:independentContradictions': claim.corroboration.independentContradictions,
    };
  });
}

/** A passage of a source as a SpecificResource with a quote and a position selector. */
function textTarget(view: ExportView, sourceId: number, start: number, end: number): TextTarget {
  const source = view.source(sourceId);
  const target: TextTarget = {
    type: 'SpecificResource',
    source: sourceIri(source.contentHash),
    selector: [
      {
        type: 'TextQuoteSelector',
        exact: sliceByCodePoints(source.text, start, end),
        prefix: sliceByCodePoints(source.text, Math.max(0, start - CONTEXT_LENGTH), start),
        suffix: sliceByCodePoints(source.text, end, end + CONTEXT_LENGTH),
      },
      { type: 'TextPositionSelector', start, end },
    ],
    'corroborate:source': source.id,
  };
  if (source.url !== '') target.scope = source.url;
  return target;
}

const plainBody = (purpose: TextualBody['purpose'], value: string): TextualBody => ({
  type: 'TextualBody',
  purpose,
  value,
  format: 'text/plain',
});

function quoteAnnotations(view: ExportView): QuoteAnnotation[] {
  const annotations: QuoteAnnotation[] = [];
  for (const quote of sharedQuotes(view.facts?.quotes ?? [])) {
    const credits = quote.occurrences
      .map(
        (occurrence) =>
          `${view.number(occurrence.sourceId)}: ${occurrence.speaker ?? 'no speaker named'}`,
      )
      .join('; ');
    const conflict = quote.speakerConflict !== null;
    const description = `${conflict ? 'Sources credit different speakers' : 'Quoted in several sources'} (${credits})`;
    for (const occurrence of quote.occurrences) {
      const body = [plainBody('describing', description)];
      if (occurrence.speaker !== null) body.unshift(plainBody('identifying', occurrence.speaker));
      annotations.push({
        id: `urn:corroborate:quote:${encodeURIComponent(quote.id)}:source:${occurrence.sourceId}:${occurrence.start}`,
        type: 'Annotation',
        motivation: occurrence.speaker === null ? 'describing' : 'identifying',
        body,
        target: textTarget(view, occurrence.sourceId, occurrence.start, occurrence.end),
        'corroborate:fact': 'quote',
        'corroborate:quote': quote.id,
        'corroborate:speaker': occurrence.speaker,
        'corroborate:speakerConflict': conflict,
      });
    }
  }
  return annotations;
}

function discrepancyAnnotations(view: ExportView): DiscrepancyAnnotation[] {
  return (view.facts?.discrepancies ?? []).map((discrepancy) => ({
    id: `urn:corroborate:discrepancy:${encodeURIComponent(discrepancy.id)}`,
    type: 'Annotation',
    motivation: 'commenting',
    body: [plainBody('commenting', `${discrepancy.description} (${discrepancy.kind})`)],
    target: [
      textTarget(view, discrepancy.a.sourceId, discrepancy.a.start, discrepancy.a.end),
      textTarget(view, discrepancy.b.sourceId, discrepancy.b.start, discrepancy.b.end),
    ],
    'corroborate:fact': 'discrepancy',
    'corroborate:discrepancyKind': discrepancy.kind,
  }));
}
