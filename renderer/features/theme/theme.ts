// Light and dark themes. The page follows the system (CSS light-dark() with color-scheme) until
// the analyst toggles; the explicit choice is stored and pinned with data-theme on <html>.

export type ThemePreference = 'system' | 'light' | 'dark';
export type ResolvedTheme = 'light' | 'dark';

export const themeStorageKey = 'corroborate.theme';

export function parseThemePreference(raw: string | null): ThemePreference {
  return raw === 'light' || raw === 'dark' ? raw : 'system';
}

export function resolveTheme(
  preference: ThemePreference,
  systemPrefersDark: boolean,
): ResolvedTheme {
  if (preference === 'system') return systemPrefersDark ? 'dark' : 'light';
  return preference;
}

/** Toggling always lands on an explicit choice: the opposite of what is showing now. */
export function toggledPreference(
  preference: ThemePreference,
  systemPrefersDark: boolean,
): ThemePreference {
  return resolveTheme(preference, systemPrefersDark) === 'dark' ? 'light' : 'dark';
}
