import type { CliOutput } from '../cli-output';

/** The options every command may receive; each command says which it accepts. */
export interface CliOptions {
  json: boolean;
  batch?: string;
  out?: string;
  /** `import`: the size cap per file, in MB (default 50). */
  maxSizeMb?: number | undefined;
}

export interface CliInvocation {
  /** Positional arguments after the command name. */
  args: string[];
  options: CliOptions;
  output: CliOutput;
}

/** What a command returns: an exit status, or `usage` when the arguments do not fit it. */
export type CommandResult = number | 'usage';

export interface CliCommand {
  name: string;
  /** Help lines: the synopsis first, then indented explanation. */
  help: string;
  run(invocation: CliInvocation): Promise<CommandResult>;
}
