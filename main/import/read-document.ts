import type { SourceFormat } from '../../preload/contract';
import type { ParsedSource } from '../core/import/parse-news-text';
import { extractDocument, loadReaderFor } from './extract';
import { parseDocument } from './parse-document';

/** One file (or pasted text) to read: its bytes, its name, and a title the analyst typed. */
export interface ReadJob {
  bytes: Uint8Array;
  fileName: string;
  /** A title the analyst gave (pasted text); it beats whatever the text suggests. */
  title?: string;
}

/** A parsed source and what its file was read as. */
export interface ReadSource extends ParsedSource {
  format: SourceFormat;
}

/**
 * A file's bytes to the parsed source the case stores: format sniffing and extraction, then the
 * news-text parser. Throws a CaseError ('unsupported') naming the file when it cannot be read.
 * This is what the import worker runs; tests call it directly.
 */
/** Loads what reading `job` needs (see loadReaderFor), before its time limit starts. */
export function prepareToRead({ bytes, fileName }: ReadJob): Promise<void> {
  return loadReaderFor(bytes, fileName);
}

export async function readDocument({ bytes, fileName, title }: ReadJob): Promise<ReadSource> {
  const extracted = await extractDocument(bytes, fileName);
  const stated = title?.trim();
  if (!stated) return { ...parseDocument(extracted), format: extracted.format };
  const parsed = parseDocument({
    text: `${stated}\n\n${extracted.text}`,
    metadata: { ...extracted.metadata, title: stated },
  });
  return { ...parsed, format: 'pasted' };
}
