// Corroborate's own exchange format: the whole case as one JSON document that imports back
// losslessly (export → import → export gives the same bytes for the same export time).
//
// Format "corroborate-case", version 2 (version 1, documented in README "Exchange formats",
// lacks the analyst's entity edits and join overrides and the facts; it is still read):
//   { format, version, exportedAt, app,
//     case:     { name, createdAt, searchLanguage },
//     sources:  [{ id, title, outlet, byline, publishedDate, url, dateline, agency, attribution,
//                  titleDerived, fileName, text, paragraphs: [{start,end}], removedLines,
//                  wordCount, contentHash, importedAt, reliability,
//                  original: { format, base64 } | null }],
//     tags:     [{ id, name, color, parentId, position }],
//     claims:   [{ id, note, credibility, createdAt, updatedAt, tagIds,
//                  occurrences: [{ id, sourceId, start, end, quote, prefix, suffix, stance }],
//                  rejected: [{ sourceId, start, end }] }],
//     notes:    [{ owner: {kind:'case'} | {kind:'source', id}, text, updatedAt }],
//     entityEdits: [{ id, edit: {kind:'merge', from, into} | {kind:'split', variant}, createdAt }],
//     joinOverrides: [{ claimId, sourceIds: [a, b] (a < b), action: 'join' | 'split' }],
//     relations: [...],    // derived (the comparison of the texts) for readers of the file;
//     facts: { quotes, attributions, entities, discrepancies, circular } | null }
//                           // relations and facts are derived, for readers of the file, and
//                           // ignored on import: the app recomputes them from the texts, so a
//                           // hand-edited file cannot make a copy look independent.
// Offsets are Unicode code points into `text`. Strings are JSON strings, so any text survives,
// lone surrogates included (JSON.stringify escapes them).
import { z } from 'zod';
import type { SourceRelation } from '../../preload/contract';
import type { DerivedFacts } from '../core/exchange/export-facts';
import { searchLanguages } from '../../preload/contract';
import { CaseError } from '../core/errors';
import type { CaseSnapshot } from '../core/exchange/case-snapshot';

class NulError extends Error {}

export const CASE_JSON_FORMAT = 'corroborate-case';
export const CASE_JSON_VERSION = 2;
/** Versions read: 1 has no entity edits, join overrides or facts. */
const READABLE_VERSIONS = [1, 2] as const;

export interface CaseJsonOptions {
  exportedAt: string;
  appVersion: string;
  /** Derived relations between sources, written for readers of the file. */
  relations: readonly SourceRelation[];
  /** Quotes, attributions, entities, discrepancies and circular reporting, for readers. */
  facts?: DerivedFacts | null;
}

export function caseToJson(snapshot: CaseSnapshot, options: CaseJsonOptions): string {
  const document = {
    format: CASE_JSON_FORMAT,
    version: CASE_JSON_VERSION,
    exportedAt: options.exportedAt,
    app: `Corroborate ${options.appVersion}`,
    case: {
      name: snapshot.name,
      createdAt: snapshot.createdAt,
      searchLanguage: snapshot.searchLanguage,
    },
    sources: snapshot.sources.map(({ original, ...source }) => ({
      ...source,
      original: original
        ? { format: original.format, base64: Buffer.from(original.bytes).toString('base64') }
        : null,
    })),
    tags: snapshot.tags,
    claims: snapshot.claims,
    notes: snapshot.notes,
    entityEdits: snapshot.entityEdits,
    joinOverrides: snapshot.joinOverrides,
    relations: options.relations,
    facts: options.facts
      ? {
          quotes: options.facts.quotes,
          attributions: options.facts.attributions,
          entities: options.facts.entities,
          discrepancies: options.facts.discrepancies,
          circular: options.facts.circular,
        }
      : null,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

const id = z.number().int().positive();
const offset = z.number().int().nonnegative();
const span = z.strictObject({ start: offset, end: offset });
const time = z.string().min(1);
const languageCodes = searchLanguages.map(([code]) => code) as [string, ...string[]];
const entityName = z
  .string()
  .min(1, 'An entity edit needs a name.')
  .max(500, 'An entity name is at most 500 characters.');
const base64 = z
  .string()
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'This is not base64.')
  .refine(
    (value) => value.length % 4 === 0,
    'This is not base64 (its length is not a multiple of 4).',
  );

const schema = z.strictObject({
  format: z.literal(CASE_JSON_FORMAT, {
    error: `This is not a Corroborate case file: "format" must be "${CASE_JSON_FORMAT}".`,
  }),
  version: z.union(
    READABLE_VERSIONS.map((version) => z.literal(version)),
    {
      error: `Only versions ${READABLE_VERSIONS.join(' and ')} of the case format can be read.`,
    },
  ),
  exportedAt: z.string(),
  app: z.string(),
  case: z.strictObject({
    name: z.string().refine((name) => name.trim() !== '', 'The case needs a name.'),
    createdAt: time,
    searchLanguage: z.enum(languageCodes),
  }),
  sources: z.array(
    z.strictObject({
      id,
      title: z.string(),
      outlet: z.string(),
      byline: z.string(),
      publishedDate: z.string(),
      url: z.string(),
      dateline: z.string(),
      agency: z.string(),
      attribution: z.string(),
      titleDerived: z.boolean(),
      fileName: z.string(),
      text: z.string(),
      paragraphs: z.array(span),
      removedLines: z.array(z.string()),
      wordCount: z.number().int().nonnegative(),
      contentHash: z.string().regex(/^[0-9a-f]{64}$/, 'Use 64 lowercase hex digits (sha256).'),
      importedAt: time,
      reliability: z.enum(['A', 'B', 'C', 'D', 'E', 'F']),
      original: z
        .strictObject({
          format: z.enum(['text', 'markdown', 'html', 'docx', 'pdf', 'pasted']),
          base64,
        })
        .nullable(),
    }),
  ),
  tags: z.array(
    z.strictObject({
      id,
      name: z
        .string()
        .max(100)
        .refine((name) => name.trim() !== '', 'A tag needs a name.'),
      color: z.string().regex(/^#[0-9a-f]{6}$/, 'Use a colour like #4e79a7.'),
      parentId: id.nullable(),
      position: offset,
    }),
  ),
  claims: z.array(
    z.strictObject({
      id,
      note: z.string(),
      credibility: z.union([1, 2, 3, 4, 5, 6].map((grade) => z.literal(grade))),
      createdAt: time,
      updatedAt: time,
      tagIds: z.array(id),
      occurrences: z
        .array(
          z.strictObject({
            id,
            sourceId: id,
            start: offset,
            end: offset,
            quote: z.string().min(1),
            prefix: z.string(),
            suffix: z.string(),
            stance: z.enum(['origin', 'supports', 'contradicts']),
          }),
        )
        .min(1, 'A claim needs at least its origin passage.'),
      rejected: z.array(z.strictObject({ sourceId: id, start: offset, end: offset })),
    }),
  ),
  notes: z.array(
    z.strictObject({
      owner: z.union([
        z.strictObject({ kind: z.literal('case') }),
        z.strictObject({ kind: z.literal('source'), id }),
      ]),
      text: z.string(),
      updatedAt: time,
    }),
  ),
  entityEdits: z
    .array(
      z.strictObject({
        id,
        edit: z.discriminatedUnion(
          'kind',
          [
            z.strictObject({ kind: z.literal('merge'), from: entityName, into: entityName }),
            z.strictObject({ kind: z.literal('split'), variant: entityName }),
          ],
          { error: 'An entity edit is a "merge" (from, into) or a "split" (variant).' },
        ),
        createdAt: time,
      }),
    )
    .optional(),
  joinOverrides: z
    .array(
      z
        .strictObject({
          claimId: id,
          sourceIds: z.tuple([id, id]),
          action: z.enum(['join', 'split'], {
            error: 'A join override\'s action must be "join" or "split".',
          }),
        })
        .refine((override) => override.sourceIds[0] < override.sourceIds[1], {
          error:
            'A join override names two different sources, the lower id first (sourceIds[0] < sourceIds[1]).',
          path: ['sourceIds'],
        }),
    )
    .optional(),
  relations: z.array(z.unknown()),
  facts: z.unknown().optional(),
});

/** Reads a case JSON document; a specific `invalid-request` message for anything wrong. */
export function parseCaseJson(text: string): CaseSnapshot {
  let value: unknown;
  try {
    value = JSON.parse(text, (_key, item: unknown) => {
      // A case cannot hold U+0000: node:sqlite reads text only up to it.
      if (typeof item === 'string' && item.includes('\u0000')) throw new NulError();
      return item;
    });
  } catch (error) {
    if (error instanceof NulError) {
      throw new CaseError(
        'invalid-request',
        'This file holds a NUL character (U+0000) in its text, which a case cannot store.',
      );
    }
    throw new CaseError(
      'invalid-request',
      `This file is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` (at ${issue.path.join('.')})` : '';
    throw new CaseError(
      'invalid-request',
      `This is not a case Corroborate can import${where}: ${issue?.message ?? 'unknown problem'}`,
    );
  }
  const document = parsed.data;
  return {
    name: document.case.name,
    createdAt: document.case.createdAt,
    searchLanguage: document.case.searchLanguage as CaseSnapshot['searchLanguage'],
    sources: document.sources.map(({ original, ...source }) => ({
      ...source,
      original: original
        ? { format: original.format, bytes: new Uint8Array(Buffer.from(original.base64, 'base64')) }
        : null,
    })),
    tags: document.tags,
    claims: document.claims.map((claim) => ({
      ...claim,
      credibility: claim.credibility as CaseSnapshot['claims'][number]['credibility'],
    })),
    notes: document.notes,
    entityEdits: document.entityEdits ?? [],
    joinOverrides: (document.joinOverrides ?? []).map((override) => ({
      claimId: override.claimId,
      sourceIds: [override.sourceIds[0], override.sourceIds[1]],
      action: override.action,
    })),
  };
}
