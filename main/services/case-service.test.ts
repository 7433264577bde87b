import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestServices } from './test-support';

let services: ReturnType<typeof createTestServices>;
afterEach(() => services.cases.close());

describe('CaseService', () => {
  it('creates a case named after its file and remembers it', () => {
    services = createTestServices();
    const path = join(services.dataDir, 'Kim Putin.corroborate');
    const info = services.cases.create(path);
    expect(info).toMatchObject({ name: 'Kim Putin', path, sourceCount: 0 });
    expect(services.cases.recent()).toEqual([
      expect.objectContaining({ path, name: 'Kim Putin', exists: true }),
    ]);
    // (The background comparison and search indexing announce themselves as well.)
    expect(services.emitted.filter(({ event }) => event.startsWith('case:'))).toEqual([
      { event: 'case:did-change', payload: info },
    ]);
  });

  it('keeps the open case when opening another file fails', () => {
    services = createTestServices();
    const good = services.cases.create(join(services.dataDir, 'Good.corroborate'), 'Good');
    const text = join(services.dataDir, 'notes.txt');
    writeFileSync(text, 'Just some notes.\n');
    expect(() => services.cases.open(text)).toThrow(/not a Corroborate case/);
    expect(readFileSync(text, 'utf8')).toBe('Just some notes.\n');
    expect(services.cases.info()).toEqual(good);
  });

  it('refuses an empty file as a case and leaves it empty', () => {
    services = createTestServices();
    const empty = join(services.dataDir, 'empty.corroborate');
    writeFileSync(empty, '');
    expect(() => services.cases.open(empty)).toThrow(
      expect.objectContaining({ code: 'not-a-case' }),
    );
    expect(readFileSync(empty)).toHaveLength(0);
    expect(services.cases.info()).toBeNull();
  });

  it('lists recent cases newest first and marks missing ones', () => {
    services = createTestServices();
    const first = join(services.dataDir, 'First.corroborate');
    const second = join(services.dataDir, 'Second.corroborate');
    services.cases.create(first);
    services.cases.create(second);
    services.cases.open(first);
    expect(services.cases.recent().map((recent) => recent.name)).toEqual(['First', 'Second']);
  });

  it('refuses to create a case over an existing file', () => {
    services = createTestServices();
    const path = join(services.dataDir, 'taken.corroborate');
    writeFileSync(path, 'mine');
    expect(() => services.cases.create(path)).toThrow(
      expect.objectContaining({ code: 'already-exists' }),
    );
    expect(readFileSync(path, 'utf8')).toBe('mine');
  });
});
