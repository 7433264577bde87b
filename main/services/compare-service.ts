import type {
  AlignedPassage,
  PairComparison,
  RelationsState,
  SourceRelation,
} from '../../preload/contract';
import { ALIGNMENT_ENGINE_VERSION, alignTexts, judgeRelation, swapAlignment } from '../core/align';
import { copiedPassagesOf, type CopiedPassage, type CopyEvidence } from '../core/claims';
import { CaseError } from '../core/errors';
import type { CaseDatabase } from '../storage/case-database';
import type { CaseService } from './case-service';
import type { ComparisonRunner } from './comparison-runner';
import type { EventSink } from './events';
import { sourceFacts } from './source-facts';

/** How often progress events may go out while a run is under way. */
const PROGRESS_INTERVAL_MS = 100;

/**
 * Keeps the case's source relations current. New sources are compared in the background (the
 * runner is a worker thread in the app) and the results cached in the case file, so a case is
 * compared once per engine version and each import only compares what it added.
 */
export class CompareService {
  private running: Promise<void> | null = null;
  private rerun = false;
  private progress: { done: number; total: number } | null = null;
  private abort: AbortController | null = null;
  private judgedCache: {
    database: CaseDatabase;
    key: string;
    withCopies: boolean;
    relations: SourceRelation[];
    copied: CopiedPassage[];
  } | null = null;

  constructor(
    private readonly cases: CaseService,
    private readonly runner: ComparisonRunner,
    private readonly events: EventSink,
    private readonly onError: (error: unknown) => void = (error) =>
      console.error('comparison failed:', error),
  ) {}

  /** Starts comparing whatever is new; resolves when the case is fully compared. */
  refresh(): Promise<void> {
    if (this.running) {
      this.rerun = true;
      return this.running;
    }
    this.running = this.compareUntilCurrent().finally(() => {
      this.running = null;
      this.progress = null;
      this.announce();
    });
    return this.running;
  }

  /** Stops a run under way (the case closed or changed); a refresh compares what is left. */
  cancel(): void {
    this.abort?.abort();
  }

  state(): RelationsState {
    const { relations, sourceCount } = this.judged(false);
    return {
      // A run announces its start before `running` is assigned: progress marks it too.
      status: this.running || this.progress ? 'computing' : 'ready',
      progress: this.progress,
      relations,
      sourceCount,
    };
  }

  /**
   * What claims' independence reads: the relations, and every passage aligned as verbatim or
   * spun between two sources, whatever the pair's verdict (one copied paragraph counts).
   */
  copyEvidence(): CopyEvidence {
    const { relations, copied } = this.judged(true);
    return { relations, copied };
  }

  private judged(withCopies: boolean): {
    relations: SourceRelation[];
    copied: CopiedPassage[];
    sourceCount: number;
  } {
    const database = this.cases.database;
    const sources = database.listSources();
    const facts = new Map(sources.map((source) => [source.id, sourceFacts(source)]));
    // Verdicts depend on the stored pairs and on metadata the analyst can edit: judged again
    // only when either changed (claims ask for this on every read).
    const key = `${database.storedPairsSignature(ALIGNMENT_ENGINE_VERSION)}|${JSON.stringify([...facts.values()])}`;
    const cached = this.judgedCache;
    if (
      cached &&
      cached.database === database &&
      cached.key === key &&
      (cached.withCopies || !withCopies)
    ) {
      return { relations: cached.relations, copied: cached.copied, sourceCount: sources.length };
    }
    const relations: SourceRelation[] = [];
    const copied: CopiedPassage[] = [];
    for (const pair of database.listStoredPairs(ALIGNMENT_ENGINE_VERSION)) {
      const a = facts.get(pair.a);
      const b = facts.get(pair.b);
      if (!a || !b) continue;
      const relation = judgeRelation(pair.alignment, a, b);
      if (relation.verdict !== 'independent') relations.push(relation);
      if (withCopies) {
        for (const passage of copiedPassagesOf(pair.a, pair.b, pair.alignment.passages)) {
          copied.push(passage);
        }
      }
    }
    this.judgedCache = { database, key, withCopies, relations, copied };
    return { relations, copied, sourceCount: sources.length };
  }

  /** The stored alignment's passages of two sources, oriented as asked; null when none is kept. */
  storedPassages(a: number, b: number): AlignedPassage[] | null {
    return (
      this.cases.database.findStoredAlignment(ALIGNMENT_ENGINE_VERSION, a, b)?.passages ?? null
    );
  }

  /** Two sources aligned, oriented as asked; computed on the spot if the cache has no answer yet. */
  pair(a: number, b: number): PairComparison {
    if (a === b) throw new CaseError('invalid-request', 'Compare two different sources.');
    const database = this.cases.database;
    const first = database.getSource(a);
    const second = database.getSource(b);
    // The cache keeps pairs that share passages; any other pair is aligned on the spot (tens of
    // milliseconds), so even independent reports show what little they have in common. Always
    // smaller id first, as the worker does, so both ways of asking get the same answer.
    // A pair the comparison derived through a copy cluster is stored without word diffs: it is
    // aligned for real when the analyst opens it.
    const stored = database.findStoredAlignment(ALIGNMENT_ENGINE_VERSION, a, b);
    const alignment =
      (stored?.derivedVia ? null : stored) ??
      (a < b
        ? alignTexts(first.text, second.text)
        : swapAlignment(alignTexts(second.text, first.text)));
    return {
      relation: judgeRelation(alignment, sourceFacts(first), sourceFacts(second)),
      passages: alignment.passages,
      substitutions: alignment.substitutions,
    };
  }

  private async compareUntilCurrent(): Promise<void> {
    do {
      this.rerun = false;
      try {
        await this.compareOnce();
      } catch (error) {
        this.onError(error);
        return;
      }
    } while (this.rerun);
  }

  private async compareOnce(): Promise<void> {
    const database = this.cases.database;
    const compared = database.comparedSourceIds(ALIGNMENT_ENGINE_VERSION);
    const sources = database.listSources();
    const pending = sources.filter((source) => !compared.has(source.id)).map((source) => source.id);
    if (pending.length === 0) return;

    this.progress = { done: 0, total: 0 };
    this.announce();
    const docs = sources.map((source) => ({
      facts: sourceFacts(source),
      text: database.getSource(source.id).text,
    }));
    let lastAnnounced = 0;
    const abort = new AbortController();
    this.abort = abort;
    let output: Awaited<ReturnType<ComparisonRunner['run']>>;
    try {
      output = await this.runner.run(
        { docs, only: pending },
        (done, total) => {
          this.progress = { done, total };
          const now = Date.now();
          if (now - lastAnnounced >= PROGRESS_INTERVAL_MS || done === total) {
            lastAnnounced = now;
            this.announce();
          }
        },
        abort.signal,
      );
    } catch (error) {
      // A cancelled run is no failure: nothing of it is kept, and the next refresh starts over.
      if (abort.signal.aborted) return;
      throw error;
    } finally {
      if (this.abort === abort) this.abort = null;
    }
    // The analyst may have opened another case while the worker ran: keep results only for the
    // case they were computed for.
    if (this.cases.current() !== database) return;
    database.saveComparisons({
      engineVersion: ALIGNMENT_ENGINE_VERSION,
      comparedIds: pending,
      pairs: output.pairs,
    });
  }

  private announce(): void {
    if (!this.cases.info()) return;
    this.events.emit('compare:did-change', this.state());
  }
}
