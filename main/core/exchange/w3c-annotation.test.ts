import { describe, expect, it } from 'vitest';
import type { Credibility, OccurrenceStance } from '../../../preload/contract';
import type { CaseSnapshot, SnapshotSource } from './case-snapshot';
import { buildExportView } from './export-view';
import {
  isClaimAnnotation,
  ANNO_CONTEXT,
  CORROBORATE_NAMESPACE,
  toWebAnnotations,
  webAnnotationsJson,
  type WebAnnotation,
} from './w3c-annotation';

const HASH_1 = 'ab'.repeat(32);
const HASH_2 = 'cd'.repeat(32);

function source(id: number, text: string, contentHash: string, url = ''): SnapshotSource {
  return {
    id,
    title: `Source ${id}`,
    outlet: 'AP',
    byline: '',
    publishedDate: '',
    url,
    dateline: '',
    agency: '',
    attribution: '',
    titleDerived: false,
    fileName: `s${id}.txt`,
    text,
    paragraphs: [{ start: 0, end: Array.from(text).length }],
    removedLines: [],
    wordCount: text.split(' ').length,
    contentHash,
    importedAt: '2024-01-01T00:00:00.000Z',
    reliability: 'B',
    original: null,
  };
}

interface ClaimSpec {
  note?: string;
  credibility?: Credibility;
  tagIds?: number[];
  occurrences: Array<[sourceId: number, start: number, end: number, stance: OccurrenceStance]>;
}

function viewOf(sources: SnapshotSource[], claims: ClaimSpec[], tagNames: string[] = []) {
  let occurrenceId = 1;
  const snapshot: CaseSnapshot = {
    name: 'Case </script>',
    createdAt: '2024-01-01T00:00:00.000Z',
    searchLanguage: 'en',
    entityEdits: [],
    joinOverrides: [],
    sources,
    tags: tagNames.map((name, index) => ({
      id: index + 1,
      name,
      color: '#4e79a7',
      parentId: index === 0 ? null : 1,
      position: 0,
    })),
    claims: claims.map((spec, index) => ({
      id: index + 1,
      note: spec.note ?? '',
      credibility: spec.credibility ?? 6,
      createdAt: '2024-02-01T00:00:00.000Z',
      updatedAt: '2024-02-02T00:00:00.000Z',
      tagIds: spec.tagIds ?? [],
      occurrences: spec.occurrences.map(([sourceId, start, end, stance]) => {
        const text = sources.find((s) => s.id === sourceId)?.text ?? '';
        const quote = Array.from(text).slice(start, end).join('');
        return { id: occurrenceId++, sourceId, start, end, quote, prefix: '', suffix: '', stance };
      }),
      rejected: [],
    })),
    notes: [],
  };
  return buildExportView(snapshot, [], { claimIds: null, generatedAt: '2024-03-01T00:00:00.000Z' });
}

function exportOf(sources: SnapshotSource[], claims: ClaimSpec[], tagNames: string[] = []) {
  return toWebAnnotations(viewOf(sources, claims, tagNames));
}

function items(collection: ReturnType<typeof toWebAnnotations>): WebAnnotation[] {
  return (collection.first?.items ?? []).filter(isClaimAnnotation);
}

describe('toWebAnnotations', () => {
  const fox = source(1, '🦊 fox said more', HASH_1, 'https://example.org/fox');
  const plain = source(2, 'The fox said it too.', HASH_2);

  it('writes an AnnotationCollection with the Corroborate context and one annotation per occurrence', () => {
    const collection = exportOf(
      [fox, plain],
      [
        {
          note: 'Check this',
          credibility: 2,
          tagIds: [1, 2],
          occurrences: [
            [1, 2, 10, 'origin'],
            [2, 8, 12, 'contradicts'],
          ],
        },
      ],
      ['People', 'Kim'],
    );
    expect(collection['@context']).toEqual([ANNO_CONTEXT, { corroborate: CORROBORATE_NAMESPACE }]);
    expect(collection).toMatchObject({
      type: 'AnnotationCollection',
      label: 'Case </script>',
      total: 2,
      generated: '2024-03-01T00:00:00.000Z',
      'corroborate:filtered': false,
      first: { type: 'AnnotationPage', startIndex: 0 },
    });
    expect(collection.first?.partOf).toBe(collection.id);
    const [origin, contradiction] = items(collection);
    expect(origin).toEqual({
      id: 'urn:corroborate:claim:1:occurrence:1',
      type: 'Annotation',
      motivation: 'commenting',
      created: '2024-02-01T00:00:00.000Z',
      modified: '2024-02-02T00:00:00.000Z',
      body: [
        { type: 'TextualBody', purpose: 'tagging', value: 'People', format: 'text/plain' },
        { type: 'TextualBody', purpose: 'tagging', value: 'People › Kim', format: 'text/plain' },
        { type: 'TextualBody', purpose: 'commenting', value: 'Check this', format: 'text/plain' },
        {
          type: 'TextualBody',
          purpose: 'assessing',
          value: 'Credibility 2: probably true',
          format: 'text/plain',
        },
      ],
      target: {
        type: 'SpecificResource',
        source: `urn:sha256:${HASH_1}`,
        scope: 'https://example.org/fox',
        selector: [
          { type: 'TextQuoteSelector', exact: 'fox said', prefix: '🦊 ', suffix: ' more' },
          { type: 'TextPositionSelector', start: 2, end: 10 },
        ],
        'corroborate:source': 1,
      },
      'corroborate:claim': 1,
      'corroborate:stance': 'origin',
      'corroborate:credibility': 2,
      'corroborate:credibilityLabel': 'probably true',
      'corroborate:sourceReliability': 'B',
      'corroborate:independentSources': 1,
      'corroborate:independentContradictions': 1,
    });
    expect(contradiction?.id).toBe('urn:corroborate:claim:1:occurrence:2');
    expect(contradiction?.['corroborate:stance']).toBe('contradicts');
    expect(contradiction?.target.source).toBe(`urn:sha256:${HASH_2}`);
    expect(contradiction?.target).not.toHaveProperty('scope');
  });

  it('counts TextPositionSelector offsets in code points, not UTF-16 units', () => {
    const [annotation] = items(exportOf([fox], [{ occurrences: [[1, 6, 10, 'origin']] }]));
    expect(fox.text.indexOf('said')).toBe(7); // UTF-16: the fox emoji is two units
    expect(annotation?.target.selector).toEqual([
      { type: 'TextQuoteSelector', exact: 'said', prefix: '🦊 fox ', suffix: ' more' },
      { type: 'TextPositionSelector', start: 6, end: 10 },
    ]);
  });

  it('motivates by the most specific body: a note comments, tags tag, a grade alone assesses', () => {
    const collection = exportOf(
      [plain],
      [{ tagIds: [1], occurrences: [[2, 0, 3, 'origin']] }, { occurrences: [[2, 4, 7, 'origin']] }],
      ['Topic'],
    );
    const [tagged, graded] = items(collection);
    expect(tagged?.motivation).toBe('tagging');
    expect(tagged?.body.map((b) => b.purpose)).toEqual(['tagging', 'assessing']);
    expect(graded?.motivation).toBe('assessing');
    expect(graded?.body).toEqual([
      {
        type: 'TextualBody',
        purpose: 'assessing',
        value: 'Credibility 6: cannot be judged',
        format: 'text/plain',
      },
    ]);
  });

  it('leaves out the page when no claim is exported', () => {
    const collection = exportOf([plain], []);
    expect(collection.total).toBe(0);
    expect(collection).not.toHaveProperty('first');
  });

  it('writes hostile notes and tags as JSON that parses back and is well-formed UTF-8', () => {
    const hostile = [
      '</script><script>alert(1)</script>',
      ']]>',
      'a\u0000b\u0001c\u001fd\u007f',
      'lone \ud800 high',
      'lone \udc00 low',
      '\u2028line\u2029separators & <b>',
    ];
    const view = viewOf(
      [plain],
      hostile.map((note, index) => ({
        note,
        tagIds: [index + 1],
        occurrences: [[2, 0, 3, 'origin']],
      })),
      hostile.map((name) => `tag ${name}`),
    );
    const collection = toWebAnnotations(view);
    const safe = webAnnotationsJson(view);
    for (const json of [JSON.stringify(collection), safe]) {
      expect(JSON.parse(json)).toEqual(collection);
      expect(json).not.toMatch(/\p{Cs}/u); // no lone surrogate: \udXXX escapes instead
      expect(json).toContain('\\ud800');
      expect(json).toContain('\\u0000');
      expect(Buffer.from(json, 'utf8').toString('utf8')).toBe(json);
    }
    expect(safe).not.toMatch(/[<>&\u2028\u2029]/);
    const notes = items(collection).map(
      (a) => a.body.find((b) => b.purpose === 'commenting')?.value,
    );
    expect(notes).toEqual(hostile);
  });
});
