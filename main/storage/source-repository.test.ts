import { DatabaseSync } from 'node:sqlite';
import { beforeEach, describe, expect, it } from 'vitest';
import type { SourceMetadata } from '../../preload/contract';
import { migrate } from './migrations';
import {
  findSameImport,
  findSourceIdByHash,
  getSource,
  getSourceFile,
  getSourceSummary,
  insertSource,
  insertSources,
  listSources,
  listSourceSummaries,
  paragraphTexts,
  updateSourceMetadata,
} from './source-repository';
import { numbersOf } from './source-numbers';
import { sampleSource, sha256, thrown } from './test-helpers';
import { writeTransaction } from './transaction';

let db: DatabaseSync;
beforeEach(() => {
  db = new DatabaseSync(':memory:');
  migrate(db);
});

const count = (table: string) => db.prepare(`SELECT count(*) AS n FROM ${table}`).get()?.['n'];
const revision = () => db.prepare('SELECT revision FROM case_info').get()?.['revision'];

describe('insertSource and getSource', () => {
  it('round-trips a source with its paragraphs sliced by code point', () => {
    const source = sampleSource();
    const id = insertSource(db, source);
    expect(getSource(db, id)).toEqual({
      id,
      number: String(id),
      label: `Daily Fox · #${id}`,
      ...source.metadata,
      titleDerived: true,
      reliability: 'F',
      fileName: 'fox.txt',
      wordCount: source.wordCount,
      importedAt: source.importedAt,
      text: source.text,
      removedLines: ['Share this article'],
      paragraphs: [
        { index: 0, start: 0, end: 23, text: 'Fox 🦊 crosses the road.' },
        { index: 1, start: 25, end: 60, text: 'Witnesses said the fox looked calm.' },
      ],
      original: null,
    });
  });

  it('reads paragraph texts by code point, as getSource slices them, without the whole text', () => {
    const id = insertSource(db, sampleSource('Combining e\u0301 and 🦊 first.\n\nThen 🐻 second.'));
    const detail = getSource(db, id);
    expect(
      paragraphTexts(db, [
        { sourceId: id, paragraph: 1 },
        { sourceId: id, paragraph: 0 },
        { sourceId: id, paragraph: 7 },
        { sourceId: 999, paragraph: 0 },
      ]),
    ).toEqual([detail.paragraphs[1]?.text, detail.paragraphs[0]?.text, '', '']);
    expect(detail.paragraphs[1]?.text).toBe('Then 🐻 second.');
  });

  it('keeps the imported file byte for byte, and never lets it change', () => {
    const markdown = new TextEncoder().encode('# Fox 🦊 crosses the road.\n\n*Witnesses* said…');
    const id = insertSource(db, {
      ...sampleSource(),
      original: { format: 'markdown', bytes: markdown },
    });
    expect(getSource(db, id).original).toEqual({ format: 'markdown', size: markdown.byteLength });
    expect(getSourceFile(db, id)).toEqual({ format: 'markdown', bytes: markdown });
    expect(() => db.exec(`UPDATE source_files SET format = 'text'`)).toThrow(
      'An imported file is kept as it was imported.',
    );
    expect(getSourceFile(db, 999)).toBeNull();
  });

  it('stores nothing of the file when the source itself is refused', () => {
    const bytes = new TextEncoder().encode('again');
    const file = { ...sampleSource(), original: { format: 'text' as const, bytes } };
    insertSource(db, file);
    expect(() => insertSource(db, file)).toThrow(/Already in the case/);
    expect(count('source_files')).toBe(1);
  });

  it('bumps the revision once per insert', () => {
    const before = revision();
    insertSource(db, sampleSource('one'));
    insertSource(db, sampleSource('two'));
    expect(revision()).toBe(Number(before) + 2);
  });

  it('refuses the same file with the same details, naming the source by label, and changes nothing', () => {
    const id = insertSource(db, sampleSource());
    const before = revision();
    const error = thrown(() => insertSource(db, sampleSource()));
    expect(error.code).toBe('already-exists');
    expect(error.message).toBe(
      `"fox.txt": Already in the case as Daily Fox · #${id} “Fox 🦊 crosses the road.” (same file, same details).`,
    );
    expect(count('sources')).toBe(1);
    expect(revision()).toBe(before);
  });

  it('keeps the same text under other details or from another file as a source of its own', () => {
    const text = 'Fox 🦊 crosses the road.\n\nWitnesses said the fox looked calm.';
    const bytes = new TextEncoder().encode(`${text}\n`);
    const first = insertSource(db, { ...sampleSource(text), original: { format: 'text', bytes } });
    const republished = (changes: Partial<SourceMetadata>, fileName = 'fox.txt') => ({
      ...sampleSource(text, { fileName }),
      metadata: { ...sampleSource(text).metadata, ...changes },
      original: { format: 'text' as const, bytes },
    });
    const ids = [
      insertSource(db, republished({ title: 'Fox seen crossing' })),
      insertSource(db, republished({ outlet: 'Content farm' })),
      insertSource(db, republished({ url: 'https://farm.example/fox' })),
      insertSource(db, republished({ attribution: 'Content Source: dailyfox.example' })),
      // Another file (other bytes) with the same text and details.
      insertSource(db, {
        ...sampleSource(text, { fileName: 'fox copy.txt' }),
        original: { format: 'text', bytes: new TextEncoder().encode(text.replace(/\n/g, '\r\n')) },
      }),
      // The same bytes read as another format.
      insertSource(db, { ...sampleSource(text), original: { format: 'markdown', bytes } }),
    ];
    expect(ids).toEqual([first + 1, first + 2, first + 3, first + 4, first + 5, first + 6]);
    expect(findSourceIdByHash(db, sha256(text))).toBe(first);
    // The same bytes under another file name are another publication of the text: kept.
    expect(insertSource(db, republished({ title: 'Fox seen crossing' }, 'renamed.txt'))).toBe(
      first + 7,
    );
    // The same name, bytes and details again are the same file.
    expect(
      thrown(() => insertSource(db, republished({ title: 'Fox seen crossing' }, 'renamed.txt')))
        .code,
    ).toBe('already-exists');
  });

  it('finds the same import only when file and every detail agree, as the case now has them', () => {
    const bytes = new TextEncoder().encode('kept file');
    const file = { ...sampleSource(), original: { format: 'text' as const, bytes } };
    const id = insertSource(db, file);
    expect(findSameImport(db, file)?.id).toBe(id);
    expect(
      findSameImport(db, { ...file, metadata: { ...file.metadata, byline: 'By Kim' } }),
    ).toBeNull();
    expect(
      findSameImport(db, { ...file, original: { format: 'text', bytes: new Uint8Array([1]) } }),
    ).toBeNull();
    // Without a kept file on either side, the file name stands for the file.
    const legacy = sampleSource('Old text.', { fileName: 'old.txt' });
    const legacyId = insertSource(db, legacy);
    expect(findSameImport(db, legacy)?.id).toBe(legacyId);
    expect(findSameImport(db, { ...legacy, fileName: 'other.txt' })).toBeNull();
    expect(findSameImport(db, { ...legacy, original: { format: 'text', bytes } })?.id).toBe(
      legacyId,
    );
    // Details the analyst edited since are the case's details now.
    updateSourceMetadata(db, id, { title: 'Edited title' });
    expect(findSameImport(db, file)).toBeNull();
  });

  it('rolls the source row back when a paragraph cannot be stored', () => {
    db.exec(`CREATE TRIGGER fail_second_paragraph BEFORE INSERT ON paragraphs WHEN NEW.idx = 1
      BEGIN SELECT RAISE(ABORT, 'paragraph refused'); END`);
    const before = revision();
    expect(() => insertSource(db, sampleSource())).toThrow('paragraph refused');
    expect(count('sources')).toBe(0);
    expect(count('paragraphs')).toBe(0);
    expect(revision()).toBe(before);
  });

  it('refuses an invalid source before writing anything', () => {
    const before = revision();
    const error = thrown(() =>
      insertSource(db, sampleSource('x', { paragraphs: [{ start: 0, end: 5 }] })),
    );
    expect(error.code).toBe('invalid-request');
    expect(count('sources')).toBe(0);
    expect(revision()).toBe(before);
  });

  it('reports a missing source as not-found', () => {
    const error = thrown(() => getSource(db, 42));
    expect(error.code).toBe('not-found');
    expect(error.message).toBe('Source 42 is not in this case. It may have been removed.');
  });
});

describe('findSourceIdByHash and listSources', () => {
  it('find the first source with the hash of a text', () => {
    const id = insertSource(db, sampleSource('alpha'));
    insertSource(db, sampleSource('alpha', { fileName: 'again.txt' }));
    expect(findSourceIdByHash(db, sha256('alpha'))).toBe(id);
    expect(findSourceIdByHash(db, sha256('beta'))).toBeNull();
  });

  it('list nothing in a new case', () => {
    expect(listSources(db)).toEqual([]);
  });

  it('list summaries in id order without text', () => {
    const ids = ['c', 'a', 'b'].map((text) => insertSource(db, sampleSource(text)));
    const listed = listSources(db);
    expect(listed.map((s) => s.id)).toEqual(ids);
    expect(listed.map((s) => s.title)).toEqual(['c', 'a', 'b']);
    expect(listed[0]).not.toHaveProperty('text');
  });
});

describe('listSourceSummaries', () => {
  it('gives what getSourceSummary gives, in the order asked, less missing sources', () => {
    const ids = ['c', 'a', 'b'].map((text) => insertSource(db, sampleSource(text)));
    const asked = [ids[2] ?? 0, 999, ids[0] ?? 0];
    expect(listSourceSummaries(db, asked)).toEqual([
      getSourceSummary(db, ids[2] ?? 0),
      getSourceSummary(db, ids[0] ?? 0),
    ]);
    expect(listSourceSummaries(db, [])).toEqual([]);
  });
});

describe('source numbers', () => {
  const named = (fileName: string, text: string) => sampleSource(text, { fileName });

  it('number each source by its file, stay put as sources arrive, and agree one by one and listed', () => {
    const first = insertSource(db, named('002_ap.txt', 'First report text.'));
    expect(getSourceSummary(db, first)).toMatchObject({ number: '002', label: 'Daily Fox · #002' });
    const second = insertSource(db, named('002_other.txt', 'Second report text.'));
    const third = insertSource(db, named('notes.txt', 'Third report text.'));
    expect(getSourceSummary(db, second).number).toBe(String(second));
    expect(getSourceSummary(db, third).number).toBe(String(third));
    expect(getSourceSummary(db, first).number).toBe('002');
    expect(listSources(db).map((source) => source.number)).toEqual([
      '002',
      String(second),
      String(third),
    ]);
  });

  it('number again after a removal, and never keep a number an insert rolled back', () => {
    const first = insertSource(db, named('001_a.txt', 'First report text.'));
    const second = insertSource(db, named('005_b.txt', 'Second report text.'));
    expect(getSourceSummary(db, second).number).toBe('005');
    db.prepare('DELETE FROM sources WHERE id = ?').run(first);
    expect(listSources(db).map((source) => source.number)).toEqual(['005']);

    // An insert whose number was read, then undone as a rollback would (the row gone and the
    // AUTOINCREMENT counter back): the id comes back for a file of another name and number.
    const rolled = insertSource(db, named('009_c.txt', 'Third report text.'));
    expect(getSourceSummary(db, rolled).number).toBe('009');
    db.prepare('DELETE FROM sources WHERE id = ?').run(rolled);
    db.prepare("UPDATE sqlite_sequence SET seq = ? WHERE name = 'sources'").run(rolled - 1);
    const again = insertSource(db, named('007_d.txt', 'Fourth report text.'));
    expect(again).toBe(rolled);
    expect(getSourceSummary(db, again).number).toBe('007');
  });
});

describe('source numbers, cached per revision', () => {
  const named = (fileName: string, text: string) => sampleSource(text, { fileName });

  it('keep the numbering while nothing is written, and number again after a removal', () => {
    const first = insertSource(db, sampleSource('First report text.', { fileName: '002_a.txt' }));
    const second = insertSource(db, named('002_b.txt', 'Second report text.'));
    const numbers = numbersOf(db);
    expect(numbersOf(db)).toBe(numbers);
    expect(numbers.numberOf(second)).toBe(String(second));
    // A removal is a write: it bumps the revision, so 002_b now holds 002 alone.
    writeTransaction(db, () => db.prepare('DELETE FROM sources WHERE id = ?').run(first));
    expect(numbersOf(db).numberOf(second)).toBe('002');
  });

  it('number again when a source without a numbered file, not the newest, is removed', () => {
    // Source 2's file asks for "1", which source 1 (no number in its name) holds by its id.
    const plain = insertSource(db, named('report.txt', 'A plain report.'));
    const numbered = insertSource(db, named(`${plain}_copy.txt`, 'A numbered copy.'));
    const newest = insertSource(db, named('later.txt', 'A later report.'));
    expect(numbersOf(db).numberOf(numbered)).toBe(String(numbered));
    writeTransaction(db, () => db.prepare('DELETE FROM sources WHERE id = ?').run(plain));
    expect(numbersOf(db).numberOf(numbered)).toBe(String(plain));
    expect(numbersOf(db).numberOf(newest)).toBe(String(newest));
  });

  it('find the numbered files through their own index, not by reading every source', () => {
    const plan = db
      .prepare(
        `EXPLAIN QUERY PLAN SELECT id, file_name FROM sources
         WHERE file_name GLOB '[0-9]*' AND id > ? AND id <= ? ORDER BY id`,
      )
      .all(0, 10)
      .map((row) => String(row['detail']));
    expect(plan.join('\n')).toMatch(/USING COVERING INDEX sources_numbered/);
  });
});

describe('updateSourceMetadata', () => {
  let id: number;
  beforeEach(() => {
    id = insertSource(db, sampleSource());
  });

  it.each<[string, Partial<SourceMetadata>, Partial<SourceMetadata> & { titleDerived: boolean }]>([
    [
      'a new title clears titleDerived',
      { title: 'Fox seen' },
      { title: 'Fox seen', titleDerived: false },
    ],
    [
      'other fields keep titleDerived',
      { outlet: 'Wire', publishedDate: '2024-05-01' },
      { outlet: 'Wire', publishedDate: '2024-05-01', titleDerived: true },
    ],
    [
      're-sending the same title keeps titleDerived',
      { title: 'Fox 🦊 crosses the road.', byline: 'Ann' },
      { byline: 'Ann', titleDerived: true },
    ],
    ['a date can be cleared', { publishedDate: '' }, { publishedDate: '', titleDerived: true }],
  ])('%s', (_label, changes, expected) => {
    const updated = updateSourceMetadata(db, id, changes);
    expect(updated).toMatchObject(expected);
    expect(getSourceSummary(db, id)).toEqual(updated);
  });

  it('bumps the revision on a write, not on an empty edit', () => {
    const before = Number(revision());
    updateSourceMetadata(db, id, {});
    expect(revision()).toBe(before);
    updateSourceMetadata(db, id, { url: 'https://example.org/fox' });
    expect(revision()).toBe(before + 1);
  });

  it.each<[string, number, Partial<SourceMetadata>, string]>([
    ['an empty title', 1, { title: '' }, 'invalid-request'],
    ['a bad date', 1, { publishedDate: 'yesterday' }, 'invalid-request'],
    ['a missing source', 99, { outlet: 'Wire' }, 'not-found'],
  ])('refuses %s and changes nothing', (_label, target, changes, code) => {
    const before = getSourceSummary(db, id);
    const beforeRevision = revision();
    expect(thrown(() => updateSourceMetadata(db, target === 1 ? id : target, changes)).code).toBe(
      code,
    );
    expect(getSourceSummary(db, id)).toEqual(before);
    expect(revision()).toBe(beforeRevision);
  });
});

describe('insertSources (a batch of imports in one transaction)', () => {
  const titles = () => listSources(db).map((source) => source.fileName);

  it('stores the batch with one revision bump, outcomes in order', () => {
    const before = Number(revision());
    const outcomes = insertSources(db, [
      sampleSource('One.\n\nFirst body.', { fileName: 'one.txt' }),
      sampleSource('Two.\n\nSecond body.', { fileName: 'two.txt' }),
    ]);
    expect(outcomes).toEqual([
      { kind: 'inserted', id: 1, identicalTo: null },
      { kind: 'inserted', id: 2, identicalTo: null },
    ]);
    expect(titles()).toEqual(['one.txt', 'two.txt']);
    expect(count('paragraphs')).toBe(4);
    expect(revision()).toBe(before + 1);
  });

  it('finds duplicates and copies among the sources of the same batch', () => {
    const text = 'Same.\n\nThe same body.';
    const outcomes = insertSources(db, [
      sampleSource(text, { fileName: 'a.txt' }),
      sampleSource(text, { fileName: 'a.txt' }),
      sampleSource(text, { fileName: 'b.txt' }),
    ]);
    expect(outcomes[0]).toEqual({ kind: 'inserted', id: 1, identicalTo: null });
    expect(outcomes[1]).toMatchObject({ kind: 'same-import', existing: { id: 1 } });
    expect(outcomes[2]).toMatchObject({ kind: 'inserted', id: 2, identicalTo: { id: 1 } });
    expect(titles()).toEqual(['a.txt', 'b.txt']);
  });

  it('refuses an invalid source alone and stores the others of its batch', () => {
    const outcomes = insertSources(db, [
      sampleSource('Good one.\n\nBody.', { fileName: 'one.txt' }),
      sampleSource('x', { fileName: 'bad.txt', paragraphs: [{ start: 0, end: 5 }] }),
      sampleSource('Good two.\n\nBody.', { fileName: 'two.txt' }),
    ]);
    expect(outcomes.map((outcome) => outcome.kind)).toEqual(['inserted', 'refused', 'inserted']);
    expect(outcomes[1]).toMatchObject({ message: expect.stringContaining('"bad.txt"') });
    expect(titles()).toEqual(['one.txt', 'two.txt']);
  });

  it('changes nothing, revision included, when a batch holds only duplicates', () => {
    insertSources(db, [sampleSource()]);
    const before = revision();
    expect(insertSources(db, [sampleSource()])[0]?.kind).toBe('same-import');
    expect(revision()).toBe(before);
  });

  it('stores none of the batch when its COMMIT fails, and the connection is usable after', () => {
    // A deferred foreign key is checked at COMMIT: every statement succeeds, the commit fails.
    db.exec(`CREATE TABLE dangling (source_id INTEGER REFERENCES sources(id)
               DEFERRABLE INITIALLY DEFERRED);
             CREATE TRIGGER dangle AFTER INSERT ON sources WHEN NEW.file_name = 'boom.txt'
               BEGIN INSERT INTO dangling VALUES (NEW.id + 1000); END`);
    insertSources(db, [sampleSource('Kept.\n\nBody.', { fileName: 'kept.txt' })]);
    const before = revision();
    expect(() =>
      insertSources(db, [
        sampleSource('A.\n\nBody.', { fileName: 'a.txt' }),
        sampleSource('Boom.\n\nBody.', { fileName: 'boom.txt' }),
        sampleSource('C.\n\nBody.', { fileName: 'c.txt' }),
      ]),
    ).toThrow(/FOREIGN KEY/);
    expect(titles()).toEqual(['kept.txt']);
    expect(count('paragraphs')).toBe(2);
    expect(revision()).toBe(before);
    expect(insertSources(db, [sampleSource('Later.\n\nBody.', { fileName: 'later.txt' })])).toEqual(
      [{ kind: 'inserted', id: expect.any(Number), identicalTo: null }],
    );
  });
});
