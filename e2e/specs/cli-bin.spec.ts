import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect, test } from '../support/fixtures';

// The package's `bin` as a user meets it: run directly (its shebang), on the Node found first
// on PATH, and on a Node too old to open cases.
const bin = join(import.meta.dirname, '../../out/main/corroborate.js');
const SYSTEM_NODE = '/usr/bin/node';
/** The environment without NODE_OPTIONS: the test runner's own loader flags are not the user's. */
const userEnv = Object.fromEntries(
  Object.entries(process.env).filter(([name]) => name !== 'NODE_OPTIONS'),
);

test.describe('the corroborate command', () => {
  test.skip(
    ({ shell }) => shell !== 'browser',
    'a terminal command: run once, with the browser project',
  );

  test('runs from its shebang, without the node:sqlite notice', () => {
    chmodSync(bin, 0o755); // npm marks a bin executable when it installs the package
    const run = spawnSync(bin, ['--help'], {
      encoding: 'utf8',
      env: { ...userEnv, PATH: `${dirname(process.execPath)}:${process.env['PATH'] ?? ''}` },
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^corroborate: compare sources from a terminal/);
    expect(run.stderr).toBe('');
  });

  test('says what it needs on a Node without node:sqlite', () => {
    const probe = existsSync(SYSTEM_NODE)
      ? spawnSync(
          SYSTEM_NODE,
          [
            '-e',
            "process.stdout.write(String(Boolean(process.getBuiltinModule?.('node:sqlite'))))",
          ],
          {
            encoding: 'utf8',
            env: userEnv,
          },
        ).stdout.trim()
      : 'missing';
    test.skip(probe !== 'false', `no Node without node:sqlite at ${SYSTEM_NODE} (${probe})`);
    const run = spawnSync(SYSTEM_NODE, [bin, '--help'], { encoding: 'utf8', env: userEnv });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(
      /^corroborate needs Node\.js 22\.13 or newer: it keeps cases in SQLite through node:sqlite, which Node v\d+\.\d+\.\d+ does not have\./,
    );
  });
});
