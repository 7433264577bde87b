import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';

const settingsSchema = z.object({
  recentCases: z
    .array(z.object({ path: z.string(), name: z.string(), openedAt: z.string() }))
    .default([]),
  lastCasePath: z.string().optional(),
  /** The largest file import reads, in MB (default 50); edit settings.json to change it. */
  // A nonsensical value is ignored (the default applies), never the whole settings file.
  importMaxMegabytes: z.number().positive().max(2000).optional().catch(undefined),
});

export type Settings = z.infer<typeof settingsSchema>;
export type RecentCaseEntry = Settings['recentCases'][number];

const MAX_RECENT = 12;

/**
 * Per-user settings in the user data folder (recent cases, last case). Written to a temporary
 * file and renamed so a crash never leaves half a settings file; an unreadable file is treated
 * as empty rather than stopping the app.
 */
export class SettingsStore {
  private readonly filePath: string;

  constructor(readonly dataDir: string) {
    this.filePath = join(dataDir, 'settings.json');
  }

  read(): Settings {
    try {
      const parsed = settingsSchema.safeParse(JSON.parse(readFileSync(this.filePath, 'utf8')));
      if (parsed.success) return parsed.data;
    } catch {
      // Missing or corrupt: start fresh.
    }
    return { recentCases: [] };
  }

  /** The import size cap in bytes, from `importMaxMegabytes`, or undefined for the default. */
  maxImportBytes(): number | undefined {
    const megabytes = this.read().importMaxMegabytes;
    return megabytes === undefined ? undefined : Math.round(megabytes * 1024 * 1024);
  }

  rememberCase(entry: RecentCaseEntry): void {
    const settings = this.read();
    const others = settings.recentCases.filter((recent) => recent.path !== entry.path);
    this.write({
      ...settings,
      lastCasePath: entry.path,
      recentCases: [entry, ...others].slice(0, MAX_RECENT),
    });
  }

  private write(settings: Settings): void {
    mkdirSync(dirname(this.filePath), { recursive: true });
    const temporary = `${this.filePath}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(settings, null, 2));
    renameSync(temporary, this.filePath);
  }
}
