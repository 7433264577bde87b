import { useCallback, useSyncExternalStore } from 'react';
import { parseThemePreference, resolveTheme, themeStorageKey, toggledPreference } from './theme';
import type { ResolvedTheme, ThemePreference } from './theme';

const darkQuery = '(prefers-color-scheme: dark)';
const localListeners = new Set<() => void>();

function readStoredPreference(): ThemePreference {
  try {
    return parseThemePreference(window.localStorage.getItem(themeStorageKey));
  } catch {
    return 'system';
  }
}

/** Pins the explicit choice on <html>; the stylesheet reads it. Also called before first render. */
export function applyThemePreference(preference: ThemePreference): void {
  const root = document.documentElement;
  if (preference === 'system') delete root.dataset.theme;
  else root.dataset.theme = preference;
}

function writeStoredPreference(preference: ThemePreference): void {
  try {
    window.localStorage.setItem(themeStorageKey, preference);
  } catch {
    // Storage can be unavailable (private mode, quota); the theme still applies for this session.
  }
  applyThemePreference(preference);
  localListeners.forEach((listener) => listener());
}

function subscribePreference(listener: () => void): () => void {
  localListeners.add(listener);
  // Another window of the app changed the theme.
  const onStorage = (event: StorageEvent) => {
    if (event.key !== themeStorageKey) return;
    applyThemePreference(readStoredPreference());
    listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    localListeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

function subscribeSystem(listener: () => void): () => void {
  const query = window.matchMedia(darkQuery);
  query.addEventListener('change', listener);
  return () => query.removeEventListener('change', listener);
}

const systemPrefersDark = () => window.matchMedia(darkQuery).matches;

export interface ThemeState {
  preference: ThemePreference;
  resolved: ResolvedTheme;
  toggle(): void;
}

export function useTheme(): ThemeState {
  const preference = useSyncExternalStore(subscribePreference, readStoredPreference);
  const systemDark = useSyncExternalStore(subscribeSystem, systemPrefersDark);
  const toggle = useCallback(() => {
    writeStoredPreference(toggledPreference(readStoredPreference(), systemPrefersDark()));
  }, []);
  return { preference, resolved: resolveTheme(preference, systemDark), toggle };
}

export function initialiseTheme(): void {
  applyThemePreference(readStoredPreference());
}
