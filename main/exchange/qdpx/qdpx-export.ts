// REFI-QDA project exchange (.qdpx): a zip of project.qde and one plain-text file per source, for
// NVivo, ATLAS.ti, MAXQDA and QualCoder. What goes where is described in qdpx-vocabulary.ts.
import JSZip from 'jszip';
import type { ExportView } from '../../core/exchange/export-view';
import { caseGuids, writeProjectQde } from './qde-writer';

export interface QdpxExportOptions {
  /**
   * DEFLATE (default) for files handed to people; STORE is faster and is what tests use. Either
   * way every entry gets the fixed date below, so the same case gives the same bytes.
   */
  compression?: 'DEFLATE' | 'STORE';
}

/** Zip entries carry a modification time; a fixed one keeps exports reproducible. */
const ENTRY_DATE = new Date(Date.UTC(2000, 0, 1));

/**
 * The case (all sources, tags and notes) with the claims of `view` as a .qdpx archive. Source
 * texts are written as LF-only UTF-8 under `Sources/<guid>.txt`; selection positions are code
 * points into exactly those texts.
 */
export async function exportQdpx(
  view: ExportView,
  options: QdpxExportOptions = {},
): Promise<Uint8Array> {
  const guids = caseGuids(view);
  const zip = new JSZip();
  // Entries are given as UTF-8 bytes, never as strings: JSZip encodes a string in 16 KiB
  // chunks, and a chunk boundary between the two halves of an astral character turned each
  // half into U+FFFD (found by the round-trip property).
  const utf8 = new TextEncoder();
  zip.file('project.qde', utf8.encode(writeProjectQde(view)), { date: ENTRY_DATE });
  for (const source of view.snapshot.sources) {
    // Snapshot text is already LF-only. Should a stray CR slip through, it becomes LF one for
    // one, which keeps every position valid (turning CRLF into LF would shift them).
    const text = source.text.replace(/\r/g, '\n');
    zip.file(`Sources/${guids.source(source.id)}.txt`, utf8.encode(text), { date: ENTRY_DATE });
  }
  return zip.generateAsync({
    type: 'uint8array',
    compression: options.compression ?? 'DEFLATE',
    compressionOptions: { level: 6 },
    platform: 'UNIX',
  });
}
