import type {
  SearchFilters,
  SearchGroup,
  SearchLanguage,
  SearchRequest,
  SearchResponse,
  SearchStatus,
} from '../../preload/contract';
import { parseQuery } from '../core/search/query';
import { analyzerFor, SEARCH_ENGINE_VERSION, SEARCH_FIELD_NAMES } from '../search/analysis';
import { annotationDocs, passageDocs, titleKey } from '../search/search-docs';
import { compareDocs, type ScoredDoc } from '../search/scored-doc';
import { SearchEngine } from '../search/search-engine';
import {
  hasSourceFilter,
  hitSpans,
  spansAtPositions,
  termsToMark,
  TextCache,
  toHit,
} from '../search/search-results';
import { searchHints } from '../search/search-hints';
import { Segment, type SegmentDoc } from '../search/segment';
import type { SegmentBuilder } from '../search/segment-builder';
import type { CaseDatabase } from '../storage/case-database';
import { reachedStep } from '../storage/fault-points';
import { SEGMENT_CHUNK_BYTES, type StoredSegmentHead } from '../storage/search-repository';
import type { SourceSearchRow } from '../storage/source-repository';
import type { CaseService } from './case-service';
import type { EventSink } from './events';
import { SourceCount } from './source-count';
import { storedSegment } from './stored-segment';

const DEFAULT_GROUPS = 50;
const HITS_PER_GROUP = 5;
/** Passage segments beyond this many are merged in the background. */
const MERGE_AT = 8;
/** Sources read from the case per slice of a build, between which the thread answers others. */
const SOURCES_PER_BATCH = 50;
/** Source rows read per page when looking for what to index. */
const SOURCE_ROWS_PER_PAGE = 2000;

interface LoadedSegment {
  id: number;
  kind: 'passages' | 'annotations';
  sourceIds: number[];
  caseRevision: number;
  segment: Segment;
}

interface CaseIndex {
  database: CaseDatabase;
  segments: LoadedSegment[];
  engine: SearchEngine;
}

/**
 * The case's search index: segments kept in the case file, loaded at open instead of rebuilt.
 * New sources, and sources whose title changed, get a small segment of their own (a source
 * counts only in the newest segment holding it); edits to claims and notes rebuild the small
 * annotations segment; small passage segments are merged in the background. Builds and merges
 * run in a worker, fed in slices; queries keep answering from the segments already there.
 */
export class SearchService {
  private index: CaseIndex | null = null;
  private running: Promise<void> | null = null;
  private rerun = false;
  private readonly sourceCount = new SourceCount();

  constructor(
    private readonly cases: CaseService,
    private readonly builder: SegmentBuilder,
    private readonly events: EventSink,
    private readonly onError: (error: unknown) => void = (error) =>
      console.error('search indexing failed:', error),
  ) {}

  /** Brings the index up to date with the case; resolves when it is. */
  refresh(): Promise<void> {
    if (this.running) {
      this.rerun = true;
      return this.running;
    }
    this.running = this.updateUntilCurrent()
      .catch((error: unknown) => this.onError(error))
      .finally(() => {
        this.running = null;
        this.announce();
      });
    this.announce();
    return this.running;
  }

  status(): SearchStatus {
    const database = this.cases.current();
    const totalSources = database ? this.sourceCount.of(database) : 0;
    const index = this.current();
    return {
      state: this.running ? 'indexing' : 'ready',
      language: database ? database.searchLanguage() : 'en',
      indexedSources: index ? index.engine.coveredCount : 0,
      totalSources,
    };
  }

  /** Re-indexes the case with another language's stemming and stop words. */
  async setLanguage(language: SearchLanguage): Promise<SearchStatus> {
    const database = this.cases.database;
    if (database.searchLanguage() !== language) {
      database.setSearchLanguage(language);
      if (this.index?.database === database) this.index = null;
      await this.refresh();
    }
    return this.status();
  }

  query(request: SearchRequest): SearchResponse {
    const database = this.cases.database;
    const parsed = parseQuery(request.query, SEARCH_FIELD_NAMES);
    if (!parsed.ok || parsed.clauses.length === 0) {
      const error = parsed.ok ? null : { message: parsed.message, at: parsed.at };
      return { groups: [], hitCount: 0, sourceCount: 0, status: this.status(), error };
    }
    const index = this.loaded(database);
    // Once per query, after the segments are loaded (their coverage is part of it).
    const status = this.status();
    const allowed = this.sourceFilter(database, request.filters);
    const claimTags = request.filters?.tagIds?.length
      ? this.claimsTagged(database, request.filters.tagIds)
      : null;
    const sourceFiltered = request.filters ? hasSourceFilter(request.filters) : false;

    // Documents as matched, phrases already checked against token positions. Only the groups
    // shown have their documents ranked (the best of a common word's thousands of matches);
    // sources, texts and snippets are read for them alone.
    const { engine } = index;
    const result = engine.match(parsed.clauses);
    const { matches } = result;
    const perGroup = request.hitsPerGroup ?? HITS_PER_GROUP;
    // Each match's group (its source; null for notes on the case), -1 when a filter drops it.
    const groupOf = new Int32Array(matches.count);
    const slots = new Map<number | null, number>();
    const groupIds: Array<number | null> = [];
    const groupScores: number[] = [];
    const groupHits: number[] = [];
    let hitCount = 0;
    for (let i = 0; i < matches.count; i++) {
      groupOf[i] = -1;
      const sourceId = engine.sourceIdOf(matches, i);
      if (sourceId !== null && allowed && !allowed.has(sourceId)) continue;
      if (sourceId === null && sourceFiltered) continue;
      if (claimTags) {
        const { meta } = engine.scoredDoc(matches, i);
        if (meta.kind === 'claim' && !claimTags.has(meta.claimId)) continue;
      }
      hitCount += 1;
      let slot = slots.get(sourceId);
      if (slot === undefined) {
        slot = groupIds.length;
        slots.set(sourceId, slot);
        groupIds.push(sourceId);
        groupScores.push(0);
        groupHits.push(0);
      }
      groupOf[i] = slot;
      groupHits[slot] = (groupHits[slot] ?? 0) + 1;
      groupScores[slot] = Math.max(groupScores[slot] ?? 0, matches.score(i));
    }
    // The groups shown: the best `limit` by score, then source. Only those scoring at least the
    // limit-th best score are sorted (a common word's thousands of sources are not).
    const limit = request.limit ?? DEFAULT_GROUPS;
    const byScore = Float64Array.from(groupScores).sort();
    const floor = byScore.length > limit ? (byScore[byScore.length - limit] ?? 0) : -Infinity;
    const shownSlots = groupIds
      .map((_, slot) => slot)
      .filter((slot) => (groupScores[slot] ?? 0) >= floor)
      .sort(
        (a, b) =>
          (groupScores[b] ?? 0) - (groupScores[a] ?? 0) || (groupIds[a] ?? 0) - (groupIds[b] ?? 0),
      )
      .slice(0, limit);
    const docsOf = new Map<number, ScoredDoc[]>(shownSlots.map((slot) => [slot, []]));
    for (let i = 0; i < matches.count; i++)
      docsOf.get(groupOf[i] ?? -1)?.push(engine.scoredDoc(matches, i));
    const kept = shownSlots.map((slot) => {
      const shown = (docsOf.get(slot) ?? []).sort(compareDocs).slice(0, perGroup);
      const entry = { score: groupScores[slot] ?? 0, hitCount: groupHits[slot] ?? 0, shown };
      return [groupIds[slot] ?? null, entry] as const;
    });
    const ids = kept.flatMap(([sourceId]) => (sourceId === null ? [] : [sourceId]));
    const sources = new Map(database.listSourceSearchRows(ids).map((row) => [row.id, row]));
    const labels = new Map(database.listSourceSummaries(ids).map((s) => [s.id, s.label]));
    const texts = new TextCache(database);
    texts.prefetch(kept.flatMap(([, entry]) => entry.shown));
    const analyzer = analyzerFor(status.language);
    // Passages are marked from the positions the index holds for them; titles, claims and notes
    // (whose text an edit may have changed since they were indexed) from their text.
    const passages = kept.flatMap(([, entry]) =>
      entry.shown.filter((doc) => doc.meta.kind === 'passage'),
    );
    const held = engine.termPositions(passages, 'body', termsToMark(result, 'body'));
    const shownGroups = kept.map(([sourceId, entry]): SearchGroup => {
      const source = sourceId === null ? undefined : sources.get(sourceId);
      return {
        sourceId,
        title: source?.title ?? 'Case notes',
        label: sourceId === null || !source ? '' : (labels.get(sourceId) ?? ''),
        outlet: source?.outlet ?? '',
        score: entry.score,
        hitCount: entry.hitCount,
        hits: entry.shown.map((doc) => {
          const text = texts.field(doc, doc.field, sources);
          const positions = held.get(doc);
          const spans = positions
            ? spansAtPositions(text, doc.field, result, positions, analyzer)
            : hitSpans(text, doc.field, result, analyzer);
          return toHit({ doc, spans }, text);
        }),
      };
    });
    const hints = searchHints(request.query, parsed.clauses, engine, analyzer, (doc) => {
      texts.prefetch([doc]);
      return texts.field(doc, 'body', sources);
    });
    return {
      ...(hints ? { hints } : {}),
      error: null,
      groups: shownGroups,
      hitCount,
      sourceCount: groupIds.length,
      status,
    };
  }

  private current(): CaseIndex | null {
    const database = this.cases.current();
    return this.index && this.index.database === database ? this.index : null;
  }

  /** The open case's segments, loaded from the case file on first use. */
  private loaded(database: CaseDatabase): CaseIndex {
    const current = this.current();
    if (current) return current;
    const segments: LoadedSegment[] = [];
    const stale: number[] = [];
    const language = database.searchLanguage();
    for (const stored of database.listSearchSegmentHeads()) {
      const segment =
        stored.engineVersion === SEARCH_ENGINE_VERSION ? decoded(database, stored) : null;
      if (!segment || segment.language !== language) {
        stale.push(stored.id);
        continue;
      }
      const { id, kind, sourceIds, caseRevision } = stored;
      segments.push({ id, kind, sourceIds, caseRevision, segment });
    }
    if (stale.length > 0) database.replaceSearchSegments({ remove: stale, add: null });
    database.discardIncompleteSearchSegments();
    this.index = { database, segments, engine: engineOf(segments, language) };
    return this.index;
  }

  private async updateUntilCurrent(): Promise<void> {
    do {
      this.rerun = false;
      await this.updateOnce();
    } while (this.rerun);
  }

  private async updateOnce(): Promise<void> {
    const database = this.cases.current();
    if (!database) return;
    const index = this.loaded(database);
    // The analyst may close or switch the case while a build runs: stop there, quietly.
    const stillOpen = () => this.current() === index;
    const revision = database.info().revision;

    // Sources never indexed, and sources whose title or outlet changed since they were, read
    // in pages with a turn of the event loop between.
    const covered = index.engine.coveredSources();
    const titles = index.engine.titleKeys();
    const live = new Set<number>();
    const changed: number[] = [];
    for (let after = 0; ;) {
      if (!stillOpen()) return;
      const rows = database.sourceSearchRowsAfter(after, SOURCE_ROWS_PER_PAGE);
      for (const row of rows) {
        live.add(row.id);
        if (!covered.has(row.id) || titles.get(row.id) !== titleKey(row)) changed.push(row.id);
      }
      if (rows.length < SOURCE_ROWS_PER_PAGE) break;
      after = rows.at(-1)?.id ?? after;
      await new Promise((resolve) => setImmediate(resolve));
    }
    if (changed.length > 0) {
      const batches = this.passageBatches(database, changed, stillOpen);
      const data = await this.builder
        .build(batches, database.searchLanguage())
        .catch((error: unknown) => {
          if (stillOpen()) throw error;
          return null; // the batches stopped because the case was closed
        });
      if (!data || !stillOpen()) return;
      await this.swap(
        index,
        { kind: 'passages', sourceIds: changed, caseRevision: revision, data },
        [],
      );
    }

    if (!stillOpen()) return;
    const annotations = index.segments.filter((s) => s.kind === 'annotations');
    if (annotations.length !== 1 || annotations[0]?.caseRevision !== revision) {
      const docs = annotationDocs(database);
      const data = await this.builder.build(once(docs), database.searchLanguage());
      if (!stillOpen()) return;
      await this.swap(
        index,
        { kind: 'annotations', sourceIds: [], caseRevision: revision, data },
        annotations,
      );
    }

    if (!stillOpen()) return;
    await this.mergeSmallSegments(index, live, stillOpen);
  }

  /**
   * Past MERGE_AT passage segments, merges all but the largest, or all of them once the rest
   * hold as many documents as the largest: each document is rewritten a logarithmic number of
   * times. Merging copies postings (no text is read); sources that are gone from the case, or
   * held by a newer segment, are left out.
   */
  private async mergeSmallSegments(
    index: CaseIndex,
    live: ReadonlySet<number>,
    stillOpen: () => boolean,
  ): Promise<void> {
    const passages = index.segments.filter((s) => s.kind === 'passages');
    if (passages.length <= MERGE_AT) return;
    const bySize = [...passages].sort((a, b) => b.segment.docCount - a.segment.docCount);
    const [largest, ...rest] = bySize;
    const restDocs = rest.reduce((sum, s) => sum + s.segment.docCount, 0);
    const merging = new Set(largest && restDocs < largest.segment.docCount ? rest : bySize);
    const chosen = passages.filter((s) => merging.has(s)); // oldest first, as stored
    const newest = new Map<number, LoadedSegment>();
    for (const segment of passages) for (const id of segment.sourceIds) newest.set(id, segment);
    const parts = chosen.map((segment) => ({
      data: segment.segment.bytes,
      dropSources: segment.sourceIds.filter(
        (id) =>
          !live.has(id) ||
          (newest.get(id) !== segment && !merging.has(newest.get(id) as LoadedSegment)),
      ),
    }));
    // Within the merged segment, the newest of the merged parts keeps a source.
    parts.forEach((part, i) => {
      const segment = chosen[i] as LoadedSegment;
      const superseded = segment.sourceIds.filter((id) => newest.get(id) !== segment);
      part.dropSources = [...new Set([...part.dropSources, ...superseded])];
    });
    const sourceIds = [...new Set(chosen.flatMap((s) => s.sourceIds))].filter(
      (id) => live.has(id) && merging.has(newest.get(id) as LoadedSegment),
    );
    const revision = Math.max(...chosen.map((s) => s.caseRevision));
    const data = await this.builder.merge(parts, index.database.searchLanguage());
    if (!stillOpen()) return;
    await this.swap(index, { kind: 'passages', sourceIds, caseRevision: revision, data }, chosen);
  }

  /** Keeps a built segment: in the case file and in memory, in place of those it replaces. */
  private async swap(
    index: CaseIndex,
    add: {
      kind: LoadedSegment['kind'];
      sourceIds: number[];
      caseRevision: number;
      data: Uint8Array;
    },
    replaces: readonly LoadedSegment[],
  ): Promise<void> {
    const segment = Segment.decode(add.data);
    const { database } = index;
    const stillOpen = () => this.current() === index;
    // Written a chunk per transaction, with a turn of the event loop between: a 20 MB segment
    // is about 100 ms of writing, too long to hold the thread that answers the UI.
    const { data, ...head } = add;
    const id = database.startSearchSegment({ ...head, engineVersion: SEARCH_ENGINE_VERSION });
    for (let seq = 0; seq * SEGMENT_CHUNK_BYTES < data.length; seq++) {
      const offset = seq * SEGMENT_CHUNK_BYTES;
      database.appendSearchSegmentChunk(
        id,
        seq,
        data.subarray(offset, offset + SEGMENT_CHUNK_BYTES),
      );
      reachedStep('search:mid-segment');
      await new Promise((resolve) => setImmediate(resolve));
      if (!stillOpen()) return; // the half-written segment is discarded at the next open
    }
    if (
      !database.finishSearchSegment(
        id,
        replaces.map((s) => s.id),
      )
    )
      return;
    reachedStep('search:after-segment');
    const gone = new Set(replaces.map((s) => s.id));
    // Replacements take the place of the oldest segment they replace, so newer segments still
    // win for the sources they hold.
    const kept = index.segments.filter((s) => !gone.has(s.id));
    const entry = {
      id,
      kind: add.kind,
      sourceIds: add.sourceIds,
      caseRevision: add.caseRevision,
      segment,
    };
    const at = index.segments.findIndex((s) => gone.has(s.id));
    const position =
      at < 0 ? kept.length : index.segments.slice(0, at).filter((s) => !gone.has(s.id)).length;
    kept.splice(position, 0, entry);
    index.segments = kept;
    index.engine = engineOf(kept, index.database.searchLanguage());
  }

  /** The sources' documents, read from the case in slices with a turn of the event loop between. */
  private async *passageBatches(
    database: CaseDatabase,
    sourceIds: readonly number[],
    stillOpen: () => boolean,
  ): AsyncGenerator<SegmentDoc[]> {
    for (let start = 0; start < sourceIds.length; start += SOURCES_PER_BATCH) {
      if (!stillOpen()) throw new Error('The case was closed while it was being indexed.');
      yield passageDocs(database, sourceIds.slice(start, start + SOURCES_PER_BATCH));
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  /** The sources the filters let through, or null when nothing is filtered by source. */
  private sourceFilter(
    database: CaseDatabase,
    filters: SearchFilters | undefined,
  ): Set<number> | null {
    if (!filters || !hasSourceFilter(filters)) return null;
    const ids = filters.sourceIds?.length ? new Set(filters.sourceIds) : null;
    const outlets = filters.outlets?.length
      ? new Set(filters.outlets.map((o) => o.toLowerCase()))
      : null;
    const grades = filters.grades?.length ? new Set(filters.grades) : null;
    const tagged = filters.tagIds?.length ? this.sourcesTagged(database, filters.tagIds) : null;
    const { dateFrom, dateTo } = filters;
    const passes = (source: SourceSearchRow) =>
      (!ids || ids.has(source.id)) &&
      (!outlets || outlets.has(source.outlet.toLowerCase())) &&
      (!grades || grades.has(source.reliability)) &&
      (!tagged || tagged.has(source.id)) &&
      (!dateFrom || (source.publishedDate !== '' && source.publishedDate >= dateFrom)) &&
      (!dateTo || (source.publishedDate !== '' && source.publishedDate <= dateTo));
    return new Set(
      database
        .listSourceSearchRows()
        .filter(passes)
        .map((source) => source.id),
    );
  }

  private claimsTagged(database: CaseDatabase, tagIds: readonly number[]): Set<number> {
    return database.read(
      (store) => new Set(tagIds.flatMap((tagId) => store.claimIdsTagged(tagId))),
    );
  }

  private sourcesTagged(database: CaseDatabase, tagIds: readonly number[]): Set<number> {
    const claims = this.claimsTagged(database, tagIds);
    return database.read(
      (store) =>
        new Set(
          store
            .listOccurrences()
            .filter((occurrence) => claims.has(occurrence.claimId))
            .map((occurrence) => occurrence.sourceId),
        ),
    );
  }

  private announce(): void {
    if (!this.cases.current()) return;
    this.events.emit('search:did-change', this.status());
  }
}

function decoded(database: CaseDatabase, head: StoredSegmentHead): Segment | null {
  try {
    return storedSegment(database, head);
  } catch {
    return null; // rebuilt below, as a segment of another version would be
  }
}

function engineOf(segments: readonly LoadedSegment[], language: SearchLanguage): SearchEngine {
  return new SearchEngine(
    segments.map(({ segment, kind, sourceIds }) => ({ segment, kind, sourceIds })),
    language,
  );
}

async function* once<T>(value: T): AsyncGenerator<T> {
  await Promise.resolve();
  yield value;
}
