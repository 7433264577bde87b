import type { SourceMetadata } from '../../../preload/contract';

export type MetadataField = keyof SourceMetadata;
export type MetadataErrors = Partial<Record<MetadataField, string>>;

export interface FieldSpec {
  name: MetadataField;
  label: string;
  type: 'text' | 'date' | 'url';
  wide?: boolean;
  placeholder?: string;
}

/** The editor's fields, in the order they are shown. */
export const metadataFields: readonly FieldSpec[] = [
  { name: 'title', label: 'Title', type: 'text', wide: true },
  { name: 'outlet', label: 'Outlet', type: 'text', placeholder: 'e.g. The Washington Times' },
  { name: 'byline', label: 'Byline', type: 'text', placeholder: 'e.g. Andrew Salmon' },
  { name: 'publishedDate', label: 'Published date', type: 'date' },
  { name: 'dateline', label: 'Dateline', type: 'text', placeholder: 'e.g. SEOUL, South Korea' },
  { name: 'agency', label: 'Agency', type: 'text', placeholder: 'e.g. AP, Reuters' },
  { name: 'url', label: 'URL', type: 'url', placeholder: 'https://…' },
  {
    name: 'attribution',
    label: 'Attribution',
    type: 'text',
    wide: true,
    placeholder: 'e.g. Content Source: www.example.com',
  },
];

export function metadataOf(source: SourceMetadata): SourceMetadata {
  return {
    title: source.title,
    outlet: source.outlet,
    byline: source.byline,
    publishedDate: source.publishedDate,
    url: source.url,
    dateline: source.dateline,
    agency: source.agency,
    attribution: source.attribution,
  };
}

function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

export function validateMetadata(values: SourceMetadata): MetadataErrors {
  const errors: MetadataErrors = {};
  if (!values.title.trim()) errors.title = 'A source needs a title.';
  const date = values.publishedDate.trim();
  if (date && !isIsoDate(date)) errors.publishedDate = 'Use a real date (YYYY-MM-DD).';
  const url = values.url.trim();
  if (url && !/^https?:\/\/[^\s/]+/i.test(url)) {
    errors.url = 'Enter a full web address starting with http:// or https://.';
  }
  return errors;
}

/** Only the fields the analyst changed, trimmed: what `updateSourceMetadata` should receive. */
export function changedMetadata(
  original: SourceMetadata,
  values: SourceMetadata,
): Partial<SourceMetadata> {
  const changes: Partial<SourceMetadata> = {};
  for (const field of metadataFields) {
    const next = values[field.name].trim();
    if (next !== original[field.name].trim()) changes[field.name] = next;
  }
  return changes;
}
