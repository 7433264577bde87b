import type { SourceMetadata } from '../../preload/contract';
import { parseNewsText, type ParsedSource } from '../core/import/parse-news-text';
import type { ExtractedDocument } from './extract';

/**
 * parseNewsText over extracted text, then the format's own metadata fills what the text gave no
 * evidence for. A stated title (a page's title, a Markdown heading) beats one derived from the
 * lead: when parseNewsText did not take it as the title line (sentence punctuation, a dateline
 * shape), the body is parsed without it so the title does not open the body too.
 */
export function parseDocument(
  document: Pick<ExtractedDocument, 'text' | 'metadata'>,
): ParsedSource {
  const stated = document.metadata;
  const parsed = parseNewsText(document.text);
  if (!stated.title || !parsed.titleDerived) return fillEmpty(parsed, stated);
  const body = parseNewsText(withoutFirstParagraph(document.text, stated.title));
  return fillEmpty(
    { ...body, metadata: { ...body.metadata, title: stated.title }, titleDerived: false },
    stated,
  );
}

function fillEmpty(parsed: ParsedSource, stated: Partial<SourceMetadata>): ParsedSource {
  const metadata: SourceMetadata = { ...parsed.metadata };
  for (const key of Object.keys(metadata) as Array<keyof SourceMetadata>) {
    const value = stated[key];
    if (value && metadata[key] === '') metadata[key] = value;
  }
  return { ...parsed, metadata };
}

function withoutFirstParagraph(text: string, title: string): string {
  const [first = '', ...rest] = text.split('\n\n');
  return first.trim() === title.trim() ? rest.join('\n\n') : text;
}
