// Whether two sentences that met in an LSH bucket are really the same sentence. MinHash only
// estimates overlap and ignores how telling the shared words are, so every collision is checked
// on the word sets themselves, each word weighted by its rarity in the corpus: "quarter sales
// rose" in two business stories is chance, "sold to a little-known shell company" is not.

export interface MatchThresholds {
  /** Sentences must share at least this many content words… */
  minShared: number;
  /** …and at least this share of the smaller sentence's word weight… */
  minContainment: number;
  /** …and of the larger one's, so a short phrase inside a long sentence is not enough. */
  minOfLarger: number;
}

export class SentenceMatcher {
  private readonly weights = new Map<number, number>();

  /** Weights are smoothed inverse document frequencies over `documents`: ln(1 + N / n). */
  constructor(
    documents: ReadonlyArray<readonly Uint32Array[]>,
    private readonly thresholds: MatchThresholds,
  ) {
    const frequency = new Map<number, number>();
    for (const sentences of documents) {
      const words = new Set<number>();
      for (const set of sentences) for (const word of set) words.add(word);
      for (const word of words) frequency.set(word, (frequency.get(word) ?? 0) + 1);
    }
    for (const [word, count] of frequency) {
      this.weights.set(word, Math.log1p(documents.length / count));
    }
  }

  weightOf(set: Uint32Array): number {
    let total = 0;
    for (const word of set) total += this.weights.get(word) ?? 0;
    return total;
  }

  /** Whether two sorted word sets are the same sentence, reworded at most. */
  matches(a: Uint32Array | undefined, b: Uint32Array | undefined): boolean {
    if (!a || !b) return false;
    let count = 0;
    let shared = 0;
    let i = 0;
    let j = 0;
    while (i < a.length && j < b.length) {
      const x = a[i] ?? 0;
      const y = b[j] ?? 0;
      if (x === y) {
        count++;
        shared += this.weights.get(x) ?? 0;
        i++;
        j++;
      } else if (x < y) i++;
      else j++;
    }
    const [smaller = 0, larger = 0] = [this.weightOf(a), this.weightOf(b)].sort((x, y) => x - y);
    const { minShared, minContainment, minOfLarger } = this.thresholds;
    return (
      count >= minShared && shared >= minContainment * smaller && shared >= minOfLarger * larger
    );
  }
}
