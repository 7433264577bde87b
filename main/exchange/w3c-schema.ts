// Zod schemas for the parts of a W3C Web Annotation that Corroborate reads
// (main/exchange/w3c-import.ts), with messages an analyst can act on. Objects are loose: other
// properties of the model, and other vocabularies, are allowed and ignored.

import { z } from 'zod';
import type { Credibility } from '../../preload/contract';

export const quoteSelector = z.looseObject({
  exact: z.string({ error: 'A TextQuoteSelector needs its quote as "exact".' }).min(1, {
    error: 'A TextQuoteSelector quotes nothing: "exact" is empty.',
  }),
  prefix: z.string({ error: 'A TextQuoteSelector "prefix" must be text.' }).default(''),
  suffix: z.string({ error: 'A TextQuoteSelector "suffix" must be text.' }).default(''),
});
const offset = z
  .number({ error: 'TextPositionSelector start and end must be numbers.' })
  .int({ error: 'TextPositionSelector start and end must be whole numbers.' })
  .nonnegative({ error: 'TextPositionSelector start and end cannot be negative.' });
export const positionSelector = z
  .looseObject({ start: offset, end: offset })
  .refine((s) => s.end > s.start, { error: 'A TextPositionSelector needs end after start.' });
export const targetSchema = z.looseObject({
  source: z.union([z.string(), z.looseObject({ id: z.string() })], {
    error: 'The target names no source: "source" must be an IRI.',
  }),
  scope: z.unknown().optional(),
  selector: z.unknown().optional(),
  /** Which of several sources with the target's text (the hash) it is, in the case it came from. */
  'corroborate:source': z.unknown().optional(),
});
export const annotationSchema = z.looseObject({
  motivation: z.unknown().optional(),
  body: z.unknown().optional(),
  bodyValue: z.string({ error: '"bodyValue" must be text.' }).optional(),
  target: z.unknown().refine((target) => target !== undefined && target !== null, {
    error: 'The annotation has no target: it does not say which passage it is about.',
  }),
  'corroborate:claim': z
    .union([z.number(), z.string()], { error: '"corroborate:claim" must be a claim id.' })
    .optional(),
  'corroborate:stance': z
    .enum(['origin', 'supports', 'contradicts'], {
      error: '"corroborate:stance" must be origin, supports or contradicts.',
    })
    .optional(),
  'corroborate:credibility': z
    .union(
      [1, 2, 3, 4, 5, 6].map((grade) => z.literal(grade as Credibility)),
      {
        error:
          '"corroborate:credibility" must be a whole number from 1 (confirmed) to 6 (cannot be judged).',
      },
    )
    .optional(),
});
export type Annotation = z.output<typeof annotationSchema>;

export function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? issue.message : 'The annotation is not valid.';
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function hasType(value: Record<string, unknown>, type: string): boolean {
  return value.type === type || (Array.isArray(value.type) && value.type.includes(type));
}

export function asArray(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}
