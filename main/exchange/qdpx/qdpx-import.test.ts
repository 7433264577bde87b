import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CaseError } from '../../core/errors';
import { TAG_PALETTE } from '../../services/tag-service';
import { exportQdpx } from './qdpx-export';
import { importQdpx } from './qdpx-import';
import { entriesOf, sampleCase, viewOf, writeQdpx } from './qdpx-testing';

const NS = 'urn:QDA-XML:project:1.0';
const G = (n: number): string => `{00000000-0000-4000-8000-${String(n).padStart(12, '0')}}`;

/** QualCoder writes CRLF text files when the project was made on Windows. */
const RAW = 'First line about the fox.\r\nSecond: the 𝔸rctic border 🦊.\r\n\r\nThird\rline.\r\n';

/** Code-point start and end of `quote` in `text` (as a QDA tool counts them). */
function span(text: string, quote: string): { start: number; end: number } {
  const start = Array.from(text.slice(0, text.indexOf(quote))).length;
  return { start, end: start + Array.from(quote).length };
}

function selection(guid: number, quote: string, codes: number[], extra = '', text = RAW): string {
  const { start, end } = span(text, quote);
  const codings = codes
    .map(
      (code, i) =>
        `<Coding guid="${G(guid * 100 + i)}"><CodeRef targetGUID="${G(code)}"/></Coding>`,
    )
    .join('');
  return `<PlainTextSelection guid="${G(guid)}" name="sel" startPosition="${start}" endPosition="${end}">${codings}${extra}</PlainTextSelection>`;
}

function qualCoderProject(selections = ''): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="${NS}" name="QualCoder project" origin="QualCoder 3.5" creationDateTime="2024-05-01T12:00:00Z">
<Users><User guid="${G(1)}" name="analyst"/></Users>
<CodeBook><Codes>
  <Code guid="${G(10)}" name="Animals" isCodable="true" color="#F00">
    <Code guid="${G(11)}" name="Fox" isCodable="true" color="#00aa00"/>
    <Code guid="${G(12)}" name="fox" isCodable="true"/>
  </Code>
  <Code guid="${G(13)}" name="Places" isCodable="false"><Code guid="${G(14)}" name="Arctic" isCodable="true" color="red"/></Code>
  <Code guid="${G(15)}" name="Credibility" isCodable="true"/>
</Codes></CodeBook>
<Sources>
  <TextSource guid="${G(20)}" name="interview.txt" plainTextPath="internal://${G(20)}.txt">
    ${
      selections ||
      selection(30, 'the fox', [11, 15], `<NoteRef targetGUID="${G(42)}"/>`) +
        selection(31, '𝔸rctic border 🦊', [14, 12]) +
        selection(32, 'Third\rline.', [10])
    }
    <NoteRef targetGUID="${G(41)}"/>
  </TextSource>
  <TextSource guid="${G(21)}" name="inline"><PlainTextContent>Inline text, no file.</PlainTextContent>
    ${selection(33, 'no file', [14], '', 'Inline text, no file.')}
  </TextSource>
  <TextSource guid="${G(22)}" name="copy of interview" plainTextPath="internal://copy.txt">
    ${selection(34, 'Second', [10], '', RAW.replace(/\r\n?/g, '\n'))}
  </TextSource>
</Sources>
<Notes>
  <Note guid="${G(40)}" name="Project memo"><PlainTextContent>About the project.</PlainTextContent></Note>
  <Note guid="${G(41)}" name="File memo"><PlainTextContent>Interview on 1 May.</PlainTextContent></Note>
  <Note guid="${G(42)}" name="Coding memo"><PlainTextContent>Fox is named.</PlainTextContent></Note>
</Notes>
<NoteRef targetGUID="${G(40)}"/>
</Project>`;
}

function qualCoderQdpx(qde = qualCoderProject()): Promise<Uint8Array> {
  return writeQdpx({
    'project.qde': qde,
    [`Sources/${G(20)}.txt`]: RAW,
    'Sources/copy.txt': RAW.replace(/\r\n?/g, '\n'),
  });
}

describe('importQdpx of a foreign (QualCoder-like) project', () => {
  it('turns each coded selection into a claim on the same characters', async () => {
    const snapshot = await importQdpx(await qualCoderQdpx());
    expect(snapshot.name).toBe('QualCoder project');
    expect(snapshot.sources.map((source) => source.title)).toEqual(['interview.txt', 'inline']);
    const [interview] = snapshot.sources;
    expect(interview?.text).toBe(
      'First line about the fox.\nSecond: the 𝔸rctic border 🦊.\n\nThird\nline.\n',
    );
    expect(interview?.paragraphs.length).toBe(4);
    expect(
      snapshot.claims.map((claim) => [claim.occurrences[0]?.sourceId, claim.occurrences[0]?.quote]),
    ).toEqual([
      [1, 'the fox'],
      [1, '𝔸rctic border 🦊'],
      [1, 'Third\nline.'],
      [2, 'no file'],
      [1, 'Second'], // the duplicate source's selection, moved onto the first copy
    ]);
    for (const claim of snapshot.claims) {
      const [occurrence] = claim.occurrences;
      const source = snapshot.sources.find((s) => s.id === occurrence?.sourceId);
      expect(
        Array.from(source?.text ?? '')
          .slice(occurrence?.start, occurrence?.end)
          .join(''),
      ).toBe(occurrence?.quote);
      expect(claim.occurrences.map((o) => o.stance)).toEqual(['origin']);
      expect(claim.credibility).toBe(6);
    }
    const tagNames = (ids: number[]) =>
      ids.map((id) => snapshot.tags.find((tag) => tag.id === id)?.name);
    expect(snapshot.claims.map((claim) => tagNames(claim.tagIds))).toEqual([
      ['Fox', 'Credibility'],
      ['fox (2)', 'Arctic'],
      ['Animals'],
      ['Arctic'],
      ['Animals'],
    ]);
    expect(snapshot.claims[0]?.note).toBe('Fox is named.');
    // No colour or an invalid one ("red"): the palette colour a new tag would get.
    expect(snapshot.tags.map(({ name, color, parentId }) => [name, color, parentId])).toEqual([
      ['Animals', '#ff0000', null],
      ['Fox', '#00aa00', 1],
      ['fox (2)', TAG_PALETTE[2], 1],
      ['Places', TAG_PALETTE[3], null],
      ['Arctic', TAG_PALETTE[4], 4],
      ['Credibility', TAG_PALETTE[5], null],
    ]);
    expect(snapshot.notes).toMatchObject([
      { owner: { kind: 'case' }, text: 'About the project.' },
      { owner: { kind: 'source', id: 1 }, text: 'Interview on 1 May.' },
    ]);
    expect(snapshot.claims.flatMap((claim) => claim.occurrences.map((o) => o.id))).toEqual([
      1, 2, 3, 4, 5,
    ]);
  });
});

async function refusal(bytes: Uint8Array | Promise<Uint8Array>): Promise<string> {
  const error: unknown = await importQdpx(await bytes).then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(CaseError);
  expect((error as CaseError).code).toBe('invalid-request');
  return (error as CaseError).message;
}

describe('importQdpx of a large case', () => {
  // Regression: a case of more than about 1,000 sources could not be imported back, because
  // the zip guard's default limit (made for Word files) is 1,000 entries.
  it('reads back its own export of 1,500 sources', async () => {
    const base = sampleCase();
    const template = base.sources[0];
    if (!template) throw new Error('no source');
    const sources = Array.from({ length: 1500 }, (_, i) => {
      const text = `Report ${i} says the talks began.`;
      return {
        ...template,
        id: i + 1,
        title: `Report ${i}`,
        text,
        paragraphs: [{ start: 0, end: Array.from(text).length }],
        contentHash: createHash('sha256').update(text).digest('hex'),
        original: null,
      };
    });
    const snapshot = { ...base, sources, claims: [], notes: [] };
    const back = await importQdpx(await exportQdpx(viewOf(snapshot)));
    expect(back.sources).toHaveLength(1500);
    expect(back.sources[1499]?.text).toBe('Report 1499 says the talks began.');
  }, 60_000);
});

describe('importQdpx refusals', () => {
  it('refuses a file that is not a zip', async () => {
    expect(await refusal(new TextEncoder().encode('<Project/>'))).toMatch(
      /is not a readable ZIP archive/,
    );
  });

  it('refuses an archive without project.qde', async () => {
    expect(await refusal(writeQdpx({ 'Sources/a.txt': 'text' }))).toMatch(/has no project\.qde/);
  });

  it('refuses malformed XML with its line and column', async () => {
    const qde = `<?xml version="1.0"?>\n<Project xmlns="${NS}" name="x">\n<Sources></Project>`;
    expect(await refusal(writeQdpx({ 'project.qde': qde }))).toMatch(
      /project\.qde is not well-formed XML \(line 3, column \d+: .+\)/,
    );
    const entity = `<Project xmlns="${NS}" name="&xxe;"/>`;
    expect(await refusal(writeQdpx({ 'project.qde': entity }))).toMatch(
      /not well-formed XML \(line 1/,
    );
  });

  it('refuses the wrong root element or namespace', async () => {
    expect(await refusal(writeQdpx({ 'project.qde': `<Codes xmlns="${NS}"/>` }))).toMatch(
      /root element of project\.qde is <Codes> in namespace "urn:QDA-XML:project:1\.0"/,
    );
    expect(await refusal(writeQdpx({ 'project.qde': '<Project name="x"/>' }))).toMatch(
      /root element of project\.qde is <Project> in no namespace/,
    );
  });

  it('refuses a selection outside the text', async () => {
    const outside = `<PlainTextSelection guid="${G(30)}" startPosition="70" endPosition="900"/>`;
    expect(await refusal(qualCoderQdpx(qualCoderProject(outside)))).toMatch(
      /selection 70–900 in source "interview\.txt" \(project\.qde line \d+\) is outside the text, which is 72 characters long/,
    );
  });

  it('refuses an empty or reversed selection', async () => {
    const reversed = `<PlainTextSelection guid="${G(30)}" startPosition="9" endPosition="4"/>`;
    expect(await refusal(qualCoderQdpx(qualCoderProject(reversed)))).toMatch(
      /selection 9–4 in source "interview\.txt" .* is empty or reversed/,
    );
    const empty = `<PlainTextSelection guid="${G(30)}" startPosition="4" endPosition="4"/>`;
    expect(await refusal(qualCoderQdpx(qualCoderProject(empty)))).toMatch(/is empty or reversed/);
    const bad = `<PlainTextSelection guid="${G(30)}" startPosition="-1" endPosition="4"/>`;
    expect(await refusal(qualCoderQdpx(qualCoderProject(bad)))).toMatch(
      /has the startPosition "-1", not a whole number/,
    );
  });

  it('refuses a missing source file', async () => {
    const bytes = writeQdpx({ 'project.qde': qualCoderProject(), 'Sources/copy.txt': 'x' });
    expect(await refusal(bytes)).toMatch(
      new RegExp(
        `text of source "interview\\.txt" .* is missing: the archive has no Sources/\\{0+-0+-4000-8000-0+20\\}\\.txt`,
      ),
    );
  });

  it('refuses duplicate GUIDs', async () => {
    const qde = qualCoderProject().replace(`guid="${G(14)}"`, `guid="${G(11).toUpperCase()}"`);
    expect(await refusal(qualCoderQdpx(qde))).toMatch(
      /the GUID \{0+-0+-4000-8000-0+11\} is used twice in project\.qde \(<Code> on line \d+ and <Code> on line \d+\)/i,
    );
  });

  it('throws nothing but CaseError for damaged archives and project files', async () => {
    const good = await exportQdpx(viewOf(sampleCase()), { compression: 'STORE' });
    const qde = (await entriesOf(good)).get('project.qde') ?? new Uint8Array();
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.tuple(fc.constant('archive' as const), fc.nat(), fc.integer({ min: 0, max: 255 })),
          fc.tuple(fc.constant('qde' as const), fc.nat(), fc.integer({ min: 0, max: 255 })),
        ),
        async ([target, at, byte]) => {
          let bytes: Uint8Array;
          if (target === 'archive') {
            bytes = good.slice();
            bytes[at % bytes.length] = byte;
          } else {
            const damaged = qde.slice(0, (at % qde.length) + 1);
            damaged[damaged.length - 1] = byte;
            const entries = Object.fromEntries(await entriesOf(good));
            bytes = await writeQdpx({ ...entries, 'project.qde': damaged });
          }
          await importQdpx(bytes).catch((error: unknown) => {
            expect(error).toBeInstanceOf(CaseError);
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});
