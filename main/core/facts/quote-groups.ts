// The same quote across sources. Quotes are matched by their words: two quotes are one when
// they share a run of five words (case, punctuation and bracketed editorial insertions set
// aside), or, for quotes of fewer than five words, when their words are the same. Matching is
// by hashed word 5-grams, so the work is linear in the quotes' length.

import type { QuoteGroup } from '../../../preload/contract';
import type { RecordedQuote } from './source-record';

const SHINGLE = 5;

/**
 * A quote's words for matching: lower case, letters and digits, "[North Korea]" dropped, an
 * abbreviation's letters one word.
 */
export function quoteWords(text: string): string[] {
  return (
    text
      .replace(/\[[^\]]*\]/g, ' ')
      // "U.N.", "U.S.": one word, not two ("u n security council resolutions" is no five-word run).
      .replace(/(?<![\p{L}\p{N}])((?:\p{L}\.){2,})/gu, (initials: string) =>
        initials.replace(/\./gu, ''),
      )
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean)
  );
}

class UnionFind {
  private readonly parent: number[] = [];
  add(): number {
    this.parent.push(this.parent.length);
    return this.parent.length - 1;
  }
  find(x: number): number {
    let root = x;
    while (this.parent[root] !== root) root = this.parent[root] ?? root;
    for (let node = x; node !== root;) {
      const next = this.parent[node] ?? root;
      this.parent[node] = root;
      node = next;
    }
    return root;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

export interface SourceQuotes {
  sourceId: number;
  label: string;
  quotes: readonly RecordedQuote[];
}

/**
 * Groups quotes across sources and flags groups whose sources credit different speakers.
 * `speakerKey` maps a speaker's name to its entity (so "Peskov" and "Dmitry S. Peskov" agree).
 * Groups quoted by more sources come first, then by first appearance.
 */
export function groupQuotes(
  sources: readonly SourceQuotes[],
  speakerKey: (name: string) => string,
): QuoteGroup[] {
  const all: Array<{ sourceId: number; label: string; quote: RecordedQuote }> = [];
  const union = new UnionFind();
  const firstByShingle = new Map<string, number>();
  for (const source of sources) {
    for (const quote of source.quotes) {
      const index = union.add();
      all.push({ sourceId: source.sourceId, label: source.label, quote });
      const words = quoteWords(quote.text);
      if (words.length === 0) continue;
      const keys: string[] = [];
      if (words.length < SHINGLE) keys.push(`=${words.join(' ')}`);
      for (let i = 0; i + SHINGLE <= words.length; i++) {
        keys.push(words.slice(i, i + SHINGLE).join(' '));
      }
      for (const key of keys) {
        const first = firstByShingle.get(key);
        if (first === undefined) firstByShingle.set(key, index);
        else union.union(first, index);
      }
    }
  }
  const members = new Map<number, number[]>();
  all.forEach((_, index) => {
    const root = union.find(index);
    const list = members.get(root);
    if (list) list.push(index);
    else members.set(root, [index]);
  });
  const groups: Array<QuoteGroup & { order: number; sources: number }> = [];
  for (const [root, indices] of members) {
    const first = all[root];
    if (!first) continue;
    const bySpeaker = new Map<string, { name: string; labels: string[] }>();
    for (const index of indices) {
      const item = all[index];
      const speaker = item?.quote.speaker;
      if (!item || !speaker) continue;
      const key = speakerKey(speaker);
      const entry = bySpeaker.get(key) ?? { name: speaker, labels: [] };
      if (!entry.labels.includes(item.label)) entry.labels.push(item.label);
      bySpeaker.set(key, entry);
    }
    const speakers = [...bySpeaker.values()];
    const sourceIds = new Set(indices.map((index) => all[index]?.sourceId));
    groups.push({
      id: `${first.sourceId}:${first.quote.start}`,
      text: first.quote.text,
      occurrences: indices.flatMap((index) => {
        const item = all[index];
        return item
          ? [
              {
                sourceId: item.sourceId,
                start: item.quote.start,
                end: item.quote.end,
                speaker: item.quote.speaker,
              },
            ]
          : [];
      }),
      speakers: speakers.map((entry) => entry.name),
      speakerConflict:
        speakers.length > 1
          ? speakers
              .map(
                (entry) =>
                  `${entry.labels.join(', ')} credit${entry.labels.length === 1 ? 's' : ''} ${entry.name}`,
              )
              .join('; ')
          : null,
      order: root,
      sources: sourceIds.size,
    });
  }
  groups.sort((x, y) => y.sources - x.sources || x.order - y.order);
  return groups.map(({ order: _order, sources: _sources, ...group }) => group);
}
