import type { PairAlignment, SourceFacts } from '../core/align';

/** What a comparison run needs: every source's text and facts, and which ones are new. */
export interface ComparisonInput {
  docs: Array<{ facts: SourceFacts; text: string }>;
  /** Compare only pairs involving these sources (the others were compared before). */
  only: number[];
}

export interface ComparisonOutput {
  pairs: Array<{ a: number; b: number; alignment: PairAlignment }>;
}

/** Runs a comparison off the caller's thread (a worker in the app, inline in tests). */
export interface ComparisonRunner {
  run(
    input: ComparisonInput,
    onProgress: (done: number, total: number) => void,
    /** Aborting stops the run; its promise then rejects. */
    signal?: AbortSignal,
  ): Promise<ComparisonOutput>;
}
