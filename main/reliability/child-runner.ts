import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type Plugin } from 'esbuild';

const bundles = new Map<string, Promise<string>>();
const folders: string[] = [];

/** Removes the bundles this process made (call from a suite's afterAll). */
export async function removeChildBundles(): Promise<void> {
  await Promise.allSettled(bundles.values());
  bundles.clear();
  for (const folder of folders.splice(0)) {
    // The link first, so removing the folder cannot reach the repo's packages.
    unlinkSync(join(folder, 'node_modules'));
    rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * lunr-languages' CommonJS files are not strict-mode safe (`this` at the top of a function), so
 * they cannot be bundled into an ES module: they are loaded with require() at run time instead.
 */
const lunrLanguagesViaRequire: Plugin = {
  name: 'lunr-languages-via-require',
  setup(build) {
    build.onResolve({ filter: /^lunr-languages\// }, (args) =>
      args.kind === 'require-call'
        ? { path: args.path, external: true }
        : { path: args.path, namespace: 'via-require' },
    );
    build.onLoad({ filter: /.*/, namespace: 'via-require' }, (args) => ({
      contents: `module.exports = require(${JSON.stringify(args.path)});`,
      loader: 'js',
    }));
  },
};

/**
 * Bundles a child entry (a .ts file in this folder) once per process, so a spawn costs a plain
 * `node` start (about a quarter of a second here) instead of tsx compiling the app each time.
 */
export function bundleChild(entry: string): Promise<string> {
  let bundle = bundles.get(entry);
  if (!bundle) {
    const folder = mkdtempSync(join(tmpdir(), 'corroborate-child-'));
    // The packages left outside the bundle are found through a link to the repo's node_modules.
    const link = join(folder, 'node_modules');
    symlinkSync(join(import.meta.dirname, '..', '..', 'node_modules'), link);
    folders.push(folder);
    bundle = build({
      entryPoints: { child: join(import.meta.dirname, entry) },
      outdir: folder,
      outExtension: { '.js': '.mjs' },
      // The app loads its HTML, Word and PDF readers on first use; split chunks keep it so.
      splitting: true,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node22',
      external: ['node:*', 'jsdom', 'mammoth', 'pdfjs-dist', 'pdfjs-dist/*'],
      plugins: [lunrLanguagesViaRequire],
      // Bundled CommonJS dependencies call require(); an ES module has to make one.
      banner: {
        js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
      },
      logLevel: 'error',
    }).then(() => join(folder, 'child.mjs'));
    bundles.set(entry, bundle);
  }
  return bundle;
}

export interface ChildRun {
  lines: string[];
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
  /** Milliseconds from spawn to the child's `ready` line; null if it never said it. */
  readyAfterMs: number | null;
  killed: boolean;
}

export interface ChildOptions {
  script: string;
  args: string[];
  /** SIGKILL this long after `ready` (or after the spawn, with `killFromSpawn`). */
  killAfterMs?: number;
  killFromSpawn?: boolean;
  /** Start the kill timer at the first report line this accepts, instead of at `ready`. */
  armOn?: (line: string) => boolean;
  /** Runs the child under `fiu-run` with these libfiu control commands. */
  fiu?: string[];
  /** Give up (SIGKILL, reported as not killed by the suite) after this long. */
  timeoutMs?: number;
}

/** Spawns a child with a report pipe on fd 3 and collects its lines until it exits. */
export function runChild(options: ChildOptions): Promise<ChildRun> {
  const nodeArgs = ['--disable-warning=ExperimentalWarning', options.script, ...options.args];
  const [command, args] = options.fiu
    ? [
        'fiu-run',
        ['-x', '-f', '', ...options.fiu.flatMap((c) => ['-c', c]), process.execPath, ...nodeArgs],
      ]
    : [process.execPath, nodeArgs];
  const started = performance.now();
  const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  let stderr = '';
  let pending = '';
  let readyAfterMs: number | null = null;
  let killed = false;
  let timer: NodeJS.Timeout | undefined;
  const kill = () => {
    killed = true;
    child.kill('SIGKILL');
  };
  if (options.killAfterMs !== undefined && options.killFromSpawn) {
    timer = setTimeout(kill, options.killAfterMs);
  }
  const guard = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 120_000);
  child.stderr?.on('data', (chunk: Buffer) => {
    if (stderr.length < 20_000) stderr += chunk.toString();
  });
  const reports = child.stdio[3];
  reports?.on('data', (chunk: Buffer) => {
    pending += chunk.toString();
    const parts = pending.split('\n');
    pending = parts.pop() ?? '';
    for (const line of parts) {
      lines.push(line);
      if (line === 'ready' && readyAfterMs === null) {
        readyAfterMs = performance.now() - started;
      }
      const arm = options.armOn ?? ((report: string) => report === 'ready');
      if (timer === undefined && options.killAfterMs !== undefined && !options.killFromSpawn) {
        if (arm(line)) timer = setTimeout(kill, options.killAfterMs);
      }
    }
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      clearTimeout(guard);
      if (pending !== '') lines.push(pending);
      resolve({ lines, code, signal, stderr, readyAfterMs, killed });
    });
  });
}
