// A child process for backups.reliability.ts: opens a case (restoring it if damaged), adds a
// source, takes a backup, and dies by SIGKILL at the named step it is given (or, with a delay,
// at a random moment of a loop of backups). Prints `opened`, `added`, `backed-up` as it goes.
import { writeSync } from 'node:fs';
import { CaseDatabase } from './case-database';
import { setStepHook, type Step } from './fault-points';
import { sampleSource } from './test-helpers';

interface Config {
  casePath: string;
  killAt?: Step;
  /** Back up in a loop, with a fresh source each time, until killed from outside. */
  loop?: boolean;
  title: string;
}

const config = JSON.parse(process.argv[2] ?? '{}') as Config;
const say = (line: string) => writeSync(1, `${line}\n`);
if (config.killAt) {
  const target = config.killAt;
  setStepHook((step) => {
    if (step === target) process.kill(process.pid, 'SIGKILL');
  });
}

const db = CaseDatabase.open(config.casePath);
say('opened');
let round = 0;
do {
  const title = `${config.title} ${round++}`;
  db.insertSource(sampleSource(`${title}\n\n${'A paragraph of the report. '.repeat(400)}`));
  say(`added ${title}`);
  db.backup({ now: new Date(Date.UTC(2026, 10, 26, 18, 0, round)) });
  say('backed-up');
} while (config.loop);
db.close();
say('closed');
