// Keeps the case's facts current: quotes with speakers, attributions, entities and
// discrepancies. New sources are read in the background (a worker thread in the app) and their
// records cached in the case file, so each import only reads what it added; the case-wide
// part is recomputed from the records. Reading the case for a run yields to the event loop
// between batches, so the thread answering the UI never waits long on it.

import type {
  CaseFacts,
  ClaimOccurrence,
  EntityEdit,
  EntityMentions,
  FactsList,
  FactsStatus,
  GetFactsRequest,
} from '../../preload/contract';
import { creditKey, type OccurrenceCredit } from '../core/claims';
import { CaseError } from '../core/errors';
import { FACTS_ENGINE_VERSION, parseSourceRecord, type ComputedFacts } from '../core/facts';
import type { CaseDatabase } from '../storage/case-database';
import type { CaseService } from './case-service';
import { announceEdit } from './edit-events';
import type { EventSink } from './events';
import type { FactsRunInput, FactsRunner } from './facts-runner';

/** Sources read from the case file per turn of the event loop. */
const READ_BATCH = 50;
/** Records written per transaction when caching. */
const WRITE_BATCH = 100;
const PROGRESS_INTERVAL_MS = 100;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

interface Computed {
  database: CaseDatabase;
  signature: string;
  sourceIds: number[];
  /** The entity edits the facts were computed with, as JSON. */
  edits: string;
  facts: ComputedFacts;
  /** Attributions and quote speakers per source, for claims' credits. */
  bySource: Map<number, { attributions: ComputedFacts['attributions']; quotes: SpeakerSpan[] }>;
}

interface SpeakerSpan {
  start: number;
  end: number;
  speaker: string;
}

/** Where claims read whom their occurrences credit. */
export interface CreditSource {
  creditsFor(occurrences: readonly ClaimOccurrence[]): OccurrenceCredit[];
}

export class FactsService implements CreditSource {
  private running: Promise<void> | null = null;
  private rerun = false;
  private abort: AbortController | null = null;
  private computed: Computed | null = null;
  private progress: { done: number; total: number } | null = null;
  private error: string | null = null;

  constructor(
    private readonly cases: CaseService,
    private readonly runner: FactsRunner,
    private readonly events: EventSink,
    private readonly now: () => Date = () => new Date(),
    private readonly onError: (error: unknown) => void = (error) =>
      console.error('facts failed:', error),
  ) {}

  /** Brings the facts up to date; resolves when they are (or the case changed). */
  refresh(): Promise<void> {
    if (this.running) {
      this.rerun = true;
      return this.running;
    }
    this.running = this.untilCurrent().finally(() => {
      this.running = null;
      this.progress = null;
      this.abort = null;
      this.announce();
    });
    return this.running;
  }

  /** Stops a run under way (the case closed or changed). */
  cancel(): void {
    this.abort?.abort();
  }

  status(): FactsStatus {
    const database = this.cases.current();
    const total = database ? database.info().sourceCount : 0;
    const current = this.current();
    return {
      state: this.running || this.progress ? 'computing' : this.error ? 'failed' : 'ready',
      done: this.progress ? Math.min(this.progress.done, total) : current ? total : 0,
      total,
      error: this.error,
    };
  }

  /**
   * What the views show: quotes said in two or more sources or credited to different speakers,
   * attributions that cite another source of the case, every entity, discrepancy and loop.
   * Bounded so a big case's answer stays quick to send; `all()` has everything. With `list`,
   * only that view's list (the others empty, counted): a view asks for its own, so no answer
   * carries the whole of a big case (3.7 MB, 70 ms to serialise, for the BBC case).
   */
  get(request: GetFactsRequest = {}): CaseFacts {
    const facts = this.all();
    const quotes = facts.quotes.filter(
      (group) =>
        group.speakerConflict !== null ||
        new Set(group.occurrences.map((occurrence) => occurrence.sourceId)).size > 1,
    );
    const wanted = (list: FactsList) => request.list === undefined || request.list === list;
    return {
      ...facts,
      quotes: wanted('quotes') ? quotes : [],
      entities: wanted('entities') ? facts.entities : [],
      discrepancies: wanted('discrepancies') ? facts.discrepancies : [],
      attributions: facts.attributions.filter((attribution) => attribution.kind === 'citation'),
      counts: { ...facts.counts, quotes: quotes.length },
    };
  }

  /** Everything computed: every quote and attribution too (the CLI and exports). */
  all(): CaseFacts {
    const database = this.cases.database;
    const facts = this.current()?.facts;
    return {
      quotes: facts?.quotes ?? [],
      attributions: facts?.attributions ?? [],
      entities: facts?.entities ?? [],
      discrepancies: facts?.discrepancies ?? [],
      circular: facts?.circular ?? [],
      entityEdits: database.read((store) => store.facts.listEntityEdits()),
      status: this.status(),
      counts: {
        quotes: facts?.quotes.length ?? 0,
        entities: facts?.entities.length ?? 0,
        discrepancies: facts?.discrepancies.length ?? 0,
      },
    };
  }

  /** Where one entity is mentioned, from the cached records. */
  entityMentions(key: string): EntityMentions {
    const current = this.current();
    if (!current || !current.facts.entities.some((entity) => entity.key === key)) {
      throw new CaseError('not-found', `No entity “${key}” in this case (yet).`);
    }
    const mentionKeys = current.facts.mentionKeys;
    const entity = current.facts.entities.find((candidate) => candidate.key === key);
    const ids = entity?.counts.map((count) => count.sourceId) ?? [];
    const mentions: EntityMentions['mentions'] = [];
    for (const row of current.database.sourceFactsOf(FACTS_ENGINE_VERSION, ids)) {
      const record = parseSourceRecord(row.json);
      for (const mention of record?.entities ?? []) {
        if (mentionKeys.get(mention.text) === key) {
          mentions.push({ sourceId: row.sourceId, start: mention.start, end: mention.end });
        }
      }
    }
    return { key, mentions };
  }

  /** Merges two entities or splits a variant out: one undoable edit, then the facts again. */
  async editEntities(edit: EntityEdit): Promise<CaseFacts> {
    const current = this.current();
    const known = new Set(current?.facts.entities.map((entity) => entity.key) ?? []);
    const variants = new Set(current?.facts.entities.flatMap((entity) => entity.variants) ?? []);
    if (edit.kind === 'merge') {
      if (edit.from === edit.into)
        throw new CaseError('invalid-request', 'An entity cannot be merged into itself.');
      for (const key of [edit.from, edit.into]) {
        if (!known.has(key)) throw new CaseError('not-found', `No entity “${key}” in this case.`);
      }
    } else if (!variants.has(edit.variant)) {
      throw new CaseError('not-found', `No entity is spelled “${edit.variant}” in this case.`);
    }
    const database = this.cases.database;
    const label = edit.kind === 'merge' ? 'Merge entities' : 'Split entity';
    const { changed } = database.edit({ label, now: this.now() }, (store) =>
      store.facts.addEntityEdit(edit, this.now().toISOString()),
    );
    announceEdit(this.events, database, changed);
    await this.refresh();
    return this.get({ list: 'entities' });
  }

  creditsFor(occurrences: readonly ClaimOccurrence[]): OccurrenceCredit[] {
    const current = this.current();
    if (!current) return [];
    const keys = current.facts.nameKeys;
    const keyOf = (name: string) => keys.get(name) ?? `name:${creditKey(name)}`;
    const credits: OccurrenceCredit[] = [];
    for (const occurrence of occurrences) {
      const site = current.bySource.get(occurrence.sourceId);
      if (!site) continue;
      const seen = new Set<string>();
      for (const attribution of site.attributions) {
        if (attribution.end <= occurrence.start || attribution.start >= occurrence.end) continue;
        const key = keyOf(attribution.originator);
        seen.add(key);
        credits.push({
          occurrenceId: occurrence.id,
          sourceId: occurrence.sourceId,
          originator: attribution.originator,
          key,
          entityKey: attribution.entityKey,
          kind: attribution.kind,
          citedSourceIds: attribution.citedSourceIds,
        });
      }
      for (const quote of site.quotes) {
        if (quote.end <= occurrence.start || quote.start >= occurrence.end) continue;
        const key = keyOf(quote.speaker);
        if (seen.has(key)) continue;
        seen.add(key);
        credits.push({
          occurrenceId: occurrence.id,
          sourceId: occurrence.sourceId,
          originator: quote.speaker,
          key,
          entityKey: key.startsWith('name:') ? null : key,
          kind: 'quote',
          citedSourceIds: [],
        });
      }
    }
    return credits;
  }

  private current(): Computed | null {
    const computed = this.computed;
    return computed && computed.database === this.cases.current() ? computed : null;
  }

  private async untilCurrent(): Promise<void> {
    do {
      this.rerun = false;
      try {
        await this.once();
        this.error = null;
      } catch (error) {
        // A run cancelled for another case is not a failure: the refresh that follows the
        // cancel has asked for a rerun, which this loop now does.
        if (!this.abort?.signal.aborted) {
          this.error = error instanceof Error ? error.message : String(error);
          this.onError(error);
          return;
        }
      }
    } while (this.rerun);
  }

  private async once(): Promise<void> {
    const database = this.cases.current();
    if (!database) return;
    const sources = database.listSources();
    const edits = database.read((store) => store.facts.listEntityEdits()).map((row) => row.edit);
    const signature = JSON.stringify([
      FACTS_ENGINE_VERSION,
      sources.map((source) => [source.id, source.label, source.outlet, source.agency]),
      edits,
    ]);
    if (this.current()?.signature === signature) return;

    this.abort = new AbortController();
    const signal = this.abort.signal;
    this.progress = { done: 0, total: sources.length + 1 };
    this.announce();
    // Cached records are read batch by batch with the texts, not in one query: a big case's
    // records are tens of megabytes.
    const have = database.sourcesWithFacts(FACTS_ENGINE_VERSION);
    const last = this.current();
    const editsJson = JSON.stringify(edits);
    const input: FactsRunInput = {
      sources: [],
      cached: [],
      extract: [],
      edits,
      previous:
        last && last.edits === editsJson
          ? { sourceIds: last.sourceIds, discrepancies: last.facts.discrepancies }
          : undefined,
    };
    for (let i = 0; i < sources.length; i += READ_BATCH) {
      const batch = sources.slice(i, i + READ_BATCH);
      const cachedIds = batch.filter((source) => have.has(source.id)).map((source) => source.id);
      if (cachedIds.length > 0) {
        for (const row of database.sourceFactsOf(FACTS_ENGINE_VERSION, cachedIds)) {
          input.cached.push({ sourceId: row.sourceId, json: row.json });
        }
      }
      for (const source of batch) {
        input.sources.push({
          id: source.id,
          label: source.label,
          outlet: source.outlet,
          agency: source.agency,
          text: database.getSource(source.id).text,
        });
        if (!have.has(source.id)) input.extract.push(source.id);
      }
      await nextTurn();
      if (signal.aborted || this.cases.current() !== database) return;
    }
    let lastAnnounced = 0;
    const output = await this.runner.run(
      input,
      (done, total) => {
        this.progress = { done, total };
        const now = Date.now();
        if (now - lastAnnounced >= PROGRESS_INTERVAL_MS || done === total) {
          lastAnnounced = now;
          this.announce();
        }
      },
      signal,
    );
    // Another case may have been opened while the worker ran: keep results for their case only.
    if (signal.aborted || this.cases.current() !== database) return;
    for (let i = 0; i < output.extracted.length; i += WRITE_BATCH) {
      database.saveSourceFacts(
        output.extracted.slice(i, i + WRITE_BATCH).map((row) => ({
          sourceId: row.sourceId,
          engine: FACTS_ENGINE_VERSION,
          json: row.json,
        })),
      );
      await nextTurn();
      if (this.cases.current() !== database) return;
    }
    const bySource: Computed['bySource'] = new Map();
    const siteOf = (id: number) => {
      let site = bySource.get(id);
      if (!site) {
        site = { attributions: [], quotes: [] };
        bySource.set(id, site);
      }
      return site;
    };
    for (const attribution of output.facts.attributions)
      siteOf(attribution.sourceId).attributions.push(attribution);
    for (const group of output.facts.quotes) {
      for (const occurrence of group.occurrences) {
        if (occurrence.speaker === null) continue;
        siteOf(occurrence.sourceId).quotes.push({
          start: occurrence.start,
          end: occurrence.end,
          speaker: occurrence.speaker,
        });
      }
    }
    this.computed = {
      database,
      signature,
      sourceIds: input.sources.map((source) => source.id),
      edits: editsJson,
      facts: output.facts,
      bySource,
    };
  }

  private announce(): void {
    if (!this.cases.current()) return;
    this.events.emit('facts:did-change', this.status());
  }
}
