import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AnalystChildConfig, AnalystChildState } from './analyst-child';

/** RELIABILITY_SCALE multiplies the work of every suite (10 for a long soak). */
export function reliabilityScale(): number {
  const scale = Number(process.env['RELIABILITY_SCALE'] ?? '1');
  return Number.isFinite(scale) && scale > 0 ? scale : 1;
}

/** RELIABILITY_SEED replays a run; otherwise a fresh seed, printed so a failure can be replayed. */
export function reliabilitySeed(suite: string): number {
  const given = process.env['RELIABILITY_SEED'];
  const seed = given ? Number(given) >>> 0 : Math.floor(Math.random() * 2 ** 32) >>> 0;
  console.log(`${suite}: seed ${seed} (replay with RELIABILITY_SEED=${seed})`);
  return seed;
}

/** A scratch folder for one suite: the case, the child's data folder and its state file. */
export function analystWorkspace(name: string) {
  const dir = mkdtempSync(join(tmpdir(), `corroborate-${name}-`));
  const casePath = join(dir, 'analyst.corroborate');
  const statePath = join(dir, 'state.json');
  const configPath = join(dir, 'config.json');
  const dataDir = join(dir, 'data');
  return {
    dir,
    casePath,
    dataDir,
    configPath,
    /** Writes the config and state the next child starts from. */
    prepare(
      config: Omit<AnalystChildConfig, 'casePath' | 'statePath' | 'dataDir'>,
      state: AnalystChildState,
    ) {
      writeFileSync(statePath, JSON.stringify(state));
      writeFileSync(configPath, JSON.stringify({ ...config, casePath, statePath, dataDir }));
    },
  };
}
