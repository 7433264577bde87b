import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CaseSnapshot } from '../core/exchange/case-snapshot';
import { factsFor } from '../core/exchange/export-facts.fixture';
import { buildExportView } from '../core/exchange/export-view';
import {
  isClaimAnnotation,
  toWebAnnotations,
  webAnnotationsJson,
} from '../core/exchange/w3c-annotation';
import { CaseError } from '../core/errors';
import { sliceByCodePoints } from '../core/text/code-points';
import { arbitraryCase } from './arbitrary-case.fixture';
import { readWebAnnotations, type AnnotationSource } from './w3c-import';

const GENERATED = '2024-03-01T00:00:00.000Z';

function viewOf(snapshot: CaseSnapshot) {
  return buildExportView(snapshot, [], { claimIds: null, generatedAt: GENERATED });
}

const hash = (text: string) => createHash('sha256').update(text).digest('hex');
const FOX = '🦊 fox said more. The fox said it again.';
const OTHER = 'مرحبا 東京 q\u0301uay said the fox.';
const sources: AnnotationSource[] = [
  { id: 1, contentHash: hash(FOX), text: FOX, url: 'https://example.org/fox' },
  { id: 2, contentHash: hash(OTHER), text: OTHER, url: '' },
];

/** A Corroborate-style annotation on `text[start, end)` of source 1, with optional overrides. */
function annotation(start: number, end: number, extra: Record<string, unknown> = {}) {
  const points = Array.from(FOX);
  return {
    id: `urn:test:${start}`,
    type: 'Annotation',
    body: [{ type: 'TextualBody', purpose: 'tagging', value: 'People' }],
    target: {
      source: `urn:sha256:${sources[0]?.contentHash}`,
      selector: [
        {
          type: 'TextQuoteSelector',
          exact: points.slice(start, end).join(''),
          prefix: points.slice(Math.max(0, start - 32), start).join(''),
          suffix: points.slice(end, end + 32).join(''),
        },
        { type: 'TextPositionSelector', start, end },
      ],
    },
    ...extra,
  };
}

const read = (value: unknown) => readWebAnnotations(JSON.stringify(value), sources);

describe('readWebAnnotations round trip', () => {
  it('reads back only the claims of an export that also carries quotes and discrepancies', () => {
    fc.assert(
      fc.property(arbitraryCase(), (snapshot) => {
        const plain = readWebAnnotations(webAnnotationsJson(viewOf(snapshot)), snapshot.sources);
        const facts = factsFor(snapshot);
        const view = buildExportView(snapshot, [], {
          claimIds: null,
          generatedAt: GENERATED,
          facts,
        });
        const collection = toWebAnnotations(view);
        const items = collection.first?.items ?? [];
        const quotes = items.filter(
          (item) => !isClaimAnnotation(item) && item['corroborate:fact'] === 'quote',
        );
        // The shared quote, once per source that gives it, each with the speaker it credits.
        expect(quotes.map((item) => item.body[0]?.value)).toEqual([
          'Adrienne Watson',
          'John Kirby',
        ]);
        expect(items.filter((item) => !isClaimAnnotation(item))).toHaveLength(3);
        expect(collection.total).toBe(items.length);
        expect(readWebAnnotations(webAnnotationsJson(view), snapshot.sources)).toEqual(plain);
      }),
      { numRuns: 50 },
    );
  });

  it('restores every claim of a random case on the same characters', () => {
    fc.assert(
      fc.property(arbitraryCase(), (snapshot) => {
        const view = viewOf(snapshot);
        const json = JSON.stringify(toWebAnnotations(view));
        const result = readWebAnnotations(json, snapshot.sources);
        expect(result.skipped).toEqual([]);
        expect(result.claims).toEqual(
          view.claims.map((claim) => ({
            tags: [...new Set(claim.tagIds.map((id) => view.tagPath(id)))],
            note: claim.note,
            credibility: claim.credibility,
            occurrences: claim.occurrences.map(({ sourceId, start, end, stance }) => ({
              sourceId,
              start,
              end,
              stance,
            })),
          })),
        );
        expect(readWebAnnotations(webAnnotationsJson(view), snapshot.sources)).toEqual(result);
      }),
      { numRuns: 1000 },
    );
  }, 60_000);
  it('re-anchors every passage of a random case by its quote when all positions are shifted', () => {
    fc.assert(
      fc.property(arbitraryCase(), fc.integer({ min: 1, max: 40 }), (snapshot, shift) => {
        const view = viewOf(snapshot);
        const collection = toWebAnnotations(view);
        for (const item of (collection.first?.items ?? []).filter(isClaimAnnotation)) {
          const position = item.target.selector[1];
          item.target.selector[1] = {
            ...position,
            start: position.start + shift,
            end: position.end + shift,
          };
        }
        const result = readWebAnnotations(JSON.stringify(collection), snapshot.sources);
        expect(result.skipped).toEqual([]);
        expect(result.claims).toHaveLength(view.claims.length);
        result.claims.forEach((claim, index) => {
          const quotes = claim.occurrences.map((o) =>
            sliceByCodePoints(view.source(o.sourceId).text, o.start, o.end),
          );
          expect(quotes).toEqual(view.claims[index]?.occurrences.map((o) => o.quote));
        });
      }),
      { numRuns: 200 },
    );
  }, 60_000);
});

describe('readWebAnnotations', () => {
  it('reads a single annotation, a page and an array, each without the extension as its own claim', () => {
    const one = annotation(6, 10);
    const expected = {
      claims: [
        {
          tags: ['People'],
          note: '',
          credibility: 6,
          occurrences: [{ sourceId: 1, start: 6, end: 10, stance: 'origin' }],
        },
      ],
      skipped: [],
    };
    expect(read(one)).toEqual(expected);
    expect(read({ type: 'AnnotationPage', items: [one] })).toEqual(expected);
    expect(read([one, annotation(0, 1)]).claims).toHaveLength(2);
    expect(read({ type: 'AnnotationCollection', total: 0 })).toEqual({ claims: [], skipped: [] });
  });

  it('re-anchors by the quote and its context when the positions have moved', () => {
    // "said" occurs twice; the prefix picks the second one although the offsets point elsewhere.
    const second = Array.from(FOX).join('').lastIndexOf('said');
    const start = Array.from(FOX.slice(0, second)).length;
    const moved = annotation(start, start + 4);
    moved.target.selector[1] = { type: 'TextPositionSelector', start: start + 3, end: start + 7 };
    expect(read(moved).claims[0]?.occurrences[0]).toMatchObject({ start, end: start + 4 });
    const outside = annotation(start, start + 4);
    outside.target.selector[1] = { type: 'TextPositionSelector', start: 500, end: 504 };
    expect(read(outside).claims[0]?.occurrences[0]).toMatchObject({ start, end: start + 4 });
    // The offsets hold the same words, but the context says the passage is the first "said".
    const first = annotation(6, 10);
    first.target.selector[1] = { type: 'TextPositionSelector', start, end: start + 4 };
    expect(read(first).claims[0]?.occurrences[0]).toMatchObject({ start: 6, end: 10 });
  });

  it('finds the source by its web address when the text has changed', () => {
    const edited = annotation(6, 10);
    edited.target.source = `urn:sha256:${'0'.repeat(64)}`;
    expect(read(edited).skipped[0]?.reason).toMatch(/No source in the case is urn:sha256:0+/);
    Object.assign(edited.target, { scope: 'https://example.org/fox' });
    expect(read(edited).claims[0]?.occurrences[0]).toMatchObject({ sourceId: 1, start: 6 });
  });

  it('tells republications of one text apart by web address, then source id, else takes the first', () => {
    const republished: AnnotationSource[] = [
      ...sources,
      { id: 3, contentHash: hash(FOX), text: FOX, url: 'https://farm.example/fox' },
      { id: 4, contentHash: hash(FOX), text: FOX, url: '' },
    ];
    const onFarm = annotation(6, 10);
    Object.assign(onFarm.target, { scope: 'https://farm.example/fox' });
    const placed = (value: unknown) =>
      readWebAnnotations(JSON.stringify(value), republished).claims[0]?.occurrences[0];
    expect(placed(onFarm)).toMatchObject({ sourceId: 3, start: 6, end: 10 });
    expect(placed(annotation(6, 10))).toMatchObject({ sourceId: 1, start: 6, end: 10 });
    // Without an address, the source id a Corroborate file gives picks among the same text…
    const byId = annotation(6, 10);
    Object.assign(byId.target, { 'corroborate:source': 4 });
    expect(placed(byId)).toMatchObject({ sourceId: 4, start: 6, end: 10 });
    // …and never moves a passage to a source of another text.
    Object.assign(byId.target, { 'corroborate:source': 2 });
    expect(placed(byId)).toMatchObject({ sourceId: 1, start: 6, end: 10 });
  });

  it('skips with a reason what it cannot place, and keeps the rest', () => {
    const missing = annotation(6, 10);
    missing.target.selector[0] = {
      type: 'TextQuoteSelector',
      exact: 'wolf',
      prefix: '',
      suffix: '',
    };
    const split = annotation(0, 1, { id: 'split' });
    split.target.source = `urn:sha256:${sources[1]?.contentHash}`;
    split.target.selector = [{ type: 'TextPositionSelector', start: 9, end: 10 }]; // q|́
    const result = read([
      missing,
      split,
      { type: 'Annotation', id: 'no-target' },
      annotation(0, 0, {
        target: { source: 'urn:x', selector: { type: 'TextPositionSelector', start: 90, end: 95 } },
      }),
      {
        ...annotation(6, 10, { id: 'far' }),
        target: {
          source: `urn:sha256:${sources[0]?.contentHash}`,
          selector: { type: 'TextPositionSelector', start: 90, end: 95 },
        },
      },
      annotation(6, 10, { 'corroborate:credibility': 9 }),
      annotation(6, 10, { target: 'https://example.org/fox' }),
      annotation(6, 10, { bodyValue: 'a\u0000b' }),
      { type: 'Comment' },
      annotation(11, 15),
    ]);
    expect(result.claims).toHaveLength(1);
    expect(result.skipped.map((s) => s.reason)).toEqual([
      "The quote “wolf” is not in the source's text.",
      expect.stringMatching(/Offset 10 falls inside the character “q́”/),
      'The annotation has no target: it does not say which passage it is about.',
      'No source in the case is urn:x: import that source first.',
      "The passage 90–95 is outside the source's text, which is 39 characters long.",
      '"corroborate:credibility" must be a whole number from 1 (confirmed) to 6 (cannot be judged).',
      'The target https://example.org/fox is a whole document, not a passage in it.',
      'A tag or the note holds the NUL character (U+0000), which a case cannot store.',
      'Not an annotation: a Web Annotation has "type": "Annotation".',
    ]);
    expect(result.skipped.map((s) => s.id).slice(0, 3)).toEqual([
      'urn:test:6',
      'split',
      'no-target',
    ]);
  });

  it('groups by corroborate:claim with exactly one origin, taking the content from the origin', () => {
    const group = { 'corroborate:claim': 7 };
    const result = read([
      annotation(0, 1, { ...group, 'corroborate:stance': 'supports' }),
      annotation(6, 10, {
        ...group,
        'corroborate:stance': 'origin',
        'corroborate:credibility': 3,
        body: { type: 'TextualBody', purpose: 'commenting', value: 'Origin note' },
      }),
      annotation(11, 15, { ...group, 'corroborate:stance': 'origin' }),
      annotation(2, 5, { 'corroborate:claim': 8, 'corroborate:stance': 'contradicts' }),
    ]);
    expect(result.claims).toEqual([
      {
        tags: [],
        note: 'Origin note',
        credibility: 3,
        occurrences: [
          { sourceId: 1, start: 0, end: 1, stance: 'supports' },
          { sourceId: 1, start: 6, end: 10, stance: 'origin' },
          { sourceId: 1, start: 11, end: 15, stance: 'supports' },
        ],
      },
      {
        tags: ['People'],
        note: '',
        credibility: 6,
        occurrences: [{ sourceId: 1, start: 2, end: 5, stance: 'origin' }],
      },
    ]);
  });

  it('refuses what is not JSON or not Web Annotations with a clear message', () => {
    const refusal = (json: string) => () => readWebAnnotations(json, sources);
    expect(refusal('{ not json')).toThrow(/The file is not JSON/);
    expect(refusal('{}')).toThrow(/not W3C Web Annotations/);
    expect(refusal('42')).toThrow(CaseError);
    expect(refusal('{"type":"AnnotationCollection","first":"https://x/page1"}')).toThrow(
      /only links to its annotations/,
    );
    expect(refusal('{"type":"AnnotationPage"}')).toThrow(/no "items" list/);
  });

  it('throws nothing but CaseError for arbitrary JSON, even annotation-shaped', () => {
    const anything = fc.jsonValue({ maxDepth: 4 });
    const shaped = fc.record(
      {
        type: fc.constantFrom('Annotation', 'AnnotationPage', ['Annotation'], 'x'),
        body: anything,
        target: fc.oneof(
          anything,
          fc.record(
            {
              source: fc.oneof(anything, fc.constant(`urn:sha256:${sources[0]?.contentHash}`)),
              scope: anything,
              selector: fc.array(
                fc.record({
                  type: fc.constantFrom('TextQuoteSelector', 'TextPositionSelector'),
                  exact: fc.oneof(anything, fc.constantFrom('fox', 'said', 'q')),
                  prefix: anything,
                  start: fc.oneof(anything, fc.integer({ min: -2, max: 50 })),
                  end: fc.oneof(anything, fc.integer({ min: -2, max: 50 })),
                }),
              ),
            },
            { requiredKeys: [] },
          ),
        ),
        items: fc.array(anything),
        'corroborate:claim': anything,
        'corroborate:stance': anything,
        'corroborate:credibility': anything,
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(anything, shaped, fc.array(shaped)), fc.boolean(), (value, mangle) => {
        const json = JSON.stringify(value) ?? 'undefined';
        try {
          const result = readWebAnnotations(mangle ? json.slice(1) : json, sources);
          for (const claim of result.claims) {
            expect(claim.occurrences.filter((o) => o.stance === 'origin')).toHaveLength(1);
          }
        } catch (error) {
          expect(error).toBeInstanceOf(CaseError);
          expect((error as CaseError).code).toBe('invalid-request');
        }
      }),
      { numRuns: 1000 },
    );
  });
});
