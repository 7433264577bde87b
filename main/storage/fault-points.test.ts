import { afterEach, describe, expect, it } from 'vitest';
import { STEPS, reachedStep, setStepHook, type Step } from './fault-points';

describe('fault points', () => {
  afterEach(() => setStepHook(null));

  it('does nothing without a hook', () => {
    expect(() => reachedStep('import:after-commit')).not.toThrow();
  });

  it('calls the installed hook with each step reached', () => {
    const seen: Step[] = [];
    setStepHook((step) => seen.push(step));
    reachedStep('export:mid-write');
    reachedStep('backup:before-rename');
    expect(seen).toEqual(['export:mid-write', 'backup:before-rename']);
  });

  it('names every step once', () => {
    expect(new Set(STEPS).size).toBe(STEPS.length);
  });
});
