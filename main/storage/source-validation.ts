import type { SourceFormat, SourceMetadata, Span } from '../../preload/contract';
import { CaseError } from '../core/errors';
import { codePointLength } from '../core/text/code-points';

/** Everything the importer hands over for one new source. */
export interface NewSource {
  metadata: SourceMetadata;
  titleDerived: boolean;
  fileName: string;
  /** Normalised text; immutable once stored. */
  text: string;
  /** Paragraph spans in code points, in order, not overlapping. */
  paragraphs: Span[];
  removedLines: string[];
  wordCount: number;
  /** sha256 hex of `text`, computed by the caller. */
  contentHash: string;
  importedAt: string;
  /** The imported file as it was, kept for export (absent in older callers' tests). */
  original?: { format: SourceFormat; bytes: Uint8Array };
}

export const METADATA_KEYS = [
  'title',
  'outlet',
  'byline',
  'publishedDate',
  'url',
  'dateline',
  'agency',
  'attribution',
] as const satisfies readonly (keyof SourceMetadata)[];

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const SHA256_HEX = /^[0-9a-f]{64}$/;

function invalid(message: string): CaseError {
  return new CaseError('invalid-request', message);
}

export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, year = 0, month = 0, day = 0] = match.map(Number);
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day); // Not Date.UTC, which maps years 0–99 to 19xx.
  return date.toISOString().startsWith(value);
}

function checkMetadataValue(key: keyof SourceMetadata, value: unknown, subject: string): string {
  if (typeof value !== 'string') throw invalid(`${subject}: ${key} must be text.`);
  if (key === 'title' && value.trim() === '') {
    throw invalid(`${subject}: the title cannot be empty.`);
  }
  if (key === 'publishedDate' && value !== '' && !isIsoDate(value)) {
    throw invalid(`${subject}: the publication date "${value}" is not a date like 2024-03-31.`);
  }
  return value;
}

/**
 * Validates a metadata edit and returns the fields to write (keys with `undefined` values are
 * skipped). Refuses unknown keys, non-text values, an empty title and malformed dates.
 */
export function validateMetadataChanges(
  changes: Partial<SourceMetadata>,
  subject: string,
): Partial<SourceMetadata> {
  if (typeof changes !== 'object' || changes === null) {
    throw invalid(`${subject}: no changes given.`);
  }
  const known: readonly string[] = METADATA_KEYS;
  const result: Partial<SourceMetadata> = {};
  for (const [key, value] of Object.entries(changes)) {
    if (!known.includes(key)) throw invalid(`${subject}: "${key}" is not a metadata field.`);
    if (value === undefined) continue;
    const field = key as keyof SourceMetadata;
    result[field] = checkMetadataValue(field, value, subject);
  }
  return result;
}

/** Refuses a NewSource the schema would not hold, with a message naming the file. */
export function validateNewSource(source: NewSource): void {
  const subject = `Cannot add "${source.fileName}"`;
  if (typeof source.fileName !== 'string') {
    throw invalid('Cannot add a source without a file name.');
  }
  for (const key of METADATA_KEYS) checkMetadataValue(key, source.metadata[key], subject);
  if (typeof source.titleDerived !== 'boolean') {
    throw invalid(`${subject}: titleDerived must be true or false.`);
  }
  if (typeof source.text !== 'string') throw invalid(`${subject}: the text is missing.`);
  if (!SHA256_HEX.test(source.contentHash)) {
    throw invalid(`${subject}: the content hash must be 64 lowercase hex digits (sha256).`);
  }
  if (!Number.isSafeInteger(source.wordCount) || source.wordCount < 0) {
    throw invalid(`${subject}: the word count must be a whole number of at least 0.`);
  }
  if (
    !Array.isArray(source.removedLines) ||
    source.removedLines.some((line) => typeof line !== 'string')
  ) {
    throw invalid(`${subject}: removed lines must be a list of text lines.`);
  }
  if (typeof source.importedAt !== 'string' || source.importedAt === '') {
    throw invalid(`${subject}: the import time is missing.`);
  }
  validateParagraphs(source.paragraphs, codePointLength(source.text), subject);
}

function validateParagraphs(paragraphs: readonly Span[], length: number, subject: string): void {
  if (!Array.isArray(paragraphs)) throw invalid(`${subject}: paragraphs must be a list.`);
  let previousEnd = 0;
  paragraphs.forEach(({ start, end }, index) => {
    const where = `${subject}: paragraph ${index} (${start}–${end})`;
    if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end)) {
      throw invalid(`${where} must have whole-number offsets.`);
    }
    if (start < previousEnd || end < start || end > length) {
      throw invalid(`${where} is out of order or outside the text (${length} characters).`);
    }
    previousEnd = end;
  });
}
