import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MULTILINGUAL_DOCS } from '../core/search/multilingual.fixture';
import { parseQuery } from '../core/search/query';
import { tokenBounds, tokenize } from '../core/search/tokens';
import { analyzerFor, SEARCH_FIELD_NAMES } from './analysis';
import { SearchEngine } from './search-engine';
import { hitSpans, spansAtPositions, termsToMark } from './search-results';
import { Segment, type SegmentDoc } from './segment';
import { buildSegment } from './segment-writer';

// Marking a passage hit from the positions the index holds must give exactly the spans that
// analysing its text again gives (hitSpans), for every kind of query and script.

const TEXTS = [
  'The prime minister said the economy was growing; the prime minister’s critics disagreed.',
  "Don't panic: the east-west rail link re-opens, said the company's chief executive.",
  'Le café de la gare a rouvert à Paris après trois ans de travaux. Café crème, cafés.',
  'Le café de la gare a rouvert à Paris après trois ans de travaux.'.normalize('NFD'),
  '東京都は新しい防災計画を発表した。東京の計画。',
  '서울시는 새로운 교통 정책을 발표했다.',
  '🚨 Breaking 🔥 wildfire near Marseille 🚒 spreads overnight 👩‍🚒 — 𝔸 the 𝔸lpha fire',
  'Interest rates rose. Interest in rates of interest: rates, rated, rating, interesting.',
  'The world cup, the World Cup and a cup of the world: said the company, the company said.',
  'Shoigu, Shoygu and Shoig met in Pyongyang; governments, goverment and government spoke.',
  'Mobile phones and a mobile phone; phoning mobiles — e-mail, email, e mail.',
  ...MULTILINGUAL_DOCS.map((doc) => doc.text),
];

const QUERIES = [
  'minister',
  'prime minister',
  '"prime minister"',
  '"the prime minister"',
  '"said the company"',
  '"the world cup"',
  '"of the"',
  'the',
  'econom*',
  '*ail',
  '*ter*',
  'goverment~1',
  'shoigu~2',
  'café',
  'cafe\u0301',
  '"east west"',
  "don't",
  'rate*',
  '+interest -panic',
  'economy "of the"',
  'body:interest',
  'title:interest',
  '東京',
  '"東京都"',
  '교통',
  'marseille wildfire',
  '𝔸lpha',
  '"Hà Nội"',
  'Москва',
];

function passages(texts: readonly string[]): SegmentDoc[] {
  return texts.map((body, i) => ({
    fields: { body },
    meta: { kind: 'passage', sourceId: i + 1, paragraph: 0, start: 0 },
  }));
}

function engineOver(texts: readonly string[]): SearchEngine {
  // Two segments, as a case that grew has, each read back from its bytes.
  const docs = passages(texts);
  const half = Math.ceil(docs.length / 2);
  const parts = [docs.slice(0, half), docs.slice(half)].map((slice) => ({
    segment: Segment.decode(buildSegment(slice)),
    kind: 'passages' as const,
    sourceIds: slice.map((doc) => doc.meta.sourceId ?? -1),
  }));
  return new SearchEngine(parts, 'en');
}

/** Spans both ways for every hit of `query`, sorted, as toHit sees them. */
function bothWays(engine: SearchEngine, texts: readonly string[], query: string) {
  const parsed = parseQuery(query, SEARCH_FIELD_NAMES);
  if (!parsed.ok) throw new Error(parsed.message);
  const result = engine.search(parsed.clauses);
  const analyzer = analyzerFor('en');
  const held = engine.termPositions(result.docs, 'body', termsToMark(result, 'body'));
  const order = (spans: Array<{ start: number; end: number }>) =>
    [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  return result.docs.map((doc) => {
    const text = texts[(doc.meta.sourceId ?? 0) - 1] ?? '';
    const positions = held.get(doc);
    if (!positions) throw new Error('no positions for a hit');
    return {
      ref: doc.ref,
      analysed: order(hitSpans(text, 'body', result, analyzer)),
      fromPositions: order(spansAtPositions(text, 'body', result, positions, analyzer)),
    };
  });
}

describe('spansAtPositions', () => {
  it.each(QUERIES)('marks what analysing the text marks: %s', (query) => {
    const engine = engineOver(TEXTS);
    const hits = bothWays(engine, TEXTS, query);
    for (const hit of hits) expect(hit.fromPositions, hit.ref).toEqual(hit.analysed);
  });

  it('finds hits to mark for most queries (the comparison is not vacuous)', () => {
    const engine = engineOver(TEXTS);
    const unmarked = QUERIES.filter(
      (query) => !bothWays(engine, TEXTS, query).some((hit) => hit.analysed.length > 0),
    );
    // Stop words alone find nothing, and these passages have no title.
    expect(unmarked).toEqual(['"of the"', 'the', 'title:interest']);
  });

  it('agrees on generated texts and queries built from their words', { timeout: 60_000 }, () => {
    const words = ['the', 'of', 'rate', 'rates', 'café', 'cafe\u0301', 'east-west', "don't"];
    const extra = ['東京', '𝔸lpha', 'Über', 'naïve', 'co-op', 'it’s', '2024', 'и', 'мир'];
    const word = fc.constantFrom(...words, ...extra);
    const sep = fc.constantFrom(' ', ', ', '. ', ' — ', '\n', '-', "'", '');
    const text = fc
      .array(fc.tuple(word, sep), { minLength: 1, maxLength: 30 })
      .map((pairs) => pairs.map(([w, s]) => w + s).join(''));
    fc.assert(
      fc.property(
        fc.array(text, { minLength: 1, maxLength: 6 }),
        fc.constantFrom(...words, ...extra),
        fc.constantFrom(...words, ...extra),
        fc.constantFrom('plain', 'phrase', 'prefix', 'fuzzy'),
        (texts, a, b, kind) => {
          const first = tokenize(a)[0]?.term ?? 'rate';
          const second = tokenize(b)[0]?.term ?? 'the';
          const query =
            kind === 'phrase'
              ? `"${first} ${second}"`
              : kind === 'prefix'
                ? `${first.slice(0, 2)}*`
                : kind === 'fuzzy'
                  ? `${first}~1`
                  : `${first} ${second}`;
          const engine = engineOver(texts);
          for (const hit of bothWays(engine, texts, query)) {
            expect(hit.fromPositions).toEqual(hit.analysed);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('tokenBounds', () => {
  it('gives the offsets tokenize gives, up to the token asked for', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), fc.nat(40), (text, last) => {
        const tokens = tokenize(text);
        const expected = tokens.slice(0, last + 1).flatMap((token) => [token.start, token.end]);
        expect(tokenBounds(text, last)).toEqual(expected);
      }),
      { numRuns: 500 },
    );
    for (const { text } of MULTILINGUAL_DOCS) {
      const tokens = tokenize(text);
      expect(tokenBounds(text, tokens.length)).toEqual(
        tokens.flatMap((token) => [token.start, token.end]),
      );
    }
  });
});
