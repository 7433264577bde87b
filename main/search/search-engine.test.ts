import fc from 'fast-check';
import lunr from 'lunr';
import { describe, expect, it } from 'vitest';
import { parseQuery, type Clause } from '../core/search/query';
import { MULTILINGUAL_DOCS } from '../core/search/multilingual.fixture';
import { analyzerFor, SEARCH_FIELD_NAMES } from './analysis';
import { SearchEngine, type EngineSegment } from './search-engine';
import { hitSpans } from './search-results';
import { docRef, Segment, type SegmentDoc } from './segment';
import { buildSegment, mergeSegments } from './segment-writer';
import { lunrOracle } from './lunr-oracle.fixture';

function doc(sourceId: number, body: string, title = '', paragraph = 0): SegmentDoc {
  return {
    fields: title ? { title, body } : { body },
    meta: { kind: 'passage', sourceId, paragraph, start: 0 },
  };
}

function clauses(query: string): Clause[] {
  const parsed = parseQuery(query, SEARCH_FIELD_NAMES);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.clauses;
}

function part(docs: readonly SegmentDoc[]): EngineSegment {
  // Through bytes, as segments are stored in and loaded from the case file.
  const segment = Segment.decode(buildSegment(docs));
  return {
    segment,
    kind: 'passages',
    sourceIds: [...new Set(docs.map((d) => d.meta.sourceId ?? -1))],
  };
}

function engineOf(...segments: SegmentDoc[][]): SearchEngine {
  return new SearchEngine(segments.map(part));
}

const refs = (engine: SearchEngine, query: string) =>
  engine.search(clauses(query)).docs.map((hit) => hit.ref);
const sorted = (list: string[]) => [...list].sort();

const NEWS = [
  doc(1, 'Kim arrived by armored train in Vladivostok on Tuesday.', 'Kim arrives'),
  doc(2, 'The armored train left Pyongyang; officials said talks would follow.'),
  doc(3, 'Putin hosted a lunch for Kim, officials said, and trains were inspected.'),
  doc(4, 'Shoigu visited Pyongyang in July and watched a parade.'),
  doc(5, 'Defence minister Shoigu met the delegation at the cosmodrome.', 'Shoigu at cosmodrome'),
  doc(6, 'A train of thought: the summit was about weapons and space.'),
];

describe('SearchEngine', () => {
  it('finds every script, where stock Lunr finds none of them', () => {
    const docs = MULTILINGUAL_DOCS.map((item, i) => ({
      fields: { body: item.text },
      meta: { kind: 'passage' as const, sourceId: i + 1, paragraph: 0, start: 0 },
      id: item.id,
    }));
    const engine = engineOf(docs);
    const idOf = new Map(docs.map((d) => [docRef(d.meta), d.id]));
    const stock = lunr(function () {
      this.ref('id');
      this.field('text');
      for (const item of MULTILINGUAL_DOCS) this.add(item);
    });
    const queries: Array<[string, string]> = [
      ['Москва', 'ru'],
      ['Αθήνα', 'el'],
      ['ירושלים', 'he'],
      ['القاهرة', 'ar'],
      ['東', 'ja'],
      ['서울시는', 'ko'],
      ['nội'.normalize('NFD'), 'vi'],
    ];
    for (const [query, id] of queries) {
      expect(refs(engine, query).map((ref) => idOf.get(ref))).toEqual([id]);
    }
    const stockFound = queries.filter(([query, id]) =>
      stock.search(query).some((result) => result.ref === id),
    );
    expect(stockFound).toEqual([]);
  });

  it('matches composed and decomposed text both ways, with highlights on the right characters', () => {
    const composed = 'Le café de la gare.'.normalize('NFC');
    const decomposed = '🦊 Le café de la gare.'.normalize('NFD');
    const engine = engineOf([doc(1, composed), doc(2, decomposed)]);
    for (const query of ['café'.normalize('NFC'), 'café'.normalize('NFD')]) {
      const result = engine.search(clauses(query));
      expect(sorted(result.docs.map((hit) => hit.ref))).toEqual(['p:1:0', 'p:2:0']);
      const [span] = hitSpans(decomposed, 'body', result, analyzerFor('en'));
      expect(Array.from(decomposed).slice(span?.start, span?.end).join('')).toBe(
        'café'.normalize('NFD'),
      );
    }
  });

  it('understands Lunr syntax: must, not, fields, wildcards, fuzzy terms and boosts', () => {
    const engine = engineOf(NEWS);
    expect(sorted(refs(engine, '+train -armored'))).toEqual(['p:3:0', 'p:6:0']);
    expect(refs(engine, 'title:shoigu')).toEqual(['p:5:0']);
    expect(sorted(refs(engine, 'Shoi*'))).toEqual(['p:4:0', 'p:5:0']);
    expect(sorted(refs(engine, '*yang'))).toEqual(['p:2:0', 'p:4:0']);
    expect(sorted(refs(engine, '*gya*'))).toEqual(['p:2:0', 'p:4:0']);
    expect(sorted(refs(engine, 'Shoygu~1'))).toEqual(['p:4:0', 'p:5:0']);
    // English stemming: "trains" finds "train".
    expect(sorted(refs(engine, 'trains'))).toEqual(['p:1:0', 'p:2:0', 'p:3:0', 'p:6:0']);
    // A boost reorders: lunch^10 puts the lunch passage ahead of the parade.
    expect(refs(engine, 'parade lunch^10')[0]).toBe('p:3:0');
    expect(refs(engine, 'parade^10 lunch')[0]).toBe('p:4:0');
  });

  it('ranks the title above the body, and rarer words above common ones', () => {
    const engine = engineOf(NEWS);
    expect(refs(engine, 'shoigu')[0]).toBe('p:5:0');
    expect(refs(engine, 'pyongyang officials')[0]).toBe('p:2:0');
  });

  it('answers a phrase only where its words stand together, a stop word standing for any word', () => {
    const engine = engineOf(NEWS);
    expect(sorted(refs(engine, '"armored train"'))).toEqual(['p:1:0', 'p:2:0']);
    expect(refs(engine, '"train armored"')).toEqual([]);
    expect(refs(engine, '"train of thought"')).toEqual(['p:6:0']);
    expect(refs(engine, '"train in thought"')).toEqual(['p:6:0']);
    expect(refs(engine, '"train thought"')).toEqual([]);
    expect(sorted(refs(engine, '+train -"armored train"'))).toEqual(['p:3:0', 'p:6:0']);
    // Stemmed like every term: "armored trains" finds the armored train.
    expect(sorted(refs(engine, '"armored trains"'))).toEqual(['p:1:0', 'p:2:0']);
  });

  it('marks the phrase and the matched terms in the text shown', () => {
    const engine = engineOf(NEWS);
    const text = NEWS[1]?.fields.body ?? '';
    const result = engine.search(clauses('"armored train" pyongyang'));
    const spans = hitSpans(text, 'body', result, analyzerFor('en'));
    const words = spans.map((span) => Array.from(text).slice(span.start, span.end).join(''));
    expect(words).toEqual(['armored train', 'armored', 'train', 'Pyongyang']);
  });

  it('ranks segments exactly as one index holding the same documents', () => {
    const single = engineOf(NEWS);
    const split = engineOf(NEWS.slice(0, 2), NEWS.slice(2, 3), NEWS.slice(3));
    for (const query of ['train', 'shoigu pyongyang', 'officials said', '+kim train^3', 'tra*']) {
      const one = single.search(clauses(query)).docs;
      const many = split.search(clauses(query)).docs;
      expect(many.map((hit) => hit.ref)).toEqual(one.map((hit) => hit.ref));
      many.forEach((hit, i) => expect(hit.score).toBeCloseTo(one[i]?.score ?? NaN, 10));
    }
  });

  it('counts a source only in the newest segment that holds it', () => {
    const old = [doc(1, 'An old version about the harbour.'), doc(2, 'Harbour and fleet.')];
    const edited = [doc(1, 'The edited version about the airport.', 'Edited')];
    const engine = new SearchEngine([part(old), part(edited)]);
    expect(refs(engine, 'harbour')).toEqual(['p:2:0']);
    expect(refs(engine, 'airport')).toEqual(['p:1:0']);
    expect(engine.size).toBe(2);
    expect(engine.coveredSources()).toEqual(new Set([1, 2]));
  });

  it('finds nothing for a query of stop words only, and does not throw', () => {
    expect(refs(engineOf(NEWS), 'the of')).toEqual([]);
    expect(refs(engineOf(NEWS), '+the train').length).toBe(4);
    expect(refs(engineOf([]), 'anything')).toEqual([]);
  });

  it('finds what Lunr itself finds, for any documents and term query', () => {
    const words = ['train', 'trains', 'kim', 'putin', 'lunch', 'dinner', 'the', 'shoigu', 'café'];
    const text = fc
      .array(fc.constantFrom(...words), { minLength: 1, maxLength: 8 })
      .map((list) => list.join(' '));
    const termOf = (presences: string[]) =>
      fc.tuple(
        fc.constantFrom(...presences),
        fc.constantFrom('', 'title:', 'body:'),
        fc.constantFrom(...words, 'tra*', '*ch', '*in*', 'shoygu~1', 'diner~1', 'kin~2', 'tran~1'),
      );
    // The parser refuses a query of exclusions only, so the first term is never one.
    const term = termOf(['', '+', '-']);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(text, fc.option(text, { nil: undefined })), {
          minLength: 1,
          maxLength: 6,
        }),
        termOf(['', '+']),
        fc.array(term, { maxLength: 2 }),
        (bodies, first, rest) => {
          const terms = [first, ...rest];
          const docs = bodies.map(([body, title], i) => doc(i + 1, body, title ?? ''));
          const query = terms
            .map(([presence, field, word]) => `${presence}${field}${word}`)
            .join(' ');
          const ours = sorted(refs(engineOf(docs), query));
          const expected = sorted(lunrOracle(docs, clauses(query)));
          expect(ours).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('segments', () => {
  it('round-trip through bytes, and a merge equals a build of the same documents', () => {
    const merged = Segment.decode(
      mergeSegments(
        [
          { segment: Segment.decode(buildSegment(NEWS.slice(0, 3))), keep: () => true },
          { segment: Segment.decode(buildSegment(NEWS.slice(3))), keep: () => true },
        ],
        'en',
      ),
    );
    const built = Segment.decode(buildSegment(NEWS));
    expect(merged.bytes).toEqual(built.bytes);
  });

  it('leave out the documents a merge does not keep', () => {
    const merged = mergeSegments(
      [{ segment: Segment.decode(buildSegment(NEWS)), keep: (d) => d % 2 === 0 }],
      'en',
    );
    expect(merged).toEqual(buildSegment(NEWS.filter((_, i) => i % 2 === 0)));
  });

  it('refuse bytes that are not a segment of this engine, with a reason', () => {
    const good = buildSegment(NEWS);
    expect(() => Segment.decode(new Uint8Array([1, 2, 3]))).toThrow(/not a search segment/);
    expect(() => Segment.decode(good.subarray(0, 40))).toThrow(/cut short/);
    expect(() => Segment.decode(good.subarray(0, good.length - 8))).toThrow(/cut short/);
    const other = good.slice();
    const header = new TextDecoder().decode(other).indexOf('"version":2');
    other[header + 10] = '9'.charCodeAt(0);
    expect(() => Segment.decode(other)).toThrow(/engine version 9/);
  });

  it('load from a buffer at any offset', () => {
    const bytes = buildSegment(NEWS);
    const shifted = new Uint8Array(bytes.length + 1);
    shifted.set(bytes, 1);
    const segment = Segment.decode(shifted.subarray(1));
    expect(segment.docCount).toBe(NEWS.length);
    expect(segment.termId('shoigu')).toBeGreaterThanOrEqual(0);
  });
});
