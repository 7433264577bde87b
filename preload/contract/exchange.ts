// Export of notes and claims, and import of exchanged cases and annotations. Part of the contract.

/**
 * md: Markdown notes with YAML front matter; csv: one row per claim occurrence; json: the whole
 * case (imports back losslessly); html / pdf: a readable report; w3c: W3C Web Annotation
 * JSON-LD; qdpx: a REFI-QDA project for NVivo, ATLAS.ti, MAXQDA and QualCoder.
 */
export type ExportFormat = 'md' | 'csv' | 'json' | 'html' | 'pdf' | 'w3c' | 'qdpx';

export interface ExportRequest {
  format: ExportFormat;
  /** Only these claims (the claims panel's current filter); null or absent for every claim. */
  claimIds?: number[] | null;
  /** Markdown: group claims under their tags or under their sources. */
  groupBy?: 'tag' | 'source';
  /** CSV: start with the byte order mark Excel needs to read UTF-8 (the default; false leaves it out). */
  csvBom?: boolean;
}

export interface SaveExportRequest extends ExportRequest {
  /** Where to write; replaced atomically if it exists. */
  path: string;
}

export interface SavedExport {
  path: string;
  bytes: number;
  claims: number;
}

/** An export's file, for the browser host to hand to the browser as a download. */
export interface RenderedExport {
  fileName: string;
  mimeType: string;
  /** The file's bytes, base64. */
  data: string;
  claims: number;
}

export interface ExportProgress {
  format: ExportFormat;
  phase: 'reading' | 'rendering' | 'printing' | 'writing' | 'done';
  /** 0..1 */
  fraction: number;
}

/** A Corroborate case JSON or a REFI-QDA .qdpx, opened as a new case. */
export interface ImportCaseRequest {
  fileName: string;
  /** The file's bytes, base64. */
  data: string;
  /** Where to create the case; absent: a new file in the app's data folder named after it. */
  path?: string;
}

export interface ImportAnnotationsResult {
  claims: number;
  occurrences: number;
  /** Annotations that could not be placed, with the reason. */
  skipped: Array<{ id: string; reason: string }>;
}
