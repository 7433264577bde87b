// PDF printing with a headless Chromium process, for where Electron's own Chromium is not at
// hand (the CLI, the browser host, tests). The report goes to a file in a fresh temporary
// directory, which also holds Chromium's throwaway profile and the PDF; the directory is removed
// however printing ends. Extensions, sync and background networking are off. JavaScript cannot
// be switched off by flag (headless print-to-pdf then writes nothing), but the report has none
// and its CSP (default-src 'none') forbids any. The process gets a deadline and is killed with
// its children when it passes.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PdfPrinter } from './pdf-printer';

export interface ChromiumPdfOptions {
  /** Chromium or Chrome to run; else $CHROMIUM_PATH, else the usual install locations. */
  executablePath?: string;
  /** How long one print may take before the process is killed (default 60 s). */
  timeoutMs?: number;
}

export const DEFAULT_PDF_TIMEOUT_MS = 60_000;

/** Where Chromium and Chrome are usually installed, most likely first. */
export const CHROMIUM_CANDIDATES: Readonly<Record<string, readonly string[]>> = {
  linux: [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
    '/opt/google/chrome/chrome',
  ],
  darwin: [
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  ],
  win32: [
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files\\Chromium\\Application\\chrome.exe',
  ],
};

/** The Chromium to print with: $CHROMIUM_PATH if set, else the first installed candidate. */
export function findChromium(
  env: Readonly<Record<string, string | undefined>> = process.env,
  exists: (path: string) => boolean = existsSync,
  platform: string = process.platform,
): string | null {
  const fromEnv = env.CHROMIUM_PATH?.trim();
  if (fromEnv) return fromEnv;
  return (CHROMIUM_CANDIDATES[platform] ?? []).find((path) => exists(path)) ?? null;
}

function resolveExecutable(options: ChromiumPdfOptions): string {
  const explicit = options.executablePath ?? process.env.CHROMIUM_PATH?.trim();
  if (explicit) {
    if (!existsSync(explicit)) {
      throw new Error(
        `Cannot print the PDF: Chromium was not found at ${explicit} (check the path, or unset CHROMIUM_PATH to look in the usual places).`,
      );
    }
    return explicit;
  }
  const found = findChromium();
  if (found) return found;
  const looked = (CHROMIUM_CANDIDATES[process.platform] ?? []).join(', ') || 'nowhere known';
  throw new Error(
    `Cannot print the PDF: no Chromium or Google Chrome was found (looked in ${looked}). Install one, or set CHROMIUM_PATH to its executable.`,
  );
}

/** Chromium's arguments: headless print to `pdf`, nothing else, nothing kept. */
export function chromiumArgs(htmlFile: string, pdf: string, profile: string): string[] {
  const root = process.getuid?.() === 0;
  return [
    '--headless',
    '--disable-gpu',
    '--no-pdf-header-footer',
    '--print-to-pdf-no-header', // the same, for Chromium before 120
    `--print-to-pdf=${pdf}`,
    `--user-data-dir=${profile}`,
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-extensions',
    '--disable-sync',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-default-apps',
    '--disable-dev-shm-usage',
    '--mute-audio',
    '--hide-scrollbars',
    // Chromium's sandbox refuses to start as root; there only, do without it.
    ...(root ? ['--no-sandbox'] : []),
    pathToFileURL(htmlFile).href,
  ];
}

export function createChromiumPdfPrinter(options: ChromiumPdfOptions = {}): PdfPrinter {
  const timeoutMs = options.timeoutMs ?? DEFAULT_PDF_TIMEOUT_MS;
  return {
    async print(html) {
      const executable = resolveExecutable(options);
      const dir = await mkdtemp(join(tmpdir(), 'corroborate-pdf-'));
      try {
        const htmlFile = join(dir, 'report.html');
        const pdfFile = join(dir, 'report.pdf');
        await writeFile(htmlFile, html, 'utf8');
        await run(executable, chromiumArgs(htmlFile, pdfFile, join(dir, 'profile')), timeoutMs);
        const bytes = await readFile(pdfFile).catch(() => null);
        if (!bytes || bytes.length === 0) {
          throw new Error(`Cannot print the PDF: ${executable} exited without writing one.`);
        }
        const pdf = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
        if (new TextDecoder().decode(pdf.subarray(0, 5)) !== '%PDF-') {
          throw new Error(`Cannot print the PDF: ${executable} wrote something that is not a PDF.`);
        }
        return pdf;
      } finally {
        await rm(dir, { recursive: true, force: true, maxRetries: 3, retryDelay: 100 });
      }
    },
  };
}

const STDERR_KEPT = 2000;

/** Runs Chromium to completion, or kills it (and what it started) when the deadline passes. */
function run(executable: string, args: string[], timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    // Its own process group, so the kill reaches the renderer and GPU processes too.
    const group = process.platform !== 'win32';
    const child = spawn(executable, args, {
      stdio: ['ignore', 'ignore', 'pipe'],
      detached: group,
      windowsHide: true,
    });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr = (stderr + chunk).slice(-STDERR_KEPT);
    });
    let timedOut = false;
    const kill = () => {
      try {
        if (group && child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
        else child.kill('SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      kill();
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`Cannot print the PDF: could not start ${executable} (${error.message}).`));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (timedOut) {
        reject(
          new Error(
            `Cannot print the PDF: Chromium did not finish within ${timeoutMs} ms and was stopped.`,
          ),
        );
      } else if (code !== 0) {
        const detail = stderr.trim().split('\n').slice(-5).join('\n');
        const how = code === null ? `was killed by ${signal ?? 'a signal'}` : `exited with ${code}`;
        reject(new Error(`Cannot print the PDF: Chromium ${how}.${detail ? `\n${detail}` : ''}`));
      } else {
        if (group && child.pid !== undefined) {
          // Leftover helpers of a finished Chromium: end them rather than leak them.
          try {
            process.kill(-child.pid, 'SIGKILL');
          } catch {
            // The group is already gone.
          }
        }
        resolve();
      }
    });
  });
}
