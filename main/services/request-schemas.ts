import { z } from 'zod';
import type { Channel, RequestOf } from '../../preload/contract';

// One schema per operation. Typing each as ZodType<RequestOf<C>> ties the validation to the
// contract: a request type that changes without its schema fails to compile.

const path = z.string().trim().min(1, 'A path is required.').max(4096);
const text = (max: number) => z.string().max(max, `At most ${max} characters.`);
const isoDate = z.union([
  z.literal(''),
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2023-09-12.'),
]);
const webUrl = z.union([
  z.literal(''),
  z.url({ protocol: /^https?$/, error: 'Use a web address starting with http:// or https://.' }),
]);

const metadataChanges = z.strictObject({
  title: z.string().trim().min(1, 'A source needs a title.').max(500).optional(),
  outlet: text(300).optional(),
  byline: text(500).optional(),
  publishedDate: isoDate.optional(),
  url: webUrl.optional(),
  dateline: text(300).optional(),
  agency: text(100).optional(),
  attribution: text(1000).optional(),
});

const noRequest = z.undefined();

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
  'compare:relations': noRequest,
  'compare:pair': z.strictObject({
    a: z.number().int().positive(),
    b: z.number().int().positive(),
  }),
};
