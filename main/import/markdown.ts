import { Lexer, type MarkedToken, type Token } from 'marked';

export interface MarkdownText {
  /** One paragraph per line, the title (if any) on the first. */
  text: string;
  /** The text of a `# Heading` that opens the file, or ''. */
  title: string;
}

/**
 * Markdown to the plain reading text parseNewsText expects: formatting, link targets, images
 * and raw HTML go; headings, list items and each line of a code block become paragraphs.
 */
export function markdownToText(markdown: string): MarkdownText {
  const tokens = new Lexer({ gfm: true }).lex(markdown.replace(/^\uFEFF/, ''));
  const first = tokens.find((token) => token.type !== 'space') as MarkedToken | undefined;
  const title = first?.type === 'heading' && first.depth === 1 ? inlineText(first.tokens) : '';
  const paragraphs = blockParagraphs(tokens).filter((paragraph) => paragraph.length > 0);
  return { text: paragraphs.join('\n\n'), title };
}

function blockParagraphs(tokens: readonly Token[]): string[] {
  return tokens.flatMap((generic) => {
    const token = generic as MarkedToken;
    switch (token.type) {
      case 'heading':
      case 'paragraph':
        return [inlineText(token.tokens)];
      case 'text':
        return [token.tokens ? inlineText(token.tokens) : collapse(decodeEntities(token.text))];
      case 'code':
        return token.text.split('\n').map((line) => line.trim());
      case 'blockquote':
        return blockParagraphs(token.tokens);
      case 'list':
        return token.items.flatMap((item) => blockParagraphs(item.tokens));
      case 'table':
        return [token.header, ...token.rows].map((cells) =>
          cells.map((cell) => inlineText(cell.tokens)).join(' | '),
        );
      default:
        // space, hr, html, def and anything an extension adds: nothing to read.
        return [];
    }
  });
}

function inlineText(tokens: readonly Token[]): string {
  return collapse(tokens.map(inlinePiece).join(''));
}

function inlinePiece(generic: Token): string {
  const token = generic as MarkedToken;
  switch (token.type) {
    case 'strong':
    case 'em':
    case 'del':
    case 'link':
      return token.tokens.map(inlinePiece).join('');
    case 'text':
      return token.tokens ? token.tokens.map(inlinePiece).join('') : decodeEntities(token.text);
    case 'codespan':
    case 'escape':
      return token.text;
    case 'br':
      return ' ';
    default:
      // image, inline html, checkbox: not reading text.
      return '';
  }
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  copy: '\u00a9',
  ndash: '\u2013',
  mdash: '\u2014',
  hellip: '\u2026',
  lsquo: '\u2018',
  rsquo: '\u2019',
  ldquo: '\u201c',
  rdquo: '\u201d',
};

/** Markdown text may hold HTML entities; the lexer leaves them for an HTML renderer. */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name.startsWith('#')) {
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? entity;
  });
}
