// Paragraphs of a text whatever its line wrapping. Plain text, e-mail, PDF text layers, terminal
// copies and OCR break lines at a column, not at the end of a thought; treating every line as a
// paragraph cuts sentences in half. A text is taken as hard-wrapped when many of its lines stop
// mid-sentence at about the same width; in such a text a line break is a space unless a blank
// line, an indented or list line, or a line that ends a sentence well short of the width says a
// paragraph ends. Anything else keeps every line break (one-line paragraphs, as news pages give).

/** A paragraph: UTF-16 offsets into the text, from its first to its last non-space character. */
export interface TextBlock {
  start: number;
  end: number;
}

interface Line {
  /** UTF-16 offsets of the line's content without its leading and trailing spaces. */
  start: number;
  end: number;
  /** Leading spaces and tabs (a tab counts four). */
  indent: number;
}

const LINE_BREAK = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/g;
const LIST_ITEM = /^(?:[-*+•·▪◦‣–—]|\(?\d{1,3}[.)]|\(?[a-z][.)]|\(?[ivx]{1,4}[.)])\s/u;
const FIRST_WORD = /^\S+/u;
/** A word broken by a hyphen at the end of a line, continued in lower case on the next. */
const BROKEN_WORD = /\p{L}-$/u;
const LOWER_START = /^\p{Ll}/u;

/** Fewest lines before wrapping is considered at all. */
const MIN_WRAPPED_LINES = 3;
/** Narrowest and widest column a wrapped text is taken to use. */
const MIN_WRAP_WIDTH = 40;
const MAX_WRAP_WIDTH = 200;
/** Share of lines that must stop mid-sentence for the text to be taken as wrapped… */
const MIN_OPEN_LINE_SHARE = 0.25;
/** …of which this share must reach FULL_LINE_SHARE of the width (a ragged right edge). */
const MIN_FULL_OPEN_SHARE = 0.7;
const FULL_LINE_SHARE = 0.6;

/** Line break code units (CR LF counts once, as one break). */
function isBreak(unit: number): boolean {
  return (
    unit === 0x0a ||
    unit === 0x0d ||
    unit === 0x0b ||
    unit === 0x0c ||
    unit === 0x85 ||
    unit === 0x2028 ||
    unit === 0x2029
  );
}

/** Spaces trimmed around a line: what String.prototype.trim removes, besides line breaks. */
function isSpace(unit: number): boolean {
  return (
    unit === 0x20 ||
    unit === 0x09 ||
    unit === 0xa0 ||
    unit === 0xfeff ||
    unit === 0x1680 ||
    (unit >= 0x2000 && unit <= 0x200a) ||
    unit === 0x202f ||
    unit === 0x205f ||
    unit === 0x3000
  );
}

// Scans code units rather than matching expressions per line: a 5 MB text has 70,000 lines.
function readLines(text: string): Line[] {
  const lines: Line[] = [];
  let from = 0;
  const length = text.length;
  while (from <= length) {
    let to = from;
    while (to < length && !isBreak(text.charCodeAt(to))) to++;
    let start = from;
    let indent = 0;
    while (start < to && isSpace(text.charCodeAt(start))) {
      indent += text.charCodeAt(start) === 0x09 ? 4 : 1;
      start++;
    }
    let end = to;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    lines.push(start < end ? { start, end, indent } : { start: from, end: from, indent: -1 });
    if (to >= length) break;
    from = to + (text.charCodeAt(to) === 0x0d && text.charCodeAt(to + 1) === 0x0a ? 2 : 1);
  }
  return lines;
}

const TERMINALS = new Set(['.', '!', '?', '…', ':', '。', '！', '？']);
const CLOSERS = new Set(['"', "'", '”', '’', '»', ')', ']']);

/** Whether a line ends a sentence: terminal punctuation, then closing quotes or brackets. */
function endsSentence(text: string, line: Line): boolean {
  let at = line.end - 1;
  while (at > line.start && CLOSERS.has(text.charAt(at))) at--;
  return TERMINALS.has(text.charAt(at));
}

const isBlank = (line: Line) => line.indent < 0;
const lengthOf = (line: Line) => line.end - line.start;

/** The column a wrapped text was wrapped at, or 0 when its lines were not wrapped. */
function wrapWidth(text: string, lines: readonly Line[]): number {
  const filled = lines.filter((line) => !isBlank(line));
  if (filled.length < MIN_WRAPPED_LINES) return 0;
  const lengths = Int32Array.from(filled, lengthOf).sort();
  // The 90th percentile: a long heading or URL line does not set the width.
  const width = lengths[Math.floor((lengths.length - 1) * 0.9)] ?? 0;
  if (width < MIN_WRAP_WIDTH || width > MAX_WRAP_WIDTH) return 0;
  let open = 0;
  let fullOpen = 0;
  for (const line of filled) {
    if (endsSentence(text, line)) continue;
    open++;
    if (lengthOf(line) >= FULL_LINE_SHARE * width) fullOpen++;
  }
  const wrapped =
    open >= 2 &&
    open >= MIN_OPEN_LINE_SHARE * filled.length &&
    fullOpen >= MIN_FULL_OPEN_SHARE * open;
  return wrapped ? width : 0;
}

/** Whether the break after `line` is a space inside a paragraph of a text wrapped at `width`. */
function isSoftBreak(text: string, line: Line, next: Line, width: number): boolean {
  if (isBlank(next) || next.indent > line.indent + 1) return false;
  // The start of the next line is all its tests need.
  const nextText = text.slice(next.start, Math.min(next.end, next.start + 40));
  if (LIST_ITEM.test(nextText)) return false;
  const length = lengthOf(line);
  if (endsSentence(text, line)) {
    // A sentence ended here: the paragraph goes on only if the next word would not have fit.
    const firstWord = FIRST_WORD.exec(nextText)?.[0].length ?? 0;
    const slack = Math.max(4, Math.round(width * 0.08));
    return length + 1 + firstWord > width - slack;
  }
  // Mid-sentence: a short line is a heading or a line of its own, unless the next goes on in
  // lower case.
  return length >= width / 2 || LOWER_START.test(nextText);
}

/** The paragraphs of a text and the column it was wrapped at (0: not wrapped). */
export interface ParagraphLayout {
  blocks: TextBlock[];
  width: number;
}

/**
 * The paragraphs of `text`, in order; a text without wrapping gives one block per line.
 * `knownWidth` skips the detection: for a text cut down from a longer one whose width is known.
 */
export function paragraphLayout(text: string, knownWidth?: number): ParagraphLayout {
  const lines = readLines(text);
  const width = knownWidth ?? wrapWidth(text, lines);
  const blocks: TextBlock[] = [];
  let current: TextBlock | null = null;
  let previous: Line | null = null;
  for (const line of lines) {
    if (isBlank(line)) {
      previous = line;
      continue;
    }
    if (current && previous && width > 0 && isSoftBreak(text, previous, line, width)) {
      current.end = line.end;
    } else {
      current = { start: line.start, end: line.end };
      blocks.push(current);
    }
    previous = line;
  }
  return { blocks, width };
}

/** The paragraphs of `text`, in order; a text without wrapping gives one block per line. */
export function paragraphBlocks(text: string): TextBlock[] {
  return paragraphLayout(text).blocks;
}

/**
 * The paragraphs of `text` as single lines: the lines of each block joined by one space, or
 * by nothing after a word broken with a hyphen ("infor-" + "mation" stays "infor-mation", since
 * only a dictionary could tell a broken word from a compound).
 */
export function reflowParagraphs(text: string): string[] {
  return paragraphBlocks(text).map((block) => {
    const lines = text
      .slice(block.start, block.end)
      .split(LINE_BREAK)
      .map((line) => line.trim())
      .filter((line) => line !== '');
    let joined = lines[0] ?? '';
    for (let index = 1; index < lines.length; index++) {
      const line = lines[index] ?? '';
      const glue = BROKEN_WORD.test(joined) && LOWER_START.test(line) ? '' : ' ';
      joined += glue + line;
    }
    return joined;
  });
}
