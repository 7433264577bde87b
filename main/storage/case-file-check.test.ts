import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CASE_APPLICATION_ID,
  SQLITE_HEADER_LENGTH,
  checkCaseFile,
  inspectHeader,
} from './case-file-check';
import { CASE_SCHEMA_VERSION } from './migrations';
import { makeRawDatabase, snapshotFolder, thrown, useTempDir } from './test-helpers';

function header(fill: { magic?: string; userVersion?: number; applicationId?: number }): Buffer {
  const bytes = Buffer.alloc(SQLITE_HEADER_LENGTH);
  bytes.write(fill.magic ?? 'SQLite format 3\0', 0, 'latin1');
  bytes.writeUInt32BE(fill.userVersion ?? 0, 60);
  bytes.writeUInt32BE(fill.applicationId ?? 0, 68);
  return bytes;
}

describe('inspectHeader', () => {
  it.each([
    ['no bytes', Buffer.alloc(0), { kind: 'empty' }],
    ['text', Buffer.from('Just some notes about the case.'), { kind: 'not-sqlite' }],
    ['a truncated SQLite header', header({}).subarray(0, 99), { kind: 'not-sqlite' }],
    ['a wrong magic string', header({ magic: 'SQLite format 2\0' }), { kind: 'not-sqlite' }],
    ['a plain SQLite header', header({}), { kind: 'other-application', applicationId: 0 }],
    [
      'another application',
      header({ applicationId: 0x0f055112 }),
      { kind: 'other-application', applicationId: 0x0f055112 },
    ],
    [
      'a case',
      header({ applicationId: CASE_APPLICATION_ID, userVersion: 3 }),
      { kind: 'case', schemaVersion: 3 },
    ],
    [
      'a case from a far newer build',
      header({ applicationId: CASE_APPLICATION_ID, userVersion: 0xfffffffe }),
      { kind: 'case', schemaVersion: 0xfffffffe },
    ],
  ])('classifies %s', (_label, bytes, verdict) => {
    expect(inspectHeader(bytes)).toEqual(verdict);
  });

  it('reads a header that is a view into a larger buffer', () => {
    const larger = Buffer.concat([
      Buffer.from('xxxx'),
      header({ applicationId: CASE_APPLICATION_ID }),
    ]);
    expect(inspectHeader(larger.subarray(4))).toEqual({ kind: 'case', schemaVersion: 0 });
  });
});

describe('checkCaseFile', () => {
  const tempDir = useTempDir();
  const newer = CASE_SCHEMA_VERSION + 1;

  const refusals: [string, (file: string) => void, string, string][] = [
    [
      'an empty file',
      (f) => fs.writeFileSync(f, ''),
      'not-a-case',
      'is empty, not a Corroborate case.',
    ],
    [
      'a text file',
      (f) => fs.writeFileSync(f, 'Notes: call the agency back.\n'),
      'not-a-case',
      'is not a Corroborate case (not an SQLite database).',
    ],
    [
      'a file of random bytes longer than a header',
      (f) => fs.writeFileSync(f, Buffer.alloc(4096, 0xab)),
      'not-a-case',
      'is not a Corroborate case (not an SQLite database).',
    ],
    [
      'a plain SQLite database',
      (f) => makeRawDatabase(f, 'CREATE TABLE notes (body TEXT);'),
      'not-a-case',
      'is an SQLite database but not a Corroborate case.',
    ],
    [
      "another application's SQLite database",
      (f) => makeRawDatabase(f, 'PRAGMA application_id = 1234; CREATE TABLE t (x);'),
      'not-a-case',
      'is an SQLite database but not a Corroborate case.',
    ],
    [
      'a case from a newer version',
      (f) =>
        makeRawDatabase(
          f,
          `PRAGMA application_id = ${CASE_APPLICATION_ID}; PRAGMA user_version = ${newer};`,
        ),
      'newer-schema',
      `was saved by a newer version of Corroborate (case format ${newer}; this version reads up to ${CASE_SCHEMA_VERSION}). Update Corroborate to open it.`,
    ],
  ];

  it.each(refusals)('refuses %s without touching it', (_label, make, code, message) => {
    const file = path.join(tempDir(), 'case.corroborate');
    make(file);
    const before = snapshotFolder(tempDir());
    const error = thrown(() => checkCaseFile(file));
    expect(error.code).toBe(code);
    expect(error.message).toBe(`"${file}" ${message}`);
    expect(snapshotFolder(tempDir())).toEqual(before);
  });

  it('accepts a case and returns the schema version in its header', () => {
    const file = path.join(tempDir(), 'case.corroborate');
    makeRawDatabase(
      file,
      `PRAGMA application_id = ${CASE_APPLICATION_ID}; PRAGMA user_version = 1;`,
    );
    expect(checkCaseFile(file)).toBe(1);
    expect(checkCaseFile(file, 1)).toBe(1);
    expect(thrown(() => checkCaseFile(file, 0)).code).toBe('newer-schema');
  });

  it('reports a missing file as not-found', () => {
    const file = path.join(tempDir(), 'gone.corroborate');
    const error = thrown(() => checkCaseFile(file));
    expect(error.code).toBe('not-found');
    expect(error.message).toContain(`"${file}"`);
    expect(fs.readdirSync(tempDir())).toEqual([]);
  });

  it('reports a folder as not a case', () => {
    const folder = path.join(tempDir(), 'folder.corroborate');
    fs.mkdirSync(folder);
    const error = thrown(() => checkCaseFile(folder));
    expect(error.code).toBe('not-a-case');
    expect(error.message).toBe(`"${folder}" is a folder, not a Corroborate case.`);
  });
});
