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
/** A line that ends a sentence: terminal punctuation, then closing quotes or brackets. */
const ENDS_SENTENCE = /[.!?…:。！？]["'”’»)\]]*$/u;
const LEADING_SPACE = /^[ \t\u00a0]*/;
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

function readLines(text: string): Line[] {
  const lines: Line[] = [];
  let from = 0;
  const push = (to: number) => {
    const raw = text.slice(from, to);
    const leading = LEADING_SPACE.exec(raw)?.[0] ?? '';
    const content = raw.trim();
    if (content === '') {
      lines.push({ start: from, end: from, indent: -1 });
      return;
    }
    const start = from + raw.indexOf(content);
    let indent = 0;
    for (const character of leading) indent += character === '\t' ? 4 : 1;
    lines.push({ start, end: start + content.length, indent });
  };
  for (const match of text.matchAll(LINE_BREAK)) {
    push(match.index);
    from = match.index + match[0].length;
  }
  push(text.length);
  return lines;
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
    if (ENDS_SENTENCE.test(text.slice(line.start, line.end))) continue;
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
  const nextText = text.slice(next.start, next.end);
  if (LIST_ITEM.test(nextText)) return false;
  const length = lengthOf(line);
  if (ENDS_SENTENCE.test(text.slice(line.start, line.end))) {
    // A sentence ended here: the paragraph goes on only if the next word would not have fit.
    const firstWord = FIRST_WORD.exec(nextText)?.[0].length ?? 0;
    const slack = Math.max(4, Math.round(width * 0.08));
    return length + 1 + firstWord > width - slack;
  }
  // Mid-sentence: a short line is a heading or a line of its own, unless the next goes on in
  // lower case.
  return length >= width / 2 || LOWER_START.test(nextText);
}

/** The paragraphs of `text`, in order; a text without wrapping gives one block per line. */
export function paragraphBlocks(text: string): TextBlock[] {
  const lines = readLines(text);
  const width = wrapWidth(text, lines);
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
  return blocks;
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
