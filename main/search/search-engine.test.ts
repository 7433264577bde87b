import lunr from 'lunr';
import { describe, expect, it } from 'vitest';
import { parseQuery, type Clause } from '../core/search/query';
import { MULTILINGUAL_DOCS } from '../core/search/multilingual.fixture';
import { SEARCH_FIELD_NAMES } from './lunr-index';
import { SearchEngine } from './search-engine';
import { buildSegment, loadSegment, type SegmentDoc } from './segment';

function doc(ref: string, body: string, title = ''): SegmentDoc {
  return {
    ref,
    fields: title ? { title, body } : { body },
    meta: {
      kind: 'passage',
      sourceId: Number(ref.replace(/\D/g, '')) || 1,
      paragraph: 0,
      start: 0,
    },
  };
}

function clauses(query: string): Clause[] {
  const parsed = parseQuery(query, SEARCH_FIELD_NAMES);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.clauses;
}

function engineOf(...segments: SegmentDoc[][]): SearchEngine {
  // Through JSON, as segments are stored in and loaded from the case file.
  return new SearchEngine(
    segments.map((docs) => loadSegment(JSON.parse(JSON.stringify(buildSegment(docs))))),
  );
}

const refs = (engine: SearchEngine, query: string) =>
  engine.search(clauses(query)).map((hit) => hit.ref);

const NEWS = [
  doc('d1', 'Kim arrived by armored train in Vladivostok on Tuesday.', 'Kim arrives'),
  doc('d2', 'The armored train left Pyongyang; officials said talks would follow.'),
  doc('d3', 'Putin hosted a lunch for Kim, officials said, and trains were inspected.'),
  doc('d4', 'Shoigu visited Pyongyang in July and watched a parade.'),
  doc(
    'd5',
    'Defence minister Shoigu met the delegation at the cosmodrome.',
    'Shoigu at cosmodrome',
  ),
  doc('d6', 'A train of thought: the summit was about weapons and space.'),
];

describe('SearchEngine', () => {
  it('finds every script, where stock Lunr finds none of them', () => {
    const docs = MULTILINGUAL_DOCS.map((item) => ({
      ref: item.id,
      fields: { body: item.text },
      meta: { kind: 'note' as const, sourceId: null },
    }));
    const engine = engineOf(docs);
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
    for (const [query, id] of queries) expect(refs(engine, query)).toEqual([id]);
    const stockFound = queries.filter(([query, id]) =>
      stock.search(query).some((result) => result.ref === id),
    );
    expect(stockFound).toEqual([]);
  });

  it('matches composed and decomposed text both ways, with highlights on the right characters', () => {
    const composed = 'Le café de la gare.'.normalize('NFC');
    const decomposed = '🦊 Le café de la gare.'.normalize('NFD');
    const engine = engineOf([doc('d1', composed), doc('d2', decomposed)]);
    for (const query of ['café'.normalize('NFC'), 'café'.normalize('NFD')]) {
      const hits = engine.search(clauses(query));
      expect(hits.map((hit) => hit.ref).sort()).toEqual(['d1', 'd2']);
      const d2 = hits.find((hit) => hit.ref === 'd2');
      const points = Array.from(decomposed);
      const span = d2?.spans.body?.[0];
      expect(points.slice(span?.start, span?.end).join('')).toBe('café'.normalize('NFD'));
    }
  });

  it('understands Lunr syntax: must, not, fields, wildcards, fuzzy terms and boosts', () => {
    const engine = engineOf(NEWS);
    expect(refs(engine, '+train -armored').sort()).toEqual(['d3', 'd6']);
    expect(refs(engine, 'title:shoigu')).toEqual(['d5']);
    expect(refs(engine, 'Shoi*').sort()).toEqual(['d4', 'd5']);
    expect(refs(engine, '*yang').sort()).toEqual(['d2', 'd4']);
    expect(refs(engine, 'Shoygu~1').sort()).toEqual(['d4', 'd5']);
    // English stemming: "trains" finds "train".
    expect(refs(engine, 'trains').sort()).toEqual(['d1', 'd2', 'd3', 'd6']);
    // A boost reorders: lunch^10 puts the lunch passage ahead of the parade.
    expect(refs(engine, 'parade lunch^10')[0]).toBe('d3');
    expect(refs(engine, 'parade^10 lunch')[0]).toBe('d4');
  });

  it('ranks the title above the body, and rarer words above common ones', () => {
    const engine = engineOf(NEWS);
    expect(refs(engine, 'shoigu')[0]).toBe('d5');
    expect(refs(engine, 'pyongyang officials')[0]).toBe('d2');
  });

  it('answers a phrase with the documents holding all its words (the service checks order)', () => {
    const engine = engineOf(NEWS);
    expect(refs(engine, '"armored train"').sort()).toEqual(['d1', 'd2']);
    // Stop words are not indexed, so they are never required of Lunr.
    expect(refs(engine, '"train of thought"')).toEqual(['d6']);
  });

  it('ranks segments exactly as one index holding the same documents', () => {
    const single = engineOf(NEWS);
    const split = engineOf(NEWS.slice(0, 2), NEWS.slice(2, 3), NEWS.slice(3));
    for (const query of ['train', 'shoigu pyongyang', 'officials said', '+kim train^3', 'tra*']) {
      const one = single.search(clauses(query));
      const many = split.search(clauses(query));
      expect(many.map((hit) => hit.ref)).toEqual(one.map((hit) => hit.ref));
      many.forEach((hit, i) => expect(hit.score).toBeCloseTo(one[i]?.score ?? NaN, 10));
    }
  });

  it('finds nothing for a query of stop words only, and does not throw', () => {
    expect(refs(engineOf(NEWS), 'the of')).toEqual([]);
    expect(refs(engineOf([]), 'anything')).toEqual([]);
  });
});
