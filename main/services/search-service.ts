import type {
  SearchFilters,
  SearchGroup,
  SearchLanguage,
  SearchRequest,
  SearchResponse,
  SearchStatus,
  SourceSummary,
  Span,
} from '../../preload/contract';
import { parseQuery } from '../core/search/query';
import { SEARCH_ENGINE_VERSION, SEARCH_FIELD_NAMES, type SearchField } from '../search/lunr-index';
import { annotationDocs, passageDocs } from '../search/search-docs';
import { SearchEngine, type ScoredDoc } from '../search/search-engine';
import {
  hasSourceFilter,
  termHit,
  TextCache,
  toHit,
  verifyPhrases,
} from '../search/search-results';
import { loadSegment, type Segment, type SegmentData } from '../search/segment';
import type { SegmentBuilder } from '../search/segment-builder';
import type { CaseDatabase } from '../storage/case-database';
import type { CaseService } from './case-service';
import type { EventSink } from './events';

const DEFAULT_GROUPS = 50;
const HITS_PER_GROUP = 5;
/** Passage segments beyond this many are merged into one in the background. */
const MERGE_AT = 8;

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
 * New sources get a small segment of their own; edits to titles, claims and notes rebuild the
 * small annotations segment; many passage segments are merged in the background. Builds run in
 * a worker; queries keep answering from the segments already there while one runs.
 */
export class SearchService {
  private index: CaseIndex | null = null;
  private sourceCache: {
    database: CaseDatabase;
    key: string;
    sources: ReadonlyMap<number, SourceSummary>;
  } | null = null;
  private running: Promise<void> | null = null;
  private rerun = false;

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
    const totalSources = database ? database.info().sourceCount : 0;
    const index = this.current();
    const covered = new Set(
      index?.segments.filter((s) => s.kind === 'passages').flatMap((s) => s.sourceIds) ?? [],
    );
    return {
      state: this.running ? 'indexing' : 'ready',
      language: database ? database.searchLanguage() : 'en',
      indexedSources: covered.size,
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
    const empty = { groups: [], hitCount: 0, sourceCount: 0, status: this.status() };
    if (!parsed.ok) return { ...empty, error: { message: parsed.message, at: parsed.at } };
    if (parsed.clauses.length === 0) return { ...empty, error: null };
    const index = this.loaded(database);
    const sources = this.sourcesOf(database);
    const allowed = this.sourceFilter(database, sources, request.filters);
    const claimTags = request.filters?.tagIds?.length
      ? this.claimsTagged(database, request.filters.tagIds)
      : null;
    const texts = new TextCache(database);
    const hasPhrases = parsed.clauses.some((clause) => clause.kind === 'phrase');

    // Candidates in score order; a phrase is checked against the text only where Lunr found all
    // its words. Texts and snippets are read for the hits that are shown, not for every one.
    const hits: Array<{ doc: ScoredDoc; spans: Span[]; field: SearchField }> = [];
    for (const doc of index.engine.search(parsed.clauses)) {
      const sourceId = doc.meta.sourceId;
      if (sourceId !== null && !allowed(sourceId)) continue;
      if (sourceId === null && request.filters && hasSourceFilter(request.filters)) continue;
      if (doc.meta.kind === 'claim' && claimTags && !claimTags.has(doc.meta.claimId)) continue;
      const verified = hasPhrases
        ? verifyPhrases(doc, parsed.clauses, (field) => texts.field(doc, field, sources))
        : termHit(doc);
      if (verified) hits.push({ doc, ...verified });
    }

    const perGroup = request.hitsPerGroup ?? HITS_PER_GROUP;
    const groups = new Map<string, { group: SearchGroup; shown: typeof hits }>();
    for (const hit of hits) {
      const sourceId = hit.doc.meta.sourceId;
      const key = sourceId === null ? 'case' : String(sourceId);
      let entry = groups.get(key);
      if (!entry) {
        const source = sourceId === null ? undefined : sources.get(sourceId);
        const group: SearchGroup = {
          sourceId,
          title: source?.title ?? 'Case notes',
          outlet: source?.outlet ?? '',
          score: 0,
          hits: [],
          hitCount: 0,
        };
        groups.set(key, (entry = { group, shown: [] }));
      }
      entry.group.hitCount += 1;
      entry.group.score = Math.max(entry.group.score, hit.doc.score);
      if (entry.shown.length < perGroup) entry.shown.push(hit);
    }
    const ranked = [...groups.values()].sort(
      (a, b) => b.group.score - a.group.score || (a.group.sourceId ?? 0) - (b.group.sourceId ?? 0),
    );
    const kept = ranked.slice(0, request.limit ?? DEFAULT_GROUPS);
    for (const { group, shown } of kept) {
      group.hits = shown.map((hit) => toHit(hit, texts.field(hit.doc, hit.field, sources)));
    }
    return {
      error: null,
      groups: kept.map((entry) => entry.group),
      hitCount: hits.length,
      sourceCount: ranked.length,
      status: this.status(),
    };
  }

  /** The case's sources by id, read again only when the case has changed. */
  private sourcesOf(database: CaseDatabase): ReadonlyMap<number, SourceSummary> {
    const { revision, sourceCount } = database.info();
    const key = `${revision}:${sourceCount}`;
    const cached = this.sourceCache;
    if (cached && cached.database === database && cached.key === key) return cached.sources;
    const sources = new Map(database.listSources().map((source) => [source.id, source]));
    this.sourceCache = { database, key, sources };
    return sources;
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
    for (const stored of database.listSearchSegments()) {
      const data =
        stored.engineVersion === SEARCH_ENGINE_VERSION
          ? (JSON.parse(stored.data) as SegmentData)
          : null;
      if (!data || data.language !== language) {
        stale.push(stored.id);
        continue;
      }
      segments.push({
        id: stored.id,
        kind: stored.kind,
        sourceIds: stored.sourceIds,
        caseRevision: stored.caseRevision,
        segment: loadSegment(data),
      });
    }
    if (stale.length > 0) database.replaceSearchSegments({ remove: stale, add: null });
    this.index = { database, segments, engine: new SearchEngine(segments.map((s) => s.segment)) };
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

    const covered = new Set(
      index.segments.filter((s) => s.kind === 'passages').flatMap((s) => s.sourceIds),
    );
    const pending = database
      .listSources()
      .map((source) => source.id)
      .filter((id) => !covered.has(id));
    if (pending.length > 0) {
      await this.addSegment(
        index,
        'passages',
        pending,
        revision,
        passageDocs(database, pending),
        [],
      );
    }

    if (!stillOpen()) return;
    const annotations = index.segments.filter((s) => s.kind === 'annotations');
    if (annotations.length !== 1 || annotations[0]?.caseRevision !== revision) {
      const all = database.listSources().map((source) => source.id);
      await this.addSegment(
        index,
        'annotations',
        all,
        revision,
        annotationDocs(database),
        annotations,
      );
    }

    if (!stillOpen()) return;
    const passages = index.segments.filter((s) => s.kind === 'passages');
    if (passages.length > MERGE_AT) {
      const ids = passages.flatMap((s) => s.sourceIds);
      await this.addSegment(index, 'passages', ids, revision, passageDocs(database, ids), passages);
    }
  }

  /** Builds a segment in the worker, then swaps it in: in the case file and in memory. */
  private async addSegment(
    index: CaseIndex,
    kind: LoadedSegment['kind'],
    sourceIds: number[],
    caseRevision: number,
    docs: Parameters<SegmentBuilder['build']>[0],
    replaces: readonly LoadedSegment[],
  ): Promise<void> {
    const data = await this.builder.build(docs, index.database.searchLanguage());
    // The analyst may have opened another case meanwhile: keep it only for its own case.
    if (this.current() !== index) return;
    const id = index.database.replaceSearchSegments({
      remove: replaces.map((s) => s.id),
      add: { kind, engineVersion: SEARCH_ENGINE_VERSION, sourceIds, caseRevision, data },
    });
    if (id === null) return;
    const gone = new Set(replaces.map((s) => s.id));
    index.segments = [
      ...index.segments.filter((s) => !gone.has(s.id)),
      { id, kind, sourceIds, caseRevision, segment: loadSegment(JSON.parse(data) as SegmentData) },
    ];
    index.engine = new SearchEngine(index.segments.map((s) => s.segment));
  }

  private sourceFilter(
    database: CaseDatabase,
    sources: ReadonlyMap<number, SourceSummary>,
    filters: SearchFilters | undefined,
  ): (sourceId: number) => boolean {
    if (!filters) return () => true;
    const ids = filters.sourceIds?.length ? new Set(filters.sourceIds) : null;
    const outlets = filters.outlets?.length
      ? new Set(filters.outlets.map((o) => o.toLowerCase()))
      : null;
    const grades = filters.grades?.length ? new Set(filters.grades) : null;
    const tagged = filters.tagIds?.length ? this.sourcesTagged(database, filters.tagIds) : null;
    return (sourceId) => {
      const source = sources.get(sourceId);
      if (!source) return false;
      if (ids && !ids.has(sourceId)) return false;
      if (outlets && !outlets.has(source.outlet.toLowerCase())) return false;
      if (grades && !grades.has(source.reliability)) return false;
      if (tagged && !tagged.has(sourceId)) return false;
      if (filters.dateFrom && !(source.publishedDate && source.publishedDate >= filters.dateFrom))
        return false;
      if (filters.dateTo && !(source.publishedDate && source.publishedDate <= filters.dateTo))
        return false;
      return true;
    };
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
