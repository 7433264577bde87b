/**
 * Named steps inside multi-step operations, where a crash would leave the most to repair. The
 * app never acts on them; the reliability suite installs a hook that kills the process at one
 * of them, to prove that each such crash leaves the old state or the new one, never a mix.
 * (SQLite's own test harness does the same with its crash-simulation points.)
 */
export const STEPS = [
  /** A source import has committed; its search segment is not yet written. */
  'import:after-commit',
  /** A search segment is half written (some chunks stored, not yet marked complete). */
  'search:mid-segment',
  /** A search segment is complete; the segments it replaces are not yet gone from memory. */
  'search:after-segment',
  /** An export's temporary file is half written. */
  'export:mid-write',
  /** An export's temporary file is complete and flushed; the rename has not happened. */
  'export:before-rename',
  /** A migration step ran inside its transaction; the transaction has not committed. */
  'migration:inside-step',
  /** A migration step committed; the next one has not begun. */
  'migration:between-steps',
  /** A backup's temporary copy is written; it is neither flushed nor verified. */
  'backup:after-copy',
  /** A backup is verified; it has not been renamed into place. */
  'backup:before-rename',
  /** A new backup is in place; older ones have not been pruned. */
  'backup:before-prune',
  /** A restore has copied the backup beside the case; the damaged file is still in place. */
  'restore:after-copy',
  /** The damaged file is set aside; the restored copy is not yet renamed into place. */
  'restore:after-set-aside',
] as const;

export type Step = (typeof STEPS)[number];

type StepHook = (step: Step) => void;

let hook: StepHook | null = null;

/** Marks that `step` has been reached; a no-op unless a test installed a hook. */
export function reachedStep(step: Step): void {
  hook?.(step);
}

/** Installs (or with null removes) the hook the reliability suite uses to crash at a step. */
export function setStepHook(next: StepHook | null): void {
  hook = next;
}
