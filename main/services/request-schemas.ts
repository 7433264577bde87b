import { z } from 'zod';
import type { Channel, RequestOf, SearchLanguage } from '../../preload/contract';
import { maxLinkedPassages, searchLanguages } from '../../preload/contract';

// One schema per operation. Typing each as ZodType<RequestOf<C>> ties the validation to the
// contract: a request type that changes without its schema fails to compile.

const path = z.string().trim().min(1, 'A path is required.').max(4096);
/**
 * SQLite keeps a NUL (U+0000) inside text, but node:sqlite reads text only up to it, so a note
 * or title holding one would come back cut short. No editor types one; refuse it at the door.
 */
const noNul = (value: string) => !value.includes('\u0000');
const NUL_MESSAGE = 'Text cannot contain the NUL character (U+0000).';
const text = (max: number) =>
  z.string().max(max, `At most ${max} characters.`).refine(noNul, NUL_MESSAGE);
const isoDate = z.union([
  z.literal(''),
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2023-09-12.'),
]);
const webUrl = z.union([
  z.literal(''),
  z.url({ protocol: /^https?$/, error: 'Use a web address starting with http:// or https://.' }),
]);

const metadataChanges = z.strictObject({
  title: z
    .string()
    .trim()
    .min(1, 'A source needs a title.')
    .max(500)
    .refine(noNul, NUL_MESSAGE)
    .optional(),
  outlet: text(300).optional(),
  byline: text(500).optional(),
  publishedDate: isoDate.optional(),
  url: webUrl.optional(),
  dateline: text(300).optional(),
  agency: text(100).optional(),
  attribution: text(1000).optional(),
});

const noRequest = z.undefined();

const exportFormat = z.enum(['md', 'csv', 'json', 'html', 'pdf', 'w3c', 'qdpx']);
const exportRequest = z.strictObject({
  format: exportFormat,
  claimIds: z.array(z.number().int().positive()).max(1_000_000).nullable().optional(),
  groupBy: z.enum(['tag', 'source']).optional(),
  csvBom: z.boolean().optional(),
});

const id = z.number().int().positive();
const offset = z.number().int().nonnegative();
const tagName = z
  .string()
  .trim()
  .min(1, 'A tag needs a name.')
  .max(100, 'At most 100 characters.')
  .refine(noNul, NUL_MESSAGE);
const color = z
  .string()
  .regex(/^#[0-9a-fA-F]{6}$/, 'Use a colour like #4e79a7.')
  .transform((value) => value.toLowerCase());
const reliability = z.enum(['A', 'B', 'C', 'D', 'E', 'F']);
const credibility = z.union(
  [z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(6)],
  { error: 'A credibility is a whole number from 1 (confirmed) to 6 (cannot be judged).' },
);
const noteText = text(100_000);
const linkStance = z.enum(['supports', 'contradicts']);
const passage = z.strictObject({ sourceId: id, start: offset, end: offset });
const tagIds = z.array(id).max(1000);
/** An entity's key or a variant's spelling, as the facts list gives them. */
const entityKey = z
  .string()
  .trim()
  .min(1, 'Name an entity.')
  .max(500, 'An entity name is at most 500 characters.')
  .refine(noNul, NUL_MESSAGE);
const noteOwner = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('case') }),
  z.strictObject({ kind: z.literal('source'), id }),
]);
const tagDeletion = z.discriminatedUnion('claims', [
  z.strictObject({ claims: z.literal('untag') }),
  z.strictObject({ claims: z.literal('reassign'), tagId: id }),
  z.strictObject({ claims: z.literal('delete') }),
]);

export const requestSchemas: { [C in Channel]: z.ZodType<RequestOf<C>> } = {
  'host:info': noRequest,
  'case:info': noRequest,
  'case:open': z.strictObject({ path }),
  'case:create': z.strictObject({ path, name: text(200).optional() }),
  'case:recent': noRequest,
  'case:choose-file': z.strictObject({ mode: z.enum(['open', 'create']) }),
  'sources:list': noRequest,
  'sources:get': z.strictObject({ id: z.number().int().positive() }),
  'sources:update-metadata': z.strictObject({
    id: z.number().int().positive(),
    changes: metadataChanges,
  }),
  'sources:import-files': z.strictObject({ paths: z.array(path).min(1).max(10_000) }),
  'sources:import-data': z.strictObject({
    name: z.string().trim().min(1, 'A file name is required.').max(1024),
    // The size cap is the service's; this only bounds what is worth decoding (2 GB).
    data: z.base64('The file data must be base64.').max(2_900_000_000),
  }),
  'sources:choose-import': z.strictObject({ kind: z.enum(['files', 'folder']) }),
  'sources:import-pasted': z.strictObject({
    title: text(500),
    text: z.string().trim().min(1, 'There is no text to import.').max(20_000_000),
  }),
  'compare:relations': noRequest,
  'compare:pair': z.strictObject({
    a: z.number().int().positive(),
    b: z.number().int().positive(),
  }),
  'sources:set-reliability': z.strictObject({ id, reliability }),
  'tags:list': noRequest,
  'tags:create': z.strictObject({
    name: tagName,
    color: color.optional(),
    parentId: id.nullable().optional(),
  }),
  'tags:update': z.strictObject({
    id,
    name: tagName.optional(),
    color: color.optional(),
    parentId: id.nullable().optional(),
    position: offset.optional(),
  }),
  'tags:merge': z.strictObject({ from: id, into: id }),
  'tags:delete': z.strictObject({ id, deletion: tagDeletion }),
  'claims:list': noRequest,
  'claims:get': z.strictObject({ id }),
  'claims:in-source': z.strictObject({ sourceId: id }),
  'claims:create': z.strictObject({
    sourceId: id,
    start: offset,
    end: offset,
    tagIds,
    note: noteText.optional(),
    credibility: credibility.optional(),
    contradictions: z
      .array(passage)
      .max(maxLinkedPassages, `At most ${maxLinkedPassages} passages can be linked at once.`)
      .optional(),
  }),
  'claims:update': z.strictObject({
    id,
    tagIds: tagIds.optional(),
    note: noteText.optional(),
    credibility: credibility.optional(),
  }),
  'claims:delete': z.strictObject({ id }),
  'claims:suggestions': z.strictObject({ id }),
  'claims:add-occurrence': z.strictObject({
    claimId: id,
    sourceId: id,
    start: offset,
    end: offset,
    stance: z.enum(['supports', 'contradicts']),
  }),
  'claims:remove-occurrence': z.strictObject({ occurrenceId: id }),
  'claims:set-stance': z.strictObject({ occurrenceId: id, stance: linkStance }),
  'claims:reanchor-occurrence': passage.extend({ occurrenceId: id }),
  'claims:add-occurrences': z.strictObject({
    claimId: id,
    stance: linkStance,
    passages: z
      .array(passage)
      .min(1, 'Choose at least one passage to add.')
      .max(maxLinkedPassages, `At most ${maxLinkedPassages} passages can be added at once.`),
  }),
  'claims:reject-suggestion': z.strictObject({
    claimId: id,
    sourceId: id,
    start: offset,
    end: offset,
  }),
  'claims:set-join': z.strictObject({
    claimId: id,
    sourceIds: z.tuple([id, id]),
    action: z.enum(['join', 'split', 'auto']),
  }),
  'facts:get': z.strictObject({
    list: z.enum(['quotes', 'entities', 'discrepancies']).optional(),
  }),
  'facts:status': noRequest,
  'facts:entity-mentions': z.strictObject({ key: entityKey }),
  'facts:edit-entities': z.strictObject({
    edit: z.discriminatedUnion('kind', [
      z.strictObject({ kind: z.literal('merge'), from: entityKey, into: entityKey }),
      z.strictObject({ kind: z.literal('split'), variant: entityKey }),
    ]),
  }),
  'notes:get': z.strictObject({ owner: noteOwner }),
  'notes:save': z.strictObject({ owner: noteOwner, text: noteText }),
  'history:state': noRequest,
  'history:undo': noRequest,
  'history:redo': noRequest,
  'search:query': z.strictObject({
    query: text(2000),
    filters: z
      .strictObject({
        sourceIds: z.array(id).max(100_000).optional(),
        outlets: z.array(text(300)).max(1000).optional(),
        tagIds: tagIds.optional(),
        grades: z.array(reliability).max(6).optional(),
        dateFrom: isoDate.optional(),
        dateTo: isoDate.optional(),
      })
      .optional(),
    limit: z.number().int().min(1).max(1000).optional(),
    hitsPerGroup: z.number().int().min(1).max(1000).optional(),
  }),
  'search:status': noRequest,
  'search:set-language': z.strictObject({
    language: z.enum(
      searchLanguages.map(([code]) => code) as [SearchLanguage, ...SearchLanguage[]],
    ),
  }),
  'export:render': exportRequest,
  'export:save': exportRequest.extend({ path }),
  'export:choose-path': z.strictObject({ format: exportFormat }),
  'case:import-exchange': z.strictObject({
    fileName: z.string().trim().min(1, 'A file name is required.').max(1024),
    data: z.base64('The file data must be base64.').max(2_900_000_000),
    path: path.optional(),
  }),
  'claims:import-annotations': z.strictObject({ text: z.string().max(2_000_000_000) }),
};
