import { describe, expect, it, vi } from 'vitest';
import { writePdf } from '../testing/pdf-writer';
import { ImportRefusal } from './import-refusal';
import { pdfToDocument } from './pdf';

// Installed before the imports above run, so warnings pdfjs prints while loading count too.
const consoleSpies = vi.hoisted(() =>
  (['log', 'info', 'warn', 'error', 'debug'] as const).map((method) => vi.spyOn(console, method)),
);

const title = 'North Korea fires missile into sea';
const lead =
  'SEOUL, South Korea (AP) - North Korea fired a ballistic missile into the sea on Thursday, the military said.';
const body = 'The launch was the third this month, officials in Seoul said.';
const long = Array.from({ length: 40 }, (_, index) => `word${index}`).join(' ');

const DAMAGED = /^is a damaged PDF that could not be read( \(.+\))?$/;

async function refusalOf(bytes: Uint8Array): Promise<string> {
  const error: unknown = await pdfToDocument(bytes).then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(ImportRefusal);
  return (error as ImportRefusal).reason;
}

/** A deterministic pseudo-random sequence (mulberry32), so a failing case can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

describe('pdfToDocument', () => {
  it('reads an article with its title first and the author as byline', async () => {
    const bytes = writePdf({ pages: [[lead, body]], info: { title, author: 'By Kim Tong-Hyung' } });

    expect(await pdfToDocument(bytes)).toEqual({
      text: `${title}\n\n${lead}\n\n${body}`,
      metadata: { title, byline: 'Kim Tong-Hyung' },
    });
  });

  it('does not repeat a title the text already starts with', async () => {
    const bytes = writePdf({ pages: [[title, lead]], info: { title } });

    expect((await pdfToDocument(bytes)).text).toBe(`${title}\n\n${lead}`);
  });

  it.each(['Microsoft Word - draft.docx', 'untitled', 'report-final.pdf', '  '])(
    'ignores the placeholder title %j',
    async (placeholder) => {
      const bytes = writePdf({ pages: [[body]], info: { title: placeholder } });

      expect(await pdfToDocument(bytes)).toEqual({ text: body, metadata: {} });
    },
  );

  it('keeps paragraphs apart and joins a wrapped paragraph back into one', async () => {
    const bytes = writePdf({ pages: [['One.', long, 'Two.', 'Three.']] });

    expect((await pdfToDocument(bytes)).text).toBe(`One.\n\n${long}\n\nTwo.\n\nThree.`);
  });

  it('mends a word hyphenated across a line break, and only before a lowercase letter', async () => {
    const filler = 'a'.repeat(84);
    const bytes = writePdf({ pages: [[`${filler} exam- ple`, `${filler} self- Reliance`]] });

    expect((await pdfToDocument(bytes)).text).toBe(`${filler} example\n\n${filler} self- Reliance`);
  });

  it('reads every page, a page break ending a paragraph', async () => {
    const bytes = writePdf({ pages: [[lead], [body, 'Last.']] });

    expect((await pdfToDocument(bytes)).text).toBe(`${lead}\n\n${body}\n\nLast.`);
  });

  it('round-trips parentheses, backslashes and Latin-1 letters', async () => {
    const special = 'A (bracketed) C:\\path and a café in Orléans';
    const bytes = writePdf({ pages: [[special]], info: { author: 'Zoë Müller' } });

    expect(await pdfToDocument(bytes)).toEqual({
      text: special,
      metadata: { byline: 'Zoë Müller' },
    });
  });

  it('refuses a file with no text layer', async () => {
    const bytes = writePdf({ pages: [[lead], [body]], imageOnly: true });

    expect(await refusalOf(bytes)).toBe(
      'has no text layer (it looks like a scanned image); run it through OCR first',
    );
  });

  it('refuses a password-protected file', async () => {
    const bytes = writePdf({ pages: [[lead]], encrypted: true });

    expect(await refusalOf(bytes)).toBe(
      'is password-protected; remove the password and import it again',
    );
  });

  it.each([
    ['a truncated file', writePdf({ pages: [[lead]] }).slice(0, 200)],
    ['garbage after the header', new TextEncoder().encode('%PDF-1.4\n\u0001\u00ff}{ 9 0 obj <<')],
    ['nothing after the header', new TextEncoder().encode('%PDF-1.4\n')],
    ['an empty file', new Uint8Array()],
  ])('refuses %s as damaged', async (_, bytes) => {
    await expect(pdfToDocument(bytes)).rejects.toThrow(ImportRefusal);
    expect(await refusalOf(bytes)).toMatch(DAMAGED);
  });

  it('leaves the caller’s bytes intact', async () => {
    const bytes = writePdf({ pages: [[body]] });
    const copy = bytes.slice();

    await pdfToDocument(bytes);

    expect(bytes).toEqual(copy);
  });

  it('reads or refuses, and nothing else, when the file is cut or corrupted', async () => {
    const valid = writePdf({ pages: [[lead, long], [body]], info: { title } });
    const next = random(20240314);
    for (let round = 0; round < 50; round++) {
      let bytes = valid.slice(0, 1 + Math.floor(next() * valid.length));
      if (round % 2 === 1) {
        bytes = valid.slice();
        for (let flip = 0; flip < 1 + round / 10; flip++) {
          bytes[Math.floor(next() * bytes.length)] = Math.floor(next() * 256);
        }
      }
      const outcome: unknown = await pdfToDocument(bytes).then(
        (document) => document,
        (reason: unknown) => reason,
      );
      if (outcome instanceof Error) expect(outcome).toBeInstanceOf(ImportRefusal);
      else expect(outcome).toMatchObject({ text: expect.any(String) });
    }
  });

  it('prints nothing to the console', () => {
    for (const spy of consoleSpies) expect(spy).not.toHaveBeenCalled();
  });
});
