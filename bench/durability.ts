// Durability figures on the BBC corpus: every article stored in one case (straight into the
// database, paragraphs split at blank lines; the import pipeline is the import bench's subject),
// closed cleanly, then:
//  1. opening it, which now checks it (header, size, PRAGMA quick_check) and flags the session;
//  2. a verified backup (VACUUM INTO, fsync, PRAGMA integrity_check, rename), which blocks the
//     main thread for its whole length, and its size;
//  3. opening it after it was cut in half: detection plus the restore from that backup.
// Median of 3 each. Nothing here is asserted: figures only.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, statSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CaseDatabase, type NewSource } from '../main/storage/case-database';
import { emptyMetadata } from '../main/testing/metadata';
import { loadBbcArticles } from './bbc-corpus';
import { figure, heading, report } from './report';

const RUNS = 3;

function sourceOf(name: string, text: string): NewSource {
  const normalised = text.replace(/\r\n?/g, '\n').normalize('NFC');
  const paragraphs: { start: number; end: number }[] = [];
  let offset = 0;
  for (const block of normalised.split('\n\n')) {
    const length = Array.from(block).length;
    if (block.trim() !== '') paragraphs.push({ start: offset, end: offset + length });
    offset += length + 2;
  }
  const title = normalised.split('\n')[0]?.trim() || name;
  return {
    metadata: { ...emptyMetadata, title, outlet: 'BBC News' },
    titleDerived: true,
    fileName: `${name.replace('/', '-')}.txt`,
    text: normalised,
    paragraphs,
    removedLines: [],
    wordCount: normalised.split(/\s+/).filter(Boolean).length,
    contentHash: createHash('sha256').update(normalised).digest('hex'),
    importedAt: '2026-11-26T18:00:00.000Z',
  };
}

function timed<T>(work: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = work();
  return { value, ms: performance.now() - start };
}

export function runDurabilityBench(): void {
  heading('Durability: checks at open, verified backups, restore (BBC case)');
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-bench-durability-'));
  const casePath = join(dir, 'BBC.corroborate');
  try {
    const db = CaseDatabase.create(casePath, { name: 'BBC' });
    const seen = new Set<string>();
    for (const article of loadBbcArticles()) {
      const source = sourceOf(article.name, article.text);
      if (seen.has(source.contentHash)) continue;
      seen.add(source.contentHash);
      db.insertSource(source);
    }
    db.close();
    figure(
      'case',
      `${seen.size} sources, ${(statSync(casePath).size / 1024 / 1024).toFixed(1)} MB`,
    );

    const opens: number[] = [];
    const backups: number[] = [];
    let backupBytes = 0;
    for (let run = 0; run < RUNS; run++) {
      const open = timed(() => CaseDatabase.open(casePath));
      opens.push(open.ms);
      const backup = timed(() =>
        open.value.backup({ now: new Date(Date.UTC(2026, 10, 26, 18, run)) }),
      );
      backups.push(backup.ms);
      backupBytes = statSync(backup.value.path).size;
      open.value.close();
    }
    report('open with header, size and quick_check', opens);
    report('verified backup (blocks the main thread throughout)', backups);
    figure('backup size', `${(backupBytes / 1024 / 1024).toFixed(1)} MB`);

    const restores: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      truncateSync(casePath, Math.floor(statSync(casePath).size / 2));
      const restore = timed(() => CaseDatabase.open(casePath));
      restores.push(restore.ms);
      if (restore.value.recovery?.kind !== 'truncated')
        throw new Error('The case was not restored.');
      restore.value.close();
    }
    report('open of a truncated case: detect and restore', restores);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
