import { describe, expect, it } from 'vitest';
import { ConditionsLog, conditionsText, machineText, type ConditionsProbe } from './conditions';
import { figureLine, NAME_WIDTH } from './report';

/** A probe whose readings the test sets before each line. */
function scriptedProbe(): ConditionsProbe & {
  load1: number;
  cpu: number;
  busy: number;
  now: number;
} {
  return {
    load1: 0,
    cpu: 0,
    busy: 0,
    now: 0,
    load() {
      return [this.load1, 0.5, 0.25];
    },
    cpuMicros() {
      return this.cpu;
    },
    busyMicros() {
      return this.busy;
    },
    nowMicros() {
      return this.now;
    },
  };
}

describe('conditions of bench figures', () => {
  it('formats a figure line with its load and CPU time after the text', () => {
    const line = figureLine(
      'query p95',
      '4.2 ms',
      conditionsText({ load1: 0.5, cpuSeconds: 1.234, othersCores: 0.05 }),
    );
    expect(line).toBe(
      `${'query p95'.padEnd(NAME_WIDTH)} 4.2 ms  [load 0.50, cpu 1.23 s, others 0.05 cores]`,
    );
    expect(conditionsText({ load1: 0.5, cpuSeconds: 1, othersCores: NaN })).toBe(
      '[load 0.50, cpu 1.00 s]',
    );
  });

  it('names the machine once per heading', () => {
    expect(
      machineText({ cpuModel: 'Xeon E5', cores: 2, node: 'v22.23.3', load: [0.44, 2.19, 3.3] }),
    ).toBe('Xeon E5 ×2 cores, Node v22.23.3, load 0.44 2.19 3.30');
  });

  it('gives each line the CPU used since the previous line and keeps the highest load1', () => {
    const probe = scriptedProbe();
    probe.cpu = 5_000_000;
    const log = new ConditionsLog(probe);
    probe.cpu = 6_500_000;
    probe.load1 = 0.7;
    expect(log.next()).toMatchObject({ load1: 0.7, cpuSeconds: 1.5 });
    probe.cpu = 6_750_000;
    probe.load1 = 1.9;
    expect(log.next()).toMatchObject({ load1: 1.9, cpuSeconds: 0.25 });
    probe.load1 = 0.2;
    log.next();
    expect(log.maxLoad1).toBe(1.9);
    expect(log.lines).toBe(3);
  });

  it('does not count CPU used before a heading towards the next figure', () => {
    const probe = scriptedProbe();
    const log = new ConditionsLog(probe);
    probe.cpu = 9_000_000;
    log.restartCpu();
    probe.cpu = 9_100_000;
    expect(log.next().cpuSeconds).toBeCloseTo(0.1, 9);
  });

  it('counts the cores other processes kept busy, not this process’s own', () => {
    const probe = scriptedProbe();
    const log = new ConditionsLog(probe);
    // 2 s: the machine was busy 3 core-seconds, 2.5 of them this process.
    probe.now = 2_000_000;
    probe.busy = 3_000_000;
    probe.cpu = 2_500_000;
    probe.load1 = 1.5;
    expect(log.next().othersCores).toBeCloseTo(0.25, 9);
    // 1 s more, all of it this process: nobody else.
    probe.now = 3_000_000;
    probe.busy = 4_000_000;
    probe.cpu = 3_500_000;
    expect(log.next().othersCores).toBe(0);
    expect(log.maxOthersCores).toBeCloseTo(0.25, 9);
    expect(log.maxLoad1).toBe(1.5);
  });

  it('treats a missing load average as a loaded run', () => {
    const probe = scriptedProbe();
    probe.load = () => [];
    const log = new ConditionsLog(probe);
    log.next();
    expect(log.maxLoad1).toBe(Infinity);
  });
});
