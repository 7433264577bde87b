import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CaseDatabase } from '../storage/case-database';
import { createRandom, emptyModel } from './analyst-ops';
import type { AnalystChildState } from './analyst-child';
import { parseChildLog, replayLog } from './child-log';
import { bundleChild, removeChildBundles, runChild } from './child-runner';
import { recordScore } from './scoreboard';
import { analystWorkspace, reliabilityScale, reliabilitySeed } from './suite-settings';
import {
  checkIntegrity,
  checkRelationsHeal,
  checkSearchHeals,
  closeCase,
  copyCaseFiles,
  describeDifference,
  judge,
  openCase,
  readFacts,
} from './verify-case';

// Promise 1: a crash never loses what the UI showed as saved. A child performs random analyst
// operations on one case; it is SIGKILLed at random moments, and after each kill the case must
// be sound and hold exactly the acknowledged operations (plus, at most, the one in flight).
const KILLS = Math.round(200 * reliabilityScale());
const RELATIONS_EVERY = 10;

const workspace = analystWorkspace('crash-kills');
const snapshot = join(workspace.dir, 'after-kill.corroborate');
afterAll(async () => {
  await removeChildBundles();
  rmSync(workspace.dir, { recursive: true, force: true });
});

describe('crash kills', () => {
  it(`${KILLS} SIGKILLs lose nothing acknowledged and half-apply nothing`, async () => {
    const seed = reliabilitySeed('Crash kills');
    const random = createRandom(seed ^ 0x6b696c6c);
    mkdirSync(workspace.dataDir, { recursive: true });
    CaseDatabase.create(workspace.casePath, { name: 'Crash kills' }).close();
    const script = await bundleChild('analyst-child.ts');

    const figures = { kills: 0, acknowledged: 0, lost: 0, halfApplied: 0, integrity: 0 };
    /** Kills with an operation between intent and ack, and how many of those had committed. */
    const inFlight = { kills: 0, committed: 0 };
    const failures: string[] = [];
    const startups: number[] = [];
    let state: AnalystChildState = { model: emptyModel(), next: 0 };

    for (let kill = 0; kill < KILLS && failures.length === 0; kill++) {
      const delay = 30 + random.int(371);
      // Mostly from `ready`, sometimes from the spawn: kills during open and recovery too.
      const killFromSpawn = random.next() < 0.15;
      workspace.prepare({ seed }, state);
      const run = await runChild({
        script,
        args: [workspace.configPath],
        killAfterMs: killFromSpawn ? delay + 60 : delay,
        killFromSpawn,
      });
      const where = `kill ${kill} (seed ${seed}, ${killFromSpawn ? 'from spawn' : 'after ready'} ${delay} ms)`;
      if (run.readyAfterMs !== null) startups.push(run.readyAfterMs);
      const log = parseChildLog(run.lines);
      if (!run.killed)
        failures.push(`${where}: the child exited (${run.code}) before the kill\n${run.stderr}`);
      for (const crash of log.crashes) failures.push(`${where}: the child crashed: ${crash}`);
      if (log.openError) failures.push(`${where}: open failed: ${JSON.stringify(log.openError)}`);
      for (const [n, error] of log.errors) {
        failures.push(
          `${where}: op ${n} ${JSON.stringify(log.intents.get(n))} failed: ${error.code} ${error.message}`,
        );
      }
      figures.kills += 1;

      // The checks run on a copy: the next child recovers the original from its WAL itself.
      copyCaseFiles(workspace.casePath, snapshot);
      const problems = checkIntegrity(snapshot);
      if (problems.length > 0) {
        figures.integrity += 1;
        failures.push(`${where}: integrity_check: ${problems.join('; ')}`);
        break;
      }
      const replayed = replayLog(state, log);
      figures.acknowledged += replayed.acknowledgedCount;
      const services = await openCase(snapshot, workspace.dataDir);
      const stored = await readFacts(services);
      const verdict = judge(stored, replayed);
      if (verdict === 'lost' || verdict === 'half-applied') {
        if (verdict === 'lost') figures.lost += 1;
        else figures.halfApplied += 1;
        failures.push(
          `${where}: ${verdict}; in flight ${JSON.stringify(replayed.inFlightOp)}\n  ${describeDifference(stored, replayed.acknowledged.facts)}`,
        );
        await closeCase(services);
        break;
      }
      if (replayed.inFlightOp) inFlight.kills += 1;
      if (verdict === 'in-flight') inFlight.committed += 1;
      state = {
        model:
          verdict === 'in-flight' && replayed.inFlight ? replayed.inFlight : replayed.acknowledged,
        next: replayed.next,
      };
      const search = await checkSearchHeals(services, state.model);
      if (search) failures.push(`${where}: ${search}`);
      if (kill % RELATIONS_EVERY === RELATIONS_EVERY - 1 || kill === KILLS - 1) {
        const relations = await checkRelationsHeal(services, snapshot, workspace.dataDir);
        if (relations) failures.push(`${where}: ${relations}`);
        // And now and then the original itself, as the app opens it after a crash.
        CaseDatabase.open(workspace.casePath).close();
      } else {
        await closeCase(services);
      }
    }

    const sorted = [...startups].sort((a, b) => a - b);
    console.log(
      `Crash kills: ${figures.kills} kills, ${figures.acknowledged} acknowledged operations, ` +
        `${state.model.facts.sources.length} sources, ${state.model.facts.claims.length} claims; ` +
        `${inFlight.kills} kills with an operation in flight, ${inFlight.committed} of them committed; ` +
        `child ready after ${Math.round(sorted[Math.floor(sorted.length / 2)] ?? 0)} ms (median)`,
    );
    recordScore({
      suite: 'Crash kills',
      figures: [
        { label: 'kills', value: figures.kills },
        { label: 'acknowledged operations', value: figures.acknowledged },
        { label: 'lost', value: figures.lost, mustBeZero: true },
        { label: 'half applied', value: figures.halfApplied, mustBeZero: true },
        { label: 'integrity failures', value: figures.integrity, mustBeZero: true },
      ],
    });
    expect(failures).toEqual([]);
    expect(figures.kills).toBe(KILLS);
  });
});
