import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

export const repoRoot = join(import.meta.dirname, '..', '..');

export interface RunningHost {
  url: string;
  origin: string;
  port: number;
  process: ChildProcess;
  output: () => string;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** The built entry to run: the browser host itself, or the launcher behind `npm start`. */
  entry?: 'serve.js' | 'launcher.js';
  env?: NodeJS.ProcessEnv;
}

/** Starts the built browser host on a free port with its own data folder; resolves once it prints its URL. */
export async function startBrowserHost(
  dataDir: string,
  options: StartOptions = {},
): Promise<RunningHost> {
  const child = spawn(
    process.execPath,
    [
      '--disable-warning=ExperimentalWarning',
      join(repoRoot, 'out', 'main', options.entry ?? 'serve.js'),
      '--data-dir',
      dataDir,
      '--port',
      '0',
    ],
    {
      cwd: repoRoot,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let log = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`browser host did not start:\n${log}`)),
      20_000,
    );
    const onData = (chunk: Buffer) => {
      log += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/.exec(log);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`browser host exited with ${code}:\n${log}`));
    });
  });
  const parsed = new URL(url);
  return {
    url,
    origin: parsed.origin,
    port: Number(parsed.port),
    process: child,
    output: () => log,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
