import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Envelope } from '../../preload/contract';
import { recordScore } from '../reliability/scoreboard';
import { createTestServices } from '../services/test-support';
import { checkCaseCopy } from './backups';

// Promise 3b: on a 2 MB tmpfs the case fills the disk. The analyst is told the disk is full,
// everything saved before stays readable, the case stays intact, and work resumes once space
// is freed. Needs root to mount the tmpfs: refused in CI if it cannot, skipped elsewhere.

const MOUNT = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-full-disk-'));
const mounted = tryMount();
const score = { saved: 0, fullMessages: 0, lost: 0, corrupt: 0, untyped: 0, resumed: 0 };

function tryMount(): string | null {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', MOUNT], { stdio: 'pipe' });
    return null;
  } catch (error) {
    return error instanceof Error
      ? (error.message.split('\n')[0] ?? 'mount failed')
      : String(error);
  }
}

afterAll(() => {
  if (mounted === null) execFileSync('umount', [MOUNT]);
  fs.rmSync(MOUNT, { recursive: true, force: true });
  if (mounted !== null) return;
  recordScore({
    suite: 'Full disk',
    figures: [
      { label: 'reports saved until the 2 MB disk was full', value: score.saved },
      { label: '"disk is full" messages', value: score.fullMessages },
      { label: 'untyped errors', value: score.untyped, mustBeZero: true },
      { label: 'saved reports lost', value: score.lost, mustBeZero: true },
      { label: 'corrupt', value: score.corrupt, mustBeZero: true },
      { label: 'resumed after freeing space', value: score.resumed },
    ],
  });
});

describe('a full disk', () => {
  if (mounted !== null && process.env['CI']) {
    it('can mount a 2 MB tmpfs (CI must run this suite as root)', () => {
      throw new Error(`Could not mount a tmpfs: ${mounted}`);
    });
    return;
  }
  it.skipIf(mounted !== null)('tells the analyst, keeps what was saved, resumes', async () => {
    const services = createTestServices();
    const casePath = path.join(MOUNT, 'Full.corroborate');
    // Room to free later: the analyst deletes a large file once told the disk is full.
    const filler = path.join(MOUNT, 'old-download.bin');
    fs.writeFileSync(filler, Buffer.alloc(400 * 1024, 1));
    services.cases.create(casePath, 'Full');

    const saved: string[] = [];
    let full: Envelope<unknown> | null = null;
    for (let n = 0; n < 400 && !full; n++) {
      const title = `Report ${n}`;
      const text = `${title}\n\n${`Paragraph ${n} of a long report, with its own words ${n * 7}. `.repeat(300)}`;
      const envelope = await services.dispatcher.dispatch('sources:import-pasted', { title, text });
      if (envelope.ok) saved.push(title);
      else full = envelope;
    }
    score.saved = saved.length;
    expect(full).not.toBeNull();
    if (full && !full.ok) {
      if (full.error.code === 'disk-full') score.fullMessages += 1;
      else score.untyped += 1;
      expect(full.error.code).toBe('disk-full');
      expect(full.error.message).toContain('the disk is full');
      expect(full.error.message).toContain('Everything saved before is safe');
    }
    // Small edits while full either fit or say so; nothing else.
    for (const [channel, request] of [
      ['tags:create', { name: 'While full' }],
      ['notes:save', { owner: { kind: 'case' }, text: 'Written while the disk was full.' }],
    ] as const) {
      const envelope = await services.dispatcher.dispatch(channel, request);
      if (!envelope.ok && envelope.error.code !== 'disk-full') score.untyped += 1;
      if (!envelope.ok) score.fullMessages += 1;
    }
    await new Promise((resolve) => setTimeout(resolve, 500)); // background indexing fails too

    // Everything saved stays readable: close, reopen while still full, read it all.
    services.cases.close();
    services.cases.open(casePath);
    const titles = services.cases.database.listSources().map((s) => s.title);
    score.lost = saved.filter((title) => !titles.includes(title)).length;
    expect(titles.slice(0, saved.length)).toEqual(saved);

    // Space is freed: work resumes.
    fs.rmSync(filler);
    const after = await services.dispatcher.dispatch('sources:import-pasted', {
      title: 'After freeing space',
      text: 'After freeing space\n\nThe analyst deleted an old download and went on.',
    });
    expect(after.ok).toBe(true);
    if (after.ok) score.resumed += 1;
    services.cases.close();

    // Checked on a copy of the file and its log, as SQLite would read them after a crash.
    const copy = path.join(
      fs.mkdtempSync(path.join(os.tmpdir(), 'full-disk-check-')),
      'copy.corroborate',
    );
    fs.copyFileSync(casePath, copy);
    if (fs.existsSync(`${casePath}-wal`)) fs.copyFileSync(`${casePath}-wal`, `${copy}-wal`);
    const check = checkCaseCopy(copy, 'integrity');
    fs.rmSync(path.dirname(copy), { recursive: true, force: true });
    const integrity = check.ok ? 'ok' : check.reason;
    if (integrity !== 'ok') score.corrupt += 1;
    expect(integrity).toBe('ok');
  });
});
