// The child the import-kill suite kills: it opens a case through the real services and imports
// folders of files through the dispatcher ('sources:import-files'), as the app's Import Folder
// does, with small commit groups so one folder takes several commits. On fd 3 it reports each
// file before the import starts (`file`) and each acknowledgement as the UI hears it (`ack`, from
// 'sources:import-progress'), so the parent can tell what was promised from what was stored.
// Run as: node import-child.mjs <config.json>
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Envelope, ImportedFile, ImportProgress } from '../../preload/contract';
import { inlineDocumentReader } from '../services/document-reader';
import { createRandom } from './analyst-ops';
import { createReliabilityServices } from './child-services';
import { importFolderPlan, type PlannedFile } from './import-plan';
import { report } from './report-channel';

export interface ImportChildConfig {
  casePath: string;
  dataDir: string;
  /** Where the child writes the folders it imports. */
  inbox: string;
  seed: number;
  /** Names this child's files (`r<round>-…`), so every round's files are new. */
  round: number;
  folders: number;
  /** Files per commit and the longest a file waits for one (small, so folders span commits). */
  commitBatch: { maxFiles: number; maxWaitMs: number };
}

async function main(): Promise<void> {
  const configPath = process.argv[2];
  if (!configPath) throw new Error('usage: import-child <config.json>');
  const config = JSON.parse(readFileSync(configPath, 'utf8')) as ImportChildConfig;
  const services = createReliabilityServices(config.dataDir, undefined, config.commitBatch);
  const opened = await services.dispatcher.dispatch('case:open', { path: config.casePath });
  if (!opened.ok) {
    report(`open-error ${opened.error.code} ${JSON.stringify(opened.error.message)}`);
    process.exit(3);
  }
  services.events.subscribe((event, payload) => {
    if (event !== 'sources:import-progress') return;
    const { result } = payload as ImportProgress;
    report(`ack ${JSON.stringify(ackOf(result))}`);
  });
  // The readers load on first use (about 200 ms here); loading them now puts the kills in imports.
  await inlineDocumentReader.read({
    fileName: 'warm-up.txt',
    bytes: new TextEncoder().encode('Warm up'),
  });
  report('ready');
  const random = createRandom(config.seed ^ Math.imul(config.round + 1, 0x9e3779b1));
  let previous: PlannedFile[] = [];
  for (let folder = 0; folder < config.folders; folder++) {
    const plan = importFolderPlan(random, config.round, folder, previous);
    const dir = join(config.inbox, `r${config.round}-${folder}`);
    mkdirSync(dir, { recursive: true });
    for (const file of plan) writeFileSync(join(dir, file.name), file.bytes);
    report(`folder ${folder}`);
    // In import order (the import reads a folder in name order).
    for (const file of plan) report(`file ${JSON.stringify(describe(file))}`);
    const envelope = (await services.dispatcher.dispatch('sources:import-files', {
      paths: [dir],
    })) as Envelope<ImportedFile[]>;
    if (!envelope.ok) {
      report(`error ${folder} ${envelope.error.code} ${JSON.stringify(envelope.error.message)}`);
      break;
    }
    report(`folder-done ${folder}`);
    previous = plan;
  }
  services.cases.close();
  report('done');
}

const describe = ({ name, expected, token }: PlannedFile) => ({ name, expected, token });
const ackOf = ({ fileName, status }: ImportedFile) => ({ name: fileName, status });

function crash(error: unknown): never {
  report(
    `crash ${JSON.stringify(error instanceof Error ? (error.stack ?? error.message) : String(error))}`,
  );
  process.exit(70);
}

process.on('uncaughtException', crash);
process.on('unhandledRejection', crash);
void main().then(() => process.exit(0), crash);
