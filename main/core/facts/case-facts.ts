// The case's facts from its sources' extracted records: quotes grouped across sources with
// speaker conflicts, attributions with citations of the case's own outlets and circular
// reporting, entities with variants merged (and the analyst's edits), and the facts that
// passages saying the same thing state differently. Pure and deterministic: the app runs it
// in a worker, the CLI inline.

import type {
  Attribution,
  CircularReporting,
  Discrepancy,
  EntityEdit,
  EntitySummary,
  QuoteGroup,
} from '../../../preload/contract';
import { segmentText } from '../align/sentences';
import { creditKey, isVagueOriginator } from '../claims/attribution-joins';
import { codePointLength } from '../text/code-points';
import { circularReporting, OutletIndex, type OutletSource } from './citations';
import { factDiscrepancies } from './discrepancies';
import { PlaceContainment } from './place-containment';
import { groupEntities } from './entities';
import { groupQuotes } from './quote-groups';
import { pairSentences, type FactSentence } from './sentence-pairs';
import type { SourceRecord } from './source-record';

export interface FactsSource extends OutletSource {
  text: string;
}

export interface CaseFactsInput {
  sources: readonly FactsSource[];
  /** Each source's extracted record (sources without one are left out). */
  records: ReadonlyMap<number, SourceRecord>;
  edits: readonly EntityEdit[];
  /**
   * Discrepancies of a previous computation over `sourceIds` with the same entity edits: only
   * sentence pairs involving a source not among them are compared again.
   */
  previous?: { sourceIds: readonly number[]; discrepancies: readonly Discrepancy[] } | undefined;
}

export interface ComputedFacts {
  quotes: QuoteGroup[];
  attributions: Attribution[];
  entities: EntitySummary[];
  discrepancies: Discrepancy[];
  circular: CircularReporting[];
  /** Every originator and speaker name → the key it is matched by (entity key or folded name). */
  nameKeys: Map<string, string>;
  /** Every entity mention's text → its entity key. */
  mentionKeys: Map<string, string>;
}

/** Progress: `stage` of the work, `done` of `total` units. */
export type FactsProgress = (stage: string, done: number, total: number) => void;

interface SentenceSite {
  sourceId: number;
  /** Code points into the source. */
  start: number;
  end: number;
  text: string;
}

export function computeCaseFacts(input: CaseFactsInput, onProgress?: FactsProgress): ComputedFacts {
  const sources = input.sources.filter((source) => input.records.has(source.id));
  const labelOf = new Map(input.sources.map((source) => [source.id, source.label]));
  const label = (id: number) => labelOf.get(id) ?? `#${id}`;
  const record = (id: number) =>
    input.records.get(id) ?? { quotes: [], attributions: [], entities: [] };

  onProgress?.('entities', 0, 4);
  const grouped = groupEntities(
    sources.map((source) => ({ sourceId: source.id, mentions: record(source.id).entities })),
    input.edits,
  );
  const entities: EntitySummary[] = grouped.entities.map((entity) => ({
    key: entity.key,
    name: entity.name,
    kind: entity.kind,
    variants: [...entity.variants],
    counts: entity.counts.map((count) => ({ sourceId: count.sourceId, count: count.count })),
    total: entity.total,
  }));
  const nameKeys = new Map<string, string>();
  const keyOf = (name: string): string => {
    const known = nameKeys.get(name);
    if (known !== undefined) return known;
    const key = grouped.keyOf(name) ?? `name:${creditKey(name)}`;
    nameKeys.set(name, key);
    return key;
  };
  const mentionKeys = new Map<string, string>();
  for (const source of sources) {
    for (const mention of record(source.id).entities) {
      if (mentionKeys.has(mention.text)) continue;
      const key = grouped.keyOf(mention.text);
      if (key !== null) mentionKeys.set(mention.text, key);
    }
  }

  onProgress?.('quotes', 1, 4);
  const quotes = groupQuotes(
    sources.map((source) => ({
      sourceId: source.id,
      label: label(source.id),
      quotes: record(source.id).quotes,
    })),
    keyOf,
  );

  onProgress?.('attributions', 2, 4);
  const outlets = new OutletIndex(input.sources);
  const citations = new Map<number, Set<number>>();
  const attributions: Attribution[] = [];
  for (const source of sources) {
    for (const attribution of record(source.id).attributions) {
      const cited = outlets.cited(attribution.originator, source.id);
      const key = keyOf(attribution.originator);
      attributions.push({
        sourceId: source.id,
        start: attribution.start,
        end: attribution.end,
        originator: attribution.originator,
        entityKey: key.startsWith('name:') ? null : key,
        kind: cited.length > 0 ? 'citation' : attribution.kind,
        citedSourceIds: cited,
      });
      if (cited.length === 0) continue;
      const set = citations.get(source.id) ?? new Set<number>();
      for (const id of cited) set.add(id);
      citations.set(source.id, set);
    }
  }
  const circular = circularReporting(citations, label);

  onProgress?.('discrepancies', 3, 4);
  const present = new Set(sources.map((source) => source.id));
  const known = new Set(input.previous?.sourceIds.filter((id) => present.has(id)) ?? []);
  const discrepancies = (input.previous?.discrepancies ?? []).filter(
    (d) => d.kind !== 'speaker' && known.has(d.a.sourceId) && known.has(d.b.sourceId),
  );
  for (const found of findDiscrepancies(sources, record, keyOf, (id) => !known.has(id))) {
    discrepancies.push(found);
  }
  discrepancies.sort(
    (x, y) =>
      x.a.sourceId - y.a.sourceId ||
      x.a.start - y.a.start ||
      x.b.sourceId - y.b.sourceId ||
      x.b.start - y.b.start,
  );
  for (const group of quotes) {
    if (group.speakerConflict === null) continue;
    const seen = new Map<string, (typeof group.occurrences)[number]>();
    for (const occurrence of group.occurrences) {
      if (occurrence.speaker === null) continue;
      const key = keyOf(occurrence.speaker);
      if (!seen.has(key)) seen.set(key, occurrence);
    }
    const [first, ...others] = [...seen.values()];
    if (!first) continue;
    for (const other of others) {
      const side = (occurrence: typeof first) => {
        const quote = record(occurrence.sourceId).quotes.find((q) => q.start === occurrence.start);
        const span = quote?.speakerSpan ?? { start: occurrence.start, end: occurrence.end };
        return {
          sourceId: occurrence.sourceId,
          start: span.start,
          end: span.end,
          text: occurrence.speaker ?? '',
          passage: { start: occurrence.start, end: occurrence.end, text: quote?.text ?? '' },
        };
      };
      discrepancies.push({
        id: `speaker:${group.id}:${other.sourceId}`,
        kind: 'speaker',
        description: `${first.speaker ?? ''} ≠ ${other.speaker ?? ''} (the same quote: ${group.speakerConflict})`,
        a: side(first),
        b: side(other),
      });
    }
  }
  onProgress?.('done', 4, 4);
  for (const group of quotes) {
    for (const occurrence of group.occurrences)
      if (occurrence.speaker !== null) keyOf(occurrence.speaker);
  }
  return { quotes, attributions, entities, discrepancies, circular, nameKeys, mentionKeys };
}

function findDiscrepancies(
  sources: readonly FactsSource[],
  record: (id: number) => SourceRecord,
  keyOf: (name: string) => string,
  isNewSource: (id: number) => boolean,
): Discrepancy[] {
  const sentences: FactSentence[] = [];
  const sites: SentenceSite[] = [];
  for (const source of sources) {
    const text = source.text;
    const attributions = [...record(source.id).attributions].sort((x, y) => x.start - y.start);
    let cursorUtf16 = 0;
    let cursorCp = 0;
    const toCp = (offset: number) => {
      cursorCp += codePointLength(text.slice(cursorUtf16, offset));
      cursorUtf16 = offset;
      return cursorCp;
    };
    let previous: { paragraph: number; text: string } | null = null;
    let a = 0;
    for (const sentence of segmentText(text).sentences) {
      const sentenceText = text.slice(sentence.start, sentence.end);
      const start = toCp(sentence.start);
      const end = toCp(sentence.end);
      while (a < attributions.length && (attributions[a]?.end ?? 0) <= start) a += 1;
      const credit = attributions[a];
      const originatorKey =
        credit && credit.start < end && start < credit.end && !isVagueOriginator(credit.originator)
          ? keyOf(credit.originator)
          : null;
      sentences.push({
        sourceId: source.id,
        text: sentenceText,
        context: previous && previous.paragraph === sentence.paragraph ? previous.text : '',
        originatorKey,
      });
      sites.push({ sourceId: source.id, start, end, text: sentenceText });
      previous = { paragraph: sentence.paragraph, text: sentenceText };
    }
  }
  const found: Discrepancy[] = [];
  const seen = new Set<string>();
  if (!sources.some((source) => isNewSource(source.id))) return [];
  // Which places hold which, as any report of the case says it.
  const places = new PlaceContainment();
  for (const source of sources) places.add(source.text);
  const isNew = (index: number) => isNewSource(sentences[index]?.sourceId ?? -1);
  for (const pair of pairSentences(sentences, isNew)) {
    const a = sites[pair.a];
    const b = sites[pair.b];
    if (!a || !b) continue;
    for (const difference of factDiscrepancies(a.text, b.text, places)) {
      const side = (site: SentenceSite, range: { start: number; end: number; text: string }) => {
        const start = site.start + codePointLength(site.text.slice(0, range.start));
        return {
          sourceId: site.sourceId,
          start,
          end: start + codePointLength(range.text),
          text: range.text,
          passage: { start: site.start, end: site.end, text: site.text },
        };
      };
      const sideA = side(a, difference.a);
      const sideB = side(b, difference.b);
      const id = `${sideA.sourceId}:${sideA.start}-${sideA.end}|${sideB.sourceId}:${sideB.start}-${sideB.end}`;
      if (seen.has(id)) continue;
      seen.add(id);
      found.push({
        id,
        kind: difference.kind,
        description: difference.description,
        a: sideA,
        b: sideB,
      });
    }
  }
  return found;
}
