import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SettingsStore } from './settings-store';

describe('SettingsStore', () => {
  it('starts empty, remembers cases newest first without duplicates, and leaves no temp files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'settings-'));
    const store = new SettingsStore(dir);
    expect(store.read()).toEqual({ recentCases: [] });
    store.rememberCase({ path: '/a', name: 'A', openedAt: '2026-01-01T00:00:00.000Z' });
    store.rememberCase({ path: '/b', name: 'B', openedAt: '2026-01-02T00:00:00.000Z' });
    store.rememberCase({ path: '/a', name: 'A', openedAt: '2026-01-03T00:00:00.000Z' });
    expect(store.read().recentCases.map((entry) => entry.path)).toEqual(['/a', '/b']);
    expect(store.read().lastCasePath).toBe('/a');
    expect(readdirSync(dir)).toEqual(['settings.json']);
  });

  it('reads the import size cap in megabytes, and ignores a nonsensical one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'settings-cap-'));
    const store = new SettingsStore(dir);
    expect(store.maxImportBytes()).toBeUndefined();
    writeFileSync(join(dir, 'settings.json'), JSON.stringify({ importMaxMegabytes: 2.5 }));
    expect(store.maxImportBytes()).toBe(2.5 * 1024 * 1024);
    const recentCases = [{ path: '/cases/a.corroborate', name: 'A', openedAt: '2024-01-01' }];
    writeFileSync(
      join(dir, 'settings.json'),
      JSON.stringify({ importMaxMegabytes: -4, recentCases }),
    );
    expect(store.maxImportBytes()).toBeUndefined();
    expect(store.read().recentCases).toEqual(recentCases);
  });

  it('keeps at most twelve recent cases', () => {
    const store = new SettingsStore(mkdtempSync(join(tmpdir(), 'settings-')));
    for (let i = 0; i < 20; i++)
      store.rememberCase({
        path: `/case-${i}`,
        name: `${i}`,
        openedAt: '2026-01-01T00:00:00.000Z',
      });
    expect(store.read().recentCases).toHaveLength(12);
    expect(store.read().recentCases[0]?.path).toBe('/case-19');
  });

  it.each(['{', '[]', '{"recentCases": "nope"}', ''])(
    'treats a damaged settings file (%j) as empty',
    (content) => {
      const dir = mkdtempSync(join(tmpdir(), 'settings-'));
      writeFileSync(join(dir, 'settings.json'), content);
      expect(new SettingsStore(dir).read()).toEqual({ recentCases: [] });
    },
  );
});
