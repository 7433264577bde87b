import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CaseDatabase } from '../storage/case-database';
import { createRandom } from './analyst-ops';
import { bundleChild, removeChildBundles, runChild } from './child-runner';
import type { ImportChildConfig } from './import-child';
import { judgeImports, parseImportLog, type StoredImport } from './import-judge';
import { recordScore } from './scoreboard';
import { analystWorkspace, reliabilityScale, reliabilitySeed } from './suite-settings';
import { checkIntegrity, copyCaseFiles } from './verify-case';

// Promise 1 for batched imports: files are committed in groups, and a file is acknowledged only
// once the commit holding it has returned. A child imports folders through the dispatcher with
// groups of three files (a folder spans several commits, some cut by the wait, not the size);
// it is SIGKILLed at random moments, mostly in the middle of a folder. After each kill the case
// must be sound, hold every acknowledged file whole, and hold the first files of the import in
// order (a group is stored whole or not at all); committed files whose acknowledgement the kill
// cut off are allowed, and counted.
const KILLS = Math.round(100 * reliabilityScale());
/** A fresh case every few kills keeps the case small; the kills between reopen a hot WAL. */
const KILLS_PER_CASE = 5;
const COMMIT_BATCH = { maxFiles: 3, maxWaitMs: 15 };
const FOLDERS_PER_CHILD = 6;
/** A folder of up to 16 files takes some tens of milliseconds to import here. */
const KILL_WINDOW_MS = 60;

const workspace = analystWorkspace('import-kills');
const snapshot = join(workspace.dir, 'after-kill.corroborate');
afterAll(async () => {
  await removeChildBundles();
  rmSync(workspace.dir, { recursive: true, force: true });
});

/** The round's sources (their files are named r<round>-…) and how many others the case holds. */
function readRound(path: string, round: number): { round: StoredImport[]; others: number } {
  const database = CaseDatabase.open(path);
  try {
    const prefix = `r${round}-`;
    const sources = database.listSources();
    const mine = sources.filter((source) => source.fileName.startsWith(prefix));
    return {
      round: mine.map((source) => {
        const detail = database.getSource(source.id);
        return {
          fileName: source.fileName,
          text: detail.text,
          paragraphs: detail.paragraphs.length,
        };
      }),
      others: sources.length - mine.length,
    };
  } finally {
    database.close();
  }
}

describe('import kills', () => {
  it(`${KILLS} SIGKILLs during batched imports lose no acknowledged file`, async () => {
    const seed = reliabilitySeed('Import kills');
    const random = createRandom(seed ^ 0x696d7074);
    mkdirSync(workspace.dataDir, { recursive: true });
    const script = await bundleChild('import-child.ts');

    const figures = {
      kills: 0,
      midFolder: 0,
      acknowledged: 0,
      committedUnacknowledged: 0,
      lost: 0,
      damaged: 0,
      outOfOrder: 0,
      wrongStatus: 0,
      integrity: 0,
    };
    const failures: string[] = [];
    let storedBefore = 0;

    for (let round = 0; round < KILLS && failures.length === 0; round++) {
      if (round % KILLS_PER_CASE === 0) {
        for (const suffix of ['', '-wal', '-journal'])
          rmSync(`${workspace.casePath}${suffix}`, { force: true });
        CaseDatabase.create(workspace.casePath, { name: 'Import kills' }).close();
        storedBefore = 0;
      }
      const config: ImportChildConfig = {
        casePath: workspace.casePath,
        dataDir: workspace.dataDir,
        inbox: join(workspace.dir, 'inbox'),
        seed,
        round,
        folders: FOLDERS_PER_CHILD,
        commitBatch: COMMIT_BATCH,
      };
      writeFileSync(workspace.configPath, JSON.stringify(config));
      // Timed from the start of one of the first folders, or from an acknowledgement (so the
      // kill comes while the next groups are being read and committed), and not from `ready`:
      // between folders the app compares and indexes, and kills there would test nothing new.
      const folder = random.int(3);
      const afterAck = random.next() < 0.5 ? 1 + random.int(12) : 0;
      const delay = random.int(afterAck > 0 ? KILL_WINDOW_MS / 3 : KILL_WINDOW_MS);
      let acks = 0;
      const run = await runChild({
        script,
        args: [workspace.configPath],
        killAfterMs: delay,
        armOn: (line) =>
          afterAck > 0
            ? line.startsWith('ack ') && ++acks === afterAck
            : line === `folder ${folder}`,
      });
      const from = afterAck > 0 ? `acknowledgement ${afterAck}` : `the start of folder ${folder}`;
      const where = `round ${round} (seed ${seed}, killed ${delay} ms after ${from})`;
      const log = parseImportLog(run.lines);
      for (const problem of log.problems) failures.push(`${where}: ${problem}`);
      if (!run.killed && !log.done) {
        failures.push(`${where}: the child exited (${run.code}) unkilled\n${run.stderr}`);
      }
      if (run.killed) figures.kills += 1;

      copyCaseFiles(workspace.casePath, snapshot);
      const problems = checkIntegrity(snapshot);
      if (problems.length > 0) {
        figures.integrity += 1;
        failures.push(`${where}: integrity_check: ${problems.join('; ')}`);
        break;
      }
      const stored = readRound(snapshot, round);
      const verdict = judgeImports(log, stored.round);
      figures.acknowledged += verdict.acknowledged;
      figures.committedUnacknowledged += verdict.committedUnacknowledged;
      if (run.killed && verdict.midFolder) figures.midFolder += 1;
      figures.lost += verdict.lost.length;
      figures.damaged += verdict.damaged.length;
      figures.wrongStatus += verdict.wrongStatus.length;
      if (verdict.outOfOrder) figures.outOfOrder += 1;
      if (stored.others !== storedBefore) {
        figures.lost += Math.max(0, storedBefore - stored.others);
        failures.push(
          `${where}: earlier rounds' sources went from ${storedBefore} to ${stored.others}`,
        );
      }
      for (const name of verdict.lost) failures.push(`${where}: acknowledged, not stored: ${name}`);
      for (const line of [...verdict.damaged, ...verdict.wrongStatus])
        failures.push(`${where}: ${line}`);
      if (verdict.outOfOrder) {
        failures.push(
          `${where}: stored ${stored.round.map((s) => s.fileName).join(' ')}, not the first files imported`,
        );
      }
      storedBefore = stored.others + stored.round.length;
    }

    console.log(
      `Import kills: ${figures.kills} kills (${figures.midFolder} in the middle of a folder), ` +
        `${figures.acknowledged} files acknowledged, ${figures.committedUnacknowledged} committed ` +
        `but cut off before their acknowledgement; groups of ${COMMIT_BATCH.maxFiles} files or ` +
        `${COMMIT_BATCH.maxWaitMs} ms`,
    );
    recordScore({
      suite: 'Import kills',
      figures: [
        { label: 'kills', value: figures.kills },
        { label: 'kills mid-folder', value: figures.midFolder },
        { label: 'files acknowledged', value: figures.acknowledged },
        { label: 'committed, not yet acknowledged', value: figures.committedUnacknowledged },
        { label: 'acknowledged files lost', value: figures.lost, mustBeZero: true },
        { label: 'damaged or doubled sources', value: figures.damaged, mustBeZero: true },
        { label: 'groups half applied', value: figures.outOfOrder, mustBeZero: true },
        { label: 'wrong statuses', value: figures.wrongStatus, mustBeZero: true },
        { label: 'integrity failures', value: figures.integrity, mustBeZero: true },
      ],
    });
    expect(failures).toEqual([]);
    expect(figures.kills).toBeGreaterThan(KILLS / 2);
  });
});
