import type { Step } from '../storage/fault-points';

/** The one operation a named-steps child performs, passing the step it is to be killed at. */
export type StepOperation =
  | { kind: 'import'; title: string; text: string }
  | { kind: 'export'; path: string }
  | { kind: 'open' };

export interface StepChildConfig {
  casePath: string;
  dataDir: string;
  target: Step;
  /** Kill at the n-th time the step is reached (1 = the first). */
  occurrence: number;
  operation: StepOperation;
}

/** Exports are stamped with this fixed time, so a complete export is known byte for byte. */
export const STEP_CLOCK = new Date('2024-05-01T12:00:00.000Z');
