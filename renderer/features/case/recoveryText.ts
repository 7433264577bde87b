import type { RecoveryNotice } from '../../../preload/contract';

/** The last part of a path, whichever separator the platform uses. */
export function fileNameOf(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/** "26 Nov 2026, 17:30" in the analyst's own locale and time zone. */
export function formatWhen(iso: string, locale?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** What the recovery dialog says, in three short paragraphs. */
export function recoveryText(
  notice: RecoveryNotice,
  locale?: string,
): { found: string; restored: string; kept: string } {
  const when = formatWhen(notice.restoredAt, locale);
  const restored =
    notice.restoredFrom === 'backup'
      ? `Corroborate restored the newest good backup, taken ${when}. Work done after that is not in the case.`
      : `Corroborate opened the case file without its damaged log. It was last written ${when}; work done after that is not in the case.`;
  return {
    found: `When the case was opened, Corroborate found that ${notice.found}.`,
    restored,
    kept: `The damaged file was kept, unchanged, as “${fileNameOf(notice.damagedPath)}” in the same folder.`,
  };
}
