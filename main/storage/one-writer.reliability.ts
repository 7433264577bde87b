import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { recordScore } from '../reliability/scoreboard';
import { CaseService } from '../services/case-service';
import { CaseDatabase } from './case-database';
import { REPO_ROOT, sampleSource, thrown } from './test-helpers';

// Promise 5: one writer. While one process holds a case, a second instance (in another
// process, or a second browser host) is refused with a clear message, and nothing it tries
// reaches the file: every byte of the case, its log and its backups stays the same.

const LOCKED = /is open in another Corroborate window\. Close it there first\./;
const score = { refused: 0, reached: 0 };

afterAll(() =>
  recordScore({
    suite: 'One writer',
    figures: [
      { label: 'attempts by a second instance refused', value: score.refused },
      { label: 'reached the file', value: score.reached, mustBeZero: true },
    ],
  }),
);

/** Every file of the case (file, log, backups) with a hash of its bytes. */
function fingerprint(dir: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    if (path.basename(full) === 'settings.json' || full.includes(`${path.sep}second`)) continue;
    result[path.relative(dir, full)] = createHash('sha256')
      .update(fs.readFileSync(full))
      .digest('hex');
  }
  return result;
}

/** Holds `casePath` open in another process until killed; resolves once it holds it. */
async function holdElsewhere(casePath: string): Promise<ChildProcess> {
  const script = `
    import { CaseDatabase } from './main/storage/case-database.ts';
    CaseDatabase.open(${JSON.stringify(casePath)});
    console.log('held');
    setInterval(() => {}, 1000);`;
  const child = spawn(
    process.execPath,
    [
      '--disable-warning=ExperimentalWarning',
      '--import',
      'tsx',
      '--input-type=module',
      '-e',
      script,
    ],
    { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => chunk.toString().includes('held') && resolve());
    child.once('exit', (code) => reject(new Error(`holder exited with ${code}`)));
  });
  return child;
}

describe('one writer', () => {
  it('refuses a second instance and a second browser host; nothing reaches the file', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-one-writer-'));
    const casePath = path.join(dir, 'Held.corroborate');
    const setup = CaseDatabase.create(casePath, { name: 'Held' });
    setup.insertSource(sampleSource());
    setup.backup({ now: new Date('2026-11-26T18:00:00Z') });
    setup.close();
    const holder = await holdElsewhere(casePath);
    try {
      const before = fingerprint(dir);

      // A second instance in this process: storage, then the app's case service.
      const direct = thrown(() => CaseDatabase.open(casePath));
      expect(direct.code).toBe('case-locked');
      expect(direct.message).toMatch(LOCKED);
      score.refused += 1;
      const cases = new CaseService(null, { emit: () => undefined });
      expect(() => cases.open(casePath)).toThrow(LOCKED);
      expect(cases.info()).toBeNull();
      score.refused += 1;

      // A second browser host whose last case is the held one.
      const dataDir = path.join(dir, 'second');
      fs.mkdirSync(dataDir);
      fs.writeFileSync(
        path.join(dataDir, 'settings.json'),
        JSON.stringify({ lastCasePath: casePath, recentCases: [] }),
      );
      const host = spawn(
        process.execPath,
        [
          '--disable-warning=ExperimentalWarning',
          'out/main/serve.js',
          '--data-dir',
          dataDir,
          '--port',
          '0',
        ],
        { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
      );
      try {
        let log = '';
        const url = await new Promise<URL>((resolve, reject) => {
          const onData = (chunk: Buffer) => {
            log += chunk.toString();
            const match = /(http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)\n/.exec(log);
            if (match?.[1]) resolve(new URL(match[1]));
          };
          host.stdout?.on('data', onData);
          host.stderr?.on('data', onData);
          host.once('exit', (code) =>
            reject(new Error(`second host exited with ${code}:\n${log}`)),
          );
        });
        expect(log).toMatch(/No case opened at start: .*is open in another Corroborate window/);
        const token = url.searchParams.get('token') ?? '';
        const call = async (channel: string, request?: unknown) => {
          const response = await fetch(new URL(`/api/op/${channel}`, url.origin), {
            method: 'POST',
            headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
            body: JSON.stringify(request === undefined ? {} : { request }),
          });
          return (await response.json()) as {
            ok: boolean;
            error?: { code: string; message: string };
          };
        };
        expect(await call('case:info')).toEqual({ ok: true, value: null });
        const attempts: [string, unknown, string][] = [
          ['case:open', { path: casePath }, 'case-locked'],
          [
            'sources:import-pasted',
            { title: 'Intruder', text: 'Written by the second host.' },
            'no-case-open',
          ],
          ['tags:create', { name: 'Intruder' }, 'no-case-open'],
          ['notes:save', { owner: { kind: 'case' }, text: 'Intruder' }, 'no-case-open'],
          ['history:undo', undefined, 'no-case-open'],
          ['sources:set-reliability', { id: 1, reliability: 'A' }, 'no-case-open'],
        ];
        for (const [channel, request, code] of attempts) {
          const envelope = await call(channel, request);
          expect({ channel, ok: envelope.ok, code: envelope.error?.code }).toEqual({
            channel,
            ok: false,
            code,
          });
          if (channel === 'case:open') expect(envelope.error?.message).toMatch(LOCKED);
          score.refused += 1;
        }
      } finally {
        host.kill('SIGTERM');
        await new Promise((resolve) => host.once('close', resolve));
      }

      const after = fingerprint(dir);
      if (JSON.stringify(after) !== JSON.stringify(before)) score.reached += 1;
      expect(after).toEqual(before);
    } finally {
      holder.kill('SIGKILL');
      await new Promise((resolve) => holder.once('close', resolve));
    }
    // Once the holder is gone, the case opens normally.
    const reopened = CaseDatabase.open(casePath);
    expect(reopened.listSources()).toHaveLength(1);
    reopened.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
