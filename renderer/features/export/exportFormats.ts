import type { ExportFormat } from '../../../preload/contract';

/** The export formats in the order the dialog lists them, with what each is for. */
export const exportFormats: ReadonlyArray<{
  format: ExportFormat;
  label: string;
  hint: string;
  /** Whether the format holds only claims (so the current filter applies) or the whole case. */
  claimsOnly: boolean;
}> = [
  {
    format: 'md',
    label: 'Markdown',
    hint: 'Notes for Obsidian and other notes apps',
    claimsOnly: true,
  },
  {
    format: 'csv',
    label: 'CSV',
    hint: 'One row per claim occurrence, for spreadsheets',
    claimsOnly: true,
  },
  {
    format: 'html',
    label: 'Report (HTML)',
    hint: 'A readable report for editors',
    claimsOnly: true,
  },
  {
    format: 'pdf',
    label: 'Report (PDF)',
    hint: 'The same report, ready to print',
    claimsOnly: true,
  },
  {
    format: 'w3c',
    label: 'W3C Web Annotation',
    hint: 'JSON-LD for annotation tools (Hypothesis, Recogito)',
    claimsOnly: true,
  },
  {
    format: 'qdpx',
    label: 'REFI-QDA project',
    hint: '.qdpx for NVivo, ATLAS.ti, MAXQDA, QualCoder',
    claimsOnly: true,
  },
  {
    format: 'json',
    label: 'Corroborate case (JSON)',
    hint: 'The whole case; opens again in Corroborate',
    claimsOnly: false,
  },
];

/** What the progress bar says for each phase of an export. */
export function phaseText(phase: string, format: ExportFormat): string {
  const label = exportFormats.find((entry) => entry.format === format)?.label ?? format;
  switch (phase) {
    case 'reading':
      return 'Reading the case…';
    case 'rendering':
      return `Writing ${label}…`;
    case 'printing':
      return 'Printing the PDF…';
    case 'writing':
      return 'Saving the file…';
    default:
      return 'Done';
  }
}

/** Hands a file to the browser as a download (the browser host's save dialog). */
export function downloadFile(fileName: string, mimeType: string, base64: string): void {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
