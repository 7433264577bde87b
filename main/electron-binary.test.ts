import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findElectronBinary } from './electron-binary';

function fakeRoot(options: { pkg?: boolean; pathTxt?: string; binary?: string }): string {
  const root = mkdtempSync(join(tmpdir(), 'electron-binary-'));
  const dir = join(root, 'node_modules', 'electron');
  mkdirSync(join(dir, 'dist'), { recursive: true });
  if (options.pkg !== false) writeFileSync(join(dir, 'package.json'), '{}');
  if (options.pathTxt) writeFileSync(join(dir, 'path.txt'), options.pathTxt);
  if (options.binary) writeFileSync(join(dir, 'dist', options.binary), '');
  return root;
}

describe('findElectronBinary', () => {
  it('reports a missing package', () => {
    expect(findElectronBinary(fakeRoot({ pkg: false }), {})).toEqual({
      found: false,
      reason: 'the electron package is not installed',
    });
  });

  it('says a download was skipped only when ELECTRON_SKIP_BINARY_DOWNLOAD is set, never trying one', () => {
    const root = fakeRoot({});
    expect(findElectronBinary(root, { ELECTRON_SKIP_BINARY_DOWNLOAD: '1' })).toEqual({
      found: false,
      reason: 'the Electron binary was not downloaded: ELECTRON_SKIP_BINARY_DOWNLOAD is set (1)',
    });
    // Without it, nothing says the install was offline: the install script was skipped or
    // failed, and the message says how to fetch the binary.
    for (const env of [{}, { ELECTRON_SKIP_BINARY_DOWNLOAD: '0' }]) {
      const result = findElectronBinary(root, env);
      expect(result).toEqual({
        found: false,
        reason:
          'the Electron binary was not downloaded when the electron package was installed (its install script was skipped or could not reach the internet); `node node_modules/electron/install.js` fetches it where there is internet access',
      });
      expect(result.found === false && result.reason).not.toMatch(/offline|SKIP/);
    }
  });

  it('reports a path.txt whose binary is gone', () => {
    const result = findElectronBinary(fakeRoot({ pathTxt: 'electron' }), {});
    expect(result).toMatchObject({
      found: false,
      reason: expect.stringContaining('no Electron binary at'),
    });
  });

  it('finds the binary named by path.txt', () => {
    const root = fakeRoot({ pathTxt: 'electron', binary: 'electron' });
    expect(findElectronBinary(root, {})).toEqual({
      found: true,
      path: join(root, 'node_modules', 'electron', 'dist', 'electron'),
    });
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH', () => {
    const override = mkdtempSync(join(tmpdir(), 'electron-dist-'));
    writeFileSync(join(override, 'electron'), '');
    expect(findElectronBinary(fakeRoot({}), { ELECTRON_OVERRIDE_DIST_PATH: override })).toEqual({
      found: true,
      path: join(override, 'electron'),
    });
  });
});
