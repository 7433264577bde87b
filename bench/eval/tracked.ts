// Text with provenance. Every generated text is kept as a list of code points, each tagged with
// the code-point offset it came from in a source article (or UNTRACKED for host text, inserted
// noise and layout). Layout and noise only ever drop, replace or insert characters and never
// reorder them, so the ground-truth span of a copied run in any generated text is simply the
// first to the last character whose tag lies in the run: nothing has to be re-derived by search.

export const UNTRACKED = -1;

/** One code point and the code-point offset in the source it came from (or UNTRACKED). */
export interface TChar {
  c: string;
  src: number;
}

/** A whitespace-free word; a paragraph is a list of words; a document a list of paragraphs. */
export type TWord = TChar[];
export type TParagraph = TWord[];

export interface Span {
  start: number;
  end: number;
}

const isSpace = (c: string) => /\s/u.test(c);

/**
 * Reads `text` into paragraphs of words: a blank line (two newlines with only whitespace between)
 * ends a paragraph, any other whitespace run separates words. With `track`, each character's tag
 * is its code-point offset in `text`; otherwise every tag is UNTRACKED.
 */
export function parseText(text: string, track: boolean): TParagraph[] {
  const paragraphs: TParagraph[] = [];
  let paragraph: TParagraph = [];
  let word: TWord = [];
  let newlines = 0;
  let index = 0;
  const endWord = () => {
    if (word.length > 0) paragraph.push(word);
    word = [];
  };
  const endParagraph = () => {
    endWord();
    if (paragraph.length > 0) paragraphs.push(paragraph);
    paragraph = [];
  };
  for (const c of text) {
    if (isSpace(c)) {
      endWord();
      if (c === '\n') newlines++;
      if (newlines >= 2) endParagraph();
    } else {
      newlines = 0;
      word.push({ c, src: track ? index : UNTRACKED });
    }
    index++;
  }
  endParagraph();
  return paragraphs;
}

export function wordText(word: TWord): string {
  return word.map((char) => char.c).join('');
}

export function toText(chars: readonly TChar[]): string {
  return chars.map((char) => char.c).join('');
}

/** Untracked characters for layout: spaces, newlines, hyphens, inserted noise. */
export function layout(text: string): TChar[] {
  return Array.from(text, (c) => ({ c, src: UNTRACKED }));
}

/** Words joined by one space, paragraphs by a blank line: the plain, unwrapped rendering. */
export function renderPlain(paragraphs: readonly TParagraph[]): TChar[] {
  const out: TChar[] = [];
  paragraphs.forEach((paragraph, p) => {
    if (p > 0) out.push(...layout('\n\n'));
    paragraph.forEach((word, w) => {
      if (w > 0) out.push(...layout(' '));
      out.push(...word);
    });
  });
  return out;
}

export interface WrapOptions {
  /** Columns, counted in code points. */
  width: number;
  /** `blank`: paragraphs separated by a blank line; `indent`: no blank line, first line indented. */
  style: 'blank' | 'indent';
  indent: number;
  /** Chance that a word of ≥ 7 letters that does not fit is broken with a hyphen at the line end. */
  hyphenate: number;
}

const isVowel = (c: string | undefined) => c !== undefined && /[aeiouy]/i.test(c);

/**
 * Where a typesetter might break an alphabetic word of ≥ 7 letters so that at most `room` letters
 * stay on the line: the last cut, leaving ≥ 3 letters each side, before a consonant followed by a
 * vowel ("infor-mation", "govern-ment", "compe-tition"); 0 when there is none.
 */
export function hyphenPoint(word: string, room: number): number {
  if (!/^[A-Za-z]+$/.test(word) || word.length < 7) return 0;
  for (let cut = Math.min(room, word.length - 3); cut >= 3; cut--) {
    if (!isVowel(word[cut]) && isVowel(word[cut + 1])) return cut;
  }
  return 0;
}

/**
 * Greedy word wrap: as many words on a line as fit in `width`; a word that does not fit starts the
 * next line, or (sometimes) is broken across the line end as "infor-\nmation".
 */
export function wrap(
  paragraphs: readonly TParagraph[],
  options: WrapOptions,
  random: () => number,
): TChar[] {
  const out: TChar[] = [];
  paragraphs.forEach((paragraph, p) => {
    if (p > 0) out.push(...layout(options.style === 'blank' ? '\n\n' : '\n'));
    let column = 0;
    if (options.style === 'indent') {
      out.push(...layout(' '.repeat(options.indent)));
      column = options.indent;
    }
    let lineHasWord = false;
    for (const word of paragraph) {
      const needed = (lineHasWord ? 1 : 0) + word.length;
      if (column + needed <= options.width || !lineHasWord) {
        if (lineHasWord) out.push(...layout(' '));
        out.push(...word);
        column += needed;
        lineHasWord = true;
        continue;
      }
      // The word does not fit: break it with a hyphen if it is long, alphabetic and lucky.
      const room = options.width - column - 2; // a space before, a hyphen after
      const cut = hyphenPoint(wordText(word), room);
      if (cut > 0 && random() < options.hyphenate) {
        out.push(...layout(' '), ...word.slice(0, cut), ...layout('-\n'), ...word.slice(cut));
        column = word.length - cut;
      } else {
        out.push(...layout('\n'), ...word);
        column = word.length;
      }
    }
  });
  return out;
}

export interface NoiseOptions {
  /** Chance that an apostrophe is dropped. */
  dropApostrophe: number;
  /** Chance per word that a stray character (|, ~, ·) is inserted next to it. */
  stray: number;
  /** Chance that a single space becomes two. */
  doubleSpace: number;
  /** Chance that an l, 1, O or 0 is read as its look-alike. */
  lookAlike: number;
}

export const OCR_NOISE: NoiseOptions = {
  dropApostrophe: 0.3,
  stray: 0.01,
  doubleSpace: 0.02,
  lookAlike: 0.02,
};

const LOOK_ALIKES: Record<string, string> = { l: '1', '1': 'l', O: '0', '0': 'O' };
const STRAYS = ['|', '~', '·'];

/** OCR-like noise; characters are dropped, replaced (keeping their tag) or inserted (untracked). */
export function addNoise(
  chars: readonly TChar[],
  options: NoiseOptions,
  random: () => number,
): TChar[] {
  const out: TChar[] = [];
  chars.forEach((char, index) => {
    const previous = chars[index - 1];
    const wordStart = !isSpace(char.c) && (previous === undefined || isSpace(previous.c));
    if (wordStart && random() < options.stray) {
      const stray = STRAYS[Math.floor(random() * STRAYS.length)] ?? '|';
      out.push(...layout(random() < 0.5 ? `${stray} ` : stray));
    }
    if ((char.c === "'" || char.c === '’') && random() < options.dropApostrophe) return;
    if (char.c === ' ' && random() < options.doubleSpace) {
      out.push(char, ...layout(' '));
      return;
    }
    const lookAlike = LOOK_ALIKES[char.c];
    if (lookAlike !== undefined && random() < options.lookAlike) {
      out.push({ c: lookAlike, src: char.src });
      return;
    }
    out.push(char);
  });
  return out;
}

/**
 * The span, in code points of the rendered text, from the first to the last character whose tag
 * lies in [from, to); null when none survived.
 */
export function spanOf(chars: readonly TChar[], from: number, to: number): Span | null {
  let start = -1;
  let end = -1;
  chars.forEach((char, index) => {
    if (char.src >= from && char.src < to) {
      if (start < 0) start = index;
      end = index + 1;
    }
  });
  return start < 0 ? null : { start, end };
}

/** Code-point offsets of the text as given; used when a text is passed on unrendered. */
export function identityChars(text: string): TChar[] {
  return Array.from(text, (c, index) => ({ c, src: index }));
}
