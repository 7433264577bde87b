import { describe, expect, it } from 'vitest';
import { parseThemePreference, resolveTheme, toggledPreference } from './theme';

describe('theme preference', () => {
  it.each([
    ['light', 'light'],
    ['dark', 'dark'],
    ['system', 'system'],
    [null, 'system'],
    ['purple', 'system'],
  ] as const)('parses %s as %s', (raw, expected) => {
    expect(parseThemePreference(raw)).toBe(expected);
  });

  it.each([
    ['system', false, 'light'],
    ['system', true, 'dark'],
    ['light', true, 'light'],
    ['dark', false, 'dark'],
  ] as const)('%s with system dark=%s shows %s', (preference, systemDark, expected) => {
    expect(resolveTheme(preference, systemDark)).toBe(expected);
  });

  it.each([
    ['system', false, 'dark'],
    ['system', true, 'light'],
    ['light', false, 'dark'],
    ['dark', false, 'light'],
  ] as const)('toggling %s with system dark=%s gives %s', (preference, systemDark, expected) => {
    expect(toggledPreference(preference, systemDark)).toBe(expected);
  });
});
