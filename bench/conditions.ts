// The conditions a bench figure was measured under. On a shared machine a wall-clock figure means
// little without them: the load average says how many other runnable tasks competed for the
// cores, and the process's CPU time beside the wall time says whether this process got them.
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';

/** What the log reads from the system; injected so the formatting can be tested. */
export interface ConditionsProbe {
  /** 1-, 5- and 15-minute load averages (os.loadavg()). */
  load(): readonly number[];
  /** User + system CPU time of this process, all threads, in microseconds. */
  cpuMicros(): number;
  /** CPU time every process of the machine used (all cores, busy), in microseconds; NaN if unknown. */
  busyMicros(): number;
  /** A monotonic clock in microseconds. */
  nowMicros(): number;
}

/** Busy time of all cores from /proc/stat (Linux): everything but idle and iowait, in µs. */
function procBusyMicros(): number {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0] ?? '';
    const fields = line.trim().split(/\s+/).slice(1).map(Number);
    const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = fields;
    // USER_HZ is 100 on every Linux this runs on: one tick is 10 ms.
    return (user + nice + system + irq + softirq + steal) * 10_000;
  } catch {
    return NaN;
  }
}

export const systemProbe: ConditionsProbe = {
  load: () => loadavg(),
  cpuMicros: () => {
    const { user, system } = process.cpuUsage();
    return user + system;
  },
  busyMicros: procBusyMicros,
  nowMicros: () => performance.now() * 1000,
};

/** The conditions of one printed line. */
export interface LineConditions {
  load1: number;
  /** CPU time this process used since the previous printed line. */
  cpuSeconds: number;
  /**
   * Cores other processes kept busy on average since the previous line (NaN if unknown): what
   * competed with the figure. The load average counts this bench's own threads too.
   */
  othersCores: number;
}

export interface Machine {
  cpuModel: string;
  cores: number;
  node: string;
  load: readonly number[];
}

export function machine(probe: ConditionsProbe = systemProbe): Machine {
  const all = cpus();
  return {
    cpuModel: (all[0]?.model ?? 'unknown CPU').replace(/\s+/g, ' ').trim(),
    cores: all.length,
    node: process.version,
    load: probe.load(),
  };
}

const loads = (load: readonly number[]) =>
  load
    .slice(0, 3)
    .map((value) => value.toFixed(2))
    .join(' ');

/** "Intel Xeon … ×2 cores, Node v22.23.3, load 0.44 2.19 3.30": once per heading. */
export function machineText({ cpuModel, cores, node, load }: Machine): string {
  return `${cpuModel} ×${cores} cores, Node ${node}, load ${loads(load)}`;
}

/** "[load 0.52, cpu 1.23 s]": after every figure, short so the figure stays readable. */
export function conditionsText({ load1, cpuSeconds, othersCores }: LineConditions): string {
  const others = Number.isNaN(othersCores) ? '' : `, others ${othersCores.toFixed(2)} cores`;
  return `[load ${load1.toFixed(2)}, cpu ${cpuSeconds.toFixed(2)} s${others}]`;
}

/**
 * Conditions line by line through a run: each call to `next` is one printed line, with the load
 * now and the CPU time since the previous line (a figure is printed right after its work, so that
 * is the CPU its measurement used). The highest load1 seen is what decides whether the run's
 * figures may go into the README.
 */
export class ConditionsLog {
  maxLoad1 = 0;
  /** The most cores other processes kept busy over any line (NaN when unknown). */
  maxOthersCores = 0;
  lines = 0;
  private lastCpu: number;
  private lastBusy: number;
  private lastNow: number;

  constructor(private readonly probe: ConditionsProbe = systemProbe) {
    this.lastCpu = probe.cpuMicros();
    this.lastBusy = probe.busyMicros();
    this.lastNow = probe.nowMicros();
  }

  next(): LineConditions {
    const cpu = this.probe.cpuMicros();
    const busy = this.probe.busyMicros();
    const now = this.probe.nowMicros();
    const load1 = this.probe.load()[0] ?? NaN;
    const cpuSeconds = (cpu - this.lastCpu) / 1e6;
    const elapsed = now - this.lastNow;
    const othersCores =
      elapsed > 0 ? Math.max(0, (busy - this.lastBusy - (cpu - this.lastCpu)) / elapsed) : 0;
    this.lastCpu = cpu;
    this.lastBusy = busy;
    this.lastNow = now;
    this.lines += 1;
    // NaN (no load average on this platform) must not pass as a quiet run.
    this.maxLoad1 = Number.isNaN(load1) ? Infinity : Math.max(this.maxLoad1, load1);
    this.maxOthersCores = Number.isNaN(othersCores)
      ? NaN
      : Math.max(this.maxOthersCores, othersCores);
    return { load1, cpuSeconds, othersCores };
  }

  /** A heading starts a new measurement: CPU used before it belongs to no figure. */
  restartCpu(): void {
    this.lastCpu = this.probe.cpuMicros();
    this.lastBusy = this.probe.busyMicros();
    this.lastNow = this.probe.nowMicros();
  }
}
