import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bundledSeedsDir } from '../paths';
import { createTestServices } from './test-support';

// Syndication is kept and linked: the same text under another headline, outlet or address is
// evidence of who copies whom, so it becomes a source of its own, linked to the first as an
// identical copy. Only the same file with the same details is refused as already there.

const SEED_000 = join(bundledSeedsDir, '000_83bae86300c6edcd.txt');
const TITLE_000 =
  "Putin confirms meeting as North Korea's Kim Jong-un reportedly heads to Russian Far East";
const IN_MESSAGES_000 = "#000 “Putin confirms meeting as North Korea's…”";

/** Seed 000's body paragraphs: the file opens with its title line twice. */
function body000(): string[] {
  return readFileSync(SEED_000, 'utf8')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .slice(2);
}

/** A content farm's page: 000's text under another headline, with a credit line at the end. */
function farmCopy(): Buffer {
  const lines = [
    'Kim Jong-un rides his armored train to meet Putin',
    ...body000(),
    'Content Source: www.washingtontimes.com',
  ];
  return Buffer.from(lines.join('\n\n'));
}

/** A saved page of another outlet at another address, carrying 000's text and no credit. */
function otherOutletPage(): Buffer {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return Buffer.from(`<!doctype html><html><head><title>Kim heads east</title>
    <meta property="og:site_name" content="Daily Digest">
    <link rel="canonical" href="https://digest.example/kim-heads-east"></head>
    <body><article><h1>Kim heads east</h1>
    ${body000()
      .map((paragraph) => `<p>${escape(paragraph)}</p>`)
      .join('\n')}
    </article></body></html>`);
}

let services: ReturnType<typeof createTestServices>;
afterEach(() => services.cases.close());

async function caseWith000() {
  services = createTestServices();
  services.cases.create(join(services.dataDir, 'Case.corroborate'), 'Case');
  const [imported] = await services.sources.importFiles([SEED_000]);
  if (imported?.status !== 'imported' || imported.sourceId === undefined) {
    throw new Error(`seed 000 was not imported: ${JSON.stringify(imported)}`);
  }
  return { ...services, origin: imported.sourceId };
}

describe('a republication of 000', { timeout: 60_000 }, () => {
  it('under another headline with a credit line is kept, and linked as a whole identical copy of 000', async () => {
    const { sources, compare, origin } = await caseWith000();
    const result = await sources.importBytes('kim-train.txt', farmCopy());
    expect(result).toEqual({
      fileName: 'kim-train.txt',
      status: 'imported',
      sourceId: origin + 1,
      identicalTo: origin,
      message: `Identical text to ${IN_MESSAGES_000} — linked as a copy.`,
    });
    const copy = sources.get(origin + 1);
    expect(copy.text).toBe(sources.get(origin).text);
    expect(copy).toMatchObject({
      title: 'Kim Jong-un rides his armored train to meet Putin',
      attribution: 'Content Source: www.washingtontimes.com',
      label: `#${origin + 1}`,
    });

    await compare.refresh();
    const relation = compare.state().relations.find((r) => r.a === origin && r.b === origin + 1);
    expect(relation).toMatchObject({
      verdict: 'derived-copy',
      extent: 'whole',
      coverage: [1, 1],
      direction: { copy: origin + 1, origin },
      passageCounts: { verbatim: 1, spun: 0, 'shared-quote': 0, paraphrase: 0 },
    });
    expect(relation?.explanation).toBe(
      `Identical text: #${origin + 1} repeats #000 word for word (1 passage: 1 verbatim). ` +
        `#${origin + 1} carries the line “Content Source: www.washingtontimes.com”, so it is the copy.`,
    );
    // Asked the other way round, the pair says the same.
    expect(compare.pair(origin + 1, origin).relation).toMatchObject({
      verdict: 'derived-copy',
      extent: 'whole',
      direction: { copy: origin + 1, origin },
    });
  });

  it('from another outlet at another address, with nothing to tell the origin, is an identical copy of unknown origin', async () => {
    const { sources, compare, origin } = await caseWith000();
    const result = await sources.importBytes('kim-heads-east.html', otherOutletPage());
    expect(result).toMatchObject({ status: 'imported', identicalTo: origin });
    const id = result.sourceId ?? 0;
    expect(sources.get(id)).toMatchObject({
      outlet: 'Daily Digest',
      url: 'https://digest.example/kim-heads-east',
      text: sources.get(origin).text,
    });
    await compare.refresh();
    const [relation] = compare.state().relations;
    expect(relation).toMatchObject({ verdict: 'derived-copy', extent: 'whole', direction: null });
    expect(relation?.explanation).toBe(
      `Identical text, origin unknown: #000 and Daily Digest · #${id} are the same, word for word ` +
        '(1 passage: 1 verbatim); neither credits a source and their publication dates are not both known.',
    );
  });

  it('pasted with another title is kept; pasted again with the same title is already there', async () => {
    const { sources, origin } = await caseWith000();
    const text = body000().join('\n\n');
    const pasted = await sources.importPasted({ title: 'Kim on the move', text });
    expect(pasted).toMatchObject({ status: 'imported', identicalTo: origin });
    expect(sources.get(pasted.sourceId ?? 0)).toMatchObject({
      title: 'Kim on the move',
      text: sources.get(origin).text,
    });
    expect(await sources.importPasted({ title: 'Kim on the move', text })).toEqual({
      fileName: 'Kim on the move',
      status: 'duplicate',
      sourceId: pasted.sourceId,
      message: `Already in the case as #${pasted.sourceId} “Kim on the move” (same file, same details).`,
    });
    // A third copy names the first source with the text, not the copy before it.
    expect(await sources.importPasted({ title: 'Kim, again', text })).toMatchObject({
      status: 'imported',
      identicalTo: origin,
    });
    expect(sources.list()).toHaveLength(3);
  });
});

describe('the same file again', { timeout: 60_000 }, () => {
  it('is refused, naming the source already in the case, and the case is unchanged', async () => {
    const { sources, cases, compare, origin } = await caseWith000();
    await sources.importBytes('kim-train.txt', farmCopy());
    await compare.refresh();
    const before = { revision: cases.database.info().revision, count: sources.list().length };
    services.emitted.length = 0;

    const [again] = await sources.importFiles([SEED_000]);
    expect(again).toEqual({
      fileName: '000_83bae86300c6edcd.txt',
      status: 'duplicate',
      sourceId: origin,
      message: `Already in the case as ${IN_MESSAGES_000} (same file, same details).`,
    });
    // The same bytes under another file name are another publication of the text: kept below.
    expect(await sources.importBytes('kim-train.txt', farmCopy())).toMatchObject({
      status: 'duplicate',
      sourceId: origin + 1,
      message: expect.stringMatching(/^Already in the case as #2 “Kim Jong-un rides his armored t/),
    });
    expect({ revision: cases.database.info().revision, count: sources.list().length }).toEqual(
      before,
    );
    // Nothing announced a change (background work of the earlier import may still report).
    const changes = services.emitted.filter(({ event }) => /^(sources|case):/.test(event));
    expect(changes).toEqual([]);
    expect(sources.get(origin).title).toBe(TITLE_000);
    const renamed = await sources.importBytes('renamed.txt', readFileSync(SEED_000));
    expect(renamed).toMatchObject({ status: 'imported', identicalTo: origin });
  });

  it('after the analyst edited its details is a republication of the edited source', async () => {
    const { sources, origin } = await caseWith000();
    sources.updateMetadata({ id: origin, changes: { outlet: 'The Washington Times' } });
    const [again] = await sources.importFiles([SEED_000]);
    expect(again).toMatchObject({ status: 'imported', identicalTo: origin });
  });
});
